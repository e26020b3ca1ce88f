import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { PREVIOUS_HOOK_SUFFIX } from '../core/hooks/gitHookScript';
import {
  hasPrePushBlock,
  isShellScript,
  prePushBlock,
  withoutPrePushBlock,
  withPrePushBlock,
} from '../core/hooks/prePushHookScript';
import { readIfPresent } from '../scan/files';
import { displayPath } from '../scan/walk';
import { EXIT_CLEAN, EXIT_USAGE } from './exitCodes';
import type { CliIO } from './io';
import { setAsideHook } from './setAsideHook';

const HOOK = 'pre-push';
const PREVIOUS = HOOK + PREVIOUS_HOOK_SUFFIX;

export interface PrePushInstall {
  readonly dir: string;
  readonly force: boolean;
  readonly command?: string;
  readonly installedFrom?: string;
}

async function writeHook(file: string, text: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, text, { mode: 0o755 });
  await fs.chmod(file, 0o755);
}

/**
 * Installs our block in the pre-push hook: a new hook, our block rewritten in place (the user's
 * lines kept), or with --force added to a foreign shell hook (or, for a hook in another language,
 * that hook kept beside ours as pre-push.pre-ai-secret-guard and run after the scan).
 */
export async function installPrePush(options: PrePushInstall, io: CliIO): Promise<number> {
  const file = path.join(options.dir, HOOK);
  const shown = displayPath(file, io.cwd);
  const existing = await readIfPresent(file);
  const previous = path.join(options.dir, PREVIOUS);
  const script = {
    ...(options.command
      ? { command: options.command }
      : options.installedFrom
        ? { installedFrom: options.installedFrom }
        : {}),
  };
  if (existing !== undefined && existing.trim() !== '' && !hasPrePushBlock(existing)) {
    if (!options.force) {
      io.stderr(
        `ai-secret-guard: ${shown} exists and was not written by ai-secret-guard; nothing was changed.\nRun install-hook --pre-push --force to add the scan to it (its lines are kept).\n`,
      );
      return EXIT_USAGE;
    }
    if (isShellScript(existing)) {
      await writeHook(file, withPrePushBlock(existing, prePushBlock(script)));
      io.stdout(`added the scan to ${shown}; its own lines are kept and run after it\n`);
      return EXIT_CLEAN;
    }
    if (!(await setAsideHook(file, previous, io))) return EXIT_USAGE;
    await writeHook(file, withPrePushBlock(undefined, prePushBlock({ ...script, previous: PREVIOUS })));
    io.stdout(`installed ${shown}; the hook that was there is kept as ${PREVIOUS} and runs after the scan\n`);
    return EXIT_CLEAN;
  }
  const next = withPrePushBlock(
    existing,
    prePushBlock({ ...script, ...(existsSync(previous) ? { previous: PREVIOUS } : {}) }),
  );
  if (next === existing) {
    io.stdout(`${shown} is already installed\n`);
    return EXIT_CLEAN;
  }
  await writeHook(file, next);
  io.stdout(
    `${existing === undefined ? 'installed' : 'updated'} ${shown}: pushes of commits that add a secret are stopped (skip once with git push --no-verify)\n`,
  );
  return EXIT_CLEAN;
}

/** Removes our block; the file goes when nothing else is left in it, and a kept hook comes back. */
export async function uninstallPrePush(dir: string, io: CliIO): Promise<number> {
  const file = path.join(dir, HOOK);
  const shown = displayPath(file, io.cwd);
  const existing = await readIfPresent(file);
  if (existing === undefined || !hasPrePushBlock(existing)) {
    io.stdout(`no ai-secret-guard ${HOOK} hook at ${shown}; nothing to remove\n`);
    return EXIT_CLEAN;
  }
  const rest = withoutPrePushBlock(existing);
  const previous = path.join(dir, PREVIOUS);
  if (rest !== undefined) {
    await fs.writeFile(file, rest);
    io.stdout(`removed the ai-secret-guard scan from ${shown}; your lines are kept\n`);
  } else if (existsSync(previous)) {
    await fs.rename(previous, file);
    io.stdout(`removed the ai-secret-guard hook; ${shown} is the hook it had kept again\n`);
  } else {
    await fs.unlink(file);
    io.stdout(`removed ${shown}\n`);
  }
  return EXIT_CLEAN;
}
