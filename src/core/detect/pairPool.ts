/**
 * Lists of (start, end) pairs by rule, kept from call to call: the cut search (cuts.ts) gathers each
 * rule's keyword hits around every candidate cut, and fresh arrays grown and dropped per candidate
 * were about a fifth of what a rescan on a line packed with keywords allocated (more young
 * collections, each copying the tens of thousands of findings the rescan just moved).
 */
export class PairPool {
  private readonly buffers: Int32Array[];
  private readonly counts: Int32Array;
  private readonly stamps: Int32Array;
  private stamp = 0;
  /** The rules given a list since `reset`, in the order of their first pair. */
  private readonly touched: number[] = [];

  constructor(rules: number) {
    this.buffers = new Array<Int32Array>(rules);
    this.counts = new Int32Array(rules);
    this.stamps = new Int32Array(rules);
  }

  /** Empties every list (the views `lists` gave before then are not to be read again). */
  reset(): void {
    this.stamp++;
    this.touched.length = 0;
  }

  /** Whether `rule` has a list since `reset`. */
  has(rule: number): boolean {
    return this.stamps[rule] === this.stamp;
  }

  /** Starts `rule`'s list (empty), if it has none since `reset`. */
  open(rule: number): void {
    if (this.stamps[rule] === this.stamp) return;
    this.stamps[rule] = this.stamp;
    this.counts[rule] = 0;
    this.touched.push(rule);
  }

  /** Appends a pair to `rule`'s list (opened). */
  push(rule: number, start: number, end: number): void {
    const n = this.counts[rule]!;
    let buffer = this.buffers[rule];
    if (buffer === undefined || n + 2 > buffer.length) {
      const grown = new Int32Array(Math.max(16, 2 * n + 2));
      if (buffer !== undefined) grown.set(buffer.subarray(0, n));
      this.buffers[rule] = buffer = grown;
    }
    buffer[n] = start;
    buffer[n + 1] = end;
    this.counts[rule] = n + 2;
  }

  /** The end of `rule`'s last pair, or NaN when it has none since `reset`. */
  lastEnd(rule: number): number {
    if (this.stamps[rule] !== this.stamp) return NaN;
    const n = this.counts[rule]!;
    return n === 0 ? NaN : this.buffers[rule]![n - 1]!;
  }

  /** Moves the end of `rule`'s last pair (its list not empty) to `end`. */
  setLastEnd(rule: number, end: number): void {
    this.buffers[rule]![this.counts[rule]! - 1] = end;
  }

  /** The lists since `reset` by rule, in the order they were opened (views of the pooled buffers). */
  lists(): Map<number, Int32Array> {
    const out = new Map<number, Int32Array>();
    for (const rule of this.touched) out.set(rule, (this.buffers[rule] ?? EMPTY).subarray(0, this.counts[rule]!));
    return out;
  }
}

const EMPTY = new Int32Array(0);
