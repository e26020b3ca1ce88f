import { MAX_RUN, mayEncodeText, MIN_RUN, runEnd } from './decode';
import { isSpace } from '../rules/gateChars';
import { isSuppressed } from './suppressions';

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

export function inRun(text: string, at: number): boolean {
  return RUN_BYTE[text.charCodeAt(at) & 0xff] === 1;
}

/** Whether the matcher reports a run starting at `start` (a maximal run of MIN_RUN or more) that the wrapped stage decodes if it may. */
export function isCountedRun(text: string, start: number, lineEnd: number): boolean {
  if (start > 0 && inRun(text, start - 1)) return false;
  if (start + MIN_RUN > lineEnd) return false;
  for (let i = start; i < start + MIN_RUN; i++) if (!inRun(text, i)) return false;
  return mayEncodeText(text, start);
}

/**
 * The last position of the source span the wrapped stage gives a run's findings: the run and the
 * `=` padding after it, up to two (wrapped.ts `findWrapped`). Exact, so that the separator after a
 * run can cut a line of runs (base64 tokens, each decoded in turn).
 */
function runSpanLast(text: string, start: number, lineEnd: number): number {
  let end = runEnd(text, start, lineEnd);
  const padEnd = end + 2;
  while (end < padEnd && text.charCodeAt(end) === 61) end++;
  return end - 1;
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
    // The rest of a run reaching past `to` starts no other run in the range.
    while (i < lineEnd && i <= to && inRun(text, i)) i++;
    if (isCountedRun(text, start, lineEnd)) out.push(start);
  }
  return out;
}

/** Suppression markers (suppressions.ts) without their unbounded whitespace: at most this many other characters. */
const MARKER_REACH = 64;
const MARKER_WORD = /allow|nosec|pragma|ignore|disable/i;

/**
 * Whether `edit` (inside the line [lineStart, lineEnd) of `text`; `old` before it, where the line
 * ends `delta` earlier) leaves the line's markers as they were: no marker word near it in either
 * text, or no marker among the characters near it (a word such as `allow` in minified code). A
 * marker the edit makes, breaks or lets a lookahead see overlaps those characters, and lies within
 * them (MARKER_REACH non-blank characters either way); markers further off stand in both texts.
 */
export function markersAlike(
  old: string,
  text: string,
  edit: { readonly start: number; readonly oldEnd: number; readonly newEnd: number },
  lineStart: number,
  lineEnd: number,
  delta: number,
): boolean {
  const before = nearSlice(old, edit.start, edit.oldEnd, lineStart, lineEnd - delta);
  const after = nearSlice(text, edit.start, edit.newEnd, lineStart, lineEnd);
  if (!MARKER_WORD.test(before) && !MARKER_WORD.test(after)) return true;
  // A marker for its own line or for the next, in either text (one seen only in a slice, as `nosec`
  // at the slice's end, makes this false: the caller then rescans the lines).
  return !isSuppressed(before, before) && !isSuppressed(after, after);
}

/** The characters of the line within MARKER_REACH non-blank characters of [start, end), and those. */
function nearSlice(text: string, start: number, end: number, lineStart: number, lineEnd: number): string {
  return text.slice(reachOver(text, start, -1, lineStart), reachOver(text, end, 1, lineEnd));
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
    const end = runSpanLast(text, start, lineEnd);
    if (at <= end && isCountedRun(text, start, lineEnd)) return [start, end];
    i = start; // the run's earlier positions share its start
  }
  return undefined;
}
