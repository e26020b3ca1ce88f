import * as vscode from 'vscode';
import {
  addToBaseline,
  baselineAcceptance,
  formatBaseline,
  parseBaseline,
  type Baseline,
  type BaselineEntry,
} from '../../core/baseline';
import type { Publish } from '../../core/fingerprint';
import { loadFingerprintKey, sessionFingerprintKey, type FingerprintKey } from '../../scan/fingerprintKey';
import { SECTION } from '../config';
import { readTextFile } from '../exclusions/folderState';
import { assertWritableFile } from '../fileChecks';
import type { Log } from '../log';
import { baselineAcceptor, type Acceptor } from '../diagnostics/findingsIntake';

export const DEFAULT_BASELINE_FILE = '.ai-secret-guard-baseline.json';

/** A finding to accept: its identity (Finding.fingerprint) is published under the folder's key when written. */
export interface NewBaselineEntry extends Omit<BaselineEntry, 'fingerprint'> {
  readonly identity: string;
}

interface FolderBaseline {
  readonly uri: vscode.Uri;
  /** The folder's fingerprint key (a random one for this session when the repository has no key file). */
  readonly key: FingerprintKey;
  readonly accepts: (identity: string, published: string) => boolean;
  readonly baseline?: Baseline;
  /** Why the file could not be used, when it is malformed. */
  readonly problem?: string;
}

/** The baseline file a folder uses (setting `aiSecretGuard.baselineFile`, relative to the folder). */
export function baselineUriOf(folder: vscode.WorkspaceFolder): vscode.Uri {
  const c = vscode.workspace.getConfiguration(SECTION, folder.uri);
  const configured = c.get<string>('baselineFile');
  return vscode.Uri.joinPath(
    folder.uri,
    typeof configured === 'string' && configured.trim() ? configured.trim() : DEFAULT_BASELINE_FILE,
  );
}

/**
 * The same baseline file the CLI's `--baseline` reads, per workspace folder: findings it accepts
 * are not reported in the editor, and "Add to baseline" writes to it. A malformed file is reported
 * once and never overwritten.
 */
export class BaselineStore implements vscode.Disposable {
  private readonly folders = new Map<string, FolderBaseline>();
  /** Random keys for folders without a key file, stable for the session. */
  private readonly sessionKeys = new Map<string, FingerprintKey>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Per folder, the number of the latest reload started: only it may set the folder's state. */
  private readonly reloads = new Map<string, number>();
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

  /** Whether the folder's baseline accepts a finding, by its identity (Finding.fingerprint). */
  accepts(folder: vscode.WorkspaceFolder | undefined, identity: string): boolean {
    const state = folder && this.folders.get(folder.uri.toString());
    return state !== undefined && state.accepts(identity, state.key.publish(identity));
  }

  /**
   * The folder's baseline as a test of one document's findings; undefined when it lists nothing, so
   * no fingerprint is published (a keyed hash per finding) for nothing.
   */
  acceptorFor(folder: vscode.WorkspaceFolder | undefined): Acceptor | undefined {
    const state = folder && this.folders.get(folder.uri.toString());
    return state && baselineAcceptor(state.baseline, state.accepts, state.key.publish);
  }

  /** How the folder publishes fingerprints (for the audit's reports). */
  publisher(folder: vscode.WorkspaceFolder): Publish {
    return (identity) => (this.folders.get(folder.uri.toString())?.key ?? this.sessionKey(folder)).publish(identity);
  }

