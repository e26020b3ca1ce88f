/**
 * The keyword hits of the line being scanned, in buffers reused across lines and scans so that
 * scanning allocates nothing per line: which rules the line triggered (in order of first hit) and
 * where each of their keywords stands. One instance per detector; scans never nest.
 */
export class LineHits {
  /** Per rule, the serial of the last line that claimed it: "already seen on this line" is one load. */
  private readonly stamp: Int32Array;
  private serial = 0;
  /** Rule indices triggered on the current line, in order of first hit. */
  readonly triggered: Int32Array;
  triggeredCount = 0;
  /** (rule, keyword start, keyword end) of every hit on the current line, in hit order. */
  private hits = new Int32Array(3 * 64);
  private hitCount = 0;

  constructor(ruleCount: number) {
    this.stamp = new Int32Array(ruleCount);
    this.triggered = new Int32Array(ruleCount);
  }

  /** Starts a new line: nothing triggered, nothing claimed. */
  nextLine(): void {
    this.triggeredCount = 0;
    this.hitCount = 0;
    if (++this.serial === 0x7fffffff) {
      this.stamp.fill(0);
      this.serial = 1;
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
    if (this.claim(rule)) this.triggered[this.triggeredCount++] = rule;
    let hits = this.hits;
    const k = 3 * this.hitCount++;
    if (k === hits.length) {
      hits = new Int32Array(2 * k);
      hits.set(this.hits);
      this.hits = hits;
    }
    hits[k] = rule;
    hits[k + 1] = start;
    hits[k + 2] = end;
  }

  /** Keyword starts written by `starts`. */
  startBuffer = new Int32Array(16);

  /** `rule`'s keyword starts in [from, to), ascending and without repeats, written to `startBuffer`. Returns how many. */
  starts(rule: number, from: number, to: number): number {
    let n = 0;
    let into = this.startBuffer;
    const hits = this.hits;
    for (let k = 0; k < 3 * this.hitCount; k += 3) {
      const start = hits[k + 1]!;
      if (hits[k] !== rule || start < from || start >= to) continue;
      if (n === into.length) {
        into = new Int32Array(2 * n);
        into.set(this.startBuffer);
        this.startBuffer = into;
      }
      // Hits arrive in order of end, so starts are nearly sorted: insertion sort.
      let i = n;
      while (i > 0 && into[i - 1]! > start) i--;
      if (i > 0 && into[i - 1] === start) continue;
      for (let j = n; j > i; j--) into[j] = into[j - 1]!;
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
    let n = 0;
    let into = this.windowBounds;
    const hits = this.hits;
    for (let k = 0; k < 3 * this.hitCount; k += 3) {
      if (hits[k] !== rule) continue;
      const ws = Math.max(lineStart, hits[k + 1]! - radius);
      const we = Math.min(lineEnd, hits[k + 2]! + radius);
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
