import { execFile } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import {
  gitHookScript,
  isOurGitHook,
  PREVIOUS_HOOK_SUFFIX,
  renderGitHook,
  withoutGitHookBlock,
} from '../core/hooks/gitHookScript';
import type { CliCommand } from './command';
import { EXIT_CLEAN, EXIT_USAGE } from './exitCodes';
import type { CliIO } from './io';
import { setAsideHook } from './setAsideHook';
import { UsageError } from './usageError';
import { readIfPresent } from '../scan/files';
import { displayPath } from '../scan/walk';

const execFileAsync = promisify(execFile);

export const GIT_HOOK_USAGE = `Usage: ai-secret-guard install-hook [--force] [--hook pre-commit|pre-push] [--pre-push] [--command <cmd>]
       ai-secret-guard uninstall-hook [--hook pre-commit|pre-push] [--pre-push]

install-hook writes a git pre-commit hook that runs "ai-secret-guard scan --staged" and stops
the commit when it finds a secret. It goes where git looks for hooks (core.hooksPath and
worktrees included). An existing hook that this tool did not write is left alone unless --force:
then it is kept beside ours as pre-commit${PREVIOUS_HOOK_SUFFIX} and runs first.
Running it again updates our part of the hook and keeps lines you added outside it;
uninstall-hook removes it and puts the kept hook back.

install-hook --pre-push adds a block to the pre-push hook that scans exactly the commits a push
sends ("scan --pre-push", new branches against what the remote already has), so a secret
committed with --no-verify or on another machine is still stopped. Lines of the hook outside
that block are kept when it is installed again or removed.

Options:
      --force           Take over from an existing hook (it is kept and still runs).
      --hook <name>     The hook to install: pre-commit (default) or pre-push.
      --pre-push        Same as --hook pre-push.
      --command <cmd>   How the hook runs the CLI (default: the project's node_modules/.bin,
                        then ai-secret-guard on PATH, then this installation).`;

interface GitHookOptions {
  readonly force: boolean;
  readonly hook: string;
  readonly command?: string;
}

function parse(verb: string, argv: readonly string[]): GitHookOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        force: { type: 'boolean' },
        hook: { type: 'string' },
        'pre-push': { type: 'boolean' },
        command: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values.help) return 'help';
  if (values['pre-push'] && values.hook !== undefined && values.hook !== 'pre-push')
    throw new UsageError(`--pre-push and --hook ${values.hook} contradict each other`);
  const hook = values['pre-push'] ? 'pre-push' : (values.hook ?? 'pre-commit');
  if (hook !== 'pre-commit' && hook !== 'pre-push')
    throw new UsageError(
      `--hook ${hook} is not supported: only pre-commit (what a commit adds) and pre-push (what a push sends)`,
    );
  if (verb === 'uninstall-hook' && (values.force || values.command !== undefined))
    throw new UsageError('uninstall-hook takes only --hook (or --pre-push)');
  if (values.command !== undefined && values.command.trim() === '') throw new UsageError('--command is empty');
  return {
    force: values.force ?? false,
    hook,
    ...(values.command !== undefined ? { command: values.command.trim() } : {}),
  };
}

/** Where git reads hooks for this work tree: `git rev-parse --git-path hooks` honours core.hooksPath and worktrees. */
async function hooksDir(cwd: string): Promise<string> {
  try {
    const { stdout } = await execFileAsync('git', ['rev-parse', '--git-path', 'hooks'], { cwd });
    return path.resolve(cwd, stdout.trim());
  } catch (e) {
    throw new UsageError(`not inside a git repository (${(e as Error).message.split('\n')[0]})`);
  }
}

/** The CLI script this process runs from, for hooks in repositories that do not install it. */
function installedFrom(): string | undefined {
  for (const candidate of [path.join(__dirname, 'cli.js'), path.join(__dirname, 'main.js')])
    if (existsSync(candidate)) return candidate;
  return undefined;
}

