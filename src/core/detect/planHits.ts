import type { KeywordPlan } from './compiledRules';

/**
 * The keyword hits of an over-long line, kept once per hit with the plan of its keyword (the rules
 * it wakes) instead of once per rule: a line dense in `secret`, `token` and `password` wakes a
 * dozen or twenty rules per hit, and noting each hit for each of them (a window to widen, a start
 * to append to a buffer of its own) cost more than running them. Each rule's hits are read back
 * when the line is evaluated (`replay`), in the order they arrived, so its windows and starts are
 * exactly those `LineHits.add` makes from the same hits.
 *
 * Hits go to one list in order of arrival; each plan's hits are chained through it. One instance
 * per `LineHits`; its buffers are reused across lines and scans.
 */
export class PlanHits {
  /** Per plan id, the serial of the last line that hit it, and its slot there. */
  private stamp = new Int32Array(64);
  private slotOf = new Int32Array(64);
  private serial = 1; // stamps start at 0: no plan hit yet
  /** Plans hit on the current line, in order of first hit. */
  readonly slotPlans: KeywordPlan[] = [];
  slotCount = 0;
  /** Per slot, its first and last hit (indices into the hit list). */
  private head = new Int32Array(16);
  private tail = new Int32Array(16);
  /** The current line's hits in order of arrival: keyword start and end, and the next hit of the same plan (-1: none). */
  private hitStart = new Int32Array(1024);
  private hitEnd = new Int32Array(1024);
  private hitNext = new Int32Array(1024);
  hitCount = 0;
  /** Per stream being merged, its next hit (`replay`). */
  private heads = new Int32Array(16);

  /** Starts a new line: no hit. */
  nextLine(): void {
    this.slotCount = 0;
    this.hitCount = 0;
    if (++this.serial === 0x7fffffff) {
      this.stamp.fill(0);
      this.serial = 1;
    }
  }

  /** Notes a hit [start, end) of a keyword whose plan is `plan`. */
  add(plan: KeywordPlan, start: number, end: number): void {
    const id = plan.id;
    if (id >= this.stamp.length) this.growPlans(id);
    const i = this.hitCount;
    if (i === this.hitStart.length) this.growHits();
    let slot: number;
    if (this.stamp[id] !== this.serial) {
      this.stamp[id] = this.serial;
      slot = this.slotCount++;
      if (slot === this.head.length) this.growSlots();
      this.slotOf[id] = slot;
      this.slotPlans[slot] = plan;
      this.head[slot] = i;
    } else {
      slot = this.slotOf[id]!;
      this.hitNext[this.tail[slot]!] = i;
    }
    this.tail[slot] = i;
    this.hitStart[i] = start;
    this.hitEnd[i] = end;
    this.hitNext[i] = -1;
    this.hitCount = i + 1;
  }

  /**
   * Moves the end of the last hit of `plan` on the current line to `end`, if it has one: a hit of
   * the same keyword overlapping it (see `LineHits.extendLast`), always the line's latest hit.
   */
  widenLast(plan: KeywordPlan, end: number): void {
    const id = plan.id;
    if (id >= this.stamp.length || this.stamp[id] !== this.serial) return;
    const last = this.tail[this.slotOf[id]!]!;
    if (end > this.hitEnd[last]!) this.hitEnd[last] = end;
  }

  /**
   * One rule's windows and keyword starts, from the hits of the plans in `slots` (the first
   * `count`: those of the rule's keywords hit on the line) read in order of arrival, exactly as
   * `LineHits.add` builds them from the same hits: windows of `radius` either side of each hit,
   * not clipped to the line, merged as the hits arrive (into `windows`, from/to pairs; returns how
   * many); with `anchored`, the starts ascending and without repeats (into `starts`, `startCount`).
   */
  replay(slots: Int32Array, count: number, radius: number, anchored: boolean): number {
    const { hitStart, hitEnd, hitNext } = this;
    if (this.heads.length < count) this.heads = new Int32Array(2 * count);
    const heads = this.heads;
    for (let k = 0; k < count; k++) heads[k] = this.head[slots[k]!]!;
    let windows = this.windows;
    let starts = this.starts;
    let nWindows = 0;
    let nStarts = 0;
    let from = 0;
    let to = -1;
    let work = 0;
    for (;;) {
      // Each plan's chain is in order of arrival: the next hit is the least index among the heads.
      let i = heads[0]!;
      let which = 0;
      for (let k = 1; k < count; k++) {
        const h = heads[k]!;
        if (h >= 0 && (i < 0 || h < i)) {
          i = h;
          which = k;
        }
      }
      if (i < 0) break;
      heads[which] = hitNext[i]!;
      work++;
      const start = hitStart[i]!;
      const end = hitEnd[i]!;
      if (to < 0) {
        from = start - radius;
        to = end + radius;
      } else if (start - radius <= to) {
        if (end + radius > to) to = end + radius;
      } else {
        if (2 * nWindows + 2 > windows.length) windows = this.windows = doubled(windows);
        windows[2 * nWindows] = from;
        windows[2 * nWindows + 1] = to;
        nWindows++;
        from = start - radius;
        to = end + radius;
      }
      if (!anchored) continue;
      // Hits arrive in order of end and keywords are short, so starts are nearly sorted: an
      // insertion sort moves each one past at most the few hits ending within a keyword's length.
      let p = nStarts;
      while (p > 0 && starts[p - 1]! > start) p--;
      work += nStarts - p;
      if (p > 0 && starts[p - 1] === start) continue;
      if (nStarts === starts.length) starts = this.starts = doubled(starts);
      if (p < nStarts) starts.copyWithin(p + 1, p, nStarts);
      starts[p] = start;
      nStarts++;
    }
    if (to >= 0) {
      if (2 * nWindows + 2 > windows.length) windows = this.windows = doubled(windows);
      windows[2 * nWindows] = from;
      windows[2 * nWindows + 1] = to;
      nWindows++;
    }
    this.startCount = nStarts;
    this.work += work;
    return nWindows;
  }

  /** What the last `replay` wrote: windows (from/to pairs) and starts. */
  windows: Int32Array = new Int32Array(32);
  starts: Int32Array = new Int32Array(1024);
  startCount = 0;
  /** Hits read and starts moved by `replay` (see `Detector.work`). */
  work = 0;

  private growPlans(id: number): void {
    const size = Math.max(2 * this.stamp.length, id + 1);
    const stamp = new Int32Array(size);
    stamp.set(this.stamp);
    this.stamp = stamp;
    const slotOf = new Int32Array(size);
    slotOf.set(this.slotOf);
    this.slotOf = slotOf;
  }

  private growSlots(): void {
    this.head = doubled(this.head);
    this.tail = doubled(this.tail);
  }

  private growHits(): void {
    this.hitStart = doubled(this.hitStart);
    this.hitEnd = doubled(this.hitEnd);
    this.hitNext = doubled(this.hitNext);
  }
}

function doubled(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(2 * a.length);
  b.set(a);
  return b;
}
