import { compareFindings, type Finding } from '../finding';
import { fingerprint, redact } from '../redact';
import { isPlaceholder } from '../rules/placeholders';
import type { Rule } from '../rules/types';
import { shannonEntropy } from './entropy';
import { KeywordMatcher } from './prefilter';
import { isSuppressed } from './suppressions';

export interface DetectorOptions {
  /**
   * Lines longer than this (minified code, data blobs) are scanned only in windows around keyword
   * occurrences, so one huge line cannot make a rule's regex run over megabytes per keyword.
   */
  readonly maxLineLength?: number;
  /** Characters kept either side of a keyword occurrence on an over-long line. */
  readonly longLineWindow?: number;
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
}

/**
 * Finds secrets in text. Construct once per rule set (it compiles patterns and the keyword
 * automaton); `scan` and `rescan` are then pure functions of their arguments.
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

  constructor(rules: readonly Rule[], options: DetectorOptions = {}) {
    this.maxLineLength = options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
    this.longLineWindow = options.longLineWindow ?? DEFAULT_LONG_LINE_WINDOW;
    this.compiled = rules.map((rule, index) => ({
      rule,
      index,
      regex: new RegExp(rule.pattern.source, uniqueFlags(rule.pattern.flags + 'dg')),
      maxSpan: rule.multiline?.maxSpan ?? 0,
    }));
    this.maxSpan = Math.max(0, ...this.compiled.map((c) => c.maxSpan));

    this.all = ruleMatcher(this.compiled);
    this.multiOnly = ruleMatcher(this.compiled.filter((c) => c.maxSpan > 0));
  }

  get rules(): readonly Rule[] {
    return this.compiled.map((c) => c.rule);
  }

  /** All findings in `text`, sorted by position. */
  scan(text: string): Finding[] {
    const findings = this.scanRegion(text, 0, text.length, 0, text.length);
    return findings.sort(compareFindings);
  }

  /**
   * Findings of `text` after `edit`, given the findings of the text before it. Rescans only the
   * lines the edit touched (widened for multi-line rules) and returns exactly what `scan(text)`
   * would.
   */
  rescan(text: string, previous: readonly Finding[], edit: TextEdit): Finding[] {
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
    const fresh = this.scanRegion(text, regenerateFrom, singleTo, singleFrom, singleTo);
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
  private scanRegion(text: string, multiFrom: number, to: number, singleFrom: number, singleTo: number): Finding[] {
    const out: Finding[] = [];
    const multiStamp = new Int32Array(this.compiled.length).fill(-1);
    if (multiFrom < singleFrom) this.scanHits(text, this.multiOnly, multiFrom, singleFrom, singleFrom, singleFrom, multiStamp, out);
    const scanTo = lineEndOf(text, Math.max(singleFrom, to - 1));
    this.scanHits(text, this.all, singleFrom, Math.min(text.length, scanTo), singleFrom, singleTo, multiStamp, out);
    return out;
  }

  /**
   * One keyword pass over [from, to): multi-line rules run from every line with a hit, single-line
   * rules on lines starting in [singleFrom, singleTo).
   */
  private scanHits(
    text: string,
    m: RuleMatcher,
    from: number,
    to: number,
    singleFrom: number,
    singleTo: number,
    multiStamp: Int32Array,
    out: Finding[],
  ): void {
    const { rulesByKeyword, keywordLengths } = m;
    const { maxLineLength } = this;
    let lineStart = -1;
    let lineEnd = -1;
    let longLine = false;
    // Single-line rules triggered on the current line; `stamp` makes "already triggered" one load.
    const triggered: CompiledRule[] = [];
    const windows = new Map<CompiledRule, number[]>();
    const stamp = new Int32Array(this.compiled.length).fill(-1);

    const flushLine = () => {
      if (triggered.length === 0) return;
      this.evaluateLine(text, lineStart, lineEnd, triggered, longLine ? windows : undefined, out);
      triggered.length = 0;
      windows.clear();
    };

    // Keywords never span a line break, so every hit lies wholly inside one line.
    m.matcher.scan(text, from, to, (keywordId, end) => {
      const start = end - keywordLengths[keywordId]!;
      if (start > lineEnd || lineStart < 0) {
        flushLine();
        lineStart = lineStartOf(text, start);
        lineEnd = lineEndOf(text, start);
        longLine = lineEnd - lineStart > maxLineLength;
      }
      const rules = rulesByKeyword[keywordId]!;
      for (let i = 0; i < rules.length; i++) {
        const c = rules[i]!;
        if (c.maxSpan > 0) {
          if (multiStamp[c.index] === lineStart) continue;
          multiStamp[c.index] = lineStart;
          this.evaluateMultiline(text, c, lineStart, lineEnd, out);
        } else if (lineStart >= singleFrom && lineStart < singleTo) {
          if (stamp[c.index] !== lineStart) {
            stamp[c.index] = lineStart;
            triggered.push(c);
          }
          if (longLine) this.addWindow(windows, c, lineStart, lineEnd, start, end);
        }
      }
    });
    flushLine();
  }

  /** On an over-long line, merges a window around this keyword hit into the rule's windows (hits arrive in order). */
  private addWindow(windows: Map<CompiledRule, number[]>, c: CompiledRule, lineStart: number, lineEnd: number, kwStart: number, kwEnd: number): void {
    const ws = Math.max(lineStart, kwStart - this.longLineWindow);
    const we = Math.min(lineEnd, kwEnd + this.longLineWindow);
    let list = windows.get(c);
    if (!list) {
      list = [];
      windows.set(c, list);
    }
    const n = list.length;
    if (n > 0 && ws <= list[n - 1]!) list[n - 1] = Math.max(list[n - 1]!, we);
    else list.push(ws, we);
  }

  /** Runs the triggered single-line rules on one line (or its windows), resolves overlaps, applies suppressions. */
  private evaluateLine(
    text: string,
    lineStart: number,
    lineEnd: number,
    triggered: readonly CompiledRule[],
    windows: Map<CompiledRule, number[]> | undefined,
    out: Finding[],
  ): void {
    const raw: { c: CompiledRule; f: Finding }[] = [];
    for (const c of triggered) {
      const emit = (f: Finding) => raw.push({ c, f });
      const list = windows?.get(c);
      if (list === undefined) this.matchWindow(text, c, lineStart, lineEnd, emit);
      else for (let i = 0; i < list.length; i += 2) this.matchWindow(text, c, list[i]!, list[i + 1]!, emit);
    }
    if (raw.length === 0) return;
    if (isSuppressed(text.slice(lineStart, lineEnd), previousLine(text, lineStart))) return;
    for (const f of resolveOverlaps(raw)) out.push(f);
  }

  private evaluateMultiline(text: string, c: CompiledRule, lineStart: number, lineEnd: number, out: Finding[]): void {
    const windowEnd = Math.min(text.length, lineStart + c.maxSpan);
    const found: Finding[] = [];
    this.matchWindow(text, c, lineStart, windowEnd, (f, matchStart) => {
      if (matchStart <= lineEnd) found.push(f);
    });
    if (found.length === 0) return;
    if (isSuppressed(text.slice(lineStart, lineEnd), previousLine(text, lineStart))) return;
    out.push(...found);
  }

  /** Runs one rule over [from, to); `emit` gets each finding and where its whole match starts. */
  private matchWindow(text: string, c: CompiledRule, from: number, to: number, emit: (f: Finding, matchStart: number) => void): void {
    const { rule, regex } = c;
    const slice = text.slice(from, to);
    regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = regex.exec(slice)) !== null) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const secretIndices = m.indices?.groups?.['secret'] ?? m.indices![0]!;
      const secret = m.groups?.['secret'] ?? m[0];
      if (secret === undefined || secret.length === 0) continue;
      const entropy = shannonEntropy(secret);
      if (rule.minEntropy !== undefined && entropy < rule.minEntropy) continue;
      if (!rule.skipPlaceholderFilter && isPlaceholder(secret)) continue;
      if (rule.validate && !rule.validate(secret, m[0])) continue;
      emit({
        ruleId: rule.id,
        start: from + secretIndices[0],
        end: from + secretIndices[1],
        confidence: rule.confidence,
        fingerprint: fingerprint(rule.id, secret),
        preview: redact(secret),
        entropy: Math.round(entropy * 100) / 100,
      }, from + m.index);
    }
  }
}

