import { compareFindings, type Finding } from '../finding';
import { MULTILINE_LOOKBEHIND, type CompiledRule, type RuleMatcher } from './compiledRules';
import { findCuts, GATE_BEHIND, hasLineBreak, HIT_CACHE_REACH, type CutGeometry } from './cuts';
import type { TextEdit } from './scanTypes';
import { FindingRope } from './findingRope';
import { HitCache } from './hitCache';
import { PairPool } from './pairPool';
import { lineEndOf } from './lineBounds';
import { isCountedRun, markersAlike } from './longLine';
import { resolveOverlaps } from './overlaps';
import { reachOfRule } from './ruleReach';
import type { RuleRunner } from './ruleRunner';
import { runStateAt, type RunDecision, type RunState } from './runState';
import { MAX_VIEW_LINE } from './unescape';
import { noteTrigger, TRIGGER_RUN, type WrappedLine } from './wrapped';

/** What a rescan needs of the text a findings array was found in. */
export interface ScannedText {
  readonly text: string;
  readonly path: string | undefined;
  /** Whether a marker suppresses the findings of the line starting at `lineStart`, if looked up. */
  readonly suppression: { readonly lineStart: number; readonly value: boolean } | undefined;
  /**
   * The wrapped stage's decisions on the counted runs of the over-long line [lineStart, lineEnd),
   * if known (the line's bounds with them: a rescan within it need not look for them again).
   */
  readonly runs:
    { readonly lineStart: number; readonly lineEnd: number; readonly decisions: readonly RunDecision[] } | undefined;
  /** The bodies of the text's PEM blocks (../rules/judge/pemBlocks), undefined when it has none. */
  readonly pem?: readonly number[];
}

/** The detector's parts a long-line rescan runs on. */
export interface LongLineParts {
  readonly compiled: readonly CompiledRule[];
  /** Keywords of every rule. */
  readonly all: RuleMatcher;
  /** Keywords of multi-line rules only. */
  readonly multiOnly: RuleMatcher;
  readonly maxLineLength: number;
  readonly longLineWindow: number;
  /** How far a multi-line match may reach, its lookbehind included (0 without multi-line rules). */
  readonly maxSpan: number;
  readonly runner: RuleRunner;
  /** Runs the wrapped stage on `lines` of `text`; its findings replace the plain ones of `out` they explain. */
  readonly addWrapped: (text: string, out: Finding[], lines: readonly WrappedLine[], depth: number) => Finding[];
}

/**
 * `Detector.rescan` for an edit inside one over-long line: rescans the stretch of the line between
 * two cuts around the edit (cuts.ts) and keeps the previous findings elsewhere.
 */
export class LongLineRescan {
  private ownWork = 0;
  private readonly compiled: readonly CompiledRule[];
  private readonly all: RuleMatcher;
  private readonly multiOnly: RuleMatcher;
  private readonly maxLineLength: number;
  private readonly longLineWindow: number;
  private readonly maxSpan: number;
  private readonly runner: RuleRunner;
  private readonly addWrapped: LongLineParts['addWrapped'];

  constructor(parts: LongLineParts) {
    this.compiled = parts.compiled;
    this.all = parts.all;
    this.multiOnly = parts.multiOnly;
    this.maxLineLength = parts.maxLineLength;
    this.longLineWindow = parts.longLineWindow;
    this.maxSpan = parts.maxSpan;
    this.runner = parts.runner;
    this.addWrapped = parts.addWrapped;
  }

  /** Work units done so far (see `Detector.work`). */
  get work(): number {
    return this.ownWork + (this.cutGeometry?.counter.work ?? 0);
  }

