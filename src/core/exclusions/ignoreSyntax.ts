import ignore from 'ignore';

/** The parts of one gitignore pattern line that matter for translating and sampling it. */
export interface ParsedPattern {
  readonly negated: boolean;
  /** Anchored to the root: a leading `/` or a slash before the last character. */
  readonly anchored: boolean;
  /** Matches directories only (trailing `/`), so everything below them. */
  readonly directory: boolean;
  /** The pattern without `!`, leading `/` and trailing `/`. */
  readonly body: string;
}

export function parsePattern(line: string): ParsedPattern {
  let p = line.trim();
  const negated = p.startsWith('!');
  if (negated) p = p.slice(1);
  const directory = p.endsWith('/');
  if (directory) p = p.slice(0, -1);
  const anchored = p.startsWith('/') || p.includes('/');
  return { negated, anchored, directory, body: p.replace(/^\/+/, '') };
}

/**
 * Concrete paths the pattern matches, with wildcards filled in: one at the root and, for a pattern
 * that matches at any depth, one in a subfolder. A user rule that ignores all of them covers the
 * pattern for the purposes of not writing it again.
 */
export function samplePaths(line: string): string[] {
  const { anchored, directory, body } = parsePattern(line);
  const concrete = body
    .replace(/\*\*\//g, '')
    .replace(/\/\*\*$/, '/x')
    .replace(/\[!?([^\]])[^\]]*\]/g, '$1')
    .replace(/\\(.)/g, '$1')
    .replace(/[*?]/g, 'x');
  const leaf = directory ? `${concrete}/x` : concrete;
  return anchored ? [leaf] : [leaf, `sub/${leaf}`];
}

/** True when the gitignore `rules` ignore every sample path of `pattern`. */
export function rulesCover(rules: readonly string[], pattern: string): boolean {
  const ig = ignore({ allowRelativePaths: true }).add([...rules]);
  return samplePaths(pattern).every((p) => ig.ignores(p));
}
