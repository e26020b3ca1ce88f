import path from 'node:path';
import * as vscode from 'vscode';
import { scanPool } from '../../cli/scanPool';
import type { ScanTask } from '../../cli/scanTask';
import { listFiles } from '../../cli/walk';
import { ASSISTANT_TARGETS } from '../../core/exclusions/assistantCatalogue';
import type { ExposureEvidence } from '../../core/report/evidence';
import type { ReportedFinding, ScanReport, SkippedFile } from '../../core/report/model';
import type { Settings } from '../config';
import type { Engine } from '../engine';
import type { ExposureRow } from '../exclusions/exclusionController';

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
  /** When it finished, for the report's header. */
  readonly finishedAt: Date;
}

export interface AuditDeps {
  readonly settings: Settings;
  readonly engine: Engine;
  readonly isBaselined: (folder: vscode.WorkspaceFolder, fingerprint: string) => boolean;
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
}

/** Report paths: folder-relative, prefixed with the folder's name in a multi-root workspace. */
function prefixFor(folder: vscode.WorkspaceFolder, folders: readonly vscode.WorkspaceFolder[]): string {
  return folders.length > 1 ? `${folder.name}/` : '';
}

/**
 * Scans every file of every local workspace folder in worker threads: .gitignore and the exclude
 * setting honoured, the editor's rules and baseline applied, binaries and oversized files listed
 * as skipped. A cancelled audit returns what it scanned, marked partial.
 */
export async function runAudit(deps: AuditDeps, onProgress: (p: AuditProgress) => void, token: vscode.CancellationToken): Promise<AuditResult> {
  const started = performance.now();
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
  const tasks: ScanTask[] = [];
  const folderOfTask: vscode.WorkspaceFolder[] = [];
  const uris = new Map<string, vscode.Uri>();
  for (const folder of folders) {
    const prefix = prefixFor(folder, folders);
    for (const entry of await listFiles([folder.uri.fsPath], folder.uri.fsPath, true)) {
      const rel = path.relative(folder.uri.fsPath, entry.abs).split(path.sep).join('/');
      if (deps.engine.isExcluded(rel)) continue;
      tasks.push({ display: prefix + rel, abs: entry.abs });
      folderOfTask.push(folder);
      uris.set(prefix + rel, vscode.Uri.file(entry.abs));
    }
    if (token.isCancellationRequested) break;
  }

  const controller = new AbortController();
  const cancellation = token.onCancellationRequested(() => controller.abort());
  let pool;
  try {
    onProgress({ done: 0, total: tasks.length });
    pool = await scanPool(tasks, {
      maxFileSize: deps.settings.maxFileSize,
      maxLineLength: deps.settings.maxLineLength,
      disabledRules: deps.settings.disabledRules,
      customRules: deps.settings.customRules,
      inProcessMaxFiles: 0,
      workerScript: deps.workerScript,
      signal: controller.signal,
      onProgress: (done, total) => onProgress({ done, total }),
    });
  } finally {
    cancellation.dispose();
  }

  const findings: ReportedFinding[] = [];
  const skipped: SkippedFile[] = [];
  let bytes = 0;
  let scanned = 0;
  let baselined = 0;
  pool.results.forEach((r, i) => {
    if (!r) return;
    if (r.skipped) skipped.push(r.skipped);
    else scanned++;
    bytes += r.bytes;
    for (const f of r.findings) {
      if (deps.isBaselined(folderOfTask[i]!, f.fingerprint)) baselined++;
      else findings.push(f);
    }
  });

  const rows = token.isCancellationRequested ? [] : await deps.exposure();
  const assistantIds = new Set(rows.flatMap((r) => r.file.targets.map((t) => t.targetId)));
  const exposure: ExposureEvidence | undefined = token.isCancellationRequested
    ? undefined
    : {
        assistants: ASSISTANT_TARGETS.filter((t) => assistantIds.has(t.id)).map((t) => ({ id: t.id, name: t.name })),
        files: rows.map((r) => ({ ...r.file, path: prefixFor(r.folder, folders) + r.file.path })),
      };

  const report: ScanReport = {
    tool: { name: 'ai-secret-guard', version: deps.version },
    command: `AI Secret Guard: Audit Workspace (VS Code ${vscode.version}); the same scan in CI: ai-secret-guard scan --baseline ${deps.baselineFile} .`,
    findings,
    skipped,
    filesScanned: scanned,
    bytesScanned: bytes,
    durationMs: performance.now() - started,
    baselined,
    partial: pool.cancelled || skipped.some((s) => s.reason === 'unreadable'),
  };
  return {
    report,
    folders,
    uriOf: (p) => uris.get(p),
    ...(exposure ? { exposure } : {}),
    aiInsertFindings: deps.aiInsertFindings,
    cancelled: pool.cancelled,
    finishedAt: new Date(),
  };
}
