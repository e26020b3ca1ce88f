import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { defaultWorkerScript } from './workerScriptPath';
import type { FileScanResult } from '../core/scanBytes';
import { readCapped, readRange } from './readCapped';
import { PoolQueue, type ResultSink } from './poolQueue';
import { TaskFeed } from './taskFeed';
import { startWorker, WarmThreads, workerLane } from './workerLane';
import { allowlistFor, detectorFor, runTask, type ScanTask, type WorkerConfig } from './scanTask';

/** Below this many files, starting threads costs more than it saves. */
const IN_PROCESS_MAX_FILES = 48;
const BATCH_FILES = 32;
/** Files from this size are cut into parts for other threads to share (they can take seconds on one). */
const SPLIT_FROM_BYTES = 2 * 1024 * 1024;
/**
 * About this much per part, at most two parts per thread: enough parts that a thread which joins
 * late still takes its share, few enough that each part's whole-file read and margins stay small.
 */
const PART_BYTES = 2 * 1024 * 1024;

export interface PoolOptions extends WorkerConfig {
  /** Thread count; defaults to the CPUs available. */
  readonly jobs?: number;
  /** Where scanWorker.js lives (next to this module in both the bundle and the compiled tests). */
  readonly workerScript?: string;
  /** Jobs up to this many files run in the calling thread (default 48; 0 keeps every job off it, as the editor's audit needs). */
  readonly inProcessMaxFiles?: number;
  /** Called after each batch with the number of files done. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Stops handing out files; those not scanned come back undefined. */
  readonly signal?: AbortSignal;
  /** Threads started ahead (`warmThreads`); the pool takes those of its configuration before starting others. */
  readonly warm?: WarmThreads;
}

export interface PoolResult {
  /** In task order; undefined for files not scanned because the scan was cancelled. */
  readonly results: readonly (FileScanResult | undefined)[];
  readonly cancelled: boolean;
}

/**
 * Scans tasks across worker threads (in process for small jobs), returning results in task order.
 */
export async function scanAll(tasks: readonly ScanTask[], options: PoolOptions): Promise<FileScanResult[]> {
  const { results } = await scanPool(tasks, options);
  return results as FileScanResult[];
}

/** scanAll with cancellation: what was scanned before the signal, in task order. */
export async function scanPool(tasks: readonly ScanTask[], options: PoolOptions): Promise<PoolResult> {
  const results: (FileScanResult | undefined)[] = new Array(tasks.length).fill(undefined);
  const { cancelled } = await scanFeed(
    TaskFeed.of(tasks),
    (index, _task, result) => (results[index] = result),
    options,
  );
  return { results, cancelled };
}

/**
 * Scans the feed's tasks across worker threads (in process for small jobs); each file's result goes
 * to `sink` as it completes, with its index in the feed. Cancelled when the signal stopped it before
 * every task was scanned; what the feed's source threw is thrown once the threads are done.
 */
export async function scanFeed(
  feed: TaskFeed,
  sink: ResultSink,
  options: PoolOptions,
): Promise<{ cancelled: boolean }> {
  const jobs = poolJobs(options);
  // The job's size, when it is small enough to matter: a stream is read that far before deciding.
  const inProcessMax = options.inProcessMaxFiles ?? IN_PROCESS_MAX_FILES;
  await feed.filled(inProcessMax + 1);
  const small = feed.complete && feed.count <= inProcessMax ? feed.whole() : undefined;
  // Small jobs start no thread unless a large file splits; -j 1 never does (nor splits).
  const inProcess = small !== undefined || (jobs === 1 && options.inProcessMaxFiles === undefined);
  // The calling thread is one of the lanes unless the caller keeps it free (the editor's audit):
  // a worker costs its own start-up and detector, which on two cores cost more than it brought.
  const callerLane = options.inProcessMaxFiles !== 0;
  const laneConfig = laneConfigOf(options);
  const script = options.workerScript ?? defaultWorkerScript();
  const lanes: Promise<void>[] = [];
  const startWorkers = (count: number) => {
    for (let i = 0; i < count; i++) {
      const lane = workerLane(options.warm?.take(laneConfig) ?? startWorker(script, laneConfig), queue);
      // Awaited in turn below; meanwhile a failure is not an unhandled rejection.
      lane.catch(() => undefined);
      lanes.push(lane);
    }
  };
  let split = false;
  // A small job runs in this thread until a large file splits: then the other threads start, once.
  const startForParts = () => {
    if (split || !inProcess) return;
    split = true;
    startWorkers(jobs - (callerLane ? 1 : 0));
  };
  const queue = new PoolQueue(feed, sink, {
    batchFiles: BATCH_FILES,
    signal: options.signal,
    onDone: (done) => options.onProgress?.(done, feed.count),
    onSplit: startForParts,
  });
  // Workers first: they start while the calling thread builds its detector. A small job holding a
  // large file starts them too (a few size queries tell), rather than when the file splits.
  const known = feed.complete ? feed.count : Infinity;
  if (!inProcess) startWorkers(Math.min(jobs, Math.ceil(known / BATCH_FILES)) - (callerLane ? 1 : 0));
  else if (jobs > 1 && small && (await holdsLargeFile(small))) startForParts();
  // Threads started ahead for a job that turned out small are stopped now rather than after it: each
  // loads the bundle, the rules and the matcher (a three-file folder with -j 3 cost ~150 ms more CPU).
  if (!split && inProcess) options.warm?.close().catch(() => undefined);
  if (callerLane || inProcess) lanes.push(callerLaneScan(laneConfig, queue));
  // Lanes started by a split join the list while earlier ones are awaited.
  for (let i = 0; i < lanes.length; i++) await lanes[i];
  if (feed.error) throw feed.error.error;
  return { cancelled: !feed.complete || queue.completed < feed.count };
}

