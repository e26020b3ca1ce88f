import type { Finding } from '../finding';
import { fingerprint, redact } from '../redact';
import { proseOnlyInComments } from '../rules/judge/prose';
import { documentsInStrings, inDocumentationBlock } from '../rules/judge/docBlocks';
import { isPerlSource, podBlocks } from '../rules/judge/perlPod';
import { inRanges } from '../rules/judge/offsetRanges';
import { pemBodies } from '../rules/judge/pemBlocks';
import { isPlaceholder } from '../rules/placeholders';
import type { Confidence, MatchContext, Verdict } from '../rules/types';
import { fileKindOf, slashPath, type FileKind } from '../fileKind';
import { shannonEntropy } from '../entropy';
import { multiStartPattern, MULTILINE_LOOKBEHIND, type CompiledRule } from './compiledRules';
import type { ScanContext } from './scanTypes';
import { previousLine } from './lineBounds';
import type { LineHits } from './lineHits';
import { resolveOverlaps } from './overlaps';
import { isSuppressed } from './suppressions';
import { GateMemo } from './gateMemo';

/**
 * Runs rules on the lines, windows and multi-line hits the detector's keyword passes give it, and
 * turns accepted matches into findings. Holds the current scan's per-file and per-pass state; the
 * detector and its long-line rescan set the cursor fields before each run (they never nest).
 */
export class RuleRunner {
  /** Work units of rule runs (see `Detector.work`). */
  work = 0;
  /**
   * Findings the current batch scan may still keep (`Detector.scanAtMost`; Infinity otherwise). At
   * 0, rules stop running: a file of hundreds of thousands of findings costs no more than its cap.
   */
  findingsLeft = Infinity;
  /** Whether rules were left unrun because `findingsLeft` ran out: the scan may have missed findings. */
  stoppedShort = false;

  /**
   * Whether `found` (the current line's findings so far, overlaps not yet settled) uses up what the
   * scan may keep: several rules often match one value, so a line may hold a few candidates per kept
   * finding before it stops.
   */
  private full(found: readonly Finding[] | undefined): boolean {
    if ((found?.length ?? 0) < CANDIDATES_PER_FINDING * this.findingsLeft) return false;
    this.stoppedShort = true;
    return true;
  }
  /** The current scan's file: set by `begin` before any rule runs. */
  private file: FileKind = fileKindOf(undefined);
  path: string | undefined;
  private begun = false;
  /** Reused for every `validate` call (the hot path allocates nothing per match). */
  private readonly matchContext: { path: string | undefined; file: FileKind; line: string; matchIndex: number } = {
    path: undefined,
    file: this.file,
    line: '',
    matchIndex: 0,
  };
  /** The current file is one where `Rule.commentsOnlyInCode` rules count only in comments. */
  commentsOnly = false;
  /** The current file documents itself in string blocks (../rules/judge/docBlocks): their lines illustrate. */
  private docBlocks = false;
  /** The POD blocks of the current text when it is Perl source (../rules/judge/perlPod), else undefined. */
  private pod: number[] | undefined;
  /** The bodies of the current text's PEM blocks (../rules/judge/pemBlocks), or undefined when it has none. */
  pem: number[] | undefined;
  /** The current file's kind with `docs` set: what a POD block's lines are judged as. */
  private podFile: FileKind = this.file;
  /**
   * Per rule, whether it may run on the current file (`Rule.paths`): 1 yes, 0 no, 2 limited to paths
   * and not asked yet (`applies` tests its path when one of its keywords is hit: most files wake
   * none of them). Undefined when no rule is limited to paths.
   */
  enabled: Uint8Array | undefined;
  private readonly pathRestricted: readonly CompiledRule[];
  /** Indices of the `Rule.wakesOnEveryLine` rules that apply to the current file, ascending. */
  everyLine: Int32Array = new Int32Array(0);
  private readonly everyLineBuffer: Int32Array;

