// How far a rule's check reads along the line from its match. A check that reads the whole line
// costs the line's length per match, so a long line of matches costs its length squared; a bounded
// stretch keeps the cost per match constant. 512 characters either side: more than a short line
// holds, and as much as a long line's window (the detector's) shows around a keyword anyway.
import type { MatchContext } from './types';

export const LINE_REACH = 512;

/** The line before offset `at` (the match's start by default), at most LINE_REACH characters of it. */
export function lineBefore(context: Pick<MatchContext, 'line' | 'matchIndex'>, at = context.matchIndex): string {
  return context.line.slice(Math.max(0, at - LINE_REACH), at);
}

/** The line after offset `at`, at most LINE_REACH characters of it. */
export function lineAfter(context: Pick<MatchContext, 'line'>, at: number): string {
  return context.line.slice(at, at + LINE_REACH);
}

/** The line around the match: LINE_REACH characters before its start and after its end. */
export function lineAround(context: Pick<MatchContext, 'line' | 'matchIndex'>, matchLength: number): string {
  const start = context.matchIndex;
  return context.line.slice(Math.max(0, start - LINE_REACH), start + matchLength + LINE_REACH);
}
