import { compareFindings, type Finding } from '../finding';

/** `f` moved by `delta` characters (properties listed: V8's object spread is slow on hot paths). */
export function shifted(f: Finding, delta: number): Finding {
  if (f.why === undefined)
    return {
      ruleId: f.ruleId,
      start: f.start + delta,
      end: f.end + delta,
      confidence: f.confidence,
      fingerprint: f.fingerprint,
      preview: f.preview,
      entropy: f.entropy,
    };
  return {
    ruleId: f.ruleId,
    start: f.start + delta,
    end: f.end + delta,
    confidence: f.confidence,
    fingerprint: f.fingerprint,
    preview: f.preview,
    entropy: f.entropy,
    why: f.why,
  };
}

/** Drops repeats from a sorted list (a multi-line finding regenerated beside its kept copy). */
export function dedupe(sorted: Finding[]): Finding[] {
  return sorted.filter((f, i) => i === 0 || compareFindings(sorted[i - 1]!, f) !== 0);
}

/** Index of the first of `sorted` (by start) starting at or after `offset`. */
export function firstStartingAt(sorted: readonly Finding[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
