import { decodeRun, MAX_RUN, mayEncodeText, MIN_RUN, runEnd } from './decode';
import { isJwtSegment, MAX_DECODED_PER_LINE, MAX_RUNS_PER_LINE } from './wrapped';
import { isSpace } from '../rules/keywordGates';

/**
 * Helpers for rescanning part of an over-long line after an edit (Detector.rescan): where the line
 * can be cut so that what lies either side of the cut is scanned independently, and the per-line
 * state the cut cannot split (the wrapped stage's caps, suppression markers).
 */

/**
 * The keyword matcher's run alphabet (A-Z a-z 0-9 + / _ -), by the low byte of a code unit as the
 * matcher reads it (prefilter.ts `RUN_ALPHABET`): a run here is a run there.
 */
const RUN_BYTE = new Uint8Array(256);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-') RUN_BYTE[c.charCodeAt(0)] = 1;

function inRun(text: string, at: number): boolean {
  return RUN_BYTE[text.charCodeAt(at) & 0xff] === 1;
}

/** Whether the matcher reports a run starting at `start` (a maximal run of MIN_RUN or more) that the wrapped stage decodes if it may. */
export function isCountedRun(text: string, start: number, lineEnd: number): boolean {
  if (start > 0 && inRun(text, start - 1)) return false;
  if (start + MIN_RUN > lineEnd) return false;
  for (let i = start; i < start + MIN_RUN; i++) if (!inRun(text, i)) return false;
  return mayEncodeText(text, start);
}

/** The source span the wrapped stage gives a run's findings: the run and its padding (wrapped.ts `findWrapped`). */
export function runSpanEnd(text: string, start: number, lineEnd: number): number {
  return runEnd(text, start, lineEnd) + 2;
}

/** Start of the matcher's run holding `at` (at most `floor` back), or -1 when `at` is not in a run. */
function runStartAt(text: string, at: number, floor: number): number {
  if (!inRun(text, at)) return -1;
  let i = at;
  while (i > floor && inRun(text, i - 1)) i--;
  return i;
}

