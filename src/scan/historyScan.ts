import { baselineAcceptance, type Baseline } from '../core/baseline';
import type { Publish } from '../core/fingerprint';
import type { ReportedFinding, ScanReport } from '../core/report/model';
import { TOOL_NAME } from '../core/toolInfo';
import { GitError } from './git';
import type { GitleaksAllowlist } from './gitleaks';
import { HistoryAggregate, type HistoryTally } from './historyAggregate';
import {
  countCommits,
  repositoryFacts,
  startLogs,
  type HistorySelection,
  type LogProcess,
  type RepositoryFacts,
} from './historyGit';
import { PatchParser, type PatchSink, type PatchUnit } from './historyPatch';
import { checkStillIn, selectionTips, type StillInCheck } from './historyStillIn';
import type { WorkerConfig } from './scanTask';
import { defaultJobs } from './scanPool';
import { createStreamPool } from './streamPool';

/** File changes are sent to the workers in batches of about this many bytes (-U0 patches are small: many batches keep both workers busy). */
const BATCH_BYTES = 64 * 1024;
/** Batches in flight per worker before git's output is no longer read: memory stays bounded, and git runs on while the workers build their detectors. */
const IN_FLIGHT_PER_JOB = 32;
const MAX_STDERR = 8 * 1024;

export interface HistoryScanOptions extends WorkerConfig {
  /** The repository's work tree (or the bare repository). */
  readonly root: string;
  readonly selection: HistorySelection;
  readonly jobs?: number;
  /** Scan in worker threads even with one job (the editor: its extension host must not be blocked). */
  readonly alwaysThreads?: boolean;
  readonly workerScript?: string;
  readonly baseline?: Baseline;
  /** Instead of `baseline`: whether a secret is accepted, by identity and published fingerprint (the editor's baseline store). */
  readonly isBaselined?: (identity: string, published: string) => boolean;
  /** The repository's fingerprint key, as the file scan of the same run uses it (so both name a secret alike). */
  readonly publish: Publish;
  readonly gitleaks?: GitleaksAllowlist;
  readonly signal?: AbortSignal;
  /** With more than one job, histories of at least this many commits are read by one git process per job (default 2000). */
  readonly splitAbove?: number;
  /** Commits read so far, of `total` when it was counted (only when this is given). */
  readonly onProgress?: (commits: number, total: number | undefined) => void;
}

export interface HistoryScan extends HistoryTally {
  readonly commits: number;
  /** File changes whose path the gitleaks allowlist allows, not scanned. */
  readonly notScanned: number;
  readonly cancelled: boolean;
  readonly facts: RepositoryFacts;
  /** Refs whose tips were looked at for the secrets found (absent when there was nothing to look for). */
  readonly refsChecked?: number;
  readonly refsNotChecked?: number;
}

/**
 * Streams `git log -p` over the selection through the detector (worker threads for more than one
 * job), each distinct secret once, at the first commit that added it. Throws GitError when git fails
 * (a revision that does not exist, not a repository).
 */
export async function scanHistory(options: HistoryScanOptions): Promise<HistoryScan> {
  const facts = await repositoryFacts(options.root);
  const total = options.onProgress ? await countCommits(options.root, options.selection) : undefined;
  const ignore = options.gitleaks && !options.gitleaks.allowlist.empty ? options.gitleaks.allowlist : undefined;
  const aggregate = new HistoryAggregate({
    isBaselined: options.isBaselined ?? baselineAcceptance(options.baseline),
    publish: options.publish,
    ...(ignore ? { allowsLine: (p, l, c) => ignore.allowsLine(p, l, c) } : {}),
  });
  const jobs = options.jobs ?? defaultJobs();
  // git starts first: it computes diffs while the detector is being built.
  const logs = await startLogs(options.root, options.selection, jobs, options.splitAbove);
  const pool = historyPool(options, ignore !== undefined, jobs);
  let commits = 0;
  let notScanned = 0;
  let batch: PatchUnit[] = [];
  let batchBytes = 0;
  const pending = new Set<Promise<void>>();
  const flush = () => {
    if (batch.length === 0) return;
    const units = batch;
    batch = [];
    batchBytes = 0;
    const tasks = units.map((u) => ({
      display: u.path,
      content: u.content,
      allowlistPath: u.path,
      commit: u.commit.sha,
    }));
    const done: Promise<void> = pool.scan(tasks).then((results) => {
      results.forEach((r, i) => aggregate.add(units[i]!, r));
      pending.delete(done);
    });
    pending.add(done);
    // Awaited below; this branch only keeps a failure from also being reported as unhandled.
    done.catch(() => undefined);
  };
  const sink: PatchSink = {
    commit: () => {
      commits++;
      options.onProgress?.(commits, total);
    },
    unit: (unit) => {
      if (ignore?.allowsPath(unit.path)) {
        notScanned++;
        return;
      }
      batch.push(unit);
      batchBytes += unit.content.length;
      if (batchBytes >= BATCH_BYTES) flush();
    },
    skip: (commit, path, reason) => aggregate.skip(commit, path, reason),
    rename: (from, to) => aggregate.rename(from, to),
  };
  let live: StillInCheck | undefined;
  const onAbort = () => logs.forEach((l) => l.child.kill());
  options.signal?.addEventListener('abort', onAbort);
  try {
    // Never more than a few batches waiting: git's output stays in the pipe, not in memory.
    const drained = async (): Promise<void> => {
      while (pending.size >= IN_FLIGHT_PER_JOB * pool.jobs) await Promise.race(pending);
    };
    await Promise.all(
      logs.map((log) => readLog(log, new PatchParser(sink, options.maxFileSize, log.first), drained, options.signal)),
    );
    if (!options.signal?.aborted) flush();
    await Promise.all(pending);
    if (!options.signal?.aborted) live = await stillIn(options, aggregate);
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    for (const { child } of logs) if (child.exitCode === null) child.kill();
    await pool.close();
  }
  return {
    ...aggregate.tally(live?.stillIn),
    commits,
    notScanned,
    cancelled: options.signal?.aborted === true,
    facts,
    ...(live ? { refsChecked: live.refsChecked, refsNotChecked: live.refsNotChecked } : {}),
  };
}

