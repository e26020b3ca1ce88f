import { readFileSync } from 'node:fs';

const SCHEDSTAT = '/proc/thread-self/schedstat';

/**
 * CPU time of the calling thread in milliseconds. On a shared machine wall time includes whatever
 * other processes take; the thread's own on-CPU time does not. Linux reports it in nanoseconds in
 * /proc/thread-self/schedstat, but a running thread's figure there only moves when the scheduler
 * accounts for it: at a tick (every 4 ms on a 250 Hz kernel) or a context switch. `getrusage`
 * (process.cpuUsage) accounts for the calling thread's pending time first, so read right after it
 * the figure is exact to the read (tens of µs; see `threadClockResolutionMs`). Elsewhere this falls
 * back to the whole process's CPU time (every thread: GC helpers and workers included).
 */
export function threadCpuMs(): number {
  const process_ = process.cpuUsage(); // brings this thread's schedstat up to date (see above)
  try {
    return Number(readFileSync(SCHEDSTAT, 'latin1').split(' ')[0]) / 1e6;
  } catch {
    return (process_.user + process_.system) / 1000;
  }
}

/**
 * The finest step `threadCpuMs` shows on this machine, measured: the median nonzero difference
 * between back-to-back readings (each reading costs about that much itself). For the benches to
 * print beside figures read with it, so a reader knows what the clock can resolve.
 */
export function threadClockResolutionMs(samples = 200): number {
  const steps: number[] = [];
  let last = threadCpuMs();
  for (let i = 0; i < 100 * samples && steps.length < samples; i++) {
    const now = threadCpuMs();
    if (now !== last) steps.push(now - last);
    last = now;
  }
  if (steps.length === 0) return NaN;
  return steps.sort((a, b) => a - b)[steps.length >> 1]!;
}

/** "thread CPU clock: 0.030 ms steps (schedstat after getrusage)", for a bench's header. */
export function threadClockNote(): string {
  const source = (() => {
    try {
      readFileSync(SCHEDSTAT);
      return 'this thread, /proc/thread-self/schedstat brought up to date by getrusage';
    } catch {
      return 'whole process, process.cpuUsage';
    }
  })();
  return `CPU clock: ${source}; resolution ${threadClockResolutionMs().toFixed(3)} ms`;
}
