import { spawnSync } from 'node:child_process';
import { readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import type { ReportedFinding } from './score';

export interface CliScan {
  readonly findings: readonly ReportedFinding[];
  readonly bytesScanned: number;
  readonly filesScanned: number;
  readonly skipped: number;
  readonly durationMs: number;
}

/**
 * Runs the built CLI (the product path: file walking, file kinds, workers, the real engine) over
 * `target`, relative to `cwd`, and reads its JSON report. Exit codes 0 and 1 are results; anything
 * else is an error. The CLI writes to a file of this process's own and the report takes its name
 * once read: worktrees that share .bench-cache may run the bench at the same time.
 */
export function scanWithCli(repoRoot: string, cwd: string, target: string, reportFile: string): CliScan {
  const cli = path.join(repoRoot, 'dist', 'cli.js');
  const ownReport = `${reportFile}.${process.pid}`;
  const args = [
    cli,
    'scan',
    target,
    '--format',
    'json',
    '--output',
    ownReport,
    '--no-gitignore',
    '--no-gitleaks',
    '--max-file-size',
    '64m',
  ];
  const started = Date.now();
  const run = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`the CLI exited with ${run.status ?? run.signal}: ${(run.stderr ?? '').slice(0, 2000)}`);
  }
  const report = JSON.parse(readFileSync(ownReport, 'utf8')) as {
    summary: { bytesScanned: number; filesScanned: number; skipped: number };
    findings: ReportedFinding[];
  };
  renameSync(ownReport, reportFile);
  return {
    findings: report.findings.map((f) => ({
      path: f.path,
      startLine: f.startLine,
      endLine: f.endLine,
      ruleId: f.ruleId,
      preview: f.preview,
    })),
    bytesScanned: report.summary.bytesScanned,
    filesScanned: report.summary.filesScanned,
    skipped: report.summary.skipped,
    durationMs: Date.now() - started,
  };
}
