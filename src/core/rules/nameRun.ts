/**
 * The name a keyword stands in, as the keyword gates read it: the run of name characters
 * (`[A-Za-z0-9_.-]`) from the keyword's start, and the word (`\w`) and field (`[\w-]`) runs it
 * opens with. `token`, `secret` and `password` wake a dozen rules whose gates each read that name
 * at every hit, one after another (the detector asks them in turn at one keyword): the last run
 * read is kept, so the gates after the first read none of it again. Keeping it holds a reference
 * to the last text read until another is read, as the detector's suppression cache does.
 */
import { DOT, HYPHEN } from './gateChars';

/** How far a run is read: longer than any name a gated pattern accepts (a keyword and 24 to 30 more). */
export const MAX_NAME_RUN = 64;

/** The end of the run of name characters from `at`, at most MAX_NAME_RUN past it and not past `lineEnd`. */
export function nameRunEnd(text: string, at: number, lineEnd: number): number {
  if (at !== lastAt || lineEnd !== lastLineEnd || text !== lastText) read(text, at, lineEnd);
  return lastEnd;
}

/** The end of the word run (`\w`) from `at`: the run's first `.` or `-`, or its end (bounded as `nameRunEnd`). */
export function wordRunEnd(text: string, at: number, lineEnd: number): number {
  if (at !== lastAt || lineEnd !== lastLineEnd || text !== lastText) read(text, at, lineEnd);
  return Math.min(lastDot, lastHyphen);
}

/** The end of the field-name run (`[\w-]`) from `at`: the run's first `.`, or its end (bounded as `nameRunEnd`). */
export function fieldRunEnd(text: string, at: number, lineEnd: number): number {
  if (at !== lastAt || lineEnd !== lastLineEnd || text !== lastText) read(text, at, lineEnd);
  return lastDot;
}

/** The first `.` of the run from `at`, or its end (bounded as `nameRunEnd`). */
export function nameRunDot(text: string, at: number, lineEnd: number): number {
  return fieldRunEnd(text, at, lineEnd);
}

let lastText: string | undefined;
let lastAt = -1;
let lastLineEnd = -1;
let lastEnd = 0;
let lastDot = 0;
let lastHyphen = 0;
/** Whether the last run ended on a character outside a name (not at its bound): it ends there from any later start in it. */
let lastClosed = false;

function read(text: string, at: number, lineEnd: number): void {
  // A later keyword of the name last read (`Secret` of `apiTokenSecret`, as an over-long line's
  // rules ask their keywords in turn, each with its own bound): its run ends where that one did,
  // unless a `.` or `-` before it leaves its own first one unknown.
  if (text === lastText && lastClosed && at > lastAt && at <= lastEnd && lastDot >= at && lastHyphen >= at) {
    const end = Math.min(lastEnd, lineEnd, at + MAX_NAME_RUN);
    lastClosed = end === lastEnd;
    lastAt = at;
    lastLineEnd = lineEnd;
    lastEnd = end;
    lastDot = Math.min(lastDot, end);
    lastHyphen = Math.min(lastHyphen, end);
    return;
  }
  const limit = Math.min(lineEnd, at + MAX_NAME_RUN);
  let dot = -1;
  let hyphen = -1;
  let p = at;
  for (; p < limit; p++) {
    const c = text.charCodeAt(p);
    const kind = c < 128 ? NAME_CLASS[c]! : 0;
    if (kind === 0) break;
    if (kind === DOT_CLASS && dot < 0) dot = p;
    else if (kind === HYPHEN_CLASS && hyphen < 0) hyphen = p;
  }
  lastText = text;
  lastAt = at;
  lastLineEnd = lineEnd;
  lastEnd = p;
  lastDot = dot < 0 ? p : dot;
  lastHyphen = hyphen < 0 ? p : hyphen;
  lastClosed = p < limit;
}

const WORD_CLASS = 1;
const DOT_CLASS = 2;
const HYPHEN_CLASS = 3;
/** Per ASCII code: 0 outside a name, else what the character is in one. */
const NAME_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  NAME_CLASS[c] = /\w/.test(ch) ? WORD_CLASS : c === DOT ? DOT_CLASS : c === HYPHEN ? HYPHEN_CLASS : 0;
}
