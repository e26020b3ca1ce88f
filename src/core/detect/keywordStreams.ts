/**
 * The keyword hits of an over-long line kept per keyword, one append per hit, for `LineHits`: there
 * every hit of a keyword goes to every single-line rule listening to it (none is gated), so keeping
 * it once per rule wrote the same hit a dozen times (`token`, `secret`, `password` wake a dozen
 * rules each). A rule listening to one keyword on the line reads that keyword's stream, in the
 * order per-rule keeping would have seen its hits in, so what is worked out from them is the same.
 * Buffers are kept across lines and scans: scanning allocates nothing per line once they have grown.
 */
export class KeywordStreams {
  /** Per keyword, the serial of the line its stream belongs to (a stale one is empty). */
  private stamp = new Int32Array(64);
  private count = new Int32Array(64);
  private starts: Int32Array[] = [];
  private ends: Int32Array[] = [];
  private serial = 0;

  /** Starts a new line: every stream empty. */
  nextLine(serial: number): void {
    this.serial = serial;
  }

  /** Whether `keyword` has a hit on the current line. */
  seen(keyword: number): boolean {
    return keyword < this.stamp.length && this.stamp[keyword] === this.serial;
  }

  /** Opens `keyword`'s stream on the current line (before its first `add`). */
  open(keyword: number): void {
    if (keyword >= this.stamp.length) {
      const size = Math.max(keyword + 1, 2 * this.stamp.length);
      const stamp = new Int32Array(size);
      stamp.set(this.stamp);
      this.stamp = stamp;
      // The streams already open on the line keep their hits.
      const count = new Int32Array(size);
      count.set(this.count);
      this.count = count;
    }
    this.stamp[keyword] = this.serial;
    this.count[keyword] = 0;
  }

  /** Appends the hit [start, end) to open `keyword`'s stream. */
  add(keyword: number, start: number, end: number): void {
    const k = this.count[keyword]!;
    let starts = this.starts[keyword];
    if (starts === undefined || k === starts.length) starts = this.grow(keyword, k);
    starts[k] = start;
    this.ends[keyword]![k] = end;
    this.count[keyword] = k + 1;
  }

  /** Moves the end of `keyword`'s last hit on the line to `end` if later (`LineHits.extendLast`). */
  extendLast(keyword: number, end: number): void {
    if (!this.seen(keyword)) return;
    const k = this.count[keyword]! - 1;
    if (k >= 0 && end > this.ends[keyword]![k]!) this.ends[keyword]![k] = end;
  }

  /** Room for more than `kept` hits of `keyword` (kept), by doubling: a stream grows once per scan at most. */
  private grow(keyword: number, kept: number): Int32Array {
    const size = Math.max(64, 2 * kept);
    const grown = (a: Int32Array | undefined) => {
      const b = new Int32Array(size);
      if (a !== undefined) b.set(a.subarray(0, kept));
      return b;
    };
    this.ends[keyword] = grown(this.ends[keyword]);
    return (this.starts[keyword] = grown(this.starts[keyword]));
  }

  /** Calls `visit(start, end)` for every hit of `keyword` on the line, in arrival order. Returns how many. */
  replay(keyword: number, visit: (start: number, end: number) => void): number {
    if (!this.seen(keyword)) return 0;
    const count = this.count[keyword]!;
    const starts = this.starts[keyword]!;
    const ends = this.ends[keyword]!;
    for (let i = 0; i < count; i++) visit(starts[i]!, ends[i]!);
    return count;
  }
}
