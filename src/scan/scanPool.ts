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
  if (tasks.length <= (options.inProcessMaxFiles ?? IN_PROCESS_MAX_FILES) || (jobs === 1 && options.inProcessMaxFiles === undefined)) {
    const detector = detectorFor(config);
    const allowlist = allowlistFor(config);
    for (let i = 0; i < tasks.length && !options.signal?.aborted; i++) {
      results[i] = scanFile(detector, tasks[i]!, options.maxFileSize, { readCapped }, allowlist);
      options.onProgress?.(++done, tasks.length);
    }
    return { results, cancelled: options.signal?.aborted === true && done < tasks.length };
  }
  const script = options.workerScript ?? path.join(__dirname, 'scanWorker.js');
  let next = 0;
  const threads = Math.min(jobs, Math.ceil(tasks.length / BATCH_FILES));

  await Promise.all(
    Array.from({ length: threads }, () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(script, { workerData: config });
        let batchStart = 0;
        const send = () => {
          if (next >= tasks.length || options.signal?.aborted) {
            void worker.terminate().then(() => resolve());
            return;
          }
          batchStart = next;
          next = Math.min(tasks.length, next + BATCH_FILES);
          worker.postMessage(tasks.slice(batchStart, next));
        };
        worker.on('message', (batch: FileScanResult[]) => {
          batch.forEach((r, i) => (results[batchStart + i] = r));
          done += batch.length;
          options.onProgress?.(done, tasks.length);
          send();
        });
        worker.once('error', reject);
        send();
      }),
    ),
  );
  return { results, cancelled: done < tasks.length };
}

/** The most worker threads a scan starts, whatever -j asks: twice the CPUs, at least 4. */
export function maxJobs(): number {
  return Math.max(4, 2 * availableParallelism());
}
