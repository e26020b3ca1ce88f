import { defaultWorkerScript } from './workerScriptPath';
import { Worker } from 'node:worker_threads';
import type { FileScanResult } from '../core/scanBytes';
import { maxJobs } from './scanPool';
import { readCapped } from './readCapped';
import { allowlistFor, detectorFor, scanFile, WORKER_READY, type ScanTask, type WorkerConfig } from './scanTask';

/**
 * Worker threads that stay up for a stream of batches (a history scan does not know its files in
 * advance, as scanPool needs). One job scans in the calling thread.
 */
export interface StreamPool {
  /** Resolves with the batch's results, in its order. */
  scan(tasks: readonly ScanTask[]): Promise<FileScanResult[]>;
  /** Batches sent and not yet answered: the producer waits while this is high. */
  readonly inFlight: number;
  readonly jobs: number;
  close(): Promise<void>;
}

interface Waiting {
  readonly tasks: readonly ScanTask[];
  readonly resolve: (results: FileScanResult[]) => void;
  readonly reject: (e: unknown) => void;
}

export interface StreamPoolOptions {
  readonly workerScript?: string;
  /** One job in a worker thread too, not in the calling thread. */
  readonly alwaysThreads?: boolean;
}

export function createStreamPool(
  config: WorkerConfig,
  requestedJobs: number,
  options: StreamPoolOptions = {},
): StreamPool {
  const jobs = Math.min(maxJobs(), Math.max(1, requestedJobs));
  if (jobs === 1 && !options.alwaysThreads) {
    const detector = detectorFor(config);
    const allowlist = allowlistFor(config);
    return {
      jobs,
      inFlight: 0,
      scan: async (tasks) => tasks.map((t) => scanFile(detector, t, config.maxFileSize, { readCapped }, allowlist)),
      close: async () => undefined,
    };
  }
  const script = options.workerScript ?? defaultWorkerScript();
  const queue: Waiting[] = [];
  const idle: Worker[] = [];
  const current = new Map<Worker, Waiting>();
  let failure: unknown;
  let inFlight = 0;

  const dispatch = () => {
    while (idle.length && queue.length) {
      const worker = idle.pop()!;
      const job = queue.shift()!;
      current.set(worker, job);
      worker.postMessage(job.tasks);
    }
  };
  const workers = Array.from({ length: jobs }, () => {
    const worker = new Worker(script, { workerData: config });
    worker.on('message', (results: FileScanResult[] | typeof WORKER_READY) => {
      // Jobs are posted from the start (the thread queues them): its ready message says nothing new here.
      if (results === WORKER_READY) return;
      const job = current.get(worker)!;
      current.delete(worker);
      inFlight--;
      idle.push(worker);
      job.resolve(results);
      dispatch();
    });
    worker.once('error', (e) => {
      failure = e;
      for (const job of [...current.values(), ...queue.splice(0)]) job.reject(e);
      current.clear();
    });
    idle.push(worker);
    return worker;
  });
  return {
    jobs,
    get inFlight() {
      return inFlight;
    },
    scan(tasks) {
      if (failure) return Promise.reject(failure);
      inFlight++;
      return new Promise((resolve, reject) => {
        queue.push({ tasks, resolve, reject });
        dispatch();
      });
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
