import { version } from '../../package.json';
import type { ScanReport } from '../core/report/model';
import { TOOL_NAME } from '../core/toolInfo';
import { loadGitleaksAllowlist } from '../scan/gitleaks';
import { repositoryRoot, type HistorySelection } from '../scan/historyGit';
import { historyReport, scanHistory } from '../scan/historyScan';
import { existingCommits, parsePushedRefs, pushSelection } from '../scan/prePush';
import { baselineAcceptance } from '../core/baseline';
import { loadBaseline, scanKey, type ScanOutcome, type SourceOptions } from '../scan/scanTree';
import type { HistoryOptions, ScanOptions } from './args';
import type { CliIO } from './io';

/** The selection a command line names; for --pre-push, read from git's ref lines on stdin (undefined: nothing is pushed). */
async function selectionFor(history: HistoryOptions, root: string, io: CliIO): Promise<HistorySelection | undefined> {
  if (!history.prePush) {
    return {
      revisions: history.revisions,
      ...(history.since !== undefined ? { since: history.since } : {}),
      ...(history.maxCommits !== undefined ? { maxCommits: history.maxCommits } : {}),
    };
  }
  const refs = parsePushedRefs((await io.readStdin()).toString('utf8'));
  const known = await existingCommits(
    root,
    refs.map((r) => r.remoteSha),
  );
  const selection = pushSelection(refs, history.prePush.remote, known);
  return (
    selection && {
      ...selection,
      ...(history.since !== undefined ? { since: history.since } : {}),
      ...(history.maxCommits !== undefined ? { maxCommits: history.maxCommits } : {}),
    }
  );
}

function describe(history: HistoryOptions): string {
  if (history.prePush) return `commits pushed${history.prePush.remote ? ` to ${history.prePush.remote}` : ''}`;
  return history.revisions.length ? history.revisions.join(' ') : '--all';
}

/**
 * `scan --history`: the repository's history through the detector, with the baseline and the
 * gitleaks allowlist (commit-specific entries included). Warnings go to stderr.
 */
export async function runCliHistoryScan(
  options: ScanOptions &
    Pick<SourceOptions, 'createFingerprintKey' | 'fingerprintKey'> & { readonly history: HistoryOptions },
  argv: readonly string[],
  io: CliIO,
): Promise<ScanOutcome> {
  const started = performance.now();
  const warn = (message: string) => io.stderr(`ai-secret-guard: ${message}\n`);
  const root = await repositoryRoot(io.cwd);
  const baseline = await loadBaseline(options.baseline, io.cwd);
  const gitleaks = options.gitleaks ? await loadGitleaksAllowlist(root, io.cwd, options.gitleaksConfig) : undefined;
  for (const w of gitleaks?.warnings ?? []) warn(w);
  const key = await scanKey(options, { cwd: io.cwd, warn }, baseline);
  const run = { version, command: [TOOL_NAME, ...argv].join(' '), started, revisions: describe(options.history) };
  const selection = await selectionFor(options.history, root, io);
  if (!selection) return { report: emptyReport(run), all: [], key };
  const scan = await scanHistory({
    root,
    selection,
    maxFileSize: options.maxFileSize,
    maxLineLength: options.maxLineLength,
    ...((options.jobs ?? io.jobs) !== undefined ? { jobs: (options.jobs ?? io.jobs)! } : {}),
    publish: key.publish,
    isBaselined: baselineAcceptance(baseline),
    ...(gitleaks ? { gitleaks } : {}),
  });
  const report = historyReport(scan, run);
  if (report.history?.unreachable) warn(report.history.unreachable);
  if (scan.submodules.length) warn(`submodules listed, not entered: ${scan.submodules.join(', ')}`);
  if (gitleaks && (scan.allowed > 0 || scan.notScanned > 0)) {
    warn(
      `gitleaks allowlist (${gitleaks.files.join(', ')}): ${scan.allowed} finding(s) allowed, ${scan.notScanned} file change(s) not scanned`,
    );
  }
  return {
    report,
    all: scan.all,
    key,
    ...(gitleaks ? { gitleaks: { files: gitleaks.files, allowed: scan.allowed, notScanned: scan.notScanned } } : {}),
  };
}

function emptyReport(run: { version: string; command: string; started: number; revisions: string }): ScanReport {
  return {
    tool: { name: TOOL_NAME, version: run.version },
    command: run.command,
    findings: [],
    skipped: [],
    filesScanned: 0,
    bytesScanned: 0,
    durationMs: performance.now() - run.started,
    baselined: 0,
    partial: false,
    history: { revisions: run.revisions, commitsScanned: 0, submodules: [], repositoryUri: '' },
  };
}
