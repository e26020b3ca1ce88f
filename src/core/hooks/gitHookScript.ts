/**
 * The plain git pre-commit hook `ai-secret-guard install-hook` writes: a POSIX sh script that runs
 * the hook it replaced first (when one was kept), then `scan --staged`, whose exit code (1 for
 * findings, 2 for a configuration error) stops the commit.
 */

/** Marks a hook as ours, so reinstalling updates it and uninstalling removes only ours. */
export const GIT_HOOK_MARKER = '# ai-secret-guard pre-commit hook';
/** Suffix of the kept hook that ours replaced and runs first. */
export const PREVIOUS_HOOK_SUFFIX = '.pre-ai-secret-guard';

export interface GitHookOptions {
  /** File name of the kept previous hook, beside ours. */
  readonly previous?: string;
  /** How to run the CLI, used as is (`--command`); otherwise the script looks for it. */
  readonly command?: string;
  /** Absolute path of the CLI script that installed the hook: the last place the script looks. */
  readonly installedFrom?: string;
}

/** `s` as one single-quoted sh word. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

export function isOurGitHook(text: string): boolean {
  return text.includes(GIT_HOOK_MARKER);
}

export function gitHookScript(options: GitHookOptions): string {
  const lines = [
    '#!/bin/sh',
    `${GIT_HOOK_MARKER}: blocks commits that add hard-coded secrets.`,
    '# Installed by `ai-secret-guard install-hook`; remove it with `ai-secret-guard uninstall-hook`.',
    '# Skip it for one commit with `git commit --no-verify`.',
  ];
  if (options.previous) {
    const prev = `"$(dirname "$0")"/${shellQuote(options.previous)}`;
    lines.push('', '# The hook that was here before runs first.', `if [ -x ${prev} ]; then`, `  ${prev} "$@" || exit $?`, 'fi');
  }
  lines.push('');
  if (options.command) {
    lines.push(`exec ${options.command} scan --staged`);
  } else {
    // Git runs pre-commit hooks from the top of the work tree.
    lines.push('if [ -x ./node_modules/.bin/ai-secret-guard ]; then', '  exec ./node_modules/.bin/ai-secret-guard scan --staged', 'elif command -v ai-secret-guard >/dev/null 2>&1; then', '  exec ai-secret-guard scan --staged');
    if (options.installedFrom) lines.push(`elif [ -f ${shellQuote(options.installedFrom)} ]; then`, `  exec node ${shellQuote(options.installedFrom)} scan --staged`);
    lines.push(
      'fi',
      'echo "ai-secret-guard: the scanner was not found (npm install --save-dev ai-secret-guard), so the commit was stopped." >&2',
      'echo "ai-secret-guard: to commit without the check once: git commit --no-verify" >&2',
      'exit 1',
    );
  }
  return lines.join('\n') + '\n';
}
