import { existsSync, promises as fs } from 'node:fs';
import { displayPath } from '../scan/walk';
import type { CliIO } from './io';

/**
 * Moves a hook ai-secret-guard did not write to `previous`, where the new hook runs it from; false,
 * with a message and nothing moved, when `previous` is taken (no hook may be lost).
 */
export async function setAsideHook(file: string, previous: string, io: CliIO): Promise<boolean> {
  if (existsSync(previous)) {
    io.stderr(
      `ai-secret-guard: ${displayPath(previous, io.cwd)} already exists; move it away first, so no hook is lost. Nothing was changed.\n`,
    );
    return false;
  }
  await fs.rename(file, previous);
  return true;
}