  /**
   * `Detector.rescan` for an edit inside one over-long line, given `before`, what the detector kept
   * of the text `previous` was found in: rescans the stretch of the line between two cuts around the
   * edit and keeps `previous` elsewhere. A cut is a position that no keyword window,
   * multi-line attempt or decoded run reaches across, before the edit or after it, so what lies
   * either side of it is found alike in both texts. Undefined when the edit is not of that kind or
   * no cut stands near it (e.g. keywords packed all along the line): the caller rescans whole lines.
   */
  rescan(
    text: string,
    previous: readonly Finding[] | FindingRope,
    edit: TextEdit,
    before: ScannedText | undefined,
  ): { findings: FindingRope; runs: ScannedText['runs'] } | undefined {
    if (before === undefined || before.path !== this.runner.path) return undefined;
    const old = before.text;
    const delta = edit.newEnd - edit.oldEnd;
    if (old.length + delta !== text.length) return undefined;
    if (hasLineBreak(old, edit.start, edit.oldEnd) || hasLineBreak(text, edit.start, edit.newEnd)) return undefined;
    const [lineStart, lineEnd] = this.lineAround(text, old, edit, delta, before.runs);
    if (lineEnd < 0) return undefined;
    // Views of escapes are made of lines up to MAX_VIEW_LINE: longer lines have none to redo.
    if (Math.min(lineEnd, lineEnd - delta) - lineStart <= Math.max(this.maxLineLength, MAX_VIEW_LINE)) return undefined;
    // A suppression marker applies to its whole line (and the next): an edit that may make or break one rescans them.
    if (!markersAlike(old, text, edit, lineStart, lineEnd, delta)) return undefined;
    const { matcher, keywordLengths } = this.all;
    const reach = HIT_CACHE_REACH;
    const hits = new HitCache(
      matcher,
      keywordLengths,
      text,
      Math.max(lineStart, edit.start - reach),
      Math.min(lineEnd, edit.newEnd + reach),
      lineStart,
      lineEnd,
    );
    // The old text's hits are the new text's away from the edit: read back from `hits` (which by
    // then holds what the cut search read before the edit), only the edit's surroundings scanned.
    let oldHits: HitCache | undefined;
    const oldCache = () =>
      (oldHits ??=
        hits.beforeEdit(old, edit, lineStart, lineEnd - delta) ??
        new HitCache(
          matcher,
          keywordLengths,
          old,
          Math.max(lineStart, edit.oldEnd - reach / 8),
          Math.min(lineEnd - delta, edit.oldEnd + reach),
          lineStart,
          lineEnd - delta,
        ));
    const cuts = findCuts(old, text, edit, lineStart, lineEnd, this.geometry(), hits, oldCache);
    this.ownWork += oldHits?.work ?? 0;
    if (cuts === undefined) {
      this.ownWork += hits.work;
      return undefined;
    }
    const [from, to] = cuts;
    const known = before.runs?.lineStart === lineStart ? before.runs.decisions : undefined;
    const caps = runStateAt(old, text, lineStart, lineEnd, from, to, delta, known);
    if (caps === undefined) return undefined;
    // The line's suppression is what it was (the edit makes or breaks no marker, markersAlike above):
    // carried over rather than looked for along the whole line again.
    const suppression = before.suppression;
    if (suppression !== undefined && suppression.lineStart === lineStart) {
      this.runner.carrySuppression(text, lineStart, suppression.value);
    }
    const fresh = this.scanStretch(text, lineStart, lineEnd, from, to, caps.state, hits);
    this.ownWork += hits.work;
    // `previous` is sorted by start, and no finding crosses a cut: those before `from` and from `to` on are runs of it,
    // kept as runs of a rope (those after the edit moved by its offset, not copied: findingRope.ts).
    const rope = FindingRope.from(previous);
    const left = rope.firstStartingAt(from);
    const right = rope.firstStartingAt(to - delta);
    const findings = rope.splice(left, fresh, right, delta);
    return { findings, runs: caps.decisions && { lineStart, lineEnd, decisions: caps.decisions } };
  }

  /**
   * The line of `text` holding `edit` (which holds no line break), [start, end), and end -1 where
   * the line ends elsewhere in `old`. Known from the last rescan's `runs` when the edit falls
   * strictly inside the line it rescanned (the text before the edit and at the line's end is as
   * it was): a walk over a line of megabytes per keystroke otherwise.
   */
  private lineAround(
    text: string,
    old: string,
    edit: TextEdit,
    delta: number,
    known: ScannedText['runs'],
  ): [number, number] {
    if (known !== undefined && known.lineStart <= edit.start && edit.oldEnd < known.lineEnd)
      return [known.lineStart, known.lineEnd + delta];
    // lastIndexOf: this line is long (lineStartOf walks back a character at a time).
    const lineStart = edit.start === 0 ? 0 : text.lastIndexOf('\n', edit.start - 1) + 1;
    const lineEnd = lineEndOf(text, edit.start);
    return [lineStart, lineEndOf(old, edit.start) === lineEnd - delta ? lineEnd : -1];
  }

  /** What `findCuts` needs of this detector's keywords and windows (built on the first long-line rescan). */
  private cutGeometry: CutGeometry | undefined;