/** Which refs still hold the secrets found; undefined when none was found or git could not say (the history result stands). */
async function stillIn(options: HistoryScanOptions, aggregate: HistoryAggregate): Promise<StillInCheck | undefined> {
  const places = aggregate.placesToCheck();
  if (places.size === 0) return undefined;
  try {
    const tips = await selectionTips(options.root, options.selection);
    return await checkStillIn(options.root, tips, places, options.maxFileSize);
  } catch (e) {
    if (e instanceof GitError || (e as NodeJS.ErrnoException).code !== undefined) return undefined;
    throw e;
  }
}

/** The workers a history scan streams its file changes through, set up as the options say. */
function historyPool(options: HistoryScanOptions, useAllowlist: boolean, jobs: number) {
  return createStreamPool(
    {
      maxFileSize: options.maxFileSize,
      maxLineLength: options.maxLineLength,
      ...(options.disabledRules ? { disabledRules: options.disabledRules } : {}),
      ...(options.customRules ? { customRules: options.customRules } : {}),
      ...(useAllowlist && options.gitleaks ? { allowlist: options.gitleaks.spec } : {}),
    },
    jobs,
    {
      ...(options.workerScript ? { workerScript: options.workerScript } : {}),
      ...(options.alwaysThreads ? { alwaysThreads: true } : {}),
    },
  );
}

/** Feeds one git process's output to its parser; throws GitError when git fails (not when cancelled). */
async function readLog(
  log: LogProcess,
  parser: PatchParser,
  drained: () => Promise<void>,
  signal: AbortSignal | undefined,
): Promise<void> {
  const { child } = log;
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr = (stderr + c.toString('utf8')).slice(0, MAX_STDERR)));
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve(code));
  });
  for await (const chunk of child.stdout!) {
    parser.push(chunk as Buffer);
    await drained();
  }
  const code = await exited;
  if (signal?.aborted) return;
  if (code !== 0)
    throw new GitError(`git log failed: ${stderr.split('\n').find((l) => l.trim()) ?? `exit code ${code}`}`);
  parser.end();
}

function shortList(shas: readonly string[]): string {
  const shown = shas.slice(0, 3).map((s) => s.slice(0, 12));
  return shown.join(', ') + (shas.length > 3 ? ` and ${shas.length - 3} more` : '');
}

/** What a shallow clone could not reach, in words; undefined when the history is complete. */
export function unreachableNote(facts: RepositoryFacts): string | undefined {
  const b = facts.shallowBoundary;
  if (b.length === 0) return undefined;
  return (
    `shallow clone: the commits before ${b.length === 1 ? 'boundary commit' : `${b.length} boundary commits`} ${shortList(b)} were not fetched and not scanned; ` +
    'a secret shown as added at a boundary commit may be older (git fetch --unshallow, then scan again)'
  );
}

/** The report of a history scan: findings carry their commits; partial when cancelled. */
export function historyReport(
  scan: HistoryScan,
  run: { readonly version: string; readonly command: string; readonly started: number; readonly revisions: string },
): ScanReport {
  const unreachable = unreachableNote(scan.facts);
  return {
    tool: { name: TOOL_NAME, version: run.version },
    command: run.command,
    findings: scan.findings,
    skipped: scan.skipped,
    filesScanned: scan.fileChanges,
    bytesScanned: scan.bytes,
    durationMs: performance.now() - run.started,
    baselined: scan.baselined,
    partial: scan.cancelled,
    history: {
      revisions: run.revisions,
      commitsScanned: scan.commits,
      submodules: scan.submodules,
      repositoryUri: scan.facts.repositoryUri,
      ...(unreachable ? { unreachable } : {}),
      ...(scan.refsChecked !== undefined ? { refsChecked: scan.refsChecked } : {}),
      ...(scan.refsNotChecked ? { refsNotChecked: scan.refsNotChecked } : {}),
      ...(scan.facts.head ? { head: scan.facts.head } : {}),
      ...(scan.facts.branch ? { branch: scan.facts.branch } : {}),
    },
  };
}

/** Distinct secrets of a history scan that the working-tree findings do not hold: only in history. */
export function onlyInHistory(
  history: readonly ReportedFinding[],
  current: readonly ReportedFinding[],
): ReportedFinding[] {
  const now = new Set(current.map((f) => f.fingerprint));
  return history.filter((f) => !now.has(f.fingerprint));
}
