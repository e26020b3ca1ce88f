import { compareFindings, type Finding } from '../finding';
import { fingerprint, redact } from '../redact';
import { isPlaceholder } from '../rules/placeholders';
import type { Confidence, KeywordGate, MatchContext, Rule, Verdict } from '../rules/types';
import { fileKindOf, slashPath, type FileKind } from '../fileKind';
import { shannonEntropy } from '../entropy';
import { LineHits } from './lineHits';
import { resolveOverlaps } from './overlaps';
import { KeywordMatcher } from './prefilter';
import { isSuppressed } from './suppressions';
import { MIN_RUN } from './decode';
import { findCuts, GATE_BEHIND, hasLineBreak, HIT_CACHE_REACH, type CutGeometry } from './cuts';
import { HitCache } from './hitCache';
import { regexReach } from './regexReach';
import { isCountedRun, markerNear } from './longLine';
import { runStateAt, type RunDecision, type RunState } from './runState';
import { MAX_VIEW_LINE } from './unescape';
import {
  findWrapped,
  MAX_DEPTH,
  mergeWrapped,
  noteTrigger,
  TRIGGER_KEYWORDS,
  TRIGGER_RUN,
  type WrappedFinding,
  type WrappedLine,
} from './wrapped';

export interface DetectorOptions {
  /**
   * Lines longer than this (minified code, data blobs) are scanned only in windows around keyword
   * occurrences, so one huge line cannot make a rule's regex run over megabytes per keyword.
   */
  readonly maxLineLength?: number;
  /** Characters kept either side of a keyword occurrence on an over-long line. */
  readonly longLineWindow?: number;
}

/** What the caller knows about the scanned text besides the text. */
export interface ScanContext {
  /**
   * The file's path (workspace- or scan-root-relative where possible: folder names above the
   * project must not make every file look like test code). Unknown for untitled buffers and stdin.
   */
  readonly path?: string;
  /**
   * The caller will pass the findings to `rescan` after an edit (the editor): the detector keeps a
   * reference to `text` with them, released with them, so that a rescan within an over-long line
   * can compare the line before and after the edit. Batch scans leave it unset and keep nothing.
   */
  readonly willRescan?: boolean;
}

/** A replacement of `[start, oldEnd)` of the previous text by `[start, newEnd)` of the new text. */
export interface TextEdit {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

export const DEFAULT_MAX_LINE_LENGTH = 4096;
const DEFAULT_LONG_LINE_WINDOW = 512;
/** How far before its keyword a multi-line rule's match may start (a PEM block's `-----BEGIN ` and label). */
export const MULTILINE_LOOKBEHIND = 64;

interface CompiledRule {
  readonly rule: Rule;
  readonly index: number;
  /** The pattern without match indices: they cost a match several times its search, and most matches are rejected. */
  readonly regex: RegExp;
  /** The pattern with indices (`d`), sticky: re-run where an accepted match starts, for its secret's range. */
  readonly indexed: RegExp;
  readonly maxSpan: number; // 0 for single-line rules
  /** Tried only at its keywords' starts, with a sticky regex (`Rule.startsAtKeyword`). */
  readonly anchored: boolean;
  /** Its `keywordGate` (single-line rules only). */
  readonly gate: KeywordGate | undefined;
  /** How far past its keyword the gate may look on an over-long line: as far as the pattern reads. */
  readonly gateReach: number;
}

/**
 * Finds secrets in text. Construct once per rule set (it compiles patterns and the keyword
 * automaton); `scan` and `rescan` are then pure functions of their arguments (they reuse scratch
 * buffers, which is safe because they are synchronous and never call each other).
 *
 * Locality contract, which makes `rescan` equal to `scan`: a single-line rule's findings on a line
 * depend only on that line and the one before it (suppression markers); a multi-line rule's
 * findings that start on a line depend only on the `maxSpan` characters from that line's start and
 * the line before it.
 */
export class Detector {
  private readonly compiled: readonly CompiledRule[];
  /** Keywords of every rule. */
  private readonly all: RuleMatcher;
  /** Keywords of multi-line rules only: scans the stretch before an edit that only they can reach. */
  private readonly multiOnly: RuleMatcher;
  private readonly maxLineLength: number;
  private readonly longLineWindow: number;
  private readonly maxSpan: number;
  private readonly lineHits: LineHits;
  /** The current scan's file: set by `scan`/`rescan` before any rule runs (they never nest). */
  private file: FileKind = fileKindOf(undefined);
  private path: string | undefined;
  private begun = false;
  /** Reused for every `validate` call (the hot path allocates nothing per match). */
  private readonly matchContext: { path: string | undefined; file: FileKind; line: string; matchIndex: number } = {
    path: undefined,
    file: this.file,
    line: '',
    matchIndex: 0,
  };
  /** Per rule, whether it may run on the current file (`Rule.paths`); undefined when all may. */
  private enabled: Uint8Array | undefined;
  private readonly pathRestricted: readonly CompiledRule[];

