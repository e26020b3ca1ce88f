import type { KeywordMatcher } from './prefilter';

/**
 * The keyword hits of a stretch of one line, scanned once and then served for any range inside it:
 * a rescan of an over-long line asks for the hits around several candidate cuts and around the
 * rescanned stretch, and on a line packed with keywords each matcher callback costs more than
 * reading the hit back. Ranges reaching outside the stretch are scanned afresh.
 */
export class HitCache {
  private ids = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private count = 0;

  /** Scans [lo, hi) of `text`, which holds no line break. */
  constructor(
    private readonly matcher: KeywordMatcher,
    private readonly keywordLengths: Int32Array,
    private readonly text: string,
    private readonly lo: number,
    private readonly hi: number,
  ) {
    matcher.scan(text, lo, hi, (id, end) => {
      if (this.count === this.ids.length) this.grow();
      this.ids[this.count] = id;
      this.ends[this.count++] = end;
    });
  }

  /** Hits served so far, read back or scanned: see `Detector.work`. */
  work = 0;

  /**
   * Calls `onHit(keywordId, end)` for the keywords lying wholly in [from, to), in order of end, as
   * `KeywordMatcher.scan` over that range would (but for the run a range starting inside one reports).
   */
  scan(from: number, to: number, onHit: (keywordId: number, end: number) => void): void {
    if (from < this.lo || to > this.hi) {
      this.matcher.scan(this.text, from, to, (id, end) => {
        this.work++;
        onHit(id, end);
      });
      return;
    }
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
      if (ends[k]! - keywordLengths[id]! >= from) onHit(id, ends[k]!);
    }
  }

  private grow(): void {
    const ids = new Int32Array(2 * this.ids.length);
    const ends = new Int32Array(2 * this.ends.length);
    ids.set(this.ids);
    ends.set(this.ends);
    this.ids = ids;
    this.ends = ends;
  }
}
