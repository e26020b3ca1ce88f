import { shellQuote } from './gitHookScript';

/** Name of the launcher the extension keeps in its global storage (its path never changes). */
export const HOOK_SHIM_NAME = 'ai-secret-guard-hook';

export interface HookShim {
  readonly fileName: string;
  readonly text: string;
}

/**
 * The launcher agent hooks call when the extension installed them: it runs the extension's bundled
 * CLI (`cliPath`, which moves with every extension update, so the extension rewrites the launcher
 * on activation) with `node` from PATH, else with the editor's own runtime (`runtimePath` with
 * ELECTRON_RUN_AS_NODE). When the CLI is gone (the extension was removed) it exits 2, which
 * Claude Code, Codex, Gemini CLI, Windsurf and Cursor take as "blocked": a guard that cannot start
 * must not let everything through.
 */
export function hookShim(cliPath: string, runtimePath: string, platform: NodeJS.Platform): HookShim {
  if (platform === 'win32') {
    const text = [
      '@echo off',
      'rem ai-secret-guard hook launcher, rewritten each time the AI Secret Guard extension starts.',
      `if not exist "${cliPath}" (`,
      "  echo ai-secret-guard: the extension's CLI is gone; open the editor once or reinstall the hooks 1>&2",
      '  exit /b 2',
      ')',
      'where node >nul 2>nul',
      `if %errorlevel%==0 ( node "${cliPath}" %* ) else ( set ELECTRON_RUN_AS_NODE=1& "${runtimePath}" "${cliPath}" %* )`,
      'exit /b %errorlevel%',
      '',
    ].join('\r\n');
    return { fileName: `${HOOK_SHIM_NAME}.cmd`, text };
  }
  const cli = shellQuote(cliPath);
  const text = [
    '#!/bin/sh',
    '# ai-secret-guard hook launcher, rewritten each time the AI Secret Guard extension starts.',
    `if [ ! -f ${cli} ]; then`,
    `  echo "ai-secret-guard: the extension's CLI is gone; open the editor once or reinstall the hooks" >&2`,
    '  exit 2',
    'fi',
    `if command -v node >/dev/null 2>&1; then exec node ${cli} "$@"; fi`,
    'export ELECTRON_RUN_AS_NODE=1',
    `exec ${shellQuote(runtimePath)} ${cli} "$@"`,
    '',
  ].join('\n');
  return { fileName: HOOK_SHIM_NAME, text };
}