  constructor(rules: readonly Rule[], options: DetectorOptions = {}) {
    this.maxLineLength = options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
    this.longLineWindow = options.longLineWindow ?? DEFAULT_LONG_LINE_WINDOW;
    this.compiled = rules.map((rule, index) => {
      const maxSpan = rule.multiline?.maxSpan ?? 0;
      const anchored = rule.startsAtKeyword === true && maxSpan === 0;
      const gate = maxSpan === 0 ? rule.keywordGate : undefined;
      const regex = new RegExp(rule.pattern.source, uniqueFlags(rule.pattern.flags + 'g') + (anchored ? 'y' : ''));
      return {
        rule,
        index,
        gateReach: gate === undefined ? 0 : regexReach(rule.pattern.source, rule.pattern.flags).ahead,
        regex,
        indexed: new RegExp(rule.pattern.source, uniqueFlags(rule.pattern.flags + 'd') + 'y'),
        maxSpan,
        anchored,
        gate,
      };
    });
    // A multi-line match starts up to the lookbehind before its keyword and ends within maxSpan of it.
    const longestSpan = Math.max(0, ...this.compiled.map((c) => c.maxSpan));
    this.maxSpan = longestSpan > 0 ? longestSpan + MULTILINE_LOOKBEHIND : 0;

    this.all = ruleMatcher(this.compiled);
    this.multiOnly = ruleMatcher(this.compiled.filter((c) => c.maxSpan > 0));
    this.lineHits = new LineHits(this.compiled.length);
    this.pathRestricted = this.compiled.filter((c) => c.rule.paths !== undefined);
    this.multiNext = new Float64Array(this.compiled.length);
    // The empty group marks where the pattern's own match starts; multi-line patterns use named back-references only.
    this.multiStart = this.compiled.map((c) =>
      c.maxSpan > 0
        ? new RegExp(
            `[\\s\\S]{0,${MULTILINE_LOOKBEHIND}}?(?<asgMatchStart>)(?:${c.rule.pattern.source})`,
            uniqueFlags(c.rule.pattern.flags + 'd') + 'y',
          )
        : undefined,
    );
  }

  /** Prepares per-file state for one scan: the file kind and which path-restricted rules apply. */
  private begin(context: ScanContext | undefined): void {
    const path = context?.path === undefined ? undefined : slashPath(context.path);
    if (this.begun && path === this.path) return;
    this.begun = true;
    this.path = path;
    this.file = fileKindOf(path);
    this.matchContext.path = path;
    this.matchContext.file = this.file;
    if (this.pathRestricted.length === 0) return;
    this.enabled ??= new Uint8Array(this.compiled.length);
    this.enabled.fill(1);
    for (const c of this.pathRestricted) this.enabled[c.index] = path !== undefined && c.rule.paths!.test(path) ? 1 : 0;
  }

  /**
   * Work units done by this detector's scans so far: keyword hits handled, regex attempts and the
   * characters given to them, loop steps over hits, windows and overlaps. Not a time: a count that
   * grows with every loop of a scan, so a test can bound its growth without a clock.
   */
  get work(): number {
    return this.ownWork + this.lineHits.work + (this.cutGeometry?.counter.work ?? 0);
  }

  private ownWork = 0;

  get rules(): readonly Rule[] {
    return this.compiled.map((c) => c.rule);
  }

  /** All findings in `text`, sorted by position. */
  scan(text: string, context?: ScanContext): Finding[] {
    this.begin(context);
    const findings = this.scanRegion(text, 0, text.length, 0, text.length, 0).sort(compareFindings);
    return context?.willRescan === true ? this.remember(findings, text) : findings;
  }

  /**
   * The text each findings array this detector returned was found in (and the path it was scanned
   * for), so a rescan given that array can compare the text before an edit with the text after it.
   * Weak: an array the caller drops takes its text with it.
   */
  private readonly scannedText = new WeakMap<readonly Finding[], ScannedText>();

  private remember(findings: Finding[], text: string, runs?: ScannedText['runs']): Finding[] {
    // The last line whose suppression was looked up: an over-long one is costly to look at again.
    const suppression =
      this.suppressionText === text ? { lineStart: this.suppressionLine, value: this.suppressionValue } : undefined;
    this.scannedText.set(findings, { text, path: this.path, suppression, runs });
    return findings;
  }

  /**
   * Findings of `text` after `edit`, given the findings of the text before it. Rescans only the
   * lines the edit touched (widened for multi-line rules) and returns exactly what `scan(text)`
   * would.
   */
  rescan(text: string, previous: readonly Finding[], edit: TextEdit, context?: ScanContext): Finding[] {
    this.begin(context);
    const withinLine = this.rescanWithinLongLine(text, previous, edit);
    if (withinLine !== undefined) return this.remember(withinLine.findings, text, withinLine.runs);
    const delta = edit.newEnd - edit.oldEnd;
    // Single-line rules: the edited lines and the line after (its suppression may have changed).
    const singleFrom = lineStartOf(text, edit.start);
    const afterEdited = lineNextStart(text, edit.newEnd);
    const singleTo = afterEdited >= text.length ? text.length : lineNextStart(text, afterEdited);
    // Multi-line rules: a finding whose secret starts within maxSpan before the edit may depend on
    // it; its match starts at most maxSpan earlier still, so regenerate from twice as far back.
    const dropFrom = this.maxSpan > 0 ? lineStartOf(text, Math.max(0, edit.start - this.maxSpan)) : singleFrom;
    const regenerateFrom =
      this.maxSpan > 0 ? lineStartOf(text, Math.max(0, edit.start - 2 * this.maxSpan)) : singleFrom;

    const kept: Finding[] = [];
    for (const f of previous) {
      let moved: Finding;
      if (f.end <= edit.start) moved = f;
      else if (f.start >= edit.oldEnd) moved = shifted(f, delta);
      else continue;
      const multi = (this.compiled[this.ruleIndexOf(f.ruleId)]?.maxSpan ?? 0) > 0;
      if (moved.start >= (multi ? dropFrom : singleFrom) && moved.start < singleTo) continue;
      kept.push(moved);
    }
    const fresh = this.scanRegion(text, regenerateFrom, singleTo, singleFrom, singleTo, 0);
    return this.remember(dedupe(kept.concat(fresh).sort(compareFindings)), text);
  }

