import type { Finding } from '../finding';
import { decodeRun, encodedRange, mayEncodeText, MIN_RUN, runEnd, type Encoding } from './decode';
import { sourceRange, unescapedView, type ViewKind } from './unescape';

/**
 * The wrapped stage: secrets that no rule sees as written because they are encoded (base64,
 * base64url, hex, percent-encoding) or escaped (inside a JSON string, a notebook cell's source).
 * A line pays for it only when the keyword pass saw a trigger on it: a run of MIN_RUN characters of
 * the encoded alphabets that may encode text, or an escape. The line's decoded views are scanned by
 * the whole detector (so a decoded view may be decoded again, up to MAX_DEPTH), and what is found is
 * reported at its source range with the inner rule's id, preview and fingerprint: the same secret
 * written plainly has the same fingerprint, so one baseline entry covers both.
 *
 * Locality: everything here depends on the line alone (and the line before it, for suppressions),
 * as the detector's contract for single-line rules requires. That is also why the caps are per line
 * and per run, not per file: a file-wide budget would make a line's findings depend on the lines
 * before it. Work stays linear: each run is decoded once per depth, and a decoded view is shorter
 * than its source.
 */

/** Decoding within decoding: base64 of base64, percent-encoded base64, base64 in a JSON string. */
export const MAX_DEPTH = 3;
/** Per line: the encoded runs decoded and the characters of decoded text scanned. */
export const MAX_RUNS_PER_LINE = 64;
export const MAX_DECODED_PER_LINE = 256 * 1024;

export const TRIGGER_RUN = 1;
export const TRIGGER_JSON = 2;
export const TRIGGER_PERCENT = 4;

/** Escapes that make a line worth a view: keyword → trigger. */
export const TRIGGER_KEYWORDS: ReadonlyMap<string, number> = new Map([
  ['\\"', TRIGGER_JSON],
  ['\\/', TRIGGER_JSON],
  ['\\u00', TRIGGER_JSON],
  ['\\040', TRIGGER_JSON],
  ['%2b', TRIGGER_PERCENT],
  ['%2f', TRIGGER_PERCENT],
  ['%3d', TRIGGER_PERCENT],
  ['%5f', TRIGGER_PERCENT],
  ['%2d', TRIGGER_PERCENT],
]);

/** A finding of the stage, and the source span it was decoded from (the run, or the escaped secret). */
export interface WrappedFinding {
  readonly finding: Finding;
  readonly spanStart: number;
  readonly spanEnd: number;
}

export interface WrappedLine {
  readonly lineStart: number;
  readonly lineEnd: number;
  /** TRIGGER_* bits seen on the line. */
  triggers: number;
  /** Starts of the encoded runs that may encode text, ascending. */
  readonly runStarts: number[];
  /**
   * When only part of the line is scanned (an incremental rescan of an over-long line): the runs
   * counted and the decoding budget left before that part.
   */
  runsBefore?: number;
  budgetLeft?: number;
}

/** Scans a decoded text with every rule (one level deeper) and returns its findings, sorted. */
export type InnerScan = (text: string, depth: number) => readonly Finding[];

/** Findings produced by this stage, so a nested one's reason can be extended rather than replaced. */
const wrappedFindings = new WeakSet<Finding>();

/** The wrapped stage's findings on one line of `text`, at `depth` (0 for the file itself). */
export function findWrapped(
  text: string,
  line: WrappedLine,
  depth: number,
  scan: InnerScan,
  titleOf: (ruleId: string) => string,
): WrappedFinding[] {
  const out: WrappedFinding[] = [];
  const { lineStart, lineEnd } = line;
  let budget = line.budgetLeft ?? MAX_DECODED_PER_LINE;
  let runs = line.runsBefore ?? 0;
  let nextFree = lineStart;
  for (const start of line.runStarts) {
    if (start < nextFree || runs++ >= MAX_RUNS_PER_LINE) continue;
    const end = runEnd(text, start, lineEnd);
    nextFree = end;
    if (end - start < MIN_RUN || isJwtSegment(text, start, end)) continue;
    const decoded = decodeRun(text, start, end);
    if (decoded === undefined || decoded.text.length > budget) continue;
    budget -= decoded.text.length;
    // The span takes in the padding, which a plain rule matching the encoded value includes.
    let spanEnd = end;
    while (spanEnd < end + 2 && text.charCodeAt(spanEnd) === 61) spanEnd++;
    for (const inner of scan(decoded.text, depth + 1)) {
      const [s, e] = encodedRange(decoded.encoding, start, end, inner.start, inner.end);
      out.push({ finding: rewrap(inner, s, e, decoded.encoding, titleOf), spanStart: start, spanEnd });
    }
  }
  const lineText = text.slice(lineStart, lineEnd);
  if (line.triggers & TRIGGER_JSON) addView('json');
  if (line.triggers & TRIGGER_PERCENT) addView('percent');
  return out.length > 1 ? uniqueByRange(out) : out;

  function addView(kind: ViewKind): void {
    const view = unescapedView(lineText, kind);
    if (view === undefined || view.length > budget) return;
    budget -= view.length;
    for (const inner of scan(view, depth + 1)) {
      const [s, e] = sourceRange(lineText, kind, inner.start, inner.end);
      // A JSON-escaped secret is the same secret in a string: only its range changes.
      const finding =
        kind === 'json'
          ? moved(inner, lineStart + s, lineStart + e)
          : rewrap(inner, lineStart + s, lineStart + e, 'percent', titleOf);
      out.push({ finding, spanStart: lineStart + s, spanEnd: lineStart + e });
    }
  }
}