/** Starts of the counted runs starting in [from, to) of the line ending at `lineEnd`. */
export function countedRunsIn(text: string, from: number, to: number, lineEnd: number): number[] {
  const out: number[] = [];
  let i = from;
  while (i < to) {
    if (!inRun(text, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < lineEnd && inRun(text, i)) i++;
    if (isCountedRun(text, start, lineEnd)) out.push(start);
  }
  return out;
}

/** A counted run of a line and what the wrapped stage does with it. */
export interface RunDecision {
  readonly start: number;
  /** Whether it is decoded and its text scanned. */
  readonly decoded: boolean;
  /** Decoded characters it takes from the line's budget (0 unless decoded). */
  readonly cost: number;
}

/**
 * The first MAX_RUNS_PER_LINE counted runs of the line [lineStart, lineEnd) and whether each is
 * decoded, as `findWrapped` decides them (later runs never are).
 */
export function runDecisions(text: string, lineStart: number, lineEnd: number): RunDecision[] {
  const out: RunDecision[] = [];
  let budget = MAX_DECODED_PER_LINE;
  let i = lineStart;
  while (i < lineEnd && out.length < MAX_RUNS_PER_LINE) {
    if (!inRun(text, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < lineEnd && inRun(text, i)) i++;
    if (!isCountedRun(text, start, lineEnd)) continue;
    const end = runEnd(text, start, lineEnd);
    const decoded = end - start < MIN_RUN || isJwtSegment(text, start, end) ? undefined : decodeRun(text, start, end);
    const cost = decoded === undefined || decoded.text.length > budget ? -1 : decoded.text.length;
    if (cost >= 0) budget -= cost;
    out.push({ start, decoded: cost >= 0, cost: Math.max(0, cost) });
  }
  return out;
}

/** Suppression markers (suppressions.ts) without their unbounded whitespace: at most this many other characters. */
const MARKER_REACH = 64;
const MARKER_WORD = /allow|nosec|pragma|ignore|disable/i;

/**
 * Whether a suppression marker could overlap [start, end) of `text`, or see it through a lookahead:
 * true when a marker word stands within MARKER_REACH non-blank characters of it (whitespace inside
 * a marker may be any length, so blanks do not count). False means a marker anywhere on the line is
 * there before and after an edit of that range.
 */
export function markerNear(text: string, start: number, end: number, lineStart: number, lineEnd: number): boolean {
  const from = reachOver(text, start, -1, lineStart);
  const to = reachOver(text, end, 1, lineEnd);
  return MARKER_WORD.test(text.slice(from, to));
}

function reachOver(text: string, at: number, step: 1 | -1, limit: number): number {
  let i = at;
  let left = MARKER_REACH;
  while (i !== limit && left > 0) {
    const c = text.charCodeAt(step < 0 ? i - 1 : i);
    if (!isSpace(c)) left--;
    i += step;
  }
  return i;
}

/** The span [start, end] of the counted run whose findings' span holds `at`, if any. */
export function countedSpanAt(
  text: string,
  at: number,
  lineStart: number,
  lineEnd: number,
): [number, number] | undefined {
  // A span takes in up to two padding characters after its run, so a run ending up to three back may
  // hold `at`; and a span is at most MAX_RUN + 3 long (runEnd stops there), so its start is no further back.
  const floor = Math.max(lineStart, at - MAX_RUN - 4);
  for (let i = at; i >= Math.max(lineStart, at - 3); i--) {
    const start = runStartAt(text, i, floor);
    if (start < 0) continue;
    const end = runSpanEnd(text, start, lineEnd);
    if (at <= end && isCountedRun(text, start, lineEnd)) return [start, end];
    i = start; // the run's earlier positions share its start
  }
  return undefined;
}

/**
 * Whether the counted runs outside [from, to) of the line after an edit (`now`) are those of the
 * line before it (`then`, whose positions from `to - delta` on moved by `delta`), decided alike.
 */
export function sameRunsOutside(
  now: readonly RunDecision[],
  then: readonly RunDecision[],
  from: number,
  to: number,
  delta: number,
): boolean {
  const a = now.filter((r) => r.start < from || r.start >= to);
  const b = then.filter((r) => r.start < from || r.start >= to - delta);
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const moved = b[i]!.start < from ? b[i]!.start : b[i]!.start + delta;
    if (a[i]!.start !== moved || a[i]!.decoded !== b[i]!.decoded) return false;
  }
  return true;
}

/** The wrapped stage's state where a rescanned stretch of a line starts: runs counted and budget left. */
export interface RunState {
  readonly runs: number;
  readonly budget: number;
}

/**
 * The wrapped stage's state at `from` on the line [lineStart, lineEnd) after an edit, for a rescan of
 * [from, to) (the line before the edit is in `old`, ending `delta` earlier); undefined when the runs
 * the edit added or removed there change which runs elsewhere on the line are decoded (the caps).
 */
export function runStateAt(
  old: string,
  text: string,
  lineStart: number,
  lineEnd: number,
  from: number,
  to: number,
  delta: number,
): RunState | undefined {
  const unchanged = { runs: 0, budget: MAX_DECODED_PER_LINE };
  if (
    countedRunsIn(text, from, to, lineEnd).length === 0 &&
    countedRunsIn(old, from, to - delta, lineEnd - delta).length === 0
  )
    return unchanged; // no run to decode in the stretch, and the same runs elsewhere
  const now = runDecisions(text, lineStart, lineEnd);
  if (!sameRunsOutside(now, runDecisions(old, lineStart, lineEnd - delta), from, to, delta)) return undefined;
  let runs = 0;
  let budget = MAX_DECODED_PER_LINE;
  for (const r of now) {
    if (r.start >= from) break;
    runs++;
    budget -= r.cost;
  }
  return { runs, budget };
}
