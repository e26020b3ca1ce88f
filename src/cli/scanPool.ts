import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { Detector } from '../core/detect/detector';
import { builtinRules } from '../core/rules';
import type { FileScanResult } from '../core/scanBytes';
import { scanFile, type ScanTask, type WorkerConfig } from './scanTask';

/** Below this many files, starting threads costs more than it saves. */
const IN_PROCESS_MAX_FILES = 48;
const BATCH_FILES = 32;

export interface PoolOptions extends WorkerConfig {
  /** Thread count; defaults to the CPUs available. */
  readonly jobs?: number;
  /** Where scanWorker.js lives (next to this module in both the bundle and the compiled tests). */
  readonly workerScript?: string;
}

/**
 * Scans tasks across worker threads (in process for small jobs), returning results in task order.
 */
export async function scanAll(tasks: readonly ScanTask[], options: PoolOptions): Promise<FileScanResult[]> {
  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  if (tasks.length <= IN_PROCESS_MAX_FILES || jobs === 1) {
    const detector = new Detector(builtinRules, { maxLineLength: options.maxLineLength });
    return tasks.map((t) => scanFile(detector, t, options.maxFileSize, { readFileSync, statSync }));
  }
  const script = options.workerScript ?? path.join(__dirname, 'scanWorker.js');
  const results: FileScanResult[] = new Array(tasks.length);
  let next = 0;
  const threads = Math.min(jobs, Math.ceil(tasks.length / BATCH_FILES));
  const config: WorkerConfig = { maxFileSize: options.maxFileSize, maxLineLength: options.maxLineLength };

  await Promise.all(
    Array.from({ length: threads }, () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(script, { workerData: config });
        let batchStart = 0;
        const send = () => {
          if (next >= tasks.length) {
            void worker.terminate().then(() => resolve());
            return;
          }
          batchStart = next;
          next = Math.min(tasks.length, next + BATCH_FILES);
          worker.postMessage(tasks.slice(batchStart, next));
        };
        worker.on('message', (batch: FileScanResult[]) => {
          batch.forEach((r, i) => (results[batchStart + i] = r));
          send();
        });
        worker.once('error', reject);
        send();
      }),
    ),
  );
  return results;
}
