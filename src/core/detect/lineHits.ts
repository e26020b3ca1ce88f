/**
 * The keyword hits of the line being scanned, in buffers reused across lines and scans so that
 * scanning allocates nothing per line: which rules the line triggered (in order of first hit), the
 * windows around each rule's hits (for an over-long line, merged as the hits arrive) and where the
 * keywords of rules tried only at them (`CompiledRule.anchored`) start. One instance per detector;
 * scans never nest.
 *
 * Every query walks only its own rule's hits (each rule's kept in a buffer of its own), so the
 * work per line stays linear in its hits however many rules and windows it has. A rule tried all
 * over its line or windows keeps no hit, only its windows: on an over-long line dense in keywords
 * those are a few per rule, where its hits were one per keyword.
 */
/** The size of a slot's first segment of starts; each next one is twice the one before. */
const FIRST_SEGMENT = 16;

export class LineHits {
  /** Per rule, the serial of the last line that claimed it: "already seen on this line" is one load. */
  private readonly stamp: Int32Array;
  private serial = 0;
  /** Per rule, its position in `triggered` on the current line (valid while its stamp is current). */
  private readonly slot: Int32Array;
  /** Rule indices triggered on the current line, in order of first hit. */
  readonly triggered: Int32Array;
  triggeredCount = 0;
  /**
   * Per slot, the keyword starts of its rule's hits on the current line (anchored rules only), in
   * hit order: each slot appends to its own buffer (reused across lines), so a line dense in
   * keywords writes a few short streams, not one interleaved list to regroup. A slot's buffer is a
   * list of segments, each twice the size of the one before, kept for later lines: a buffer that
   * grows is never copied, and the memory a long line takes is what its hits fill (grown by
   * doubling and copying, a line of a million hits per rule touched twice that, fresh pages the
   * kernel had to supply: a tenth of a CPU-second on an 8 MB line dense in keywords).
   */
  private readonly slotSegments: Int32Array[][] = [];
  /** Per slot, the segment being filled (its index in the slot's list) and how much of it is. */
  private readonly slotSegment: Int32Array;
  private readonly slotFill: Int32Array;
  /** Per slot, its rule's starts on the current line (in all its segments). */
  private readonly slotCount: Int32Array;
  /** Keyword starts of anchored rules noted on the current line (for `work`). */
  private hitCount = 0;
  /** The serial of the line whose grouping work was counted. */
  private groupedSerial = -1;
  /**
   * Per slot, its last window so far, not clipped to the line: `radius` either side of the hits it
   * merges. Hits arrive in order of end, so a hit reaching back into the last window extends it
   * (merged exactly as clipped windows would be: clipping moves no bound past another's).
   */
  private readonly windowFrom: Int32Array;
  private readonly windowTo: Int32Array;
  /** Per slot, its latest earlier window in `closed` (-1: none). */
  private readonly lastClosed: Int32Array;
  /** (from, to, the slot's window before it or -1) of the windows a later window of their slot followed. */
  private closed = new Int32Array(3 * 16);
  private closedCount = 0;
  /** Loop steps taken so far (hits grouped, starts sorted, windows built): see `Detector.work`. */
  work = 0;

  /**
   * `anchored[rule]` is 1 for the rules whose keyword starts `starts` gives; `radius` is how far
   * `windows` reach either side of a hit.
   */
  constructor(
    ruleCount: number,
    private readonly anchored: Uint8Array = new Uint8Array(ruleCount).fill(1),
    private readonly radius = 0,
  ) {
    this.stamp = new Int32Array(ruleCount);
    this.slot = new Int32Array(ruleCount);
    this.triggered = new Int32Array(ruleCount);
    this.slotCount = new Int32Array(ruleCount);
    this.slotSegment = new Int32Array(ruleCount);
    this.slotFill = new Int32Array(ruleCount);
    this.windowFrom = new Int32Array(ruleCount);
    this.windowTo = new Int32Array(ruleCount);
    this.lastClosed = new Int32Array(ruleCount);
  }

  /** Starts a new line: nothing triggered, nothing claimed. */
  nextLine(): void {
    this.triggeredCount = 0;
    this.hitCount = 0;
    this.closedCount = 0;
    if (++this.serial === 0x7fffffff) {
      this.stamp.fill(0);
      this.serial = 1;
      this.groupedSerial = -1;
    }
  }

  /** True the first time `rule` is claimed on the current line. */
  claim(rule: number): boolean {
    if (this.stamp[rule] === this.serial) return false;
    this.stamp[rule] = this.serial;
    return true;
  }

  /** Records a hit of one of `rule`'s keywords at [start, end); the rule is triggered on its first hit. */
  add(rule: number, start: number, end: number): void {
    const { radius } = this;
    let slot: number;
    if (this.claim(rule)) {
      slot = this.triggeredCount++;
      this.slot[rule] = slot;
      this.triggered[slot] = rule;
      this.windowFrom[slot] = start - radius;
      this.windowTo[slot] = end + radius;
      this.lastClosed[slot] = -1;
      this.slotCount[slot] = 0;
      this.slotSegment[slot] = 0;
      this.slotFill[slot] = 0;
    } else {
      slot = this.slot[rule]!;
      if (start - radius <= this.windowTo[slot]!) {
        if (end + radius > this.windowTo[slot]!) this.windowTo[slot] = end + radius;
      } else this.closeWindow(slot, start - radius, end + radius);
    }
    if (this.anchored[rule] !== 1) return;
    this.hitCount++;
    const k = this.slotFill[slot]!;
    const segments = this.slotSegments[slot];
    let segment = segments === undefined ? undefined : segments[this.slotSegment[slot]!];
    if (segment === undefined || k === segment.length) {
      segment = this.nextSegment(slot);
      segment[0] = start;
      this.slotFill[slot] = 1;
    } else {
      segment[k] = start;
      this.slotFill[slot] = k + 1;
    }
    this.slotCount[slot]++;
  }