  /**
   * `rescan` for an edit inside one over-long line: rescans the stretch of the line between two cuts
   * around the edit and keeps `previous` elsewhere. A cut is a position that no keyword window,
   * multi-line attempt or decoded run reaches across, before the edit or after it, so what lies
   * either side of it is found alike in both texts. Undefined when the edit is not of that kind or
   * no cut stands near it (e.g. keywords packed all along the line): the caller rescans whole lines.
   */
  private rescanWithinLongLine(
    text: string,
    previous: readonly Finding[],
    edit: TextEdit,
  ): { findings: Finding[]; runs: ScannedText['runs'] } | undefined {
    const before = this.scannedText.get(previous);
    if (before === undefined || before.path !== this.path) return undefined;
    const old = before.text;
    const delta = edit.newEnd - edit.oldEnd;
    if (old.length + delta !== text.length) return undefined;
    if (hasLineBreak(old, edit.start, edit.oldEnd) || hasLineBreak(text, edit.start, edit.newEnd)) return undefined;
    // lastIndexOf: this line is long (lineStartOf walks back a character at a time).
    const lineStart = edit.start === 0 ? 0 : text.lastIndexOf('\n', edit.start - 1) + 1;
    const lineEnd = lineEndOf(text, edit.start);
    if (lineEndOf(old, edit.start) !== lineEnd - delta) return undefined;
    // Views of escapes are made of lines up to MAX_VIEW_LINE: longer lines have none to redo.
    if (Math.min(lineEnd, lineEnd - delta) - lineStart <= Math.max(this.maxLineLength, MAX_VIEW_LINE)) return undefined;
    // A suppression marker applies to its whole line (and the next): an edit that may make or break one rescans them.
    if (markerNear(old, edit.start, edit.oldEnd, lineStart, lineEnd - delta)) return undefined;
    if (markerNear(text, edit.start, edit.newEnd, lineStart, lineEnd)) return undefined;
    const { matcher, keywordLengths } = this.all;
    const reach = HIT_CACHE_REACH;
    const hits = new HitCache(
      matcher,
      keywordLengths,
      text,
      Math.max(lineStart, edit.start - reach),
      Math.min(lineEnd, edit.newEnd + reach),
    );
    const oldHits = new HitCache(
      matcher,
      keywordLengths,
      old,
      Math.max(lineStart, edit.oldEnd - reach / 8),
      Math.min(lineEnd - delta, edit.oldEnd + reach),
    );
    const cuts = findCuts(old, text, edit, lineStart, lineEnd, this.geometry(), hits, oldHits);
    this.ownWork += oldHits.work;
    if (cuts === undefined) {
      this.ownWork += hits.work;
      return undefined;
    }
    const [from, to] = cuts;
    const known = before.runs?.lineStart === lineStart ? before.runs.decisions : undefined;
    const caps = runStateAt(old, text, lineStart, lineEnd, from, to, delta, known);
    if (caps === undefined) return undefined;
    // The line's suppression is what it was (the edit makes or breaks no marker, markerNear above):
    // carried over rather than looked for along the whole line again.
    const suppression = before.suppression;
    if (suppression !== undefined && suppression.lineStart === lineStart) {
      this.suppressionText = text;
      this.suppressionLine = lineStart;
      this.suppressionValue = suppression.value;
    }
    const fresh = this.scanStretch(text, lineStart, lineEnd, from, to, caps.state, hits);
    this.ownWork += hits.work;
    // `previous` is sorted by start, and no finding crosses a cut: those before `from` and from `to` on are runs of it.
    const left = firstStartingAt(previous, from);
    const right = firstStartingAt(previous, to - delta);
    const out = previous.slice(0, left);
    for (const f of fresh) out.push(f);
    for (let i = right; i < previous.length; i++) out.push(shifted(previous[i]!, delta));
    return { findings: out, runs: caps.decisions && { lineStart, decisions: caps.decisions } };
  }

  /** What `findCuts` needs of this detector's keywords and windows (built on the first long-line rescan). */
  private cutGeometry: CutGeometry | undefined;