  constructor(
    private readonly compiled: readonly CompiledRule[],
    private readonly lineHits: LineHits,
    private readonly maxLineLength: number,
    private readonly longLineWindow: number,
  ) {
    this.pathRestricted = compiled.filter((c) => c.rule.paths !== undefined);
    this.everyLineBuffer = new Int32Array(this.pathRestricted.length);
    if (this.pathRestricted.length > 0) this.enabled = new Uint8Array(compiled.length).fill(1);
    this.multiNext = new Float64Array(compiled.length);
    this.sortedRules = new Int32Array(compiled.length);
    this.multiStart = compiled.map((c) => multiStartPattern(c));
    this.gateReaches = new Float64Array(compiled.length).fill(-1);
    this.gateShared = new Uint8Array(compiled.length);
    this.neverMatches = Uint8Array.from(compiled, (c) => (c.maxSpan === 0 && neverMatches(c.rule.pattern) ? 1 : 0));
  }

  /**
   * Per rule, 1 when its pattern can match nothing (the header-context stage's rule, whose stage
   * finds its findings): an over-long line, whose windows are not gated, would run it over them.
   */
  private readonly neverMatches: Uint8Array;

  /** Prepares per-file state for one scan: the file kind and which path-restricted rules apply. */
  begin(context: ScanContext | undefined): void {
    const path = context?.path === undefined ? undefined : slashPath(context.path);
    if (this.begun && path === this.path) return;
    this.begun = true;
    this.path = path;
    this.file = fileKindOf(path);
    this.matchContext.path = path;
    this.matchContext.file = this.file;
    this.commentsOnly = proseOnlyInComments(this.matchContext);
    this.docBlocks = documentsInStrings(path);
    const { enabled, pathRestricted } = this;
    if (enabled === undefined) return;
    let everyLine = 0;
    for (let i = 0; i < pathRestricted.length; i++) {
      const c = pathRestricted[i]!;
      if (path === undefined) enabled[c.index] = 0;
      else if (c.rule.wakesOnEveryLine !== true) enabled[c.index] = 2;
      else if ((enabled[c.index] = c.rule.paths!.test(path) ? 1 : 0) === 1) this.everyLineBuffer[everyLine++] = c.index;
    }
    this.everyLine = this.everyLineBuffer.subarray(0, everyLine);
  }

  /**
   * Reads what of the text the current file's rules judge by more than a line: the POD blocks of
   * Perl source, judged as documentation, and the bodies of PEM blocks, part of their block. Call
   * after `begin`, with the text to be scanned.
   */
  readText(text: string): void {
    this.pem = pemBodies(text);
    if (this.pem.length === 0) this.pem = undefined;
    this.pod = isPerlSource(this.path, text) ? podBlocks(text) : undefined;
    if (this.pod?.length === 0) this.pod = undefined;
    else if (this.pod !== undefined) this.podFile = { ...this.file, docs: true };
  }

  /**
   * Runs `scan` over a decoded view of the text (the wrapped stage's inner scans) with the view's own
   * PEM bodies: the file's are offsets into other characters, and would drop whatever the view holds
   * where the file has a key's body. A decoded view is no Perl source, so no POD block applies.
   */
  inView<T>(view: string, scan: () => T): T {
    const { pem, pod } = this;
    this.pem = pemBodies(view);
    if (this.pem.length === 0) this.pem = undefined;
    this.pod = undefined;
    try {
      return scan();
    } finally {
      this.pem = pem;
      this.pod = pod;
    }
  }

  /** Whether rule `index` may run on the current file, testing its `Rule.paths` the first time it is asked. */
  applies(index: number): boolean {
    const state = this.enabled![index]!;
    if (state !== 2) return state === 1;
    const yes = this.compiled[index]!.rule.paths!.test(this.path!);
    this.enabled![index] = yes ? 1 : 0;
    return yes;
  }

  /** The suppression of the last line looked up in `text`, if any (an over-long one is costly to look at again). */
  suppressionIn(text: string): { readonly lineStart: number; readonly value: boolean } | undefined {
    return this.suppressionText === text
      ? { lineStart: this.suppressionLine, value: this.suppressionValue }
      : undefined;
  }

  /** Takes the suppression of the line at `lineStart` of `text` as known to be `value`. */
  carrySuppression(text: string, lineStart: number, value: boolean): void {
    this.suppressionText = text;
    this.suppressionLine = lineStart;
    this.suppressionValue = value;
  }

