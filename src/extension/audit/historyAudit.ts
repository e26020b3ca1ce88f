import * as vscode from 'vscode';
import type { Publish } from '../../core/fingerprint';
import type { HistoryScope, ReportedFinding } from '../../core/report/model';
import { GitError } from '../../scan/git';
import type { GitleaksAllowlist } from '../../scan/gitleaks';
import { repositoryRoot } from '../../scan/historyGit';
import { historyReport, onlyInHistory, scanHistory } from '../../scan/historyScan';
import type { Settings } from '../config';

/** Where a history finding can be opened: its repository, commit and repository-relative path. */
export interface CommitLocation {
  readonly root: string;
  readonly commit: string;
  readonly path: string;
}

/** What the audit's history pass found. */
export interface HistoryAudit {
  /** Secrets in history (not baselined) that the workspace files no longer hold, each at its first commit. */
  readonly onlyInHistory: readonly ReportedFinding[];
  /** Per finding of `onlyInHistory`, in the same order. */
  readonly locations: readonly CommitLocation[];
  /** One per repository scanned. */
  readonly scopes: readonly HistoryScope[];
  /** Folders not scanned and why (not in a git repository). */
  readonly notes: readonly string[];
  readonly cancelled: boolean;
}

export interface HistoryAuditDeps {
  readonly settings: Settings;
  /** Whether the folder's baseline accepts a secret, by its identity. */
  readonly isBaselined: (folder: vscode.WorkspaceFolder, identity: string) => boolean;
  /** How the folder publishes fingerprints (the file audit's publisher, so both name a secret alike). */
  readonly publisher: (folder: vscode.WorkspaceFolder) => Publish;
  readonly gitleaks: (folder: vscode.WorkspaceFolder) => GitleaksAllowlist | undefined;
  readonly version: string;
  readonly workerScript: string;
}

/**
 * Scans the git history of each folder's repository (every ref) in worker threads, as
 * `ai-secret-guard scan --history` does, and keeps the secrets the current files no longer hold.
 * A repository shared by two folders is scanned once.
 */
export async function runHistoryAudit(
  deps: HistoryAuditDeps,
  folders: readonly vscode.WorkspaceFolder[],
  current: readonly ReportedFinding[],
  onProgress: (done: number, total: number | undefined) => void,
  token: vscode.CancellationToken,
): Promise<HistoryAudit> {
  const found: ReportedFinding[] = [];
  const locations: CommitLocation[] = [];
  const scopes: HistoryScope[] = [];
  const notes: string[] = [];
  const seen = new Set<string>();
  const controller = new AbortController();
  const cancellation = token.onCancellationRequested(() => controller.abort());
  try {
    for (const folder of folders) {
      if (controller.signal.aborted) break;
      let root: string;
      try {
        root = await repositoryRoot(folder.uri.fsPath);
      } catch (e) {
        if (!(e instanceof GitError)) throw e;
        notes.push(`${folder.name}: not in a git repository; no history to scan`);
        continue;
      }
      if (seen.has(root)) continue;
      seen.add(root);
      const started = performance.now();
      const gitleaks = deps.gitleaks(folder);
      const scan = await scanHistory({
        root,
        selection: { revisions: [] },
        maxFileSize: deps.settings.maxFileSize,
        maxLineLength: deps.settings.maxLineLength,
        disabledRules: deps.settings.disabledRules,
        customRules: deps.settings.customRules,
        alwaysThreads: true,
        workerScript: deps.workerScript,
        isBaselined: (identity) => deps.isBaselined(folder, identity),
        publish: deps.publisher(folder),
        ...(gitleaks ? { gitleaks } : {}),
        signal: controller.signal,
        onProgress,
      });
      const report = historyReport(scan, {
        version: deps.version,
        command: 'ai-secret-guard scan --history',
        started,
        revisions: '--all',
      });
      scopes.push(report.history!);
      const prefix = folders.length > 1 ? `${folder.name}/` : '';
      for (const f of onlyInHistory(report.findings, current)) {
        found.push({ ...f, path: prefix + f.path });
        locations.push({ root, commit: f.commit!.sha, path: f.path });
      }
    }
  } finally {
    cancellation.dispose();
  }
  return { onlyInHistory: found, locations, scopes, notes, cancelled: controller.signal.aborted };
}
