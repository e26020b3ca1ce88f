import { compareFindings, type Finding } from '../finding';
import { fingerprint, redact } from '../redact';
import { isPlaceholder } from '../rules/placeholders';
import type { Confidence, MatchContext, Rule, Verdict } from '../rules/types';
import { fileKindOf, slashPath, type FileKind } from './fileKind';
import { shannonEntropy } from './entropy';
import { LineHits } from './lineHits';
import { KeywordMatcher } from './prefilter';
import { isSuppressed } from './suppressions';
import { MIN_RUN } from './decode';
import { findWrapped, MAX_DEPTH, mergeWrapped, noteTrigger, TRIGGER_KEYWORDS, TRIGGER_RUN, type WrappedFinding, type WrappedLine } from './wrapped';

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
}

/** A replacement of `[start, oldEnd)` of the previous text by `[start, newEnd)` of the new text. */
export interface TextEdit {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

export const DEFAULT_MAX_LINE_LENGTH = 4096;
const DEFAULT_LONG_LINE_WINDOW = 512;

interface CompiledRule {
  readonly rule: Rule;
  readonly index: number;
  readonly regex: RegExp;
  readonly maxSpan: number; // 0 for single-line rules
  /** Tried only at its keywords' starts, with a sticky regex (`Rule.startsAtKeyword`). */
  readonly anchored: boolean;
  /** Multi-line rules: the pattern tried at one position, near a keyword beyond the line's first window. */
  readonly sticky: RegExp | undefined;
}

/** How far before its keyword a multi-line match may start (`-----BEGIN ENCRYPTED PRIVATE KEY-----`). */
const MATCH_BEFORE_KEYWORD = 64;

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
  private readonly matchContext: { path: string | undefined; file: FileKind; line: string; matchIndex: number } = { path: undefined, file: this.file, line: '', matchIndex: 0 };
  /** Per rule, whether it may run on the current file (`Rule.paths`); undefined when all may. */
  private enabled: Uint8Array | undefined;
  private readonly pathRestricted: readonly CompiledRule[];
  /** Per multi-line rule, on the current line: where the matches found so far end. */
  private readonly multiCoveredTo: Int32Array;