  /**
   * Runs the single-line rules the line triggered on it (on an over-long line, on windows around
   * their keywords), resolves overlaps and applies suppressions.
   */
  evaluateLine(text: string, lineStart: number, lineEnd: number, out: Finding[]): void {
    const { lineHits } = this;
    if (lineHits.triggeredCount === 0) return;
    const outBefore = out.length;
    const long = lineEnd - lineStart > this.maxLineLength;
    // One slice serves every rule (a slice of a flat string is a view, not a copy).
    const line = long ? '' : text.slice(lineStart, lineEnd);
    let found: Finding[] | undefined;
    let foundRules: number[] | undefined;
    const order = this.ruleOrder(lineHits);
    if (long) {
      this.gateMemo.nextLine();
      this.sharedGates = this.gateMemo;
    }
    for (let t = 0; t < lineHits.triggeredCount && !this.full(found); t++) {
      const c = this.compiled[order[t]!]!;
      const before = found?.length ?? 0;
      this.startCount = c.anchored ? lineHits.starts(c.index) : 0;
      this.startCursor = 0;
      this.gateInWindow = long;
      if (!long) found = this.matchWindow(line, lineStart, c, Infinity, found);
      else {
        const n = lineHits.windows(c.index, lineStart, lineEnd);
        const bounds = lineHits.windowBounds;
        for (let w = 0; w < n && !this.full(found); w++)
          found = this.matchWindow(text.slice(bounds[2 * w]!, bounds[2 * w + 1]!), bounds[2 * w]!, c, Infinity, found);
      }
      if (found !== undefined && found.length > before) {
        foundRules ??= [];
        for (let k = before; k < found.length; k++) foundRules.push(c.index);
      }
    }
    this.sharedGates = undefined;
    if (found === undefined || found.length === 0) return;
    if (this.lineSuppressed(text, lineStart, lineEnd)) return;
    if (found.length === 1) out.push(found[0]!);
    else {
      const resolved = resolveOverlaps(found, foundRules!);
      this.work += resolved.work;
      for (const f of resolved.kept) out.push(f);
    }
    this.findingsLeft -= out.length - outBefore;
  }

  /**
   * The order to run the line's triggered rules in: as triggered, or under a findings cap in
   * catalogue order, the order overlaps are settled in. Then a line cut short keeps a subset of
   * what its full scan keeps: each rule run saw every earlier rule's findings.
   */
  private ruleOrder(lineHits: LineHits): Int32Array {
    const { triggered, triggeredCount } = lineHits;
    if (this.findingsLeft === Infinity || triggeredCount < 2) return triggered;
    // An insertion sort: a line triggers a few rules, nearly in order, and this allocates nothing.
    const sorted = this.sortedRules;
    for (let i = 0; i < triggeredCount; i++) {
      const rule = triggered[i]!;
      let j = i;
      for (; j > 0 && sorted[j - 1]! > rule; j--) sorted[j] = sorted[j - 1]!;
      sorted[j] = rule;
    }
    return sorted;
  }

  private readonly sortedRules: Int32Array;

  /**
   * Tries multi-line rule `c` for its keyword hit at `hitStart` on the line [lineStart, lineEnd)
   * (start positions before `attemptEnd` only):
   * at the start positions from MULTILINE_LOOKBEHIND characters before the keyword (not before the
   * line) up to the keyword, each tried once per pass (`multiNext`), so hits close together share
   * the work and a hit deep in a long line is reached wherever it stands.
   */
  evaluateMultilineHit(
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
    while (at <= lastStart && !this.full(undefined)) {
      // One slice serves every attempt from this hit; a slice of a flat string is a view, not a copy.
      const slice = text.slice(at, windowEnd);
      const regex = this.leadInPattern(c, lastStart - at);
      regex.lastIndex = 0;
      const m = regex.exec(slice);
      this.work += 1 + MULTILINE_LOOKBEHIND + (m ? m[0].length : 0);
      const matchStart = m ? at + m.indices!.groups!['asgMatchStart']![0] : -1;
      if (m === null || matchStart > lastStart || matchStart > lineEnd) break;
      const found = this.accept(c, m, slice, at, Infinity, undefined, matchStart);
      if (found !== undefined && !this.lineSuppressed(text, lineStart, lineEnd)) {
        out.push(...found);
        this.findingsLeft -= found.length;
      }
      at = Math.max(at + m.index + m[0].length, matchStart + 1);
    }
    this.multiNext[c.index] = Math.max(at, hitStart + 1);
  }

