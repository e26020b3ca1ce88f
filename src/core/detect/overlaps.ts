import type { Finding } from '../finding';

/**
 * Where findings of single-line rules overlap on a line, keeps one: the rule listed earlier in the
 * catalogue (specific providers come before generic rules). `ruleIndices[i]` is the rule of `found[i]`.
 *
 * The kept findings never overlap one another, so the only one that can overlap a candidate is
 * the kept finding starting last before the candidate's end: a Fenwick tree over the findings in
 * start order answers that in O(log n), O(n log n) in all where comparing pairs was quadratic.
 */
export function resolveOverlaps(
  found: readonly Finding[],
  ruleIndices: readonly number[],
): { kept: Finding[]; work: number } {
  const n = found.length;
  const byStart = Array.from({ length: n }, (_, i) => i).sort((a, b) => found[a]!.start - found[b]!.start);
  const rank = new Int32Array(n);
  for (let r = 0; r < n; r++) rank[byStart[r]!] = r;
  const keptAt = new KeptSet(n);
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => ruleIndices[a]! - ruleIndices[b]! || found[a]!.start - found[b]!.start,
  );
  const kept: Finding[] = [];
  let work = 0;
  for (const i of order) {
    const f = found[i]!;
    // Findings (in start order) starting before f ends: the last kept one among them is the candidate.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      work++;
      const mid = (lo + hi) >> 1;
      if (found[byStart[mid]!]!.start < f.end) lo = mid + 1;
      else hi = mid;
    }
    const last = keptAt.lastBefore(lo);
    work += 2 * keptAt.depth;
    if (last !== -1 && found[byStart[last]!]!.end > f.start) continue;
    keptAt.add(rank[i]!);
    kept.push(f);
  }
  // Both sorts: n log n comparisons.
  return { kept, work: work + 2 * n * (keptAt.depth + 1) };
}

/** A set of ranks in [0, n) answering "the largest member below r" in O(log n) (a Fenwick tree of counts). */
class KeptSet {
  private readonly tree: Int32Array;
  private readonly top: number;
  /** Steps of one query: about log2 n. */
  readonly depth: number;

  constructor(private readonly n: number) {
    this.tree = new Int32Array(n + 1);
    this.top = n === 0 ? 0 : 1 << (31 - Math.clz32(n));
    this.depth = 32 - Math.clz32(n);
  }

  add(rank: number): void {
    for (let i = rank + 1; i <= this.n; i += i & -i) this.tree[i]!++;
  }

  /** The largest member below `r`, or -1. */
  lastBefore(r: number): number {
    let count = 0;
    for (let i = r; i > 0; i -= i & -i) count += this.tree[i]!;
    if (count === 0) return -1;
    // Descend to the count-th member (1-based): the largest position whose prefix count is below it.
    let pos = 0;
    for (let step = this.top; step > 0; step >>= 1) {
      if (pos + step <= this.n && this.tree[pos + step]! < count) {
        pos += step;
        count -= this.tree[pos]!;
      }
    }
    return pos;
  }
}
