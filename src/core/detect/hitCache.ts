import type { KeywordMatcher } from './prefilter';
import { RUN_ALPHABET } from './prefilterDfa';

/**
 * The keyword hits of a stretch of one line, scanned once and then served for any range inside it:
 * a rescan of an over-long line asks for the hits around several candidate cuts and around the
 * rescanned stretch, and on a line packed with keywords each matcher callback costs more than
 * reading the hit back. A range reaching outside the stretch grows it (within the line, scanning
 * only what it adds), so the requests of a rescan cost about one scan of their union.
 */
export class HitCache {
  private ids = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private count = 0;
  private lo: number;
  private hi: number;

  /**
   * Scans [lo, hi) of `text`, which holds no line break, nor does [floor, ceiling) (the line, where
   * the stretch may grow; by default only as far as requests reach).
   */
  constructor(
    private readonly matcher: KeywordMatcher,
    private readonly keywordLengths: Int32Array,
    private readonly text: string,
    lo: number,
    hi: number,
    private readonly floor = -Infinity,
    private readonly ceiling = Infinity,
  ) {
    this.lo = lo;
    this.hi = hi;
    this.fill();
  }

  /** The stretch scanned so far, [lo, hi). */
  get stretch(): readonly [number, number] {
    return [this.lo, this.hi];
  }

  /** Hits served so far, read back or scanned: see `Detector.work`. */
  work = 0;