/** Drops repeats from a sorted list (a multi-line finding regenerated beside its kept copy). */
function dedupe(sorted: Finding[]): Finding[] {
  return sorted.filter((f, i) => i === 0 || compareFindings(sorted[i - 1]!, f) !== 0);
}

interface RuleMatcher {
  readonly matcher: KeywordMatcher;
  /** keyword id → compiled rules using it. */
  readonly rulesByKeyword: readonly (readonly CompiledRule[])[];
  readonly keywordLengths: Int32Array;
}

function ruleMatcher(rules: readonly CompiledRule[]): RuleMatcher {
  const keywordIds = new Map<string, number>();
  const byKeyword: CompiledRule[][] = [];
  for (const c of rules) {
    for (const kw of c.rule.keywords) {
      let id = keywordIds.get(kw);
      if (id === undefined) {
        id = keywordIds.size;
        keywordIds.set(kw, id);
        byKeyword.push([]);
      }
      if (!byKeyword[id]!.includes(c)) byKeyword[id]!.push(c);
    }
  }
  const keywords = [...keywordIds.keys()];
  return { matcher: new KeywordMatcher(keywords), rulesByKeyword: byKeyword, keywordLengths: Int32Array.from(keywords, (k) => k.length) };
}

/**
 * Where findings of single-line rules overlap on a line, keeps one: the rule listed earlier in the
 * catalogue (specific providers come before generic rules).
 */
function resolveOverlaps(raw: { c: CompiledRule; f: Finding }[]): Finding[] {
  if (raw.length === 1) return [raw[0]!.f];
  raw.sort((a, b) => a.c.index - b.c.index || a.f.start - b.f.start);
  const kept: Finding[] = [];
  for (const { f } of raw) {
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