  /**
   * Multi-line rule `c`'s pattern behind a lead-in of at least `reach` characters (`multiStart`'s
   * own for the longest). A match starting past `reach` is dropped anyway, and a lazy lead-in finds
   * the first start that matches, so a shorter one finds the same match or, where that one would
   * be dropped, none: it only spares the tries from starts past the keyword (a hit near its line's
   * start or an earlier hit's tries, as on a file of short PEM lines).
   */
  private leadInPattern(c: CompiledRule, reach: number): RegExp {
    let size = 0;
    while (size < LEAD_IN_SIZES.length && LEAD_IN_SIZES[size]! < reach) size++;
    if (size === LEAD_IN_SIZES.length) return this.multiStart[c.index]!;
    const patterns = (this.shortLeadIns[c.index] ??= []);
    return (patterns[size] ??= multiStartPattern(c, LEAD_IN_SIZES[size])!);
  }

  /** Per multi-line rule, its patterns behind the lead-ins of LEAD_IN_SIZES (by position), made when first needed. */
  private readonly shortLeadIns: RegExp[][] = [];

  /**
   * How far past a keyword `c`'s gate may read on an over-long line: as far as the farthest-reading
   * pattern among the rules sharing that gate (a gate holds wherever any of them can match), so
   * those rules see the same answer and share it (`sharedGates`).
   */
  private sharedGateReach(c: CompiledRule): number {
    let reach = this.gateReaches[c.index]!;
    if (reach < 0) {
      reach = 0;
      const sharing = this.compiled.filter((other) => other.gate === c.gate);
      for (const other of sharing) reach = Math.max(reach, other.gateReach);
      for (const other of sharing) {
        this.gateReaches[other.index] = reach;
        this.gateShared[other.index] = sharing.length > 1 ? 1 : 0;
      }
    }
    return reach;
  }

  /** Per rule, `sharedGateReach` (-1 until worked out). */
  private readonly gateReaches: Float64Array;
  /** Per rule, 1 when another rule uses its gate (its answers are worth keeping), once `sharedGateReach` worked it out. */
  private readonly gateShared: Uint8Array;
  /** Gate answers shared on the over-long line being evaluated (undefined elsewhere). */
  private sharedGates: GateMemo | undefined;
  private readonly gateMemo = new GateMemo();

