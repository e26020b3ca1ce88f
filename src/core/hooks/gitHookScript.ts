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

/** Ends our part of the hook; lines after it (and before the marker) are the user's. */
export const GIT_HOOK_END_MARKER = '# <<< ai-secret-guard pre-commit hook <<<';

/** A new hook: the shebang and our block. */
export function gitHookScript(options: GitHookOptions): string {
  return '#!/bin/sh\n' + gitHookBlock(options);
}

/**
 * The hook after (re)installing into `existing`, one of ours: our block is replaced and every line
 * outside it (above the marker line, below the end marker) is kept as the user wrote it. A hook
 * from before the end marker existed is ours from the marker to its end: its last command was an
 * `exec` or `exit`, so nothing after it ever ran.
 */
export function renderGitHook(existing: string, options: GitHookOptions): string {
  const { before, after } = userParts(existing);
  return before + gitHookBlock(options) + after;
}

/** `existing` (one of ours) without our block: what uninstalling leaves, or undefined when nothing but the shebang would. */
export function withoutGitHookBlock(existing: string): string | undefined {
  const { before, after } = userParts(existing);
  const rest = before + after;
  return rest.replace(/^#!.*\n?/, '').trim() === '' ? undefined : rest;
}

function userParts(existing: string): { before: string; after: string } {
  const marker = existing.indexOf(GIT_HOOK_MARKER);
  const begin = existing.lastIndexOf('\n', marker) + 1;
  const endMarker = existing.indexOf(GIT_HOOK_END_MARKER, marker);
  const endLine = endMarker === -1 ? -1 : existing.indexOf('\n', endMarker);
  return { before: existing.slice(0, begin), after: endLine === -1 ? '' : existing.slice(endLine + 1) };
}

/** Runs the scan without `exec`, so lines a user adds after the block still run when it passes. */
function gitHookBlock(options: GitHookOptions): string {
  const lines = [
    `${GIT_HOOK_MARKER}: blocks commits that add hard-coded secrets.`,
    '# Installed by `ai-secret-guard install-hook`; remove it with `ai-secret-guard uninstall-hook`.',
    '# Skip it for one commit with `git commit --no-verify`. Lines outside this block are yours and are kept.',
  ];
  if (options.previous) {
    const prev = `"$(dirname "$0")"/${shellQuote(options.previous)}`;
    lines.push(
      '',
      '# The hook that was here before runs first.',
      `if [ -x ${prev} ]; then`,
      `  ${prev} "$@" || exit $?`,
      'fi',
    );
  }
  lines.push('');
  if (options.command) {
    lines.push(`${options.command} scan --staged || exit $?`);
  } else {
    // Git runs pre-commit hooks from the top of the work tree.
    lines.push(
      'if [ -x ./node_modules/.bin/ai-secret-guard ]; then',
      '  ./node_modules/.bin/ai-secret-guard scan --staged || exit $?',
      'elif command -v ai-secret-guard >/dev/null 2>&1; then',
      '  ai-secret-guard scan --staged || exit $?',
    );
    if (options.installedFrom)
      lines.push(
        `elif [ -f ${shellQuote(options.installedFrom)} ]; then`,
        `  node ${shellQuote(options.installedFrom)} scan --staged || exit $?`,
      );
    lines.push(
      'else',
      '  echo "ai-secret-guard: the scanner was not found (npm install --save-dev ai-secret-guard), so the commit was stopped." >&2',
      '  echo "ai-secret-guard: to commit without the check once: git commit --no-verify" >&2',
      '  exit 1',
      'fi',
    );
  }
  lines.push(GIT_HOOK_END_MARKER);
  return lines.join('\n') + '\n';
}