  private geometry(): CutGeometry {
    return (this.cutGeometry ??= {
      matcher: this.all.matcher,
      keywordLengths: this.all.keywordLengths,
      rulesByKeyword: this.all.rulesByKeyword,
      rules: this.compiled.map((c) => {
        const reach = regexReach(c.rule.pattern.source, c.rule.pattern.flags);
        return {
          ahead: reach.ahead,
          // A keyword gate looks a little way back from its keyword.
          behind: c.gate === undefined ? reach.behind : Math.max(reach.behind, GATE_BEHIND),
          span: c.maxSpan,
          anchored: c.anchored,
          regex: c.regex,
          multiStart: this.multiStart[c.index],
        };
      }),
      radius: this.longLineWindow,
      counter: { work: 0 },
      maxLineLength: this.maxLineLength,
      lookbehind: MULTILINE_LOOKBEHIND,
      span: Math.max(0, this.maxSpan - MULTILINE_LOOKBEHIND),
      multi: {
        matcher: this.multiOnly.matcher,
        keywordLengths: this.multiOnly.keywordLengths,
        rulesByKeyword: this.multiOnly.rulesByKeyword,
        longest: Math.max(...this.multiOnly.keywordLengths),
      },
    });
  }

  /**
   * The findings starting in [from, to) of the over-long line [lineStart, lineEnd), cut as
   * `rescanWithinLongLine` cuts: every rule's windows as a scan of the whole line makes them (from
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
    const hits: number[][] = [];
    const triggered: number[] = [];
    const merges = this.windowOnly;
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
        if (this.enabled !== undefined && this.enabled[rule] === 0) continue;
        let list = hits[rule];
        if (list === undefined) {
          hits[rule] = list = [];
          triggered.push(rule);
          if (rules[rule]!.span === 0) reachAfter = Math.max(reachAfter, rules[rule]!.ahead);
        }
        const last = list.length - 1;
        // An unanchored rule's hits give it windows only: one that merges with the last extends it.
        if (merges[rule] === 1 && last > 0 && start <= list[last]! + 2 * this.longLineWindow)
          list[last] = Math.max(list[last]!, end);
        else list.push(start, end);
      }
    };
    hitCache.scan(lo, hi, onHit);
    // A rule reading further than the margin needs its windows known that much further on.
    const further = Math.min(lineEnd, to + reachAfter + 2 * this.longLineWindow + this.longestKeyword + 1);
    if (further > hi) {
      hitCache.scan(hi, further, onHit);
      hi = further;
    }
    this.matchStretchRules(text, lineStart, lineEnd, lo, hi, from, to, triggered, hits, out);
    for (const line of wrapped) {
      line.runsBefore = runState.runs;
      line.budgetLeft = runState.budget;
    }
    const all = wrapped.length === 0 ? out : this.addWrapped(text, out, wrapped, 0);
    return all.sort(compareFindings);
  }

  /**
   * Runs each rule of `triggered` (with its keyword hits `hits[rule]` in [lo, hi)) on the stretch
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
    triggered: readonly number[],
    hits: readonly number[][],
    out: Finding[],
  ): void {
    let found: Finding[] | undefined;
    let foundRules: number[] | undefined;
    for (const rule of triggered) {
      const list = hits[rule]!;
      const c = this.compiled[rule]!;
      const before = found?.length ?? 0;
      if (c.maxSpan > 0) {
        this.multiNext[rule] = from;
        for (let k = 0; k < list.length; k += 2)
          if (list[k]! >= from && list[k]! < to + MULTILINE_LOOKBEHIND)
            this.evaluateMultilineHit(text, c, list[k]!, lineStart, lineEnd, out, to);
        continue;
      }
      found = this.matchStretch(text, c, list, lineStart, lineEnd, lo, hi, from, to, found);
      if (found !== undefined && found.length > before) {
        foundRules ??= [];
        for (let k = before; k < found.length; k++) foundRules.push(rule);
      }
    }
    if (found !== undefined && found.length > 0 && !this.lineSuppressed(text, lineStart, lineEnd)) {
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
    hits: readonly number[],
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
    this.startCount = starts?.length ?? 0;
    this.startCursor = 0;
    this.anchorStarts = starts;
    this.gateInWindow = true;
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
      this.windowLong = long;
      found = this.matchWindow(
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
    this.anchorStarts = undefined;
    this.windowLong = undefined;
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

  /** The furthest any rule reads before an attempt's start (lookbehinds, gates). */
  private get longestBehind(): number {
    return (this.behindMax ??= Math.max(0, ...this.geometry().rules.map((r) => r.behind)));
  }

  private behindMax: number | undefined;

  private ruleIndexCache: Map<string, number> | undefined;
  private ruleIndexOf(id: string): number {
    if (!this.ruleIndexCache) this.ruleIndexCache = new Map(this.compiled.map((c) => [c.rule.id, c.index]));
    return this.ruleIndexCache.get(id) ?? -1;
  }