  /**
   * Calls `onHit(keywordId, end)` for the keywords lying wholly in [from, to), in order of end, as
   * `KeywordMatcher.scan` over the stretch would (a range starting inside a run of encoded characters
   * is not reported a run of its own, as a scan from there would: the line's scan reports none there).
   * With `only`, just the keywords whose entry in it is 1.
   */
  scan(from: number, to: number, onHit: (keywordId: number, end: number) => void, only?: Uint8Array): void {
    if (from < this.lo || to > this.hi) this.grow(from, to);
    const { ids, ends, keywordLengths } = this;
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! <= from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < this.count && ends[k]! <= to; k++) {
      const id = ids[k]!;
      this.work++;
      // `only`: the keywords wanted (1 by id); a run of one keyword not wanted (`aaaa...` in a run of
      // A's) then costs a read each, not a call.
      if (only !== undefined && only[id] !== 1) continue;
      if (ends[k]! - keywordLengths[id]! >= from) onHit(id, ends[k]!);
    }
  }

  /**
   * The cache of `old`, the text before `edit` (which holds no line break), over this cache's
   * stretch as the edit moves it (within [floor, ceiling) of `old`): hits either side of the edit
   * read back from this cache, where both texts' scans report the same characters' hits, and only
   * the characters around the edit scanned. Undefined when this stretch does not hold the edit.
   */
  beforeEdit(
    old: string,
    edit: { readonly start: number; readonly oldEnd: number; readonly newEnd: number },
    floor: number,
    ceiling: number,
  ): HitCache | undefined {
    const { lo, hi } = this;
    if (edit.start < lo || edit.newEnd > hi) return undefined;
    const delta = edit.newEnd - edit.oldEnd;
    // A hit reads its keyword's characters; a run's, its MIN_RUN characters and the one before
    // (where the run starts), and its pseudo-keyword is among the lengths: no hit ending by the
    // edit's start, nor one ending more than the longest past its end, reads the edit. A scan of
    // `old` from the longest before the edit reports the hits between as one from `lo` does (a run
    // it counts from there, not from its start, reaches its MIN_RUN-th character by the edit's start).
    const longest = this.longestKeyword();
    const seam = Math.max(lo, edit.start - longest);
    const sync = Math.min(hi, edit.newEnd + longest);
    const cache = new HitCache(this.matcher, this.keywordLengths, old, lo, lo, floor, ceiling);
    let k = 0;
    while (k < this.count && this.ends[k]! <= edit.start) k++;
    cache.append(this.ids.subarray(0, k), this.ends.subarray(0, k));
    const before = cache.count;
    this.matcher.scan(old, seam, sync - delta, (id, end) => {
      if (end > edit.start) cache.add(id, end);
    });
    cache.work += cache.count - before;
    while (k < this.count && this.ends[k]! <= sync) k++;
    const rest = this.count - k;
    if (cache.count + rest > cache.ids.length) cache.enlarge(cache.count + rest);
    cache.ids.set(this.ids.subarray(k, this.count), cache.count);
    for (let i = 0; i < rest; i++) cache.ends[cache.count + i] = this.ends[k + i]! - delta;
    cache.count += rest;
    cache.hi = hi - delta;
    return cache;
  }

  /** The share of the hits held whose keyword `wanted` marks (1 by id); 1 when none are held. */
  shareOf(wanted: Uint8Array): number {
    let n = 0;
    for (let k = 0; k < this.count; k++) n += wanted[this.ids[k]!] === 1 ? 1 : 0;
    return this.count === 0 ? 1 : n / this.count;
  }

  /**
   * Widens the stretch to hold [from, to), by a quarter more than asked on each side it grows, scanning only
   * what it adds and the seams: a keyword or a run crossing an old bound is found as a scan of the
   * whole new stretch finds it (a run is counted from its start, not from the old bound).
   */
  private grow(from: number, to: number): void {
    const { text } = this;
    // A quarter of the stretch more than asked: few growths, none scanning far past the requests.
    const size = (this.hi - this.lo) >> 2;
    const longest = this.longestKeyword();
    if (from < this.lo) {
      const lo = Math.min(from, Math.max(this.floor, this.lo - size));
      // Up to where the old scan and one from `lo` agree: past keywords crossing the old bound and
      // past the run holding it (the old scan counted it from the bound).
      let seam = this.lo;
      if (seam > lo && isRunChar(text, seam - 1)) while (seam < this.hi && isRunChar(text, seam)) seam++;
      seam = Math.min(this.hi, seam + longest);
      const oldIds = this.ids;
      const oldEnds = this.ends;
      const oldCount = this.count;
      this.ids = new Int32Array(1024);
      this.ends = new Int32Array(1024);
      this.count = 0;
      this.matcher.scan(text, lo, seam, this.add);
      // The old hits ending past the seam (a run of them: hits are in order of end), copied whole.
      let keep = 0;
      while (keep < oldCount && oldEnds[keep]! <= seam) keep++;
      this.append(oldIds.subarray(keep, oldCount), oldEnds.subarray(keep, oldCount));
      this.lo = lo;
    }
    if (to > this.hi) {
      const hi = Math.max(to, Math.min(this.ceiling, this.hi + size));
      // From before keywords crossing the old bound, and from the start of a run holding it.
      let seam = this.hi;
      if (isRunChar(text, seam - 1) && isRunChar(text, seam))
        while (seam > this.lo && isRunChar(text, seam - 1)) seam--;
      seam = Math.max(this.lo, Math.min(seam, this.hi - longest));
      const kept = this.count;
      const old = this.hi;
      this.matcher.scan(text, seam, hi, (id, end) => {
        if (end > old) this.add(id, end);
      });
      this.hi = hi;
      this.work += this.count - kept;
    }
  }

  /** Appends one hit (in order of end). */
  private readonly add = (id: number, end: number): void => {
    if (this.count === this.ids.length) this.enlarge(this.count + 1);
    this.ids[this.count] = id;
    this.ends[this.count++] = end;
  };

  /** Appends hits (in order of end, after those held) as one copy. */
  private append(ids: Int32Array, ends: Int32Array): void {
    if (this.count + ids.length > this.ids.length) this.enlarge(this.count + ids.length);
    this.ids.set(ids, this.count);
    this.ends.set(ends, this.count);
    this.count += ids.length;
  }

  private longestKeyword(): number {
    if (this.longest === 0)
      for (let i = 0; i < this.keywordLengths.length; i++)
        this.longest = Math.max(this.longest, this.keywordLengths[i]!);
    return this.longest;
  }

  private longest = 0;

  private fill(): void {
    this.matcher.scan(this.text, this.lo, this.hi, this.add);
  }

  /** Room for at least `needed` hits: double, or more when that is not enough. */
  private enlarge(needed: number): void {
    const capacity = Math.max(needed, 2 * this.ids.length);
    const ids = new Int32Array(capacity);
    const ends = new Int32Array(capacity);
    ids.set(this.ids.subarray(0, this.count));
    ends.set(this.ends.subarray(0, this.count));
    this.ids = ids;
    this.ends = ends;
  }
}

/** Whether the character at `i` of `text` is one the matcher counts in a run (it reads the low byte). */
function isRunChar(text: string, i: number): boolean {
  return i >= 0 && i < text.length && RUN_ALPHABET[text.charCodeAt(i) & 255] === 1;
}