/** Thread count: -j, or `defaultJobs()`; capped, since threads beyond the CPUs only cost memory (each holds a detector). */
function poolJobs(options: Pick<PoolOptions, 'jobs'>): number {
  return Math.min(maxJobs(), Math.max(1, options.jobs ?? defaultJobs()));
}

/**
 * One thread fewer than the CPUs (at least one): the calling thread scans as well, and Node's own
 * threads (garbage collection, the optimising compiler) need a core. On two cores a second scanning
 * thread cost more than it saved on every tree measured (15-90 MB: its start-up and cold code
 * outweigh its share), so there the scan stays in one thread unless -j asks for more.
 */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** What each thread of a pool with these options is started with. */
function laneConfigOf(options: PoolOptions): WorkerConfig {
  const config: WorkerConfig = {
    maxFileSize: options.maxFileSize,
    maxLineLength: options.maxLineLength,
    ...(options.maxFindingsPerFile !== undefined ? { maxFindingsPerFile: options.maxFindingsPerFile } : {}),
    ...(options.disabledRules ? { disabledRules: options.disabledRules } : {}),
    ...(options.customRules ? { customRules: options.customRules } : {}),
    ...(options.allowlist ? { allowlist: options.allowlist } : {}),
  };
  const jobs = poolJobs(options);
  // With more than one thread, a large file is cut into parts.
  return jobs > 1
    ? { ...config, split: { from: SPLIT_FROM_BYTES, partBytes: PART_BYTES, maxParts: 2 * jobs } }
    : config;
}

/**
 * Starts the worker threads a pool with these options would start for a large job, before its
 * tasks are known (while the walk lists them); the caller closes what the pool did not take.
 */
export function warmThreads(options: PoolOptions): WarmThreads {
  const script = options.workerScript ?? defaultWorkerScript();
  const callerLane = options.inProcessMaxFiles !== 0;
  return new WarmThreads(script, laneConfigOf(options), poolJobs(options) - (callerLane ? 1 : 0));
}

/** Whether one of a few tasks is a file large enough to be split. */
async function holdsLargeFile(tasks: readonly ScanTask[]): Promise<boolean> {
  const sizes = await Promise.all(
    tasks.map((t) =>
      t.content
        ? t.content.length
        : t.abs
          ? stat(t.abs).then(
              (s) => s.size,
              () => 0,
            )
          : 0,
    ),
  );
  return sizes.some((size) => size >= SPLIT_FROM_BYTES);
}

/** The calling thread's share: job after job, yielding between them so workers' results are taken in. */
async function callerLaneScan(config: WorkerConfig, queue: PoolQueue): Promise<void> {
  const detector = detectorFor(config);
  const allowlist = allowlistFor(config);
  for (;;) {
    const job = queue.take();
    if (!job) {
      if (queue.finished) return;
      await queue.whenChanged();
      continue;
    }
    queue.record(
      job,
      job.tasks.map((t) => runTask(detector, t, config, { readCapped, readRange }, allowlist)),
    );
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The most worker threads a scan starts, whatever -j asks: twice the CPUs, at least 4. */
export function maxJobs(): number {
  return Math.max(4, 2 * availableParallelism());
}