  /**
   * Runs multi-line rules for keyword hits in lines starting in [multiFrom, to) and single-line rules
   * for hits in lines starting in [singleFrom, to). Both ranges start at a line start.
   */
  private scanRegion(
    text: string,
    multiFrom: number,
    to: number,
    singleFrom: number,
    singleTo: number,
    depth: number,
  ): Finding[] {
    const out: Finding[] = [];
    // Lines for the wrapped stage, from both passes (it runs on every line of [multiFrom, to), like
    // multi-line rules, because a decoded finding may carry a multi-line rule's id).
    const wrapped: WrappedLine[] = [];
    if (multiFrom < singleFrom)
      this.scanHits(text, this.multiOnly, multiFrom, singleFrom, singleFrom, singleFrom, out, wrapped);
    const scanTo = lineEndOf(text, Math.max(singleFrom, to - 1));
    this.scanHits(text, this.all, singleFrom, Math.min(text.length, scanTo), singleFrom, singleTo, out, wrapped);
    return wrapped.length === 0 || depth >= MAX_DEPTH ? out : this.addWrapped(text, out, wrapped, depth);
  }

  /** Runs the wrapped stage (wrapped.ts) on its lines; its findings replace the plain ones they explain. */
  private addWrapped(text: string, out: Finding[], lines: readonly WrappedLine[], depth: number): Finding[] {
    const found: WrappedFinding[] = [];
    const scanInner = (inner: string, innerDepth: number) =>
      this.scanRegion(inner, 0, inner.length, 0, inner.length, innerDepth).sort(compareFindings);
    const titleOf = (id: string) => this.compiled[this.ruleIndexOf(id)]?.rule.title ?? id;
    for (const line of lines) {
      const here = findWrapped(text, line, depth, scanInner, titleOf);
      if (here.length > 0 && !this.lineSuppressed(text, line.lineStart, line.lineEnd)) found.push(...here);
    }
    if (found.length === 0) return out;
    return mergeWrapped(
      out,
      found,
      (f) => this.ruleIndexOf(f.ruleId),
      (f) => (this.compiled[this.ruleIndexOf(f.ruleId)]?.maxSpan ?? 0) > 0,
    );
  }

  /**
   * One keyword pass over [from, to): multi-line rules run from every line with a hit, single-line
   * rules on lines starting in [singleFrom, singleTo). Every line is visited at most once per scan,
   * so a rule claimed on a line runs there once. With `lineOf`, [from, to) is a stretch of the line
   * starting there (and only runs starting in the stretch are noted).
   */
  private scanHits(
    text: string,
    m: RuleMatcher,
    from: number,
    to: number,
    singleFrom: number,
    singleTo: number,
    out: Finding[],
    wrapped: WrappedLine[],
    lineOf = -1,
  ): void {
    const { rulesByKeyword, keywordLengths, triggerOf } = m;
    const { compiled, lineHits, enabled } = this;
    let lineStart = -1;
    let lineEnd = -1;
    // Gates run on lines short enough to be scanned whole: an over-long line's windows follow its
    // keyword hits, so dropping a hit there could change another match's window.
    let gated = false;
    // The last gate's answer, shared by the rules using that gate at that keyword.
    let gate: KeywordGate | undefined;
    let gateAt = -1;
    let gateAnswer = false;
    lineHits.nextLine();
    this.multiNext.fill(0);
    // Keywords never span a line break, so every hit lies wholly inside one line.
    m.matcher.scan(text, from, to, (keywordId, end, matcherLineStart) => {
      const start = end - keywordLengths[keywordId]!;
      const hitLineStart = lineOf < 0 ? matcherLineStart : lineOf;
      this.ownWork++;
      if (hitLineStart !== lineStart) {
        this.evaluateLine(text, lineStart, lineEnd, out);
        lineHits.nextLine();
        lineStart = hitLineStart;
        lineEnd = lineEndOf(text, start);
        gated = lineEnd - lineStart <= this.maxLineLength;
      }
      const trigger = triggerOf[keywordId]!;
      // From within a run, the matcher reports its rest as a run of its own.
      if (trigger !== 0 && (lineOf < 0 || trigger !== TRIGGER_RUN || isCountedRun(text, start, lineEnd)))
        noteTrigger(wrapped, text, trigger, end, lineStart, lineEnd);
      const rules = rulesByKeyword[keywordId]!;
      for (let i = 0; i < rules.length; i++) {
        const c = compiled[rules[i]!]!;
        if (enabled !== undefined && enabled[c.index] === 0) continue;
        if (c.maxSpan > 0) this.evaluateMultilineHit(text, c, start, lineStart, lineEnd, out);
        else if (lineStart >= singleFrom && lineStart < singleTo) {
          if (c.gate !== undefined && gated) {
            if (c.gate !== gate || start !== gateAt) {
              gate = c.gate;
              gateAt = start;
              gateAnswer = gate(text, start, lineEnd);
            }
            if (!gateAnswer) continue;
          }
          lineHits.add(c.index, start, end);
        }
      }
    });
    this.evaluateLine(text, lineStart, lineEnd, out);
  }

