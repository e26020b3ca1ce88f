import path from 'node:path';
import * as vscode from 'vscode';
import type { Publish } from '../../core/fingerprint';
import { ASSISTANT_TARGETS } from '../../core/exclusions/assistantCatalogue';
import type { ExposureEvidence } from '../../core/report/evidence';
import type { ScanReport } from '../../core/report/model';
import type { GitleaksAllowlist } from '../../scan/gitleaks';
import type { ScanTask } from '../../scan/scanTask';
import { applyPathAllowlist, scanTree, treeReport, type ScanRoot, type TreeScan } from '../../scan/scanTree';
import { listFiles } from '../../scan/walk';
import type { Settings } from '../config';
import type { Engine } from '../engine';
import type { ExposureRow } from '../exclusions/exclusionController';
import type { HistoryAudit } from './historyAudit';

/** What the audit found, and where each reported path lives. */
export interface AuditResult {
  readonly report: ScanReport;
  readonly folders: readonly vscode.WorkspaceFolder[];
  /** The file a report path names. */
  readonly uriOf: (reportPath: string) => vscode.Uri | undefined;
  readonly exposure?: ExposureEvidence;
  /** Secrets that arrived through AI, bulk or pasted inserts this session. */
  readonly aiInsertFindings: number;
  readonly cancelled: boolean;
  /** Files not scanned because the repository's gitleaks allowlist allows their path. */
  readonly allowedFiles: number;
  /** Findings the repository's gitleaks allowlist accepted (not counted as baselined, as in the CLI). */
  readonly allowedFindings: number;
  /** When it finished, for the report's header. */
  readonly finishedAt: Date;
  /** Set when the audit included git history ("Audit Workspace (including git history)"). */
  readonly history?: HistoryAudit;
}

export interface AuditDeps {
  readonly settings: Settings;
  readonly engine: Engine;
  readonly isBaselined: (folder: vscode.WorkspaceFolder, identity: string) => boolean;
  /** How the folder publishes fingerprints in reports (its key file's key). */
  readonly publisher: (folder: vscode.WorkspaceFolder) => Publish;
  /** The repository's gitleaks allowlist, applied as the CLI applies it. */
  readonly gitleaks: (folder: vscode.WorkspaceFolder) => GitleaksAllowlist | undefined;
  readonly exposure: () => Promise<readonly ExposureRow[]>;
  readonly aiInsertFindings: number;
  readonly version: string;
  /** The baseline file, as the equivalent CLI command names it. */
  readonly baselineFile: string;
  /** dist/scanWorker.js of the installed extension. */
  readonly workerScript: string;
}

export interface AuditProgress {
  readonly done: number;
  readonly total: number;
  /** What is counted: files (default), or commits in the history pass. */
  readonly unit?: 'commits';
}

/** Report paths: folder-relative, prefixed with the folder's name in a multi-root workspace. */
function prefixFor(folder: vscode.WorkspaceFolder, folders: readonly vscode.WorkspaceFolder[]): string {
  return folders.length > 1 ? `${folder.name}/` : '';
}

interface AuditRoots {
  readonly roots: ScanRoot[];
  readonly uris: Map<string, vscode.Uri>;
  /** Files not scanned because the repository's gitleaks allowlist allows their path. */
  readonly allowedFiles: number;
}

