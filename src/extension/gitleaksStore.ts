import path from 'node:path';
import * as vscode from 'vscode';
import { findRepoRoot, loadGitleaksAllowlist, type GitleaksAllowlist } from '../scan/gitleaks';
import { gitleaksAcceptor, type Acceptor } from './diagnostics/findingsIntake';
import type { Log } from './log';

/**
 * The allowlists a repository already keeps for gitleaks (`.gitleaks.toml`, `.gitleaksignore`),
 * per workspace folder on disk, applied by the editor and the audit exactly as the CLI applies
 * them. A malformed file is reported once and ignored until it is fixed.
 */
export class GitleaksStore implements vscode.Disposable {
  private readonly folders = new Map<string, GitleaksAllowlist | undefined>();
  private readonly reported = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: Log) {}

  async start(): Promise<void> {
    const watcher = vscode.workspace.createFileSystemWatcher('**/{.gitleaks.toml,.gitleaksignore}');
    const reload = () => void this.reloadAll();
    this.disposables.push(
      watcher,
      watcher.onDidChange(reload),
      watcher.onDidCreate(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeWorkspaceFolders(reload),
    );
    await this.reloadAll();
  }

  /** The allowlist that applies in a workspace folder, if its repository has one. */
  of(folder: vscode.WorkspaceFolder | undefined): GitleaksAllowlist | undefined {
    return folder && this.folders.get(folder.uri.toString());
  }

  /** The path allowlist entries are matched against: relative to the repository root, forward slashes. */
  static pathIn(gitleaks: GitleaksAllowlist, fsPath: string): string {
    return path.relative(gitleaks.root, fsPath).split(path.sep).join('/');
  }

  /**
   * Whether the allowlist accepts each finding of `document`: the path is resolved and matched once
   * per document, not per finding. Undefined when no allowlist applies.
   */
  acceptorFor(folder: vscode.WorkspaceFolder | undefined, document: vscode.TextDocument): Acceptor | undefined {
    const gitleaks = this.of(folder);
    if (!gitleaks || document.uri.scheme !== 'file') return undefined;
    return gitleaksAcceptor(gitleaks.allowlist, GitleaksStore.pathIn(gitleaks, document.uri.fsPath), {
      lineOf: (offset) => document.positionAt(offset).line,
      lineText: (line) => document.lineAt(line).text,
      slice: (start, end) => document.getText(new vscode.Range(document.positionAt(start), document.positionAt(end))),
    });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private async reloadAll(): Promise<void> {
    this.folders.clear();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      if (folder.uri.scheme !== 'file') continue;
      try {
        const loaded = await loadGitleaksAllowlist(await findRepoRoot(folder.uri.fsPath), folder.uri.fsPath);
        this.folders.set(folder.uri.toString(), loaded);
        for (const w of loaded?.warnings ?? []) this.reportOnce(`gitleaks allowlist: ${w}`, false);
        if (loaded) this.log.info(`gitleaks allowlist for ${folder.name}: ${loaded.files.join(', ')}`);
      } catch (e) {
        this.reportOnce(`gitleaks allowlist ignored in ${folder.name}: ${(e as Error).message}`, true);
      }
    }
    this.changed.fire();
  }

  private reportOnce(message: string, notify: boolean): void {
    if (this.reported.has(message)) return;
    this.reported.add(message);
    this.log.warn(message);
    if (notify) void vscode.window.showWarningMessage(`AI Secret Guard: ${message}`);
  }
}