  /**
   * Runs the single-line rules the line triggered on it (on an over-long line, on windows around
   * their keywords), resolves overlaps and applies suppressions.
   */
  private evaluateLine(text: string, lineStart: number, lineEnd: number, out: Finding[]): void {
    const { lineHits } = this;
    if (lineHits.triggeredCount === 0) return;
    const long = lineEnd - lineStart > this.maxLineLength;
    // One slice serves every rule (a slice of a flat string is a view, not a copy).
    const line = long ? '' : text.slice(lineStart, lineEnd);
    let found: Finding[] | undefined;
    let foundRules: number[] | undefined;
    for (let t = 0; t < lineHits.triggeredCount; t++) {
      const c = this.compiled[lineHits.triggered[t]!]!;
      const before = found?.length ?? 0;
      this.startCount = c.anchored ? lineHits.starts(c.index) : 0;
      this.startCursor = 0;
      this.gateInWindow = long;
      if (!long) found = this.matchWindow(line, lineStart, c, Infinity, found);
      else {
        const n = lineHits.windows(c.index, lineStart, lineEnd, this.longLineWindow);
        const bounds = lineHits.windowBounds;
        for (let w = 0; w < n; w++)
          found = this.matchWindow(text.slice(bounds[2 * w]!, bounds[2 * w + 1]!), bounds[2 * w]!, c, Infinity, found);
      }
      if (found !== undefined && found.length > before) {
        foundRules ??= [];
        for (let k = before; k < found.length; k++) foundRules.push(c.index);
      }
    }
    if (found === undefined || found.length === 0) return;
    if (this.lineSuppressed(text, lineStart, lineEnd)) return;
    if (found.length === 1) out.push(found[0]!);
    else {
      const resolved = resolveOverlaps(found, foundRules!);
      this.ownWork += resolved.work;
      for (const f of resolved.kept) out.push(f);
    }
  }

  /**
   * Tries multi-line rule `c` for its keyword hit at `hitStart` on the line [lineStart, lineEnd)
   * (start positions before `attemptEnd` only):
   * at the start positions from MULTILINE_LOOKBEHIND characters before the keyword (not before the
   * line) up to the keyword, each tried once per pass (`multiNext`), so hits close together share
   * the work and a hit deep in a long line is reached wherever it stands.
   */
  private evaluateMultilineHit(
    text: string,
    c: CompiledRule,
    hitStart: number,
    lineStart: number,
    lineEnd: number,
    out: Finding[],
    attemptEnd = Infinity,
  ): void {
    let at = Math.max(lineStart, hitStart - MULTILINE_LOOKBEHIND, this.multiNext[c.index]!);
    // A rescanned stretch of a line tries the start positions before its end only.
    const lastStart = Math.min(hitStart, attemptEnd - 1);
    const windowEnd = Math.min(text.length, hitStart + c.maxSpan);
    const regex = this.multiStart[c.index]!;
    while (at <= lastStart) {
      // One slice serves every attempt from this hit; a slice of a flat string is a view, not a copy.
      const slice = text.slice(at, windowEnd);
      regex.lastIndex = 0;
      const m = regex.exec(slice);
      this.ownWork += 1 + MULTILINE_LOOKBEHIND + (m ? m[0].length : 0);
      const matchStart = m ? at + m.indices!.groups!['asgMatchStart']![0] : -1;
      if (m === null || matchStart > lastStart || matchStart > lineEnd) break;
      const found = this.accept(c, m, slice, at, Infinity, undefined, matchStart);
      if (found !== undefined && !this.lineSuppressed(text, lineStart, lineEnd)) out.push(...found);
      at = Math.max(at + m.index + m[0].length, matchStart + 1);
    }
    this.multiNext[c.index] = Math.max(at, hitStart + 1);
  }

  /** Whether a marker suppresses findings starting on the line, computed once per line. */
  private lineSuppressed(text: string, lineStart: number, lineEnd: number): boolean {
    if (this.suppressionLine !== lineStart || this.suppressionText !== text) {
      this.suppressionLine = lineStart;
      this.suppressionText = text;
      this.suppressionValue = isSuppressed(text.slice(lineStart, lineEnd), previousLine(text, lineStart));
    }
    return this.suppressionValue;
  }

  private suppressionLine = -1;
  private suppressionText = '';
  private suppressionValue = false;
  /** Per multi-line rule, the first start position not yet tried in the current pass. */
  private readonly multiNext: Float64Array;
  /** Per multi-line rule, its pattern behind a bounded lazy lead-in, sticky: one exec tries every start in the lookbehind. */
  private readonly multiStart: (RegExp | undefined)[];
  /** How many keyword starts of the current rule `lineHits.startBuffer` holds, and the next one to try. */
  private startCount = 0;
  private startCursor = 0;
  /** Whether the current line is over-long, so its anchored rules' gates run per window. */
  private gateInWindow = false;
  /** A rescanned stretch's keyword starts of the current anchored rule (else `lineHits.startBuffer`). */
  private anchorStarts: Int32Array | undefined;
  /** Whether the window being matched is long, when its slice is cut from it (a rescanned stretch). */
  private windowLong: boolean | undefined;