async function install(options: GitHookOptions, io: CliIO): Promise<number> {
  const dir = await hooksDir(io.cwd);
  if (options.hook === 'pre-push' && !(dir.split(path.sep).includes('.husky') && !options.force)) {
    const from = installedFrom();
    return (await import('./prePushHook')).installPrePush(
      {
        dir,
        force: options.force,
        ...(options.command ? { command: options.command } : from ? { installedFrom: from } : {}),
      },
      io,
    );
  }
  const file = path.join(dir, options.hook);
  const previousName = options.hook + PREVIOUS_HOOK_SUFFIX;
  const previous = path.join(dir, previousName);
  const shown = displayPath(file, io.cwd);
  if (dir.split(path.sep).includes('.husky') && !options.force) {
    const line =
      options.hook === 'pre-push'
        ? 'npx --no-install ai-secret-guard scan --pre-push "$1"'
        : 'npx --no-install ai-secret-guard scan --staged';
    io.stderr(
      `ai-secret-guard: git runs hooks through husky here (${displayPath(dir, io.cwd)}); add this line to .husky/${options.hook} instead:\n  ${line}\n(or run install-hook --force to write into husky's folder anyway)\n`,
    );
    return EXIT_USAGE;
  }
  const existing = await readIfPresent(file);
  const scriptOptions = {
    ...(options.command
      ? { command: options.command }
      : { ...(installedFrom() ? { installedFrom: installedFrom()! } : {}) }),
  };
  if (existing !== undefined && !isOurGitHook(existing)) {
    if (!options.force) {
      io.stderr(
        `ai-secret-guard: ${shown} exists and was not written by ai-secret-guard; nothing was changed.\nRun install-hook --force to keep it (as ${previousName}, run before the scan) and add the scan.\n`,
      );
      return EXIT_USAGE;
    }
    if (!(await setAsideHook(file, previous, io))) return EXIT_USAGE;
    await fs.writeFile(file, gitHookScript({ ...scriptOptions, previous: previousName }), { mode: 0o755 });
    await fs.chmod(file, 0o755);
    io.stdout(`installed ${shown}; the hook that was there is kept as ${previousName} and runs first\n`);
    return EXIT_CLEAN;
  }
  const ours = { ...scriptOptions, ...(existsSync(previous) ? { previous: previousName } : {}) };
  const script = existing === undefined ? gitHookScript(ours) : renderGitHook(existing, ours);
  if (existing === script) {
    io.stdout(`${shown} is already installed\n`);
    return EXIT_CLEAN;
  }
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(file, script, { mode: 0o755 });
  await fs.chmod(file, 0o755);
  io.stdout(
    `${existing === undefined ? 'installed' : 'updated'} ${shown}: commits that add a secret are stopped (skip once with git commit --no-verify)\n`,
  );
  return EXIT_CLEAN;
}

async function uninstall(options: GitHookOptions, io: CliIO): Promise<number> {
  const dir = await hooksDir(io.cwd);
  if (options.hook === 'pre-push') return (await import('./prePushHook')).uninstallPrePush(dir, io);
  const file = path.join(dir, options.hook);
  const previous = path.join(dir, options.hook + PREVIOUS_HOOK_SUFFIX);
  const shown = displayPath(file, io.cwd);
  const existing = await readIfPresent(file);
  if (existing === undefined) {
    io.stdout(`no ${options.hook} hook at ${shown}; nothing to remove\n`);
    return EXIT_CLEAN;
  }
  if (!isOurGitHook(existing)) {
    io.stderr(`ai-secret-guard: ${shown} was not written by ai-secret-guard; it was left as it is\n`);
    return EXIT_USAGE;
  }
  const userLines = withoutGitHookBlock(existing);
  if (userLines !== undefined) {
    await fs.writeFile(file, userLines);
    io.stdout(
      `removed the ai-secret-guard part of ${shown}; the lines you added stay${existsSync(previous) ? ` (the kept ${path.basename(previous)} is left beside it)` : ''}\n`,
    );
  } else if (existsSync(previous)) {
    await fs.rename(previous, file);
    io.stdout(`removed the ai-secret-guard hook; ${shown} is the hook it had kept again\n`);
  } else {
    await fs.unlink(file);
    io.stdout(`removed ${shown}\n`);
  }
  return EXIT_CLEAN;
}

/** A file-system failure on the hook file: its code and path, exit 2; anything else is thrown on. */
async function reportingFsErrors(io: CliIO, action: () => Promise<number>): Promise<number> {
  try {
    return await action();
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (!(e instanceof UsageError) && err.code) {
      io.stderr(`ai-secret-guard: ${err.code} on ${err.path ?? 'the hook file'}: ${err.message}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
}

/** `install-hook` and `uninstall-hook`: exit 0, or 2 with a message when nothing could be done. */
export function gitHookCommand(verb: 'install-hook' | 'uninstall-hook'): CliCommand<GitHookOptions> {
  return {
    usage: GIT_HOOK_USAGE,
    parse: (argv) => parse(verb, argv),
    run: (options, io) =>
      reportingFsErrors(io, () => (verb === 'install-hook' ? install(options, io) : uninstall(options, io))),
  };
}
