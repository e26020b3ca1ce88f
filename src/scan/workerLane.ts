import type { Worker } from 'node:worker_threads';
import type { Job, PoolQueue } from './poolQueue';
import { WORKER_READY, type TaskOutcome, type WorkerConfig } from './scanTask';

/** A scan worker thread, started and (soon) ready: its detector built. */
export interface StartedWorker {
  readonly worker: Worker;
  readonly config: WorkerConfig;
  /** Resolves when the thread has built its detector; rejects if it fails first. */
  readonly ready: Promise<void>;
}

/** node:worker_threads, loaded with the first thread: a scan of a few files runs in the calling thread alone. */
function workerThreads(): typeof import('node:worker_threads') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred on purpose (see above)
  return require('node:worker_threads') as typeof import('node:worker_threads');
}

export function startWorker(script: string, config: WorkerConfig): StartedWorker {
  const worker = new (workerThreads().Worker)(script, { workerData: config });
  const ready = new Promise<void>((resolve, reject) => {
    const onMessage = (m: unknown) => {
      if (m !== WORKER_READY) return;
      worker.off('message', onMessage);
      resolve();
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
  });
  // Awaited by the lane that takes the thread; one never taken is terminated, its failure moot.
  ready.catch(() => undefined);
  return { worker, config, ready };
}

/**
 * Threads started ahead of a scan (while its files are still being listed), so their start-up and
 * detector build overlap the walk. A pool takes those started with its own configuration; `close`
 * ends the ones left over.
 */
export class WarmThreads {
  private readonly idle: StartedWorker[];

  constructor(script: string, config: WorkerConfig, count: number) {
    this.idle = Array.from({ length: count }, () => startWorker(script, config));
  }

  take(config: WorkerConfig): StartedWorker | undefined {
    const i = this.idle.findIndex((w) => sameConfig(w.config, config));
    return i === -1 ? undefined : this.idle.splice(i, 1)[0];
  }

  async close(): Promise<void> {
    await Promise.all(this.idle.splice(0).map((w) => w.worker.terminate()));
  }
}

function sameConfig(a: WorkerConfig, b: WorkerConfig): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * One worker thread's share, from its ready message on. Two batches are kept in flight, so the
 * worker never waits for the calling thread (busy with its own batch) to send the next one; results
 * come back in order. A part of a large file is held alone: another lane should take the next one.
 */
export function workerLane(started: StartedWorker, queue: PoolQueue): Promise<void> {
  const { worker } = started;
  return new Promise<void>((resolve, reject) => {
    const inFlight: Job[] = [];
    let stopping = false;
    const pump = () => {
      while (inFlight.length < 2 && !inFlight.some((j) => j.isPart)) {
        const job = queue.take();
        if (!job) break;
        if (job.isPart && inFlight.length > 0) {
          queue.giveBack(job);
          break;
        }
        inFlight.push(job);
        worker.postMessage(job.tasks);
      }
      if (inFlight.length > 0 || stopping) return;
      if (queue.finished) {
        stopping = true;
        void worker.terminate().then(() => resolve());
      } else void queue.whenChanged().then(pump);
    };
    worker.on('message', (outcomes: TaskOutcome[] | typeof WORKER_READY) => {
      if (outcomes === WORKER_READY) return;
      queue.record(inFlight.shift()!, outcomes);
      pump();
    });
    worker.once('error', (e) => {
      queue.fail();
      reject(e);
    });
    started.ready.then(pump, () => undefined);
  });
}