  /**
   * Runs one rule over `slice` (the text from offset `from`), appending its findings whose whole
   * match starts at or before `maxMatchStart` to `found` (created on the first one).
   */
  private matchWindow(
    slice: string,
    from: number,
    c: CompiledRule,
    maxMatchStart: number,
    found: Finding[] | undefined,
    startAt = 0,
  ): Finding[] | undefined {
    const { regex } = c;
    let m: RegExpExecArray | null;
    if (c.anchored) {
      // The same matches as the scan below: a match can only start at a keyword, and a sticky
      // attempt there finds what the scan would, so trying just those positions in order skips
      // nothing. `next` plays the scan's lastIndex.
      // Windows come in ascending order, so one cursor walks the line's starts once for all of them.
      const starts = this.anchorStarts ?? this.lineHits.startBuffer;
      const end = from + slice.length;
      while (this.startCursor < this.startCount && starts[this.startCursor]! < from) this.startCursor++;
      let next = startAt;
      for (; this.startCursor < this.startCount && starts[this.startCursor]! < end; this.startCursor++) {
        const at = starts[this.startCursor]! - from;
        if (at < next) continue;
        // A short line's keywords were gated as they were found; an over-long line keeps them all
        // (they shape its windows), and the gate sees what the pattern sees: the window.
        // It sees what the pattern may read from there, and no further: what it reads stays local on a long line.
        if (this.gateInWindow && c.gate !== undefined && !c.gate(slice, at, Math.min(slice.length, at + c.gateReach)))
          continue;
        regex.lastIndex = at;
        m = regex.exec(slice);
        this.ownWork += 1 + (m ? m[0].length : 0);
        if (m === null) continue;
        if (m[0].length === 0) {
          next = at + 1;
          continue;
        }
        next = regex.lastIndex;
        found = this.accept(c, m, slice, from, maxMatchStart, found);
      }
      return found;
    }
    regex.lastIndex = startAt;
    // A scanning regex looks at every character of its slice (a linear pattern, at most a few times).
    this.ownWork += 1 + slice.length - startAt;
    while ((m = regex.exec(slice)) !== null) {
      this.ownWork++;
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      found = this.accept(c, m, slice, from, maxMatchStart, found);
    }
    return found;
  }

  /** The range of the secret of single-line match `m` in `slice`: its `secret` group's, or the whole match's. */
  private secretRange(c: CompiledRule, m: RegExpExecArray, slice: string): readonly number[] {
    if (m.groups?.['secret'] === undefined) return [m.index, m.index + m[0].length];
    // The same pattern from the same start on the same text finds the same match.
    c.indexed.lastIndex = m.index;
    return c.indexed.exec(slice)!.indices!.groups!['secret']!;
  }

