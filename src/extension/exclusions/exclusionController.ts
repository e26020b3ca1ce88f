import * as vscode from 'vscode';
import { ASSISTANT_TARGETS } from '../../core/exclusions/assistantCatalogue';
import { assessExposure, isExposed, type FileExposure } from '../../core/exclusions/exposure';
import { createSensitiveMatcher, NEVER_SEARCHED_DIRS, normalizeRelPath } from '../../core/exclusions/policy';
import type { DocumentScanner } from '../diagnostics/documentScanner';
import type { Log } from '../log';
import { EXCLUSIONS_SECTION, readExclusionSettings, type ExclusionSettings } from './exclusionSettings';
import { exposureDiagnostic, showExposurePick } from './exposureView';
import { loadFolderState, type FolderState } from './folderState';
import { AGENT_HOOK_TARGETS } from '../../core/hooks/agentConfig';
import { hookCoverage, type AgentCoverage } from '../../core/hooks/hookCoverage';
import { OpenTabGuard } from './openTabGuard';
import {
  PreviewContentProvider,
  PREVIEW_SCHEME,
  syncExclusions,
  type SyncOutcome,
  type SyncRequest,
} from './syncExclusions';

export interface ExposureRow {
  readonly folder: vscode.WorkspaceFolder;
  readonly file: FileExposure;
}

const REFRESH_DELAY_MS = 300;
const SKIPPED_PATH = new RegExp(`/(?:${NEVER_SEARCHED_DIRS.map((d) => d.replace(/\./g, '\\.')).join('|')})/`);

/** The agent hooks of ours a folder's hook files hold, by channel. */
async function folderHookCoverage(folder: vscode.WorkspaceFolder): Promise<AgentCoverage[]> {
  const texts = new Map<string, string>();
  for (const t of AGENT_HOOK_TARGETS) {
    try {
      texts.set(
        t.file,
        new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, t.file))),
      );
    } catch {
      // Absent: no hook there.
    }
  }
  return hookCoverage((rel) => texts.get(rel));
}

/** The path of `uri` relative to its workspace folder, forward slashes. */
function relativePathOf(uri: vscode.Uri): string {
  return normalizeRelPath(vscode.workspace.asRelativePath(uri, false));
}

function patternMatcher(settings: ExclusionSettings): (relPath: string) => boolean {
  return createSensitiveMatcher({ patterns: settings.patterns, secretFiles: [] });
}
const EXCLUSION_FILE_NAMES = new Set([...ASSISTANT_TARGETS.map((t) => t.file.split('/').pop()!), '.gitignore']);

/**
 * The AI-context exclusion features in the editor: exposure diagnostics on sensitive files, the
 * sync and exposure commands, the open-tab guard, and picking up new sensitive files.
 */