/** Each folder's files (.gitignore and the exclude setting honoured) with its baseline and gitleaks allowlist. */
async function collectRoots(
  deps: AuditDeps,
  folders: readonly vscode.WorkspaceFolder[],
  token: vscode.CancellationToken,
): Promise<AuditRoots> {
  const roots: ScanRoot[] = [];
  const uris = new Map<string, vscode.Uri>();
  let allowedFiles = 0;
  for (const folder of folders) {
    const prefix = prefixFor(folder, folders);
    const gitleaks = deps.gitleaks(folder);
    const listed: ScanTask[] = [];
    for (const entry of await listFiles([folder.uri.fsPath], folder.uri.fsPath, true)) {
      const rel = path.relative(folder.uri.fsPath, entry.abs).split(path.sep).join('/');
      if (deps.engine.isExcluded(rel)) continue;
      listed.push({
        display: prefix + rel,
        abs: entry.abs,
        ...(entry.unreadable !== undefined ? { unreadable: entry.unreadable } : {}),
      });
    }
    // gitleaks reports nothing in a path its allowlist allows: neither does the audit.
    const { tasks, notScanned } = gitleaks ? applyPathAllowlist(listed, gitleaks) : { tasks: listed, notScanned: 0 };
    allowedFiles += notScanned;
    for (const t of tasks) uris.set(t.display, vscode.Uri.file(t.abs!));
    roots.push({
      tasks,
      ...(gitleaks ? { gitleaks } : {}),
      publish: deps.publisher(folder),
      isBaselined: (identity) => deps.isBaselined(folder, identity),
    });
    if (token.isCancellationRequested) break;
  }
  return { roots, uris, allowedFiles };
}

/** Which assistants can read which sensitive files; undefined once the audit was cancelled. */
async function exposureEvidence(
  deps: AuditDeps,
  folders: readonly vscode.WorkspaceFolder[],
  token: vscode.CancellationToken,
): Promise<ExposureEvidence | undefined> {
  if (token.isCancellationRequested) return undefined;
  const rows = await deps.exposure();
  if (token.isCancellationRequested) return undefined;
  const assistantIds = new Set(rows.flatMap((r) => r.file.targets.map((t) => t.targetId)));
  return {
    assistants: ASSISTANT_TARGETS.filter((t) => assistantIds.has(t.id)).map((t) => ({ id: t.id, name: t.name })),
    files: rows.map((r) => ({ ...r.file, path: prefixFor(r.folder, folders) + r.file.path })),
  };
}

/**
 * Scans every file of every local workspace folder in worker threads with the scan the CLI runs
 * (src/scan): the editor's rules, baseline and gitleaks allowlist applied, binaries and oversized
 * files listed as skipped. A cancelled audit returns what it scanned, marked partial.
 */
export async function runAudit(
  deps: AuditDeps,
  onProgress: (p: AuditProgress) => void,
  token: vscode.CancellationToken,
): Promise<AuditResult> {
  const started = performance.now();
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
  const { roots, uris, allowedFiles } = await collectRoots(deps, folders, token);
  const total = roots.reduce((n, r) => n + r.tasks.length, 0);
  const controller = new AbortController();
  const cancellation = token.onCancellationRequested(() => controller.abort());
  let scan: TreeScan;
  try {
    onProgress({ done: 0, total });
    scan = await scanTree(roots, {
      maxFileSize: deps.settings.maxFileSize,
      maxLineLength: deps.settings.maxLineLength,
      disabledRules: deps.settings.disabledRules,
      customRules: deps.settings.customRules,
      inProcessMaxFiles: 0,
      workerScript: deps.workerScript,
      signal: controller.signal,
      onProgress: (done) => onProgress({ done, total }),
    });
  } finally {
    cancellation.dispose();
  }
  const cancelled = controller.signal.aborted && scan.cancelled;
  const exposure = await exposureEvidence(deps, folders, token);
  const command = `AI Secret Guard: Audit Workspace (VS Code ${vscode.version}); the same scan in CI: ai-secret-guard scan --baseline ${deps.baselineFile} .`;
  return {
    report: treeReport({ ...scan, cancelled }, { version: deps.version, command, started }),
    folders,
    uriOf: (p) => uris.get(p),
    ...(exposure ? { exposure } : {}),
    aiInsertFindings: deps.aiInsertFindings,
    cancelled,
    allowedFiles,
    allowedFindings: scan.allowed,
    finishedAt: new Date(),
  };
}
