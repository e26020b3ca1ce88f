import { constants as fsConstants, promises as fs } from 'node:fs';
import path from 'node:path';
import { exists } from './walk';

/** The text of `file`, or undefined when there is none; any other error is thrown as it came. */
export async function readIfPresent(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * Throws (with the error code) unless `abs` can be written: the file itself when it exists, else
 * the nearest existing folder above it. A file without write permission bits counts as read-only
 * even for root: it was meant to stay as it is.
 */
export async function assertWritable(abs: string, fileExists: boolean): Promise<void> {
  if (fileExists) {
    await fs.access(abs, fsConstants.W_OK);
    if (((await fs.stat(abs)).mode & 0o222) === 0) throw Object.assign(new Error('read-only'), { code: 'EACCES' });
    return;
  }
  let dir = path.dirname(abs);
  while (!(await exists(dir))) dir = path.dirname(dir);
  await fs.access(dir, fsConstants.W_OK);
}

/** The error's code, else its message (for "it is not writable (EACCES)"-style reasons). */
export function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
}
