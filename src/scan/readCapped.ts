import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** Most files fit in the first read; only larger ones cost a size query. */
const FIRST_READ = 256 * 1024;

/** The thread's buffer for first reads, reused from file to file (each result is a copy). */
let scratch: Buffer | undefined;

/** Reads `fd` from `position` into `buffer[offset, end)` until it is full or the file ends; the bytes read. */
function readInto(fd: number, buffer: Buffer, offset: number, end: number, position: number): number {
  let at = offset;
  for (let n = -1; at < end && n !== 0; at += n) n = readSync(fd, buffer, at, end - at, position + at - offset);
  return at - offset;
}

/**
 * A file's bytes, or undefined when it holds more than `limit` bytes (found without reading them).
 * One open, one read and one close for most files: no separate size check, and no Stats object
 * (Node 20 builds four Dates for each), which a scan of many small files paid for on every file.
 * Throws the system's error (ENOENT, EACCES, EISDIR, …) when the file cannot be read.
 */
export function readCapped(file: string, limit: number): Uint8Array | undefined {
  const fd = openSync(file, 'r');
  try {
    scratch ??= Buffer.allocUnsafeSlow(FIRST_READ);
    const first = Math.min(FIRST_READ, limit + 1);
    const n = readInto(fd, scratch, 0, first, 0);
    if (n > limit) return undefined;
    if (n < first) return Buffer.from(scratch.subarray(0, n));
    const size = fstatSync(fd).size;
    if (size > limit) return undefined;
    const whole = Buffer.allocUnsafe(Math.max(size, n));
    scratch.copy(whole, 0, 0, n);
    return whole.subarray(0, n + readInto(fd, whole, n, whole.length, n));
  } finally {
    closeSync(fd);
  }
}

/** Bytes `[from, to)` of `file`, fewer when it ends sooner; throws the system's error when it cannot be read. */
export function readRange(file: string, from: number, to: number): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(Math.max(0, to - from));
    return buffer.subarray(0, readInto(fd, buffer, 0, buffer.length, from));
  } finally {
    closeSync(fd);
  }
}
