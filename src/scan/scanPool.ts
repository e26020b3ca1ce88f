import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FileScanResult } from '../core/scanBytes';
import { readCapped } from './readCapped';
import { allowlistFor, detectorFor, scanFile, type ScanTask, type WorkerConfig } from './scanTask';

/** Below this many files, starting threads costs more than it saves. */
const IN_PROCESS_MAX_FILES = 48;
const BATCH_FILES = 32;

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
  // Capped: threads beyond the CPUs only cost memory (each holds a detector), and -j 1000 must not start 1000.
  const jobs = Math.min(maxJobs(), Math.max(1, options.jobs ?? availableParallelism()));
  const config: WorkerConfig = {
    maxFileSize: options.maxFileSize,
    maxLineLength: options.maxLineLength,
    ...(options.disabledRules ? { disabledRules: options.disabledRules } : {}),
    ...(options.customRules ? { customRules: options.customRules } : {}),
    ...(options.allowlist ? { allowlist: options.allowlist } : {}),
  };
  const results: (FileScanResult | undefined)[] = new Array(tasks.length).fill(undefined);
  let done = 0;
  if (
    tasks.length <= (options.inProcessMaxFiles ?? IN_PROCESS_MAX_FILES) ||
    (jobs === 1 && options.inProcessMaxFiles === undefined)
  ) {
    const detector = detectorFor(config);
    const allowlist = allowlistFor(config);
    for (let i = 0; i < tasks.length && !options.signal?.aborted; i++) {
      results[i] = scanFile(detector, tasks[i]!, options.maxFileSize, { readCapped }, allowlist);
      options.onProgress?.(++done, tasks.length);
    }
    return { results, cancelled: options.signal?.aborted === true && done < tasks.length };
  }
  const lanes = Math.min(jobs, Math.ceil(tasks.length / BATCH_FILES));
  // The calling thread is one of the lanes unless the caller keeps it free (the editor's audit):
  // a worker costs its own start-up and detector, which on two cores cost more than it brought.
  const callerLane = options.inProcessMaxFiles !== 0;
  const queue = batchQueue(tasks.length, options.signal);
  const record = (start: number, batch: readonly FileScanResult[]) => {
    batch.forEach((r, i) => (results[start + i] = r));
    done += batch.length;
    options.onProgress?.(done, tasks.length);
  };
  const script = options.workerScript ?? path.join(__dirname, 'scanWorker.js');
  // Workers first: they start while the calling thread builds its detector.
  const workers = Array.from({ length: lanes - (callerLane ? 1 : 0) }, () =>
    workerLane(script, config, tasks, queue, record),
  );
  // One Promise.all over every lane at once: a worker failing while this thread scans is not left unhandled.
  await Promise.all([...workers, ...(callerLane ? [callerLaneScan(config, tasks, queue, record)] : [])]);
  return { results, cancelled: done < tasks.length };
}

/** Hands out [start, end) batches of task indices until the tasks run out or the signal fires. */
function batchQueue(total: number, signal?: AbortSignal): () => readonly [number, number] | undefined {
  let next = 0;
  return () => {
    if (next >= total || signal?.aborted) return undefined;
    const start = next;
    next = Math.min(total, next + BATCH_FILES);
    return [start, next];
  };
}

type Record = (start: number, batch: readonly FileScanResult[]) => void;

/** The calling thread's share: batch after batch, yielding between them so workers' results are taken in. */
async function callerLaneScan(
  config: WorkerConfig,
  tasks: readonly ScanTask[],
  take: () => readonly [number, number] | undefined,
  record: Record,
): Promise<void> {
  const detector = detectorFor(config);
  const allowlist = allowlistFor(config);
  for (let batch = take(); batch; batch = take()) {
    const [start, end] = batch;
    const out: FileScanResult[] = [];
    for (let i = start; i < end; i++)
      out.push(scanFile(detector, tasks[i]!, config.maxFileSize, { readCapped }, allowlist));
    record(start, out);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * One worker thread's share. Two batches are kept in flight, so the worker never waits for the
 * calling thread (busy with its own batch) to send the next one; results come back in order.
 */
function workerLane(
  script: string,
  config: WorkerConfig,
  tasks: readonly ScanTask[],
  take: () => readonly [number, number] | undefined,
  record: Record,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const worker = new Worker(script, { workerData: config });
    const inFlight: number[] = [];
    const send = () => {
      const batch = take();
      if (!batch) return;
      inFlight.push(batch[0]);
      worker.postMessage(tasks.slice(batch[0], batch[1]));
    };
    worker.on('message', (batch: FileScanResult[]) => {
      record(inFlight.shift()!, batch);
      send();
      if (inFlight.length === 0) void worker.terminate().then(() => resolve());
    });
    worker.once('error', reject);
    send();
    send();
    if (inFlight.length === 0) void worker.terminate().then(() => resolve());
  });
}

/** The most worker threads a scan starts, whatever -j asks: twice the CPUs, at least 4. */
export function maxJobs(): number {
  return Math.max(4, 2 * availableParallelism());
}
