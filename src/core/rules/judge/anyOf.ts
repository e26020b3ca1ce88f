/**
 * Whether any of `patterns` matches a value, in one regex run per flag set: the patterns sharing
 * flags are joined into one alternation. A check asking a list of shapes one by one ran a regex per
 * shape for every candidate value (some 28 for each value a generic rule's match offered), and a
 * keyword-dense minified line offers hundreds of thousands of values. Each pattern keeps its own
 * meaning inside a non-capturing group; one using back-references (numbered, which joining would
 * renumber) is run on its own, as is one global or sticky (whose `test` keeps state).
 */
export function anyOf(patterns: readonly RegExp[]): (value: string) => boolean {
  const byFlags = new Map<string, string[]>();
  const alone: RegExp[] = [];
  for (const p of patterns) {
    if (p.global || p.sticky || /\\[1-9]|\\k</.test(p.source)) {
      alone.push(p);
      continue;
    }
    const sources = byFlags.get(p.flags) ?? [];
    sources.push(`(?:${p.source})`);
    byFlags.set(p.flags, sources);
  }
  const joined = [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
  const all = [...joined, ...alone];
  return (value) => {
    for (let i = 0; i < all.length; i++) if (all[i]!.test(value)) return true;
    return false;
  };
}
