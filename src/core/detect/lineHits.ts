/**
 * The keyword hits of the line being scanned, in buffers reused across lines and scans so that
 * scanning allocates nothing per line: which rules the line triggered (in order of first hit) and
 * where each of their keywords stands. One instance per detector; scans never nest.
 *
 * Every query walks only its own rule's hits (grouped once per line by a counting sort), so the
 * work per line stays linear in its hits however many rules and windows it has.
 */
export class LineHits {
  /** Per rule, the serial of the last line that claimed it: "already seen on this line" is one load. */
  private readonly stamp: Int32Array;
  private serial = 0;
  /** Per rule, its position in `triggered` on the current line (valid while its stamp is current). */
  private readonly slot: Int32Array;
  /** Rule indices triggered on the current line, in order of first hit. */
  readonly triggered: Int32Array;
  triggeredCount = 0;
  /** (slot, keyword start, keyword end) of every hit on the current line, in hit order. */
  private hits = new Int32Array(3 * 64);
  private hitCount = 0;
  /** (start, end) of the hits grouped by slot, each group in hit order; group t is [groupAt[t], groupAt[t + 1]). */
  private grouped = new Int32Array(2 * 64);
  private readonly groupAt: Int32Array;
  /** Per slot, where its last hit stands in `hits` (valid while its rule's stamp is current). */
  private readonly lastHit: Int32Array;
  private groupedSerial = -1;
  /** Loop steps taken so far (hits grouped, starts sorted, windows built): see `Detector.work`. */
  work = 0;

  constructor(ruleCount: number) {
    this.stamp = new Int32Array(ruleCount);
    this.slot = new Int32Array(ruleCount);
    this.triggered = new Int32Array(ruleCount);
    this.groupAt = new Int32Array(ruleCount + 1);
    this.lastHit = new Int32Array(ruleCount);
  }

  /** Starts a new line: nothing triggered, nothing claimed. */
  nextLine(): void {
    this.triggeredCount = 0;
    this.hitCount = 0;
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
    if (this.claim(rule)) {
      this.slot[rule] = this.triggeredCount;
      this.triggered[this.triggeredCount++] = rule;
    }
    let hits = this.hits;
    const k = 3 * this.hitCount++;
    if (k === hits.length) {
      hits = new Int32Array(2 * k);
      hits.set(this.hits);
      this.hits = hits;
    }
    const slot = this.slot[rule]!;
    hits[k] = slot;
    hits[k + 1] = start;
    hits[k + 2] = end;
    this.lastHit[slot] = k;
  }

  /**
   * Moves the end of `rule`'s last hit on the current line to `end`, if the rule has one: for a hit
   * overlapping it, whose window only widens the last one's (a rule that starts nowhere in particular).
   */
  extendLast(rule: number, end: number): void {
    if (this.stamp[rule] !== this.serial) return;
    const k = this.lastHit[this.slot[rule]!]!;
    if (this.hits[k + 2]! < end) this.hits[k + 2] = end;
  }

  /** Groups the current line's hits by rule (once per line): linear in hits plus triggered rules. */
  private group(): void {
    if (this.groupedSerial === this.serial) return;
    this.groupedSerial = this.serial;
    const { hits, hitCount, triggeredCount, groupAt } = this;
    if (this.grouped.length < 2 * hitCount)
      this.grouped = new Int32Array(2 * Math.max(hitCount, 2 * (this.grouped.length >> 1)));
    const grouped = this.grouped;
    this.work += 2 * hitCount + triggeredCount;
    groupAt.fill(0, 0, triggeredCount + 1);
    for (let k = 0; k < 3 * hitCount; k += 3) groupAt[hits[k]! + 1]!++;
    for (let t = 0; t < triggeredCount; t++) groupAt[t + 1]! += groupAt[t]!;
    // groupAt[t] serves as the write cursor of group t, then is shifted back below.
    for (let k = 0; k < 3 * hitCount; k += 3) {
      const at = 2 * groupAt[hits[k]!]!++;
      grouped[at] = hits[k + 1]!;
      grouped[at + 1] = hits[k + 2]!;
    }
    for (let t = triggeredCount; t > 0; t--) groupAt[t] = groupAt[t - 1]!;
    groupAt[0] = 0;
  }

  /** Keyword starts written by `starts`. */
  startBuffer = new Int32Array(16);

  /**
   * `rule`'s keyword starts on the current line, ascending and without repeats, written to
   * `startBuffer`. Returns how many.
   */
  starts(rule: number): number {
    this.group();
    const t = this.slot[rule]!;
    const from = this.groupAt[t]!;
    const count = this.groupAt[t + 1]! - from;
    if (this.startBuffer.length < count)
      this.startBuffer = new Int32Array(Math.max(count, 2 * this.startBuffer.length));
    const into = this.startBuffer;
    const grouped = this.grouped;
    let n = 0;
    for (let g = from; g < from + count; g++) {
      const start = grouped[2 * g]!;
      // Hits arrive in order of end and keywords are short, so starts are nearly sorted: an
      // insertion sort moves each one past at most the few hits ending within a keyword's length.
      let i = n;
      while (i > 0 && into[i - 1]! > start) i--;
      this.work += 1 + n - i;
      if (i > 0 && into[i - 1] === start) continue;
      // Nearly always appended: the built-in call only for the rare start that moves back.
      if (i < n) into.copyWithin(i + 1, i, n);
      into[i] = start;
      n++;
    }
    return n;
  }

  /** [start, end) pairs written by `windows`. */
  windowBounds = new Int32Array(16);

  /**
   * Windows of at most `radius` characters either side of `rule`'s keyword hits, clipped to the line
   * and merged where they overlap, written to `windowBounds`. Returns how many.
   */
  windows(rule: number, lineStart: number, lineEnd: number, radius: number): number {
    this.group();
    const t = this.slot[rule]!;
    const grouped = this.grouped;
    let n = 0;
    let into = this.windowBounds;
    this.work += this.groupAt[t + 1]! - this.groupAt[t]!;
    for (let g = this.groupAt[t]!; g < this.groupAt[t + 1]!; g++) {
      const ws = Math.max(lineStart, grouped[2 * g]! - radius);
      const we = Math.min(lineEnd, grouped[2 * g + 1]! + radius);
      // Hits arrive in order of end, so a window reaching back into the previous one extends it.
      if (n > 0 && ws <= into[2 * n - 1]!) into[2 * n - 1] = Math.max(into[2 * n - 1]!, we);
      else {
        if (2 * n === into.length) {
          into = new Int32Array(2 * into.length);
          into.set(this.windowBounds);
          this.windowBounds = into;
        }
        into[2 * n] = ws;
        into[2 * n + 1] = we;
        n++;
      }
    }
    return n;
  }
}
