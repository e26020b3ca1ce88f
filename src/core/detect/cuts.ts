import type { TextEdit } from './detector';
import { blockAround, countedSpanAt, isCountedRun, runSpanEnd, type Ranges } from './longLine';
import type { KeywordMatcher } from './prefilter';

/**
 * Cuts of an over-long line around an edit, for `Detector.rescan`: positions that no keyword window,
 * multi-line attempt or decoded run reaches across, in the text before the edit or after it, so what
 * lies either side of a cut is found alike in both texts and only the stretch between two cuts needs
 * scanning again.
 */

/** What the cut search needs of a detector. */
export interface CutGeometry {
  readonly matcher: KeywordMatcher;
  readonly keywordLengths: Int32Array;
  /** Per keyword id: whether a single-line rule uses it. */
  readonly single: Uint8Array;
  /** Per keyword id: the longest span of the multi-line rules using it (0 if none). */
  readonly multiSpan: Int32Array;
  /** Characters kept either side of a keyword on an over-long line (DetectorOptions.longLineWindow). */
  readonly radius: number;
  /** The longest multi-line rule's span (0 if none): how far a hit before the search may reach. */
  readonly span: number;
  /** How far before its keyword a multi-line match may start. */
  readonly lookbehind: number;
}

/** How far from an edit cuts are looked for before the whole line is rescanned instead. */
const CUT_SEARCH = 16 * 1024;
/** More ranges blocking cuts than this near an edit: keywords too packed to leave a cut in reach. */
const MAX_BLOCKING_RANGES = 4096;

/** `CutGeometry.single` and `multiSpan` for the keywords of the rules `rulesByKeyword` lists, given each rule's span. */
export function keywordKinds(
  rulesByKeyword: readonly (readonly number[])[],
  spanOf: (rule: number) => number,
): { single: Uint8Array; multiSpan: Int32Array } {
  const single = new Uint8Array(rulesByKeyword.length);
  const multiSpan = new Int32Array(rulesByKeyword.length);
  rulesByKeyword.forEach((rules, id) => {
    for (const r of rules) {
      const span = spanOf(r);
      if (span === 0) single[id] = 1;
      else multiSpan[id] = Math.max(multiSpan[id]!, span);
    }
  });
  return { single, multiSpan };
}

/**
 * Two cuts around `edit` on the line [lineStart, lineEnd) of `text` (`old` before the edit), within
 * CUT_SEARCH of it, or undefined.
 */
export function findCuts(
  old: string,
  text: string,
  edit: TextEdit,
  lineStart: number,
  lineEnd: number,
  g: CutGeometry,
): [number, number] | undefined {
  const delta = edit.newEnd - edit.oldEnd;
  const longestKeyword = Math.max(...g.keywordLengths);
  // A hit blocks cuts up to this far after its start, and this far before it.
  const reachAfter = Math.max(g.radius + longestKeyword, g.span);
  const reachBefore = Math.max(g.radius, g.lookbehind);
  const lo = Math.max(lineStart, edit.start - CUT_SEARCH - reachAfter);
  const hi = Math.min(lineEnd, edit.newEnd + CUT_SEARCH + reachBefore + longestKeyword);
  // A cut is trusted only where every hit that could block it was seen, and past the reach of
  // earlier lines' multi-line matches.
  const lowest = Math.max(
    lo === lineStart ? lineStart : lo + reachAfter,
    lineStart + (g.span > 0 ? g.span + g.lookbehind : 0),
  );
  const highest = hi === lineEnd ? lineEnd : hi - reachBefore - longestKeyword;
  const ranges: Ranges = [edit.start - 1, edit.newEnd + 1];
  blockingRanges(text, lo, hi, lineEnd, ranges, undefined, g);
  blockingRanges(old, lo, hi - delta, lineEnd - delta, ranges, edit, g);
  // Sorting that many ranges would cost more than a cut saves.
  if (ranges.length > 2 * MAX_BLOCKING_RANGES) return undefined;
  for (let tries = 0; tries < 8; tries++) {
    const [blockLo, blockHi] = blockAround(ranges, edit.start - 1, edit.newEnd + 1);
    const from = blockLo - 1;
    const to = blockHi + 1;
    if (from < lowest || to > highest) return undefined;
    // Decoded runs may be long (up to decode.ts MAX_RUN): the ones holding a cut may start before `lo`.
    const oldRun = countedSpanAt(old, to - delta, lineStart, lineEnd - delta);
    const run =
      countedSpanAt(text, from, lineStart, lineEnd) ??
      countedSpanAt(old, from, lineStart, lineEnd - delta) ??
      countedSpanAt(text, to, lineStart, lineEnd) ??
      (oldRun && [movedStart(oldRun[0], edit), movedEnd(oldRun[1], edit)]);
    if (run === undefined) return [from, to];
    ranges.push(run[0], run[1]);
  }
  return undefined;
}

/**
 * Adds to `into` the ranges where a hit in [lo, hi) of `text` blocks cuts: its keyword window, its
 * multi-line attempts, the span of a decoded run. `moved` maps them from the text before that edit.
 */
function blockingRanges(
  text: string,
  lo: number,
  hi: number,
  lineEnd: number,
  into: Ranges,
  moved: TextEdit | undefined,
  g: CutGeometry,
): void {
  const { matcher, keywordLengths, single, multiSpan, radius, lookbehind } = g;
  const runId = matcher.runId!;
  const push = (a: number, b: number) =>
    moved ? into.push(movedStart(a, moved), movedEnd(b, moved)) : into.push(a, b);
  matcher.scan(text, lo, hi, (id, end) => {
    if (into.length > 2 * MAX_BLOCKING_RANGES) return;
    const start = end - keywordLengths[id]!;
    if (id === runId) {
      if (isCountedRun(text, start, lineEnd)) push(start, runSpanEnd(text, start, lineEnd));
      return;
    }
    if (single[id] === 1) push(start - radius, end + radius);
    if (multiSpan[id]! > 0) push(start - lookbehind, start + multiSpan[id]!);
  });
}

/** Where the start of a range of the text before `edit` lands after it (a start inside the edit moves to its start). */
function movedStart(offset: number, edit: TextEdit): number {
  if (offset <= edit.start) return offset;
  return offset >= edit.oldEnd ? offset + edit.newEnd - edit.oldEnd : edit.start;
}

/** Where the end of a range of the text before `edit` lands after it (an end inside the edit moves to its end). */
function movedEnd(offset: number, edit: TextEdit): number {
  if (offset >= edit.oldEnd) return offset + edit.newEnd - edit.oldEnd;
  return offset <= edit.start ? offset : edit.newEnd;
}

export function hasLineBreak(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}
