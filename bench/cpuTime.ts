import { readFileSync } from 'node:fs';

/**
 * CPU time of the calling thread in milliseconds. On a shared machine wall time includes whatever
 * other processes take; the thread's own on-CPU time does not. Linux reports it in nanoseconds in
 * /proc/thread-self/schedstat; elsewhere this falls back to the whole process's CPU time.
 */
export function threadCpuMs(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ')[0]) / 1e6;
  } catch {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  }
}