  /** Appends the finding of a non-empty match `m` of rule `c` in a slice starting at `from`, unless a check rejects it. */
  private accept(
    c: CompiledRule,
    m: RegExpExecArray,
    slice: string,
    from: number,
    maxMatchStart: number,
    found: Finding[] | undefined,
    matchStart?: number,
  ): Finding[] | undefined {
    const { rule } = c;
    // A multi-line rule's match follows its lead-in: its whole-match text starts at `matchStart`.
    const whole = matchStart === undefined ? m[0] : m[0].slice(matchStart - from - m.index);
    const secret = m.groups?.['secret'] ?? whole;
    if (secret === undefined || secret.length === 0 || from + m.index > maxMatchStart) return found;
    // The checks are independent; the rule's own goes first because it is cheap where matches are
    // many (the generic rules' name and value checks) and rejects most of them.
    let verdict: boolean | Verdict = true;
    if (rule.validate) {
      const ctx = this.matchContext;
      if (matchStart === undefined && (this.windowLong ?? slice.length > this.maxLineLength)) {
        // Merged windows of an over-long line may span all of it: a check sees the stretch around
        // its match, as a window of its own would show (a check reading its whole line per match
        // would make such a line quadratic).
        const lineFrom = Math.max(0, m.index - this.longLineWindow);
        ctx.line = slice.slice(lineFrom, Math.min(slice.length, m.index + m[0].length + this.longLineWindow));
        ctx.matchIndex = m.index - lineFrom;
      } else {
        ctx.line = slice;
        ctx.matchIndex = matchStart === undefined ? m.index : matchStart - from;
      }
      verdict = rule.validate(secret, whole, ctx as MatchContext);
      if (verdict === false) return found;
    }
    const entropy = shannonEntropy(secret);
    if (rule.minEntropy !== undefined && entropy < rule.minEntropy) return found;
    if (!rule.skipPlaceholderFilter && isPlaceholder(secret)) return found;
    const secretIndices =
      matchStart === undefined
        ? this.secretRange(c, m, slice)
        : (m.indices?.groups?.['secret'] ?? [matchStart - from, m.index + m[0].length]);
    const judged = typeof verdict === 'object' ? verdict : undefined;
    const confidence = judged?.confidence ?? rule.confidence;
    (found ??= []).push({
      ruleId: rule.id,
      start: from + secretIndices[0],
      end: from + secretIndices[1],
      confidence: this.file.test ? lowerConfidence(confidence) : confidence,
      fingerprint: fingerprint(rule.id, secret),
      preview: redact(secret),
      entropy: Math.round(entropy * 100) / 100,
      ...(judged?.why ? { why: judged.why } : {}),
    });
    return found;
  }
}

/** What a rescan needs of the text a findings array was found in. */
interface ScannedText {
  readonly text: string;
  readonly path: string | undefined;
  /** Whether a marker suppresses the findings of the line starting at `lineStart`, if looked up. */
  readonly suppression: { readonly lineStart: number; readonly value: boolean } | undefined;
  /** The wrapped stage's decisions on the counted runs of the over-long line at `lineStart`, if known. */
  readonly runs: { readonly lineStart: number; readonly decisions: readonly RunDecision[] } | undefined;
}

/** Index of the first of `sorted` (by start) starting at or after `offset`. */
function firstStartingAt(sorted: readonly Finding[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The keyword starts of hits (start, end pairs), ascending and without repeats. */
function uniqueSorted(hits: readonly number[]): Int32Array {
  const starts = new Int32Array(hits.length >> 1);
  for (let k = 0; k < hits.length; k += 2) starts[k >> 1] = hits[k]!;
  starts.sort();
  let n = 0;
  for (let i = 0; i < starts.length; i++) if (i === 0 || starts[i] !== starts[i - 1]) starts[n++] = starts[i]!;
  return starts.subarray(0, n);
}

/** Test code may hold real credentials, but usually holds made-up ones: one step less sure. */
function lowerConfidence(c: Confidence): Confidence {
  return c === 'high' ? 'medium' : 'low';
}

/** Drops repeats from a sorted list (a multi-line finding regenerated beside its kept copy). */
function dedupe(sorted: Finding[]): Finding[] {
  return sorted.filter((f, i) => i === 0 || compareFindings(sorted[i - 1]!, f) !== 0);
}

interface RuleMatcher {
  readonly matcher: KeywordMatcher;
  /** keyword id → indices of the rules using it. */
  readonly rulesByKeyword: readonly (readonly number[])[];
  readonly keywordLengths: Int32Array;
  /** keyword id → the wrapped stage's TRIGGER_* bits (0 for most). */
  readonly triggerOf: Uint8Array;
}

function ruleMatcher(rules: readonly CompiledRule[]): RuleMatcher {
  const keywordIds = new Map<string, number>();
  const byKeyword: number[][] = [];
  for (const c of rules) {
    for (const kw of c.rule.keywords) {
      let id = keywordIds.get(kw);
      if (id === undefined) {
        id = keywordIds.size;
        keywordIds.set(kw, id);
        byKeyword.push([]);
      }
      if (!byKeyword[id]!.includes(c.index)) byKeyword[id]!.push(c.index);
    }
  }
  for (const kw of TRIGGER_KEYWORDS.keys()) {
    if (keywordIds.has(kw)) continue;
    keywordIds.set(kw, keywordIds.size);
    byKeyword.push([]);
  }
  const keywords = [...keywordIds.keys()];
  const matcher = new KeywordMatcher(keywords, { runLength: MIN_RUN });
  const triggerOf = new Uint8Array(keywords.length + 1);
  keywords.forEach((kw, id) => (triggerOf[id] = TRIGGER_KEYWORDS.get(kw) ?? 0));
  triggerOf[matcher.runId!] = TRIGGER_RUN;
  // The run pseudo-keyword ends where the run's MIN_RUN-th character does, so it "starts" MIN_RUN back.
  const lengths = Int32Array.from([...keywords, 'x'.repeat(MIN_RUN)], (k) => k.length);
  // Path-limited rules with nothing literal to key on run on the lines of an encoded run (`Rule.wakesOnRun`).
  const onRun = rules.filter((c) => c.rule.wakesOnRun === true && c.rule.paths !== undefined && c.maxSpan === 0);
  return {
    matcher,
    rulesByKeyword: [...byKeyword, onRun.map((c) => c.index)],
    keywordLengths: lengths,
    triggerOf,
  };
}

/** `f` moved by `delta` characters (properties listed: V8's object spread is slow on hot paths). */
function shifted(f: Finding, delta: number): Finding {
  if (f.why === undefined)
    return {
      ruleId: f.ruleId,
      start: f.start + delta,
      end: f.end + delta,
      confidence: f.confidence,
      fingerprint: f.fingerprint,
      preview: f.preview,
      entropy: f.entropy,
    };
  return {
    ruleId: f.ruleId,
    start: f.start + delta,
    end: f.end + delta,
    confidence: f.confidence,
    fingerprint: f.fingerprint,
    preview: f.preview,
    entropy: f.entropy,
    why: f.why,
  };
}

function uniqueFlags(flags: string): string {
  return [...new Set(flags)].filter((f) => f !== 'y').join('');
}

function lineStartOf(text: string, offset: number): number {
  // A backward loop: lines are short, and V8's lastIndexOf with a start index is slower here.
  let i = offset - 1;
  while (i >= 0 && text.charCodeAt(i) !== 10) i--;
  return i + 1;
}

/** End of the line content containing `offset` (before \r\n or \n). */
function lineEndOf(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  const end = nl === -1 ? text.length : nl;
  return end > 0 && text.charCodeAt(end - 1) === 13 && end - 1 >= offset ? end - 1 : end;
}

/** Start of the line after the one containing `offset`, or the text length. */
function lineNextStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

function previousLine(text: string, lineStart: number): string | undefined {
  if (lineStart === 0) return undefined;
  const prevStart = lineStartOf(text, lineStart - 1);
  return text.slice(prevStart, lineStart - 1);
}