  constructor(rules: readonly Rule[], options: DetectorOptions = {}) {
    this.maxLineLength = options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
    this.longLineWindow = options.longLineWindow ?? DEFAULT_LONG_LINE_WINDOW;
    this.compiled = rules.map((rule, index) => {
      const maxSpan = rule.multiline?.maxSpan ?? 0;
      const anchored = rule.startsAtKeyword === true && maxSpan === 0;
      const sticky = maxSpan > 0 ? new RegExp(rule.pattern.source, uniqueFlags(rule.pattern.flags + 'd') + 'y') : undefined;
      return { rule, index, regex: new RegExp(rule.pattern.source, uniqueFlags(rule.pattern.flags + 'dg') + (anchored ? 'y' : '')), maxSpan, anchored, sticky };
    });
    this.maxSpan = Math.max(0, ...this.compiled.map((c) => c.maxSpan));

    this.all = ruleMatcher(this.compiled);
    this.multiOnly = ruleMatcher(this.compiled.filter((c) => c.maxSpan > 0));
    this.lineHits = new LineHits(this.compiled.length);
    this.multiCoveredTo = new Int32Array(this.compiled.length);
    this.pathRestricted = this.compiled.filter((c) => c.rule.paths !== undefined);
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

  get rules(): readonly Rule[] {
    return this.compiled.map((c) => c.rule);
  }

  /** All findings in `text`, sorted by position. */
  scan(text: string, context?: ScanContext): Finding[] {
    this.begin(context);
    const findings = this.scanRegion(text, 0, text.length, 0, text.length, 0);
    return findings.sort(compareFindings);
  }

  /**
   * Findings of `text` after `edit`, given the findings of the text before it. Rescans only the
   * lines the edit touched (widened for multi-line rules) and returns exactly what `scan(text)`
   * would.
   */
  rescan(text: string, previous: readonly Finding[], edit: TextEdit, context?: ScanContext): Finding[] {
    this.begin(context);
    const delta = edit.newEnd - edit.oldEnd;
    // Single-line rules: the edited lines and the line after (its suppression may have changed).
    const singleFrom = lineStartOf(text, edit.start);
    const afterEdited = lineNextStart(text, edit.newEnd);
    const singleTo = afterEdited >= text.length ? text.length : lineNextStart(text, afterEdited);
    // Multi-line rules: a finding whose secret starts within maxSpan before the edit may depend on
    // it; its match starts at most maxSpan earlier still, so regenerate from twice as far back.
    const dropFrom = this.maxSpan > 0 ? lineStartOf(text, Math.max(0, edit.start - this.maxSpan)) : singleFrom;
    const regenerateFrom = this.maxSpan > 0 ? lineStartOf(text, Math.max(0, edit.start - 2 * this.maxSpan)) : singleFrom;

    const kept: Finding[] = [];
    for (const f of previous) {
      let moved: Finding;
      if (f.end <= edit.start) moved = f;
      else if (f.start >= edit.oldEnd) moved = { ...f, start: f.start + delta, end: f.end + delta };
      else continue;
      const multi = (this.compiled[this.ruleIndexOf(f.ruleId)]?.maxSpan ?? 0) > 0;
      if (moved.start >= (multi ? dropFrom : singleFrom) && moved.start < singleTo) continue;
      kept.push(moved);
    }
    const fresh = this.scanRegion(text, regenerateFrom, singleTo, singleFrom, singleTo, 0);
    return dedupe(kept.concat(fresh).sort(compareFindings));
  }

  private ruleIndexCache: Map<string, number> | undefined;
  private ruleIndexOf(id: string): number {
    if (!this.ruleIndexCache) this.ruleIndexCache = new Map(this.compiled.map((c) => [c.rule.id, c.index]));
    return this.ruleIndexCache.get(id) ?? -1;
  }

  /**
   * Runs multi-line rules for keyword hits in lines starting in [multiFrom, to) and single-line rules
   * for hits in lines starting in [singleFrom, to). Both ranges start at a line start.
   */
  private scanRegion(text: string, multiFrom: number, to: number, singleFrom: number, singleTo: number, depth: number): Finding[] {
    const out: Finding[] = [];
    // Lines for the wrapped stage, from both passes (it runs on every line of [multiFrom, to), like
    // multi-line rules, because a decoded finding may carry a multi-line rule's id).
    const wrapped: WrappedLine[] = [];
    if (multiFrom < singleFrom) this.scanHits(text, this.multiOnly, multiFrom, singleFrom, singleFrom, singleFrom, out, wrapped);
    const scanTo = lineEndOf(text, Math.max(singleFrom, to - 1));
    this.scanHits(text, this.all, singleFrom, Math.min(text.length, scanTo), singleFrom, singleTo, out, wrapped);
    return wrapped.length === 0 || depth >= MAX_DEPTH ? out : this.addWrapped(text, out, wrapped, depth);
  }

  /** Runs the wrapped stage (wrapped.ts) on its lines; its findings replace the plain ones they explain. */
  private addWrapped(text: string, out: Finding[], lines: readonly WrappedLine[], depth: number): Finding[] {
    const found: WrappedFinding[] = [];
    const scanInner = (inner: string, innerDepth: number) => this.scanRegion(inner, 0, inner.length, 0, inner.length, innerDepth).sort(compareFindings);
    const titleOf = (id: string) => this.compiled[this.ruleIndexOf(id)]?.rule.title ?? id;
    for (const line of lines) {
      const here = findWrapped(text, line, depth, scanInner, titleOf);
      if (here.length > 0 && !isSuppressed(text.slice(line.lineStart, line.lineEnd), previousLine(text, line.lineStart))) found.push(...here);
    }
    if (found.length === 0) return out;
    return mergeWrapped(out, found, (f) => this.ruleIndexOf(f.ruleId), (f) => (this.compiled[this.ruleIndexOf(f.ruleId)]?.maxSpan ?? 0) > 0);
  }

  /**
   * One keyword pass over [from, to): multi-line rules run from every line with a hit, single-line
   * rules on lines starting in [singleFrom, singleTo). Every line is visited at most once per scan,
   * so a rule claimed on a line runs there once.
   */
  private scanHits(text: string, m: RuleMatcher, from: number, to: number, singleFrom: number, singleTo: number, out: Finding[], wrapped: WrappedLine[]): void {
    const { rulesByKeyword, keywordLengths, triggerOf } = m;
    const { compiled, lineHits, enabled } = this;
    let lineStart = -1;
    let lineEnd = -1;
    lineHits.nextLine();
    // Keywords never span a line break, so every hit lies wholly inside one line.
    m.matcher.scan(text, from, to, (keywordId, end, hitLineStart) => {
      const start = end - keywordLengths[keywordId]!;
      if (hitLineStart !== lineStart) {
        this.evaluateLine(text, lineStart, lineEnd, out);
        lineHits.nextLine();
        lineStart = hitLineStart;
        lineEnd = lineEndOf(text, start);
      }
      const trigger = triggerOf[keywordId]!;
      if (trigger !== 0) noteTrigger(wrapped, text, trigger, end, lineStart, lineEnd);
      const rules = rulesByKeyword[keywordId]!;
      for (let i = 0; i < rules.length; i++) {
        const c = compiled[rules[i]!]!;
        if (enabled !== undefined && enabled[c.index] === 0) continue;
        if (c.maxSpan > 0) {
          if (lineHits.claim(c.index)) this.multiCoveredTo[c.index] = this.evaluateMultiline(text, c, lineStart, lineEnd, out);
          // Past the first half of the line's first window, a match may run beyond that window.
          if (start - lineStart > c.maxSpan >> 1 && start >= this.multiCoveredTo[c.index]!) this.multiCoveredTo[c.index] = this.evaluateMultilineAt(text, c, start, lineStart, lineEnd, out);
        } else if (lineStart >= singleFrom && lineStart < singleTo) lineHits.add(c.index, start, end);
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
      if (!long) found = this.matchWindow(line, lineStart, c, Infinity, found);
      else {
        const n = lineHits.windows(c.index, lineStart, lineEnd, this.longLineWindow);
        const bounds = lineHits.windowBounds;
        for (let w = 0; w < n; w++) found = this.matchWindow(text.slice(bounds[2 * w]!, bounds[2 * w + 1]!), bounds[2 * w]!, c, Infinity, found);
      }
      if (found !== undefined && found.length > before) {
        foundRules ??= [];
        for (let k = before; k < found.length; k++) foundRules.push(c.index);
      }
    }
    if (found === undefined || found.length === 0) return;
    if (isSuppressed(text.slice(lineStart, lineEnd), previousLine(text, lineStart))) return;
    if (found.length === 1) out.push(found[0]!);
    else for (const f of resolveOverlaps(found, foundRules!)) out.push(f);
  }

  /** Runs a multi-line rule from its line's start; returns where its last match ends (or the line start). */
  private evaluateMultiline(text: string, c: CompiledRule, lineStart: number, lineEnd: number, out: Finding[]): number {
    const windowEnd = Math.min(text.length, lineStart + c.maxSpan);
    const found = this.matchWindow(text.slice(lineStart, windowEnd), lineStart, c, lineEnd, undefined);
    if (found === undefined) return lineStart;
    if (!isSuppressed(text.slice(lineStart, lineEnd), previousLine(text, lineStart))) out.push(...found);
    return Math.max(...found.map((f) => f.end));
  }

  /**
   * A later keyword of a multi-line rule on the same line, past the matches found so far: on a long
   * line (a PEM key in a one-line JSON value or bundle) the first window may end before its match
   * does. Tries the positions up to MATCH_BEFORE_KEYWORD before the keyword, each once (a failed try
   * stops at the first character the pattern rejects), so the work stays linear in the line.
   * Returns how far the line is now covered.
   */
  private evaluateMultilineAt(text: string, c: CompiledRule, keywordStart: number, lineStart: number, lineEnd: number, out: Finding[]): number {
    const lo = Math.max(this.multiCoveredTo[c.index]!, keywordStart - MATCH_BEFORE_KEYWORD, lineStart);
    const slice = text.slice(lo, Math.min(text.length, lo + c.maxSpan));
    const sticky = c.sticky!;
    for (let p = lo; p <= keywordStart; p++) {
      sticky.lastIndex = p - lo;
      const m = sticky.exec(slice);
      if (m === null || m[0].length === 0) continue;
      const found = this.accept(c, m, slice, lo, Infinity, undefined);
      if (found !== undefined && !isSuppressed(text.slice(lineStart, lineEnd), previousLine(text, lineStart))) out.push(...found);
      return lo + sticky.lastIndex;
    }
    return keywordStart + 1;
  }

  /**
   * Runs one rule over `slice` (the text from offset `from`), appending its findings whose whole
   * match starts at or before `maxMatchStart` to `found` (created on the first one).
   */
  private matchWindow(slice: string, from: number, c: CompiledRule, maxMatchStart: number, found: Finding[] | undefined): Finding[] | undefined {
    const { regex } = c;
    let m: RegExpExecArray | null;
    if (c.anchored) {
      // The same matches as the scan below: a match can only start at a keyword, and a sticky
      // attempt there finds what the scan would, so trying just those positions in order skips
      // nothing. `next` plays the scan's lastIndex.
      const n = this.lineHits.starts(c.index, from, from + slice.length);
      const starts = this.lineHits.startBuffer;
      let next = 0;
      for (let k = 0; k < n; k++) {
        const at = starts[k]! - from;
        if (at < next) continue;
        regex.lastIndex = at;
        if ((m = regex.exec(slice)) === null) continue;
        if (m[0].length === 0) {
          next = at + 1;
          continue;
        }
        next = regex.lastIndex;
        found = this.accept(c, m, slice, from, maxMatchStart, found);
      }
      return found;
    }
    regex.lastIndex = 0;
    while ((m = regex.exec(slice)) !== null) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      found = this.accept(c, m, slice, from, maxMatchStart, found);
    }
    return found;
  }

  /** Appends the finding of a non-empty match `m` of rule `c` in a slice starting at `from`, unless a check rejects it. */
  private accept(c: CompiledRule, m: RegExpExecArray, slice: string, from: number, maxMatchStart: number, found: Finding[] | undefined): Finding[] | undefined {
    const { rule } = c;
    const secretIndices = m.indices?.groups?.['secret'] ?? m.indices![0]!;
    const secret = m.groups?.['secret'] ?? m[0];
    if (secret === undefined || secret.length === 0 || from + m.index > maxMatchStart) return found;
    // The checks are independent; the rule's own goes first because it is cheap where matches are
    // many (the generic rules' name and value checks) and rejects most of them.
    let verdict: boolean | Verdict = true;
    if (rule.validate) {
      const ctx = this.matchContext;
      ctx.line = slice;
      ctx.matchIndex = m.index;
      verdict = rule.validate(secret, m[0], ctx as MatchContext);
      if (verdict === false) return found;
    }
    const entropy = shannonEntropy(secret);
    if (rule.minEntropy !== undefined && entropy < rule.minEntropy) return found;
    if (!rule.skipPlaceholderFilter && isPlaceholder(secret)) return found;
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
  return { matcher, rulesByKeyword: [...byKeyword, []], keywordLengths: lengths, triggerOf };
}

/**
 * Where findings of single-line rules overlap on a line, keeps one: the rule listed earlier in the
 * catalogue (specific providers come before generic rules). `ruleIndices[i]` is the rule of `found[i]`.
 */
function resolveOverlaps(found: readonly Finding[], ruleIndices: readonly number[]): Finding[] {
  const order = found.map((_, i) => i).sort((a, b) => ruleIndices[a]! - ruleIndices[b]! || found[a]!.start - found[b]!.start);
  const kept: Finding[] = [];
  for (const i of order) {
    const f = found[i]!;
    if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
  }
  return kept;
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
