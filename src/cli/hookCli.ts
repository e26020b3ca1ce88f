import path from 'node:path';
import { shellQuote } from '../core/hooks/gitHookScript';
import type { CliIO } from './io';

/** `s` as one word for the shell the agents run hook commands with (sh, or cmd on Windows). */
export function commandWord(s: string, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return `"${s}"`;
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(s) ? s : shellQuote(s);
}

/**
 * How a hook runs this CLI when the user gives no --command: node and the absolute path of the
 * running script, so the hook starts from whatever folder the agent runs it in and whether or not
 * the project has the package installed (a hook command that cannot start lets everything through).
 * Without a known script (the CLI run in process) it is the `ai-secret-guard` on PATH.
 */
export function defaultHookCli(io: CliIO): string {
  if (!io.cliScript) return 'ai-secret-guard';
  return `node ${commandWord(path.resolve(io.cliScript))}`;
}