  /**
   * Adds entries to the folder's baseline in one saved WorkspaceEdit (undoable). Throws an Error
   * with the reason when the file is malformed or cannot be written.
   */
  async add(folder: vscode.WorkspaceFolder, accepted: readonly NewBaselineEntry[]): Promise<vscode.Uri> {
    const uri = baselineUriOf(folder);
    await assertWritableFile(uri, vscode.workspace.asRelativePath(uri));
    // The entries must match on the next run and on other machines: the key file is created if missing.
    const key = await loadFingerprintKey(folder.uri.fsPath, true);
    if (key.created)
      this.log.info(
        `created ${vscode.workspace.asRelativePath(vscode.Uri.file(key.file!))}: commit it with the baseline`,
      );
    const entries = accepted.map(({ identity, ...rest }) => ({ ...rest, fingerprint: key.publish(identity) }));
    const upgraded = new Map(accepted.map((e) => [e.identity, key.publish(e.identity)]));
    const text = await readTextFile(uri);
    let current: Baseline | undefined;
    try {
      current = text === undefined || text.trim() === '' ? undefined : parseBaseline(text);
    } catch (e) {
      throw new Error(
        `${vscode.workspace.asRelativePath(uri)} is not a valid baseline (${(e as Error).message}); fix or delete it first`,
        { cause: e },
      );
    }
    const updated = formatBaseline(addToBaseline(current, entries, key.keyId, upgraded));
    const edit = new vscode.WorkspaceEdit();
    if (text === undefined) edit.createFile(uri, { contents: new TextEncoder().encode(updated) });
    else {
      const document = await vscode.workspace.openTextDocument(uri);
      edit.replace(
        uri,
        new vscode.Range(new vscode.Position(0, 0), document.lineAt(document.lineCount - 1).range.end),
        updated,
      );
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

  /** The folder's key file, or this session's random key for it; a malformed key file is reported and not used. */
  private async keyOf(folder: vscode.WorkspaceFolder): Promise<FingerprintKey> {
    if (folder.uri.scheme !== 'file') return this.sessionKey(folder);
    try {
      const key = await loadFingerprintKey(folder.uri.fsPath, false);
      return key.file ? key : this.sessionKey(folder);
    } catch (e) {
      this.log.warn((e as Error).message);
      return this.sessionKey(folder);
    }
  }

  private sessionKey(folder: vscode.WorkspaceFolder): FingerprintKey {
    let key = this.sessionKeys.get(folder.uri.toString());
    if (!key) this.sessionKeys.set(folder.uri.toString(), (key = sessionFingerprintKey()));
    return key;
  }

  private async reloadAll(): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const live = new Set(folders.map((f) => f.uri.toString()));
    for (const key of [...this.folders.keys()]) if (!live.has(key)) this.folders.delete(key);
    this.unwatch();
    for (const folder of folders) {
      const watcher = vscode.workspace.createFileSystemWatcher(
        new vscode.RelativePattern(folder, vscode.workspace.asRelativePath(baselineUriOf(folder), false)),
      );
      const reload = () => void this.reload(folder);
      this.watchers.push(
        watcher,
        watcher.onDidChange(reload),
        watcher.onDidCreate(reload),
        watcher.onDidDelete(reload),
      );
      await this.reload(folder, false);
    }
    this.changed.fire();
  }

  private unwatch(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
  }

  private async reload(folder: vscode.WorkspaceFolder, notify = true): Promise<void> {
    // "Add to baseline" reloads after its save while the file watcher reloads on the same write: the
    // one started last read the newest file, so an earlier one finishing after it must not win.
    const id = folder.uri.toString();
    const run = (this.reloads.get(id) ?? 0) + 1;
    this.reloads.set(id, run);
    const uri = baselineUriOf(folder);
    const previous = this.folders.get(id);
    const key = await this.keyOf(folder);
    let next: FolderBaseline;
    try {
      const text = await readTextFile(uri);
      const baseline = text === undefined || text.trim() === '' ? undefined : parseBaseline(text);
      if (baseline?.keyId !== undefined && baseline.keyId !== key.keyId)
        this.log.warn(
          `baseline ${vscode.workspace.asRelativePath(uri)} was written with another fingerprint key (or its key file is missing): its entries do not match`,
        );
      next = { uri, key, baseline, accepts: baselineAcceptance(baseline) };
    } catch (e) {
      const problem = `baseline ${vscode.workspace.asRelativePath(uri)} ignored: ${(e as Error).message}`;
      if (previous?.problem !== problem) {
        this.log.warn(problem);
        void vscode.window.showWarningMessage(`AI Secret Guard: ${problem}`);
      }
      next = { uri, key, accepts: () => false, problem };
    }
    if (this.reloads.get(id) !== run) return;
    this.folders.set(id, next);
    if (notify) this.changed.fire();
  }
}