  private geometry(): CutGeometry {
    const { multiOnly } = this;
    // The multi-line rules' own automaton is built only if a rescan reads it (findCuts).
    let multi: CutGeometry['multi'] | undefined;
    return (this.cutGeometry ??= {
      matcher: this.all.matcher,
      keywordLengths: this.all.keywordLengths,
      rulesByKeyword: this.all.rulesByKeyword,
      rules: this.compiled.map((c) => {
        const reach = reachOfRule(c.rule);
        return {
          ahead: reach.ahead,
          // A keyword gate looks a little way back from its keyword.
          behind: c.gate === undefined ? reach.behind : Math.max(reach.behind, GATE_BEHIND),
          span: c.maxSpan,
          anchored: c.anchored,
          regex: c.regex,
          multiStart: this.runner.multiStart[c.index],
        };
      }),
      radius: this.longLineWindow,
      counter: { work: 0 },
      maxLineLength: this.maxLineLength,
      lookbehind: MULTILINE_LOOKBEHIND,
      span: Math.max(0, this.maxSpan - MULTILINE_LOOKBEHIND),
      multiKeywords: Uint8Array.from(this.all.rulesByKeyword, (list) =>
        list.some((rule) => this.compiled[rule]!.maxSpan > 0) ? 1 : 0,
      ),
      get multi() {
        return (multi ??= {
          matcher: multiOnly.matcher,
          keywordLengths: multiOnly.keywordLengths,
          rulesByKeyword: multiOnly.rulesByKeyword,
          longest: Math.max(...multiOnly.keywordLengths),
        });
      },
    });
  }

  /**
   * The findings starting in [from, to) of the over-long line [lineStart, lineEnd), cut as
   * `rescan` cuts: every rule's windows as a scan of the whole line makes them (from
   * the keywords within reach), its regex restarted at `from`.
   */
  private scanStretch(
    text: string,
    lineStart: number,
    lineEnd: number,
    from: number,
    to: number,
    runState: RunState,
    hitCache: HitCache,
  ): Finding[] {
    const out: Finding[] = [];
    const wrapped: WrappedLine[] = [];
    const { rulesByKeyword, keywordLengths, triggerOf } = this.all;
    const { rules } = this.geometry();
    // What a window's check may see of it: the whole window when it is short, so windows are
    // rebuilt from this far either side (a window going on past that is long).
    const margin = this.maxLineLength + 2 * this.longLineWindow + this.longestKeyword + this.longestBehind;
    const lo = Math.max(lineStart, from - margin);
    let hi = Math.min(lineEnd, to + margin);
    const hits = (this.stretchPairs ??= new PairPool(this.compiled.length));
    hits.reset();
    const merges = this.windowOnly;
    const { enabled } = this.runner;
    let reachAfter = 0;
    const onHit = (id: number, end: number) => {
      const start = end - keywordLengths[id]!;
      const trigger = triggerOf[id]!;
      if (
        trigger !== 0 &&
        start >= from &&
        start < to &&
        (trigger !== TRIGGER_RUN || isCountedRun(text, start, lineEnd))
      )
        noteTrigger(wrapped, text, trigger, end, lineStart, lineEnd);
      const rulesOf = rulesByKeyword[id]!;
      for (let i = 0; i < rulesOf.length; i++) {
        const rule = rulesOf[i]!;
        if (enabled !== undefined && enabled[rule] !== 1 && !this.runner.applies(rule)) continue;
        if (!hits.has(rule)) {
          hits.open(rule);
          if (rules[rule]!.span === 0) reachAfter = Math.max(reachAfter, rules[rule]!.ahead);
        }
        const last = hits.lastEnd(rule);
        // An unanchored rule's hits give it windows only: one that merges with the last extends it.
        if (merges[rule] === 1 && start <= last + 2 * this.longLineWindow) hits.setLastEnd(rule, Math.max(last, end));
        else hits.push(rule, start, end);
      }
    };
    hitCache.scan(lo, hi, onHit);
    // A rule reading further than the margin needs its windows known that much further on.
    const further = Math.min(lineEnd, to + reachAfter + 2 * this.longLineWindow + this.longestKeyword + 1);
    if (further > hi) {
      hitCache.scan(hi, further, onHit);
      hi = further;
    }
    this.matchStretchRules(text, lineStart, lineEnd, lo, hi, from, to, hits.lists(), out);
    for (const line of wrapped) {
      line.runsBefore = runState.runs;
      line.budgetLeft = runState.budget;
    }
    const all = wrapped.length === 0 ? out : this.addWrapped(text, out, wrapped, 0);
    return all.sort(compareFindings);
  }