  /** Moves `slot` on to its next segment (made when it first needs it) and returns it, empty. */
  private nextSegment(slot: number): Int32Array {
    const segments = (this.slotSegments[slot] ??= []);
    // The first segment of a slot that has none, else the one after the full one.
    const next = this.slotCount[slot] === 0 ? 0 : this.slotSegment[slot]! + 1;
    this.slotSegment[slot] = next;
    return (segments[next] ??= new Int32Array(FIRST_SEGMENT << next));
  }

  /** Keeps `slot`'s last window among the closed ones and opens [from, to) after it. */
  private closeWindow(slot: number, from: number, to: number): void {
    let closed = this.closed;
    const k = 3 * this.closedCount;
    if (k === closed.length) {
      closed = new Int32Array(2 * k);
      closed.set(this.closed);
      this.closed = closed;
    }
    closed[k] = this.windowFrom[slot]!;
    closed[k + 1] = this.windowTo[slot]!;
    closed[k + 2] = this.lastClosed[slot]!;
    this.lastClosed[slot] = this.closedCount++;
    this.windowFrom[slot] = from;
    this.windowTo[slot] = to;
  }

  /**
   * Moves the end of `rule`'s last hit on the current line to `end`, if the rule has one: for a hit
   * overlapping it, whose window only widens the last one's (a rule that starts nowhere in particular).
   */
  extendLast(rule: number, end: number): void {
    if (this.stamp[rule] !== this.serial) return;
    const slot = this.slot[rule]!;
    if (end + this.radius > this.windowTo[slot]!) this.windowTo[slot] = end + this.radius;
  }

  /**
   * Keyword starts written by `starts`: one buffer for every rule, since rules are run one after
   * another (a rule's starts stay in its segments, so asking again sorts them again).
   */
  startBuffer: Int32Array = new Int32Array(FIRST_SEGMENT);

  /**
   * Anchored `rule`'s keyword starts on the current line, ascending and without repeats, in
   * `startBuffer`. Returns how many.
   */
  starts(rule: number): number {
    // Counted as the regrouping of every hit by rule this replaced: the same work per line.
    if (this.groupedSerial !== this.serial) {
      this.groupedSerial = this.serial;
      this.work += 2 * this.hitCount + this.triggeredCount;
    }
    const t = this.slot[rule]!;
    const count = this.slotCount[t]!;
    let into = this.startBuffer;
    if (into.length < count) {
      // A power of two: the few sizes a scan needs, made once each.
      into = new Int32Array(2 ** Math.ceil(Math.log2(count)));
      this.startBuffer = into;
    }
    const segments = this.slotSegments[t];
    let n = 0;
    let work = 0;
    for (let s = 0, left = count; left > 0; s++) {
      const segment = segments![s]!;
      const m = Math.min(segment.length, left);
      left -= m;
      for (let g = 0; g < m; g++) {
        const start = segment[g]!;
        // Hits arrive in order of end and keywords are short, so starts are nearly sorted: an
        // insertion sort moves each one past at most the few hits ending within a keyword's length.
        let i = n;
        while (i > 0 && into[i - 1]! > start) i--;
        work += 1 + n - i;
        if (i > 0 && into[i - 1] === start) continue;
        // Nearly always appended: the built-in call only for the rare start that moves back.
        if (i < n) into.copyWithin(i + 1, i, n);
        into[i] = start;
        n++;
      }
    }
    this.work += work;
    return n;
  }

  /** [start, end) pairs written by `windows`. */
  windowBounds = new Int32Array(16);

  /**
   * Windows of at most the radius either side of `rule`'s keyword hits, clipped to the line
   * [lineStart, lineEnd) and merged where they overlap, written to `windowBounds`. Returns how many.
   */
  windows(rule: number, lineStart: number, lineEnd: number): number {
    const slot = this.slot[rule]!;
    const { closed } = this;
    let n = 1;
    for (let k = this.lastClosed[slot]!; k >= 0; k = closed[3 * k + 2]!) n++;
    this.work += n;
    if (this.windowBounds.length < 2 * n)
      this.windowBounds = new Int32Array(Math.max(2 * n, 2 * this.windowBounds.length));
    const into = this.windowBounds;
    // The last window first, then back along the slot's closed ones.
    let w = n - 1;
    into[2 * w] = Math.max(lineStart, this.windowFrom[slot]!);
    into[2 * w + 1] = Math.min(lineEnd, this.windowTo[slot]!);
    for (let k = this.lastClosed[slot]!; k >= 0; k = closed[3 * k + 2]!) {
      w--;
      into[2 * w] = Math.max(lineStart, closed[3 * k]!);
      into[2 * w + 1] = Math.min(lineEnd, closed[3 * k + 1]!);
    }
    return n;
  }
}