  /** Whether a marker suppresses findings starting on the line, computed once per line. */
  lineSuppressed(text: string, lineStart: number, lineEnd: number): boolean {
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
  readonly multiNext: Float64Array;
  /** Per multi-line rule, its pattern behind a bounded lazy lead-in, sticky: one exec tries every start in the lookbehind. */
  readonly multiStart: (RegExp | undefined)[];
  /** How many keyword starts of the current rule `lineHits.startBuffer` holds, and the next one to try. */
  startCount = 0;
  startCursor = 0;
  /** Whether the current line is over-long, so its anchored rules' gates run per window. */
  gateInWindow = false;
  /** A rescanned stretch's keyword starts of the current anchored rule (else `lineHits.startBuffer`). */
  anchorStarts: Int32Array | undefined;
  /** Whether the window being matched is long, when its slice is cut from it (a rescanned stretch). */
  windowLong: boolean | undefined;

  /**
   * Runs one rule over `slice` (the text from offset `from`), appending its findings whose whole
   * match starts at or before `maxMatchStart` to `found` (created on the first one).
   */
  matchWindow(
    slice: string,
    from: number,
    c: CompiledRule,
    maxMatchStart: number,
    found: Finding[] | undefined,
    startAt = 0,
  ): Finding[] | undefined {
    if (this.neverMatches[c.index] === 1) return found;
    const { regex } = c;
    let m: RegExpExecArray | null;
    if (c.anchored) {
      // The same matches as the scan below: a match can only start at a keyword, and a sticky
      // attempt there finds what the scan would, so trying just those positions in order skips
      // nothing. `next` plays the scan's lastIndex.
      // Windows come in ascending order, so one cursor walks the line's starts once for all of them.
      const starts = this.anchorStarts ?? this.lineHits.startBuffer;
      const end = from + slice.length;
      // The cursor and the work count live in locals for the loop (gates and regexes are calls,
      // across which fields would be stored and reloaded), and are written back once.
      const count = this.startCount;
      let cursor = this.startCursor;
      while (cursor < count && starts[cursor]! < from) cursor++;
      let next = startAt;
      // Read once per window (they are worked out when first read).
      const gate = this.gateInWindow ? c.gate : undefined;
      const gateReach = gate === undefined ? 0 : this.sharedGateReach(c);
      const answers =
        gate === undefined || this.gateShared[c.index] !== 1
          ? undefined
          : this.sharedGates?.forRule(gate, c.index, count);
      let minLength = -1;
      let work = 0;
      for (; cursor < count; cursor++) {
        const start = starts[cursor]!;
        if (start >= end) break;
        if (found !== undefined && this.full(found)) break;
        const at = start - from;
        if (at < next) continue;
        // A short line's keywords were gated as they were found; an over-long line keeps them all
        // (they shape its windows), and the gate sees what the pattern sees: the window.
        // It sees what the patterns it serves may read from there, and no further: what it reads
        // stays local on a long line.
        if (gate !== undefined) {
          let yes = answers === undefined ? -1 : answers.lookup(start, from, end);
          if (yes < 0) {
            yes = gate(slice, at, Math.min(slice.length, at + gateReach)) ? 1 : 0;
            answers?.record(start, from, end, yes === 1);
          }
          if (yes === 0) continue;
        }
        if (minLength < 0) minLength = c.minLength;
        // Too little left for the shortest match: the attempt would fail (and reset lastIndex).
        if (slice.length - at < minLength) {
          regex.lastIndex = 0;
          work += 1;
          continue;
        }
        regex.lastIndex = at;
        m = regex.exec(slice);
        if (m === null) {
          work += 1;
          continue;
        }
        work += 1 + m[0].length;
        if (m[0].length === 0) {
          next = at + 1;
          continue;
        }
        next = regex.lastIndex;
        found = this.accept(c, m, slice, from, maxMatchStart, found);
      }
      this.startCursor = cursor;
      this.work += work;
      return found;
    }
    // A scanning regex looks at every character of its slice (a linear pattern, at most a few times).
    this.work += 1 + slice.length - startAt;
    // A stretch shorter than the shortest match holds none (a failed scan resets lastIndex too).
    if (slice.length - startAt < c.minLength) {
      regex.lastIndex = 0;
      return found;
    }
    regex.lastIndex = startAt;
    while ((found === undefined || !this.full(found)) && (m = regex.exec(slice)) !== null) {
      this.work++;
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
      ctx.file = this.pod !== undefined && inRanges(this.pod, matchStart ?? from + m.index) ? this.podFile : this.file;
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
    if (this.docBlocks && inDocumentationBlock(slice, secretIndices[0]!)) return found;
    // A PEM body's line is part of its block, which the key rules report once (from its BEGIN line).
    if (this.pem !== undefined && inRanges(this.pem, from + secretIndices[0]!)) return found;
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

/** Lead-ins shorter than MULTILINE_LOOKBEHIND that `leadInPattern` makes: a few patterns per rule, each covering a range of reaches. */
const LEAD_IN_SIZES = [0, 4, 16, 32, 48];

/** Candidates a line may hold per finding the scan may still keep, before a findings cap stops it. */
const CANDIDATES_PER_FINDING = 4;

/**
 * Whether `pattern` ends, outside any alternative, in an empty negative lookahead `(?!)`, which
 * no position passes: it matches nothing.
 */
export function neverMatches(pattern: RegExp): boolean {
  const source = pattern.source;
  if (!source.endsWith('(?!)')) return false;
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '[') {
      // A class: up to its closing bracket, escapes skipped.
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return false;
  }
  return true;
}

/** Test code may hold real credentials, but usually holds made-up ones: one step less sure. */
function lowerConfidence(c: Confidence): Confidence {
  return c === 'high' ? 'medium' : 'low';
}