  /**
   * Runs each rule of `byRule` (with its keyword hits in [lo, hi), start, end pairs) on the stretch
   * [from, to) of the over-long line [lineStart, lineEnd), resolving the single-line rules' overlaps.
   */
  private matchStretchRules(
    text: string,
    lineStart: number,
    lineEnd: number,
    lo: number,
    hi: number,
    from: number,
    to: number,
    byRule: ReadonlyMap<number, Int32Array>,
    out: Finding[],
  ): void {
    let found: Finding[] | undefined;
    let foundRules: number[] | undefined;
    for (const [rule, list] of byRule) {
      const c = this.compiled[rule]!;
      const before = found?.length ?? 0;
      if (c.maxSpan > 0) {
        this.runner.multiNext[rule] = from;
        for (let k = 0; k < list.length; k += 2)
          if (list[k]! >= from && list[k]! < to + MULTILINE_LOOKBEHIND)
            this.runner.evaluateMultilineHit(text, c, list[k]!, lineStart, lineEnd, out, to);
        continue;
      }
      found = this.matchStretch(text, c, list, lineStart, lineEnd, lo, hi, from, to, found);
      if (found !== undefined && found.length > before) {
        foundRules ??= [];
        for (let k = before; k < found.length; k++) foundRules.push(rule);
      }
    }
    if (found !== undefined && found.length > 0 && !this.runner.lineSuppressed(text, lineStart, lineEnd)) {
      const resolved = resolveOverlaps(found, foundRules!);
      this.ownWork += resolved.work;
      for (const f of resolved.kept) out.push(f);
    }
  }

  /**
   * Single-line rule `c`'s matches starting in [from, to), given its keyword hits (start, end pairs
   * in order of end) in [lo, hi) of the line: its windows merged as `LineHits.windows` merges them,
   * each cut to what attempts from [from, to) and their checks read.
   */
  private matchStretch(
    text: string,
    c: CompiledRule,
    hits: Int32Array,
    lineStart: number,
    lineEnd: number,
    lo: number,
    hi: number,
    from: number,
    to: number,
    found: Finding[] | undefined,
  ): Finding[] | undefined {
    const r = this.longLineWindow;
    const reach = this.geometry().rules[c.index]!;
    const starts = c.anchored ? uniqueSorted(hits) : undefined;
    this.runner.startCount = starts?.length ?? 0;
    this.runner.startCursor = 0;
    this.runner.anchorStarts = starts;
    this.runner.gateInWindow = true;
    let ws = NaN;
    let we = NaN;
    const flush = () => {
      if (!(ws < to && we > from)) return;
      // A window that may go on past [lo, hi) is longer than the whole-window limit.
      const kw = this.longestKeyword;
      const open = (ws <= lo + r + kw && lo > lineStart) || (we >= hi - r - kw && hi < lineEnd);
      const long = open || we - ws > this.maxLineLength;
      const sliceStart = long ? Math.max(ws, from - Math.max(r, reach.behind) - 1) : ws;
      const sliceEnd = long ? Math.min(we, to + reach.ahead + r + 1) : we;
      this.runner.windowLong = long;
      found = this.runner.matchWindow(
        text.slice(sliceStart, sliceEnd),
        sliceStart,
        c,
        to - 1,
        found,
        Math.max(ws, from) - sliceStart,
      );
    };
    for (let k = 0; k < hits.length; k += 2) {
      const s = Math.max(lineStart, hits[k]! - r);
      const e = Math.min(lineEnd, hits[k + 1]! + r);
      if (k > 0 && s <= we) we = Math.max(we, e);
      else {
        if (k > 0) flush();
        ws = s;
        we = e;
      }
    }
    flush();
    this.runner.anchorStarts = undefined;
    this.runner.windowLong = undefined;
    return found;
  }

  private get longestKeyword(): number {
    return (this.keywordMax ??= Math.max(...this.all.keywordLengths));
  }

  private keywordMax: number | undefined;

  /** Per rule, 1 when its keyword hits on an over-long line only make its windows (single-line, not anchored). */
  private get windowOnly(): Uint8Array {
    return (this.windowOnlyRules ??= Uint8Array.from(this.compiled, (c) => (c.maxSpan === 0 && !c.anchored ? 1 : 0)));
  }

  private windowOnlyRules: Uint8Array | undefined;

  /** The keyword hits of the rescanned stretch by rule, kept from rescan to rescan (pairPool.ts). */
  private stretchPairs: PairPool | undefined;

  /** The furthest any rule reads before an attempt's start (lookbehinds, gates). */
  private get longestBehind(): number {
    return (this.behindMax ??= Math.max(0, ...this.geometry().rules.map((r) => r.behind)));
  }

  private behindMax: number | undefined;
}

/** The keyword starts of hits (start, end pairs), ascending and without repeats. */
function uniqueSorted(hits: Int32Array): Int32Array {
  const starts = new Int32Array(hits.length >> 1);
  for (let k = 0; k < hits.length; k += 2) starts[k >> 1] = hits[k]!;
  starts.sort();
  let n = 0;
  for (let i = 0; i < starts.length; i++) if (i === 0 || starts[i] !== starts[i - 1]) starts[n++] = starts[i]!;
  return starts.subarray(0, n);
}
