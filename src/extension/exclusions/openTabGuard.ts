import * as vscode from 'vscode';

const DONT_WARN_KEY = 'aiSecretGuard.exclusions.dontWarnOpen';

/**
 * Warns once per file and session when a sensitive file is open in an editor: assistants take open
 * editors as context even when the file is excluded from indexing. "Don't warn again" is
 * remembered per workspace.
 */
export class OpenTabGuard {
  private readonly warnedThisSession = new Set<string>();
  /** Files warned about, in order (read by tests through the extension API). */
  readonly warned: string[] = [];

  constructor(
    private readonly state: vscode.Memento,
    private readonly relativeSensitivePath: (uri: vscode.Uri) => string | undefined,
    private readonly enabled: () => boolean,
  ) {}

  handleOpen(document: vscode.TextDocument): void {
    if (!this.enabled() || document.uri.scheme !== 'file') return;
    const key = document.uri.toString();
    if (this.warnedThisSession.has(key)) return;
    const rel = this.relativeSensitivePath(document.uri);
    if (rel === undefined) return;
    if ((this.state.get<string[]>(DONT_WARN_KEY) ?? []).includes(key)) return;
    this.warnedThisSession.add(key);
    this.warned.push(rel);
    void this.ask(document.uri, rel);
  }

  private async ask(uri: vscode.Uri, rel: string): Promise<void> {
    const answer = await vscode.window.showWarningMessage(
      `${rel} holds secrets and is open in an editor. AI assistants read open editors as context, even files excluded from indexing.`,
      'Close It',
      "Don't Warn Again for This File",
    );
    if (answer === 'Close It') {
      const tabs = vscode.window.tabGroups.all
        .flatMap((g) => g.tabs)
        .filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString());
      await vscode.window.tabGroups.close(tabs);
    } else if (answer === "Don't Warn Again for This File") {
      await this.state.update(DONT_WARN_KEY, [...(this.state.get<string[]>(DONT_WARN_KEY) ?? []), uri.toString()]);
    }
  }
}
