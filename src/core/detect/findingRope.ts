import type { Finding } from '../finding';
import { shifted } from './findingList';

/** Findings as a scan or rescan returns them: an array, or a rope of the rescan's (`Detector.rescanLazily`). */
export type Findings = readonly Finding[] | FindingRope;

/**
 * A sorted findings list made of runs of other lists, each moved by an offset applied when read.
 * An edit inside a line holding tens of thousands of findings moves every finding after it: a
 * rescan that copied each of them with new offsets made as many objects per keystroke (most of
 * its time and garbage on such a line); one that splices a rope moves a run by changing its offset,
 * and a finding is made only when read (`at`, `slice`, `toArray`). Immutable: `splice` returns a
 * new rope sharing the runs' lists.
 */
export class FindingRope {
  /** Number of findings. */
  readonly length: number;

  private constructor(
    /** Per run: the list it reads, [from, to) of it, and the offset added to what it reads. */
    private readonly lists: readonly (readonly Finding[])[],
    private readonly froms: readonly number[],
    private readonly tos: readonly number[],
    private readonly deltas: readonly number[],
    /** Per run: the index in the rope of its first finding. */
    private readonly firsts: readonly number[],
  ) {
    const last = tos.length - 1;
    this.length = last < 0 ? 0 : firsts[last]! + tos[last]! - froms[last]!;
  }

  /** The rope of `findings` as they are (no copy). */
  static of(findings: readonly Finding[]): FindingRope {
    return FindingRope.build(findings.length === 0 ? [] : [{ list: findings, from: 0, to: findings.length, delta: 0 }]);
  }

  /** `findings` as a rope, itself when it is one. */
  static from(findings: Findings): FindingRope {
    return findings instanceof FindingRope ? findings : FindingRope.of(findings);
  }

  /** `findings` as an array, itself when it is one. */
  static toArray(findings: Findings): readonly Finding[] {
    return findings instanceof FindingRope ? findings.toArray() : findings;
  }

  private static build(runs: Run[]): FindingRope {
    const firsts: number[] = [];
    let n = 0;
    for (const r of runs) {
      firsts.push(n);
      n += r.to - r.from;
    }
    return new FindingRope(
      runs.map((r) => r.list),
      runs.map((r) => r.from),
      runs.map((r) => r.to),
      runs.map((r) => r.delta),
      firsts,
    );
  }

  /** The run holding index `i` (0 <= i < length). */
  private runOf(i: number): number {
    let lo = 0;
    let hi = this.firsts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.firsts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The finding at index `i` (0 <= i < length). */
  at(i: number): Finding {
    const r = this.runOf(i);
    const f = this.lists[r]![this.froms[r]! + i - this.firsts[r]!]!;
    const delta = this.deltas[r]!;
    return delta === 0 ? f : shifted(f, delta);
  }

  /** The start of the finding at index `i`, without making it. */
  startAt(i: number): number {
    const r = this.runOf(i);
    return this.lists[r]![this.froms[r]! + i - this.firsts[r]!]!.start + this.deltas[r]!;
  }

  /** Index of the first finding starting at or after `offset` (the list is sorted by start). */
  firstStartingAt(offset: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.startAt(mid) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The findings [from, to) as an array (as Array.prototype.slice, without negative indices). */
  slice(from = 0, to = this.length): Finding[] {
    const runs = this.runsIn(from, to, 0);
    // Sized once and filled: pushing grows its store several times over tens of thousands of findings.
    const out = new Array<Finding>(runs.reduce((n, r) => n + r.to - r.from, 0));
    let n = 0;
    for (const r of runs)
      if (r.delta === 0) for (let k = r.from; k < r.to; k++) out[n++] = r.list[k]!;
      else for (let k = r.from; k < r.to; k++) out[n++] = shifted(r.list[k]!, r.delta);
    return out;
  }

  toArray(): Finding[] {
    return this.slice(0, this.length);
  }

  /**
   * The rope of this rope's findings [0, left), then `fresh`, then this rope's [right, length)
   * moved by `delta`: what a rescan keeps either side of the stretch it scanned again.
   */
  splice(left: number, fresh: readonly Finding[], right: number, delta: number): FindingRope {
    const runs = this.runsIn(0, left, 0);
    if (fresh.length > 0) runs.push({ list: fresh, from: 0, to: fresh.length, delta: 0 });
    for (const r of this.runsIn(right, this.length, delta)) runs.push(r);
    return FindingRope.build(compact(runs));
  }

  /** The runs holding the findings [from, to), moved by `delta` more. */
  private runsIn(from: number, to: number, delta: number): Run[] {
    from = Math.max(0, from);
    to = Math.min(this.length, to);
    const out: Run[] = [];
    if (from >= to) return out;
    for (let r = this.runOf(from); r < this.lists.length && this.firsts[r]! < to; r++) {
      const first = this.firsts[r]!;
      const base = this.froms[r]!;
      const a = base + Math.max(0, from - first);
      const b = base + Math.min(this.tos[r]! - base, to - first);
      if (b > a) out.push({ list: this.lists[r]!, from: a, to: b, delta: this.deltas[r]! + delta });
    }
    return out;
  }

  /** Number of runs (for tests: it stays bounded however many splices made the rope). */
  get runs(): number {
    return this.lists.length;
  }
}

interface Run {
  readonly list: readonly Finding[];
  readonly from: number;
  readonly to: number;
  readonly delta: number;
}

/**
 * Runs at most this many: each splice adds up to two (the fresh findings, and a run split at the
 * stretch), so the two neighbouring runs shortest together are made one list when there are more.
 * Their findings are made then, a few hundred on a line of 40K findings: not one per finding per
 * keystroke, and reading one finding stays a search of a few steps.
 */
export const MAX_RUNS = 32;

function compact(runs: Run[]): Run[] {
  // Neighbours reading on in one list by one offset are one run (a splice that found nothing new).
  for (let i = runs.length - 1; i > 0; i--) {
    const [a, b] = [runs[i - 1]!, runs[i]!];
    if (a.list === b.list && a.to === b.from && a.delta === b.delta)
      runs.splice(i - 1, 2, { list: a.list, from: a.from, to: b.to, delta: a.delta });
  }
  while (runs.length > MAX_RUNS) {
    let best = 0;
    for (let i = 1; i + 1 < runs.length; i++)
      if (size(runs[i]!) + size(runs[i + 1]!) < size(runs[best]!) + size(runs[best + 1]!)) best = i;
    const list: Finding[] = [];
    for (const r of [runs[best]!, runs[best + 1]!])
      for (let k = r.from; k < r.to; k++) list.push(r.delta === 0 ? r.list[k]! : shifted(r.list[k]!, r.delta));
    runs.splice(best, 2, { list, from: 0, to: list.length, delta: 0 });
  }
  return runs;
}

function size(r: Run): number {
  return r.to - r.from;
}