/** A finding of a decoded text, reported at the source range it was decoded from. */
function rewrap(
  inner: Finding,
  start: number,
  end: number,
  encoding: Encoding | 'percent',
  titleOf: (ruleId: string) => string,
): Finding {
  const what = wrappedFindings.has(inner) && inner.why !== undefined ? inner.why : titleOf(inner.ruleId);
  const f: Finding = { ...inner, start, end, why: `${encoding}-encoded ${what}` };
  wrappedFindings.add(f);
  return f;
}

function moved(inner: Finding, start: number, end: number): Finding {
  const f: Finding = { ...inner, start, end };
  if (wrappedFindings.has(inner)) wrappedFindings.add(f);
  return f;
}

/** JWT segments are judged by the JWT rule, not decoded (their JSON names claims, not credentials). */
export function isJwtSegment(text: string, start: number, end: number): boolean {
  return text.charCodeAt(end) === 46 || text.charCodeAt(start - 1) === 46;
}

/**
 * One finding per (rule, range), as the incremental rescan keeps them (several secrets of one rule
 * in one encoded run share the run's groups only when they share their bytes).
 */
function uniqueByRange(found: WrappedFinding[]): WrappedFinding[] {
  const seen = new Set<string>();
  return found.filter((w) => {
    const key = rangeKey(w.finding);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Records a wrapped-stage trigger ending at `end` on the line [lineStart, lineEnd): an encoded run
 * only if its first characters may encode text, which rejects identifiers and hashes at once.
 */
export function noteTrigger(
  wrapped: WrappedLine[],
  text: string,
  trigger: number,
  end: number,
  lineStart: number,
  lineEnd: number,
): void {
  const runStart = end - MIN_RUN;
  if (trigger === TRIGGER_RUN && !mayEncodeText(text, runStart)) return;
  let line = wrapped[wrapped.length - 1];
  if (line === undefined || line.lineStart !== lineStart)
    wrapped.push((line = { lineStart, lineEnd, triggers: 0, runStarts: [] }));
  line.triggers |= trigger;
  if (trigger === TRIGGER_RUN) line.runStarts.push(runStart);
}

/**
 * Adds the wrapped findings to the plain ones of the same region. A wrapped finding equal to a plain
 * one (a secret the rules already saw through its escapes) is dropped. A single-line plain finding
 * within what a wrapped one was decoded from is the same secret seen twice (a generic rule matching
 * the encoded value, or a rule for that very encoding, like a kubeconfig's base64 key data): the one
 * whose rule comes first in the catalogue stays, as between overlapping plain findings.
 */
export function mergeWrapped(
  plain: readonly Finding[],
  found: readonly WrappedFinding[],
  ruleIndex: (f: Finding) => number,
  isMultiline: (f: Finding) => boolean,
): Finding[] {
  const keys = new Set(plain.map(rangeKey));
  const fresh = found.filter((w) => !keys.has(rangeKey(w.finding))).sort((a, b) => a.spanStart - b.spanStart);
  // Of the spans starting at or before a finding, the furthest-reaching one holds it if any does.
  const widest = new Int32Array(fresh.length);
  fresh.forEach((w, i) => (widest[i] = i > 0 && fresh[widest[i - 1]!]!.spanEnd >= w.spanEnd ? widest[i - 1]! : i));
  const dropped = new Uint8Array(fresh.length);
  const kept = plain.filter((f) => {
    if (isMultiline(f)) return true;
    const i = lastStartingAtOrBefore(fresh, f.start);
    if (i < 0 || fresh[widest[i]!]!.spanEnd < f.end) return true;
    if (ruleIndex(f) < ruleIndex(fresh[widest[i]!]!.finding)) {
      dropped[widest[i]!] = 1;
      return true;
    }
    return false;
  });
  fresh.forEach((w, i) => dropped[i] === 0 && kept.push(w.finding));
  return kept;
}

function lastStartingAtOrBefore(sorted: readonly WrappedFinding[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.spanStart <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function rangeKey(f: Finding): string {
  return `${f.ruleId}\0${f.start}\0${f.end}`;
}
