import * as vscode from 'vscode';
import { addToBaseline, formatBaseline, parseBaseline, type Baseline, type BaselineEntry } from '../../core/baseline';
import { SECTION } from '../config';
import { readTextFile } from '../exclusions/folderState';
import { assertWritableFile } from '../fileChecks';
import type { Log } from '../log';

export const DEFAULT_BASELINE_FILE = '.ai-secret-guard-baseline.json';

interface FolderBaseline {
  readonly uri: vscode.Uri;
  readonly accepted: ReadonlySet<string>;
  readonly baseline?: Baseline;
  /** Why the file could not be used, when it is malformed. */
  readonly problem?: string;
}

/** The baseline file a folder uses (setting `aiSecretGuard.baselineFile`, relative to the folder). */
export function baselineUriOf(folder: vscode.WorkspaceFolder): vscode.Uri {
  const c = vscode.workspace.getConfiguration(SECTION, folder.uri);
  const configured = c.get<string>('baselineFile');
  return vscode.Uri.joinPath(folder.uri, typeof configured === 'string' && configured.trim() ? configured.trim() : DEFAULT_BASELINE_FILE);
}

/**
 * The same baseline file the CLI's `--baseline` reads, per workspace folder: findings it accepts
 * are not reported in the editor, and "Add to baseline" writes to it. A malformed file is reported
 * once and never overwritten.
 */
export class BaselineStore implements vscode.Disposable {
  private readonly folders = new Map<string, FolderBaseline>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** One watcher per folder, on exactly its baseline file. */
  private watchers: vscode.Disposable[] = [];
  /** Fires when a folder's baseline changed on disk or through settings. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: Log) {}

  /** Loads every folder's baseline and watches the files. */
  async start(): Promise<void> {
    this.disposables.push(
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reloadAll()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SECTION}.baselineFile`)) void this.reloadAll();
      }),
      { dispose: () => this.unwatch() },
    );
    await this.reloadAll();
  }

  accepts(folder: vscode.WorkspaceFolder | undefined, fingerprint: string): boolean {
    return folder !== undefined && (this.folders.get(folder.uri.toString())?.accepted.has(fingerprint) ?? false);
  }

  /**
   * Adds entries to the folder's baseline in one saved WorkspaceEdit (undoable). Throws an Error
   * with the reason when the file is malformed or cannot be written.
   */
  async add(folder: vscode.WorkspaceFolder, entries: readonly BaselineEntry[]): Promise<vscode.Uri> {
    const uri = baselineUriOf(folder);
    await assertWritableFile(uri, vscode.workspace.asRelativePath(uri));
    const text = await readTextFile(uri);
    let current: Baseline | undefined;
    try {
      current = text === undefined || text.trim() === '' ? undefined : parseBaseline(text);
    } catch (e) {
      throw new Error(`${vscode.workspace.asRelativePath(uri)} is not a valid baseline (${(e as Error).message}); fix or delete it first`, { cause: e });
    }
    const updated = formatBaseline(addToBaseline(current, entries));
    const edit = new vscode.WorkspaceEdit();
    if (text === undefined) edit.createFile(uri, { contents: new TextEncoder().encode(updated) });
    else {
      const document = await vscode.workspace.openTextDocument(uri);
      edit.replace(uri, new vscode.Range(new vscode.Position(0, 0), document.lineAt(document.lineCount - 1).range.end), updated);
    }
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error('VS Code could not apply the edit');
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open?.isDirty) await open.save();
    await this.reload(folder);
    return uri;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private async reloadAll(): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const live = new Set(folders.map((f) => f.uri.toString()));
    for (const key of [...this.folders.keys()]) if (!live.has(key)) this.folders.delete(key);
    this.unwatch();
    for (const folder of folders) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, vscode.workspace.asRelativePath(baselineUriOf(folder), false)));
      const reload = () => void this.reload(folder);
      this.watchers.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload));
      await this.reload(folder, false);
    }
    this.changed.fire();
  }

  private unwatch(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
  }

  private async reload(folder: vscode.WorkspaceFolder, notify = true): Promise<void> {
    const uri = baselineUriOf(folder);
    const previous = this.folders.get(folder.uri.toString());
    let next: FolderBaseline;
    try {
      const text = await readTextFile(uri);
      const baseline = text === undefined || text.trim() === '' ? undefined : parseBaseline(text);
      next = { uri, baseline, accepted: new Set(baseline?.entries.map((e) => e.fingerprint)) };
    } catch (e) {
      const problem = `baseline ${vscode.workspace.asRelativePath(uri)} ignored: ${(e as Error).message}`;
      if (previous?.problem !== problem) {
        this.log.warn(problem);
        void vscode.window.showWarningMessage(`AI Secret Guard: ${problem}`);
      }
      next = { uri, accepted: new Set(), problem };
    }
    this.folders.set(folder.uri.toString(), next);
    if (notify) this.changed.fire();
  }
}