export class ExclusionController implements vscode.Disposable {
  private settings: ExclusionSettings = readExclusionSettings();
  /** The policy's patterns alone, built when first needed: enough to tell whether a new file matters. */
  private patternMatcher: ((relPath: string) => boolean) | undefined;
  private states: FolderState[] = [];
  private rows: ExposureRow[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private dirty = false;
  private readonly secretFiles = new Set<string>();
  private readonly created = new Set<string>();
  /** Sensitive files (URIs) at the last refresh; undefined before the first, whose files are not "new". */
  private known: Set<string> | undefined;
  private readonly refreshed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly preview = new PreviewContentProvider();
  private reportedProblems = '';
  readonly guard: OpenTabGuard;
  /** Fires after each refresh of the exposure state. */
  readonly onDidRefresh = this.refreshed.event;

  constructor(
    private readonly diagnostics: vscode.DiagnosticCollection,
    private readonly scanner: DocumentScanner,
    private readonly log: Log,
    memento: vscode.Memento,
  ) {
    this.guard = new OpenTabGuard(
      memento,
      (uri) => this.sensitivePathOf(uri),
      () => this.settings.warnOnOpen,
    );
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(
      this.refreshed,
      watcher,
      watcher.onDidCreate((uri) => this.handleCreated(uri)),
      watcher.onDidDelete(() => this.schedule()),
      watcher.onDidChange((uri) => {
        if (EXCLUSION_FILE_NAMES.has(uri.path.split('/').pop()!)) this.schedule();
      }),
      vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, this.preview),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(EXCLUSIONS_SECTION)) return;
        this.settings = readExclusionSettings();
        this.patternMatcher = undefined;
        this.schedule();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.schedule()),
      vscode.workspace.onDidOpenTextDocument((d) => this.guard.handleOpen(d)),
      scanner.onDidUpdate(() => this.handleScannerUpdate()),
    );
  }

  /** Starts the first refresh without holding up activation. */
  start(): void {
    this.handleScannerUpdate();
    this.schedule();
  }

  /** The current rows (after waiting for any refresh in flight). */
  async exposure(): Promise<readonly ExposureRow[]> {
    await this.refresh();
    return this.rows;
  }

  async sync(request: SyncRequest = {}): Promise<SyncOutcome> {
    // Read the files as they are now: a watcher event may still be on its way.
    this.dirty = true;
    await this.refresh();
    const outcome = await syncExclusions(this.states, request, this.preview, this.log);
    this.dirty = true;
    await this.refresh();
    return outcome;
  }

  async showExposure(): Promise<readonly ExposureRow[]> {
    this.dirty = true;
    await this.refresh();
    await showExposurePick(
      this.rows,
      await Promise.all(
        this.states.map(async (st) => ({ folder: st.folder, coverage: await folderHookCoverage(st.folder) })),
      ),
    );
    return this.rows;
  }

  /** The path relative to its folder when the file is sensitive, else undefined. */
  sensitivePathOf(uri: vscode.Uri): string | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const state = folder && this.states.find((s) => s.folder.uri.toString() === folder.uri.toString());
    if (!state) return undefined;
    const rel = relativePathOf(uri);
    return state.isSensitive(rel) ? rel : undefined;
  }

  private schedule(): void {
    this.dirty = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh().catch((e: unknown) => this.log.error('exclusions: refresh failed', e));
    }, REFRESH_DELAY_MS);
  }

  /** Recomputes the state when something changed; concurrent callers share one run. */
  private async refresh(): Promise<void> {
    while (this.running) await this.running;
    if (!this.dirty && this.states.length > 0) return;
    this.dirty = false;
    this.running = this.recompute().finally(() => (this.running = undefined));
    await this.running;
    // Outside the run: the offer may sync, which refreshes again.
    if (this.created.size > 0)
      void this.offerForCreated().catch((e: unknown) => this.log.error('exclusions: offer failed', e));
  }

  private async recompute(): Promise<void> {
    const started = performance.now();
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
    this.reportProblems();
    const states: FolderState[] = [];
    for (const folder of folders) {
      const secretFiles = [...this.secretFiles]
        .map((u) => vscode.Uri.parse(u))
        .filter((u) => vscode.workspace.getWorkspaceFolder(u)?.uri.toString() === folder.uri.toString())
        .map((u) => relativePathOf(u));
      states.push(await loadFolderState(folder, this.settings, secretFiles));
    }
    const rows: ExposureRow[] = states.flatMap((s) =>
      assessExposure(s.sensitive, s.selection.targets, s.read).map((file) => ({ folder: s.folder, file })),
    );
    this.states = states;
    this.rows = rows;
    // Files that became sensitive since the last refresh: created, or matched by a changed policy.
    // Comparing states does not depend on the order of watcher and configuration events.
    const current = new Set(rows.map((r) => vscode.Uri.joinPath(r.folder.uri, r.file.path).toString()));
    if (this.known) for (const u of current) if (!this.known.has(u)) this.created.add(u);
    this.known = current;
    this.diagnostics.clear();
    for (const { folder, file } of rows) {
      const d = exposureDiagnostic(file);
      if (d) this.diagnostics.set(vscode.Uri.joinPath(folder.uri, file.path), [d]);
    }
    this.log.info(
      `exclusions: ${rows.length} sensitive file(s), ${rows.filter((r) => isExposed(r.file)).length} exposed, in ${(performance.now() - started).toFixed(0)} ms`,
    );
    for (const doc of vscode.workspace.textDocuments) this.guard.handleOpen(doc);
    this.refreshed.fire();
  }

  private reportProblems(): void {
    const text = this.settings.problems.join('; ');
    if (text && text !== this.reportedProblems)
      void vscode.window.showWarningMessage(
        `AI Secret Guard: the exclusion patterns setting is not usable (${text}); using the defaults.`,
      );
    this.reportedProblems = text;
  }

  private handleScannerUpdate(): void {
    const next = new Set(
      this.scanner
        .all()
        .filter((d) => d.uri.scheme === 'file' && d.findings.some((f) => f.confidence === 'high'))
        .map((d) => d.uri.toString()),
    );
    // A closed file keeps its secret on disk: only a rescan that comes back clean removes it.
    const scanned = new Set(this.scanner.all().map((d) => d.uri.toString()));
    let changed = false;
    for (const u of next) {
      if (this.secretFiles.has(u)) continue;
      this.secretFiles.add(u);
      changed = true;
    }
    for (const u of [...this.secretFiles]) {
      if (!scanned.has(u) || next.has(u)) continue;
      this.secretFiles.delete(u);
      changed = true;
    }
    if (changed) this.schedule();
  }

  private handleCreated(uri: vscode.Uri): void {
    const name = uri.path.split('/').pop()!;
    if (EXCLUSION_FILE_NAMES.has(name)) return this.schedule();
    if (!vscode.workspace.getWorkspaceFolder(uri) || SKIPPED_PATH.test(uri.path)) return;
    this.patternMatcher ??= patternMatcher(this.settings);
    if (!this.patternMatcher(relativePathOf(uri))) return;
    this.created.add(uri.toString());
    this.schedule();
  }

  /** After files appeared: sync silently when the user opted in, otherwise offer it once per batch. */
  private async offerForCreated(): Promise<void> {
    if (this.created.size === 0) return;
    const created = new Set(this.created);
    this.created.clear();
    const exposed = this.rows.filter(
      (r) => created.has(vscode.Uri.joinPath(r.folder.uri, r.file.path).toString()) && isExposed(r.file),
    );
    if (exposed.length === 0) return;
    if (this.settings.autoSync) {
      const outcome = await this.sync({ confirm: false, gitignore: 'no' });
      this.log.info(
        `exclusions: auto-sync after ${exposed.length} new sensitive file(s): ${outcome.written.length} written`,
      );
      return;
    }
    const shown = exposed
      .slice(0, 5)
      .map((r) => r.file.path)
      .join(', ');
    const names = exposed.length > 5 ? `${shown} and ${exposed.length - 5} more` : shown;
    const answer = await vscode.window.showWarningMessage(
      `New sensitive file(s) readable by AI assistants: ${names}.`,
      'Sync AI Exclusions',
      'Always Sync',
    );
    if (answer === 'Always Sync')
      await vscode.workspace
        .getConfiguration(EXCLUSIONS_SECTION)
        .update('autoSync', true, vscode.ConfigurationTarget.Workspace);
    if (answer) await this.sync({ confirm: answer === 'Sync AI Exclusions' });
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
