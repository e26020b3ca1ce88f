import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * recheck's fuzzer has wall-clock limits that turn CPU load into false "vulnerable" verdicts; with
 * them off, verdicts depend only on step counts and the fixed seed, so they are reproducible.
 */
export const RECHECK_PARAMETERS = {
  timeout: 120_000,
  attackTimeout: null,
  incubationTimeout: null,
  seedingTimeout: null,
  randomSeed: 0,
} as const;

/** The flags recheck is given: d, g and y change where a match is tried, not its complexity. */
export function recheckFlags(pattern: RegExp): string {
  return pattern.flags.replace(/[dgy]/g, '');
}

export interface PatternCheck {
  readonly id: string;
  readonly status: 'safe' | 'vulnerable' | 'unknown';
  readonly detail: string;
}

/** Checks every pattern with recheck across worker threads; resolves to verdicts by id. */
export async function checkPatterns(
  patterns: readonly { id: string; pattern: RegExp }[],
): Promise<Map<string, PatternCheck>> {
  const results = new Map<string, PatternCheck>();
  const queue = [...patterns];
  const threads = Math.max(1, Math.min(availableParallelism(), 4, queue.length));
  await Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(path.join(__dirname, 'recheckWorker.js'));
          const next = () => {
            const job = queue.shift();
            if (!job) {
              void worker.terminate().then(() => resolve());
              return;
            }
            worker.postMessage({ id: job.id, source: job.pattern.source, flags: recheckFlags(job.pattern) });
          };
          worker.on('message', (r: PatternCheck) => {
            results.set(r.id, r);
            next();
          });
          worker.once('error', reject);
          next();
        }),
    ),
  );
  return results;
}
