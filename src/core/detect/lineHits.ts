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
 *
 * On an over-long line (`byKeyword`) hits are kept per keyword instead (`KeywordStreams`), and a
 * rule's windows and starts are worked out from its keywords' hits when first asked for.
 */
import { KeywordStreams } from './keywordStreams';

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
   * Whether the current line keeps its hits per keyword (`addKeywordHit`): set by the detector on
   * an over-long line, whose hits go to every rule of their keyword; `nextLine` clears it.
   */
  byKeyword = false;
  private readonly streams = new KeywordStreams();
  /**
   * Per slot (on a `byKeyword` line), the one keyword whose stream its rule reads, or -1 when the
   * rule listens to several and keeps its hits of its own (`listen`).
   */
  private readonly slotKeyword: Int32Array;
  /** Per keyword (on a `byKeyword` line), how many anchored rules read its stream: each hit is a start of each. */
  private anchoredListeners = new Int32Array(64);
  /** Per keyword (on a `byKeyword` line), the rules keeping its hits of their own, and how many. */
  private readonly keywordRules: Int32Array[] = [];
  private keywordRuleCount = new Int32Array(64);
  /** The slot whose hits `gather` last worked out, on the line of serial `gatheredSerial`. */
  private gatheredSlot = -1;
  private gatheredSerial = -1;
  private gatheredStarts = 0;
  private gatheredWindows = 0;
  /** Unclipped [from, to) pairs of the gathered slot's windows. */
  private rawWindows = new Int32Array(16);

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
    this.slotKeyword = new Int32Array(ruleCount);
  }

  /** Starts a new line: nothing triggered, nothing claimed. */
  nextLine(): void {
    this.triggeredCount = 0;
    this.hitCount = 0;
    this.closedCount = 0;
    this.byKeyword = false;
    if (++this.serial === 0x7fffffff) {
      this.stamp.fill(0);
      this.serial = 1;
      this.groupedSerial = -1;
      this.gatheredSerial = -1;
    }
    this.streams.nextLine(this.serial);
  }

  /** On a `byKeyword` line: whether `keyword` was hit on it yet (else `openKeyword`, `listen` its rules, then add). */
  keywordSeen(keyword: number): boolean {
    return this.streams.seen(keyword);
  }

  /** On a `byKeyword` line: opens `keyword`'s hits, before its rules `listen` and its first hit. */
  openKeyword(keyword: number): void {
    this.streams.open(keyword);
    if (keyword >= this.anchoredListeners.length) {
      const size = Math.max(keyword + 1, 2 * this.anchoredListeners.length);
      const grown = new Int32Array(size);
      grown.set(this.anchoredListeners);
      this.anchoredListeners = grown;
      const counts = new Int32Array(size);
      counts.set(this.keywordRuleCount);
      this.keywordRuleCount = counts;
    }
    this.anchoredListeners[keyword] = 0;
    this.keywordRuleCount[keyword] = 0;
  }

  /**
   * On a `byKeyword` line: `rule` takes every hit of `keyword` (just opened), claimed on its first
   * keyword as `add` claims it. A rule listening to one keyword reads its stream; on its second,
   * it keeps its hits of its own from then on (`add`), its first keyword's so far replayed first,
   * so a rule woken by several keywords sees their hits in the order they came.
   */
  listen(rule: number, keyword: number): void {
    const anchored = this.anchored[rule] === 1;
    if (this.claim(rule)) {
      const slot = this.triggeredCount++;
      this.slot[rule] = slot;
      this.triggered[slot] = rule;
      this.slotKeyword[slot] = keyword;
      if (anchored) this.anchoredListeners[keyword]++;
      return;
    }
    const slot = this.slot[rule]!;
    const first = this.slotKeyword[slot]!;
    if (first >= 0) {
      this.slotKeyword[slot] = -1;
      if (anchored) this.anchoredListeners[first]--;
      // Its hits so far, kept as `add` keeps them from its claim on (the first opens its slot).
      this.replayRule = rule;
      this.replayFirst = true;
      this.streams.replay(first, this.addReplayed);
      this.keepRule(first, rule);
    }
    this.keepRule(keyword, rule);
  }

  /** `add` for the rule being turned to keep its own hits (`listen`). */
  private replayRule = -1;
  private replayFirst = false;
  private readonly addReplayed = (start: number, end: number): void => {
    if (this.replayFirst) {
      this.replayFirst = false;
      this.openSlot(this.slot[this.replayRule]!, start, end);
      // As `add` after its claim: the start kept, nothing to widen.
      this.keepStart(this.replayRule, this.slot[this.replayRule]!, start);
    } else this.add(this.replayRule, start, end);
  };

  /** Notes `rule` among the rules keeping `keyword`'s hits of their own on the line. */
  private keepRule(keyword: number, rule: number): void {
    const n = this.keywordRuleCount[keyword]!;
    let rules = this.keywordRules[keyword];
    if (rules === undefined || n === rules.length) {
      const grown = new Int32Array(Math.max(8, 2 * n));
      if (rules !== undefined) grown.set(rules);
      this.keywordRules[keyword] = rules = grown;
    }
    rules[n] = rule;
    this.keywordRuleCount[keyword] = n + 1;
  }

  /** On a `byKeyword` line: a hit [start, end) of `keyword`, for every rule listening to it. */
  addKeywordHit(keyword: number, start: number, end: number): void {
    this.streams.add(keyword, start, end);
    this.hitCount += this.anchoredListeners[keyword]!;
    const n = this.keywordRuleCount[keyword]!;
    if (n === 0) return;
    const rules = this.keywordRules[keyword]!;
    for (let i = 0; i < n; i++) this.add(rules[i]!, start, end);
  }

  /** On a `byKeyword` line: `extendLast` for every rule of `keyword` (its last hit is theirs). */
  extendKeyword(keyword: number, end: number): void {
    if (!this.streams.seen(keyword)) return;
    this.streams.extendLast(keyword, end);
    const n = this.keywordRuleCount[keyword]!;
    const rules = this.keywordRules[keyword];
    for (let i = 0; i < n; i++) this.extendLast(rules![i]!, end);
  }

  /**
   * Works out `slot`'s windows (unclipped, in `rawWindows`) and, for an anchored rule, starts (in
   * `startBuffer`) from the stream of the one keyword its rule reads on a `byKeyword` line,
   * replayed through what `add` and `starts` do per hit: the same windows and starts. Once per
   * slot and line.
   */
  private gather(slot: number): void {
    if (this.gatheredSlot === slot && this.gatheredSerial === this.serial) return;
    this.gatheredSlot = slot;
    this.gatheredSerial = this.serial;
    this.gatherAnchored = this.anchored[this.triggered[slot]!] === 1;
    this.gatherN = 0;
    this.gatherWork = 0;
    this.gatherWindows = 0;
    this.gatherOpen = false;
    const hits = this.streams.replay(this.slotKeyword[slot]!, this.visitHit);
    if (this.gatherOpen) this.pushWindow(this.gatherFrom, this.gatherTo);
    this.gatheredStarts = this.gatherN;
    this.gatheredWindows = this.gatherWindows;
    this.work += this.gatherWork + hits;
  }

  private gatherAnchored = false;
  private gatherN = 0;
  private gatherWork = 0;
  private gatherWindows = 0;
  private gatherFrom = 0;
  private gatherTo = 0;

  /** One replayed hit of `gather`: merged into the last window as `add` merges, its start sorted in as `starts` sorts. */
  private readonly visitHit = (start: number, end: number): void => {
    const { radius } = this;
    if (this.gatherOpen) {
      if (start - radius <= this.gatherTo) {
        if (end + radius > this.gatherTo) this.gatherTo = end + radius;
      } else {
        this.pushWindow(this.gatherFrom, this.gatherTo);
        this.gatherFrom = start - radius;
        this.gatherTo = end + radius;
      }
    } else {
      this.gatherOpen = true;
      this.gatherFrom = start - radius;
      this.gatherTo = end + radius;
    }
    if (!this.gatherAnchored) return;
    const n = this.gatherN;
    let into = this.startBuffer;
    if (into.length === n) {
      into = new Int32Array(2 * n);
      into.set(this.startBuffer);
      this.startBuffer = into;
    }
    let i = n;
    while (i > 0 && into[i - 1]! > start) i--;
    this.gatherWork += 1 + n - i;
    if (i > 0 && into[i - 1] === start) return;
    if (i < n) into.copyWithin(i + 1, i, n);
    into[i] = start;
    this.gatherN = n + 1;
  };

  private gatherOpen = false;

  private pushWindow(from: number, to: number): void {
    const k = 2 * this.gatherWindows;
    if (k === this.rawWindows.length) {
      const grown = new Int32Array(2 * k);
      grown.set(this.rawWindows);
      this.rawWindows = grown;
    }
    this.rawWindows[k] = from;
    this.rawWindows[k + 1] = to;
    this.gatherWindows++;
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
      this.openSlot(slot, start, end);
    } else {
      slot = this.slot[rule]!;
      if (start - radius <= this.windowTo[slot]!) {
        if (end + radius > this.windowTo[slot]!) this.windowTo[slot] = end + radius;
      } else this.closeWindow(slot, start - radius, end + radius);
    }
    this.keepStart(rule, slot, start);
  }

  /** Keeps `start` among `slot`'s when its `rule` is anchored (the rest of `add`). */
  private keepStart(rule: number, slot: number, start: number): void {
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

  /** `slot`'s first hit [start, end) on the line: its first window, no start kept yet. */
  private openSlot(slot: number, start: number, end: number): void {
    this.windowFrom[slot] = start - this.radius;
    this.windowTo[slot] = end + this.radius;
    this.lastClosed[slot] = -1;
    this.slotCount[slot] = 0;
    this.slotSegment[slot] = 0;
    this.slotFill[slot] = 0;
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
    if (this.byKeyword && this.slotKeyword[t]! >= 0) {
      this.gather(t);
      return this.gatheredStarts;
    }
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
    if (this.byKeyword && this.slotKeyword[slot]! >= 0) return this.gatheredWindowsOf(slot, lineStart, lineEnd);
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

  /** `windows` on a `byKeyword` line: `slot`'s gathered windows, clipped to the line. */
  private gatheredWindowsOf(slot: number, lineStart: number, lineEnd: number): number {
    this.gather(slot);
    const n = this.gatheredWindows;
    this.work += n;
    if (this.windowBounds.length < 2 * n)
      this.windowBounds = new Int32Array(Math.max(2 * n, 2 * this.windowBounds.length));
    const into = this.windowBounds;
    const raw = this.rawWindows;
    for (let w = 0; w < 2 * n; w += 2) {
      into[w] = Math.max(lineStart, raw[w]!);
      into[w + 1] = Math.min(lineEnd, raw[w + 1]!);
    }
    return n;
  }
}
