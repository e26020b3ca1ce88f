import { shellQuote } from './gitHookScript';

/**
 * The git pre-push hook `install-hook --pre-push` writes: a block between two marker lines that
 * scans the commits being pushed (`scan --pre-push`, fed git's ref lines). Only the block is ours:
 * re-installing rewrites it and keeps every other line of the file, and uninstalling removes it.
 * Lines after the block still read git's ref lines on standard input.
 */

export const PRE_PUSH_BEGIN = '# >>> ai-secret-guard pre-push hook';
export const PRE_PUSH_END = '# <<< ai-secret-guard pre-push hook';

export interface PrePushOptions {
  /** How to run the CLI, used as is; otherwise the script looks for it. */
  readonly command?: string;
  /** Absolute path of the CLI script that installed the hook: the last place the script looks. */
  readonly installedFrom?: string;
  /** File name of a kept previous hook beside ours (not a shell script, so it could not take our block). */
  readonly previous?: string;
}

function finder(options: PrePushOptions): string[] {
  if (options.command) return [`asg_run() { ${options.command} "$@"; }`];
  const lines = [
    'asg_run() {',
    '  if [ -x ./node_modules/.bin/ai-secret-guard ]; then ./node_modules/.bin/ai-secret-guard "$@"',
    '  elif command -v ai-secret-guard >/dev/null 2>&1; then ai-secret-guard "$@"',
  ];
  if (options.installedFrom)
    lines.push(
      `  elif [ -f ${shellQuote(options.installedFrom)} ]; then node ${shellQuote(options.installedFrom)} "$@"`,
    );
  lines.push(
    '  else',
    '    echo "ai-secret-guard: the scanner was not found (npm install --save-dev ai-secret-guard), so the push was stopped." >&2',
    '    echo "ai-secret-guard: to push without the check once: git push --no-verify" >&2',
    '    return 1',
    '  fi',
    '}',
  );
  return lines;
}

/** Our block, markers included. */
export function prePushBlock(options: PrePushOptions): string {
  const stop = '{ asg_status=$?; rm -f "$asg_refs"; exit $asg_status; }';
  const lines = [
    `${PRE_PUSH_BEGIN}: stops pushes of commits that add hard-coded secrets.`,
    '# Rewritten by `ai-secret-guard install-hook --pre-push`, removed by `uninstall-hook --pre-push`;',
    '# lines outside these markers are yours and are kept. Skip once with `git push --no-verify`.',
    'asg_refs=$(mktemp "${TMPDIR:-/tmp}/asg-pre-push.XXXXXX") || exit 1',
    'cat > "$asg_refs"',
    ...finder(options),
    `asg_run scan --pre-push "$1" < "$asg_refs" || ${stop}`,
  ];
  if (options.previous) {
    const prev = `"$(dirname "$0")"/${shellQuote(options.previous)}`;
    lines.push(`if [ -x ${prev} ]; then ${prev} "$@" < "$asg_refs" || ${stop}; fi`);
  }
  // The rest of the hook reads the same ref lines.
  lines.push('exec < "$asg_refs"', 'rm -f "$asg_refs"', PRE_PUSH_END);
  return lines.join('\n') + '\n';
}

/** Where our block sits in `text`: [start, end) offsets, end after its last line break. */
function blockRange(text: string): [number, number] | undefined {
  const start = text.indexOf(PRE_PUSH_BEGIN);
  if (start === -1 || (start > 0 && text[start - 1] !== '\n')) return undefined;
  const endMarker = text.indexOf(PRE_PUSH_END, start);
  if (endMarker === -1) return undefined;
  const lineEnd = text.indexOf('\n', endMarker);
  return [start, lineEnd === -1 ? text.length : lineEnd + 1];
}

export function hasPrePushBlock(text: string): boolean {
  return blockRange(text) !== undefined;
}

/** A POSIX-shell script (our block can go in it): `#!/bin/sh`, bash, dash, zsh, directly or through env. */
export function isShellScript(text: string): boolean {
  return /^#!\s{0,4}(?:\/usr)?\/bin\/(?:env\s{1,4})?(?:sh|bash|dash|zsh)\b/.test(text);
}

/** `existing` with our block rewritten, or added after its first line; a new script when there is none. */
export function withPrePushBlock(existing: string | undefined, block: string): string {
  if (existing === undefined || existing.trim() === '') return '#!/bin/sh\n' + block;
  const range = blockRange(existing);
  if (range) return existing.slice(0, range[0]) + block + existing.slice(range[1]);
  const firstLineEnd = existing.indexOf('\n');
  if (firstLineEnd === -1) return existing + '\n' + block;
  return existing.slice(0, firstLineEnd + 1) + block + existing.slice(firstLineEnd + 1);
}

/** `text` without our block; undefined when nothing but the shebang and blank lines would remain. */
export function withoutPrePushBlock(text: string): string | undefined {
  const range = blockRange(text);
  const rest = range ? text.slice(0, range[0]) + text.slice(range[1]) : text;
  return rest.split('\n').every((l, i) => l.trim() === '' || (i === 0 && l.startsWith('#!'))) ? undefined : rest;
}
