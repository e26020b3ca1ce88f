import * as vscode from 'vscode';
import type { Finding } from '../core/finding';
import { AGENT_NAMES, attributionOf, JOURNAL_FILE, parseJournal, type JournalEntry } from '../core/hooks/journal';
import type { Log } from './log';

const LOOK_AGAIN_MS = 1000;
/** How long after activation the file watcher may still miss events: then a missing journal is looked for every second. */
const WATCHER_START_MS = 30_000;
/** After that, a missing journal is still looked for now and then: a slow watcher can miss a folder created later. */
const LOOK_AGAIN_LATER_MS = 10_000;

/** Who wrote a finding's line, per the agent-write journal: "Claude Code at 10:32". */
export interface Attribution {
  readonly agent: string;
  readonly time: string;
}

/**
 * The agent-write journals (`.ai-secret-guard/agent-writes.jsonl`, appended by post-write hooks) of
 * the workspace folders, kept in memory and reloaded when a hook appends. Attribution does not rely
 * on VS Code's proposed change-reason API.
 */
export class AgentJournal implements vscode.Disposable {
  private readonly entries = new Map<string, readonly JournalEntry[]>();
  /** When each folder's journal was last looked for (ms): see `attribution`. */
  private readonly lookedAt = new Map<string, number>();
  /** A look scheduled for when the interval since the last one is up (one per folder). */
  private readonly lookLater = new Map<string, ReturnType<typeof setTimeout>>();
  /** Until when (ms) a missing journal is looked for every second (the file watcher may still be starting). */
  private lookAgainUntil = 0;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly watcher = vscode.workspace.createFileSystemWatcher(`**/${JOURNAL_FILE}`);
  /** Fires when a journal was (re)loaded: findings may now be attributed. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: Log) {
    const reload = (uri: vscode.Uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder) this.lookFor(folder);
    };
    this.watcher.onDidCreate(reload);
    this.watcher.onDidChange(reload);
    this.watcher.onDidDelete((uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder && this.entries.delete(folder.uri.toString())) this.changed.fire();
    });
  }

  /** Loads every folder's journal (at start). */
  async start(): Promise<void> {
    this.lookAgainUntil = Date.now() + WATCHER_START_MS;
    await Promise.all((vscode.workspace.workspaceFolders ?? []).map((f) => this.load(f)));
  }

  private lookFor(folder: vscode.WorkspaceFolder): void {
    void this.load(folder).catch((e: unknown) => this.log.error('agent journal failed to load', e));
  }

  private async load(folder: vscode.WorkspaceFolder): Promise<void> {
    this.lookedAt.set(folder.uri.toString(), Date.now());
    let text: string;
    try {
      text = new TextDecoder().decode(
        await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, JOURNAL_FILE)),
      );
    } catch {
      return; // No journal: no agent wrote through a hook.
    }
    this.entries.set(folder.uri.toString(), parseJournal(text));
    this.log.info(`agent journal of ${folder.name}: ${this.entries.get(folder.uri.toString())!.length} write(s)`);
    this.changed.fire();
  }

  /**
   * Who wrote each finding's first line in `document`, per the journal: the folder, path and its
   * journal entries are looked up once per document, not per finding. Undefined when nothing is journaled for it.
   */
  attributorFor(document: vscode.TextDocument): ((finding: Finding) => Attribution | undefined) | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    if (!folder) return undefined;
    const entries = this.entries.get(folder.uri.toString());
    if (entries === undefined) {
      // No journal yet. A file watcher can miss its creation (still starting after activation, or
      // slow on a loaded machine), so look again when a document is drawn: at most once a second
      // while the watcher starts, once every ten seconds after; a journal found redraws the diagnostics.
      // Looked at too recently: look once more when the interval is up, so a journal written just
      // before the file it describes is not missed until some later redraw.
      const key = folder.uri.toString();
      const now = Date.now();
      const wait =
        (this.lookedAt.get(key) ?? 0) + (now < this.lookAgainUntil ? LOOK_AGAIN_MS : LOOK_AGAIN_LATER_MS) - now;
      if (wait < 0) this.lookFor(folder);
      else if (!this.lookLater.has(key))
        this.lookLater.set(
          key,
          setTimeout(() => {
            this.lookLater.delete(key);
            if (!this.entries.has(key)) this.lookFor(folder);
          }, wait + 1),
        );
      return undefined;
    }
    if (entries.length === 0) return undefined;
    const rel = vscode.workspace.asRelativePath(document.uri, false).split('\\').join('/');
    const ofFile = entries.filter((e) => e.file === rel);
    if (ofFile.length === 0) return undefined;
    return (finding) => {
      const entry = attributionOf(ofFile, rel, document.positionAt(finding.start).line + 1);
      return entry && { agent: AGENT_NAMES[entry.agent], time: clockTime(entry.time) };
    };
  }

  dispose(): void {
    for (const timer of this.lookLater.values()) clearTimeout(timer);
    this.watcher.dispose();
    this.changed.dispose();
  }
}

/** "10:32" in local time, or the journal's text as written when it is not a date. */
function clockTime(iso: string): string {
  const time = new Date(iso);
  return Number.isNaN(time.getTime())
    ? iso
    : `${String(time.getHours()).padStart(2, '0')}:${String(time.getMinutes()).padStart(2, '0')}`;
}
