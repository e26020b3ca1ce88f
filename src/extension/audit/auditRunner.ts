import path from 'node:path';
import * as vscode from 'vscode';
import type { GitleaksAllowlist } from '../../cli/gitleaks';
import { scanPool, type PoolResult } from '../../cli/scanPool';
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
  /** Files not scanned because the repository's gitleaks allowlist allows their path. */
  readonly allowedFiles: number;
  /** When it finished, for the report's header. */
  readonly finishedAt: Date;
}

export interface AuditDeps {
  readonly settings: Settings;
  readonly engine: Engine;
  readonly isBaselined: (folder: vscode.WorkspaceFolder, fingerprint: string) => boolean;
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
  const jobs: { folder: vscode.WorkspaceFolder; tasks: ScanTask[]; gitleaks?: GitleaksAllowlist }[] = [];
  const uris = new Map<string, vscode.Uri>();
  let allowedFiles = 0;
  for (const folder of folders) {
    const prefix = prefixFor(folder, folders);
    const gitleaks = deps.gitleaks(folder);
    const tasks: ScanTask[] = [];
    for (const entry of await listFiles([folder.uri.fsPath], folder.uri.fsPath, true)) {
      const rel = path.relative(folder.uri.fsPath, entry.abs).split(path.sep).join('/');
      if (deps.engine.isExcluded(rel)) continue;
      const inRepo = gitleaks && path.relative(gitleaks.root, entry.abs).split(path.sep).join('/');
      // gitleaks reports nothing in a path its allowlist allows: neither does the audit.
      if (gitleaks && inRepo && gitleaks.allowlist.allowsPath(inRepo)) {
        allowedFiles++;
        continue;
      }
      tasks.push({ display: prefix + rel, abs: entry.abs, ...(inRepo ? { allowlistPath: inRepo } : {}), ...(entry.unreadable !== undefined ? { unreadable: entry.unreadable } : {}) });
      uris.set(prefix + rel, vscode.Uri.file(entry.abs));
    }
    jobs.push({ folder, tasks, ...(gitleaks ? { gitleaks } : {}) });
    if (token.isCancellationRequested) break;
  }

  const total = jobs.reduce((n, j) => n + j.tasks.length, 0);
  const controller = new AbortController();
  const cancellation = token.onCancellationRequested(() => controller.abort());
  const pools: { job: (typeof jobs)[number]; pool: PoolResult }[] = [];
  let before = 0;
  try {
    onProgress({ done: 0, total });
    for (const job of jobs) {
      const offset = before;
      const pool = await scanPool(job.tasks, {
        maxFileSize: deps.settings.maxFileSize,
        maxLineLength: deps.settings.maxLineLength,
        disabledRules: deps.settings.disabledRules,
        customRules: deps.settings.customRules,
        ...(job.gitleaks && !job.gitleaks.allowlist.empty ? { allowlist: job.gitleaks.spec } : {}),
        inProcessMaxFiles: 0,
        workerScript: deps.workerScript,
        signal: controller.signal,
        onProgress: (done) => onProgress({ done: offset + done, total }),
      });
      pools.push({ job, pool });
      before += job.tasks.length;
      if (pool.cancelled) break;
    }
  } finally {
    cancellation.dispose();
  }
  const cancelled = controller.signal.aborted && pools.reduce((n, p) => n + p.pool.results.filter(Boolean).length, 0) < total;

  const findings: ReportedFinding[] = [];
  const skipped: SkippedFile[] = [];
  let bytes = 0;
  let scanned = 0;
  let baselined = 0;
  for (const { job, pool } of pools) {
    pool.results.forEach((r, i) => {
      if (!r) return;
      if (r.skipped) skipped.push(r.skipped);
      else scanned++;
      bytes += r.bytes;
      const allowlistPath = job.tasks[i]!.allowlistPath;
      for (const f of r.findings) {
        if (deps.isBaselined(job.folder, f.fingerprint) || (job.gitleaks && allowlistPath && job.gitleaks.allowlist.allowsLine(allowlistPath, f.startLine))) baselined++;
        else findings.push(f);
      }
    });
  }

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
    partial: cancelled || skipped.some((s) => s.reason === 'unreadable'),
  };
  return {
    report,
    folders,
    uriOf: (p) => uris.get(p),
    ...(exposure ? { exposure } : {}),
    aiInsertFindings: deps.aiInsertFindings,
    cancelled,
    allowedFiles,
    finishedAt: new Date(),
  };
}
