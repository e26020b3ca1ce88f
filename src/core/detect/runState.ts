import { decodeRun, MIN_RUN, runEnd } from './decode';
import { countedRunsIn, inRun, isCountedRun } from './longLine';
import { isJwtSegment, MAX_DECODED_PER_LINE, MAX_RUNS_PER_LINE } from './wrapped';

/**
 * The wrapped stage's per-line caps (wrapped.ts: at most MAX_RUNS_PER_LINE counted runs, and
 * MAX_DECODED_PER_LINE decoded characters, per line) as a rescan of part of an over-long line sees
 * them: which runs before the rescanned stretch were counted and decoded, and whether the runs after
 * it are decided as before the edit.
 */

/** A counted run of a line and what the wrapped stage does with it. */
export interface RunDecision {
  readonly start: number;
  /** Whether it is decoded and its text scanned. */
  readonly decoded: boolean;
  /** Decoded characters it takes from the line's budget (0 unless decoded). */
  readonly cost: number;
}

/** The wrapped stage's state where a rescanned stretch of a line starts: runs counted and budget left. */
export interface RunState {
  readonly runs: number;
  readonly budget: number;
}

const UNCHANGED: RunState = { runs: 0, budget: MAX_DECODED_PER_LINE };

/**
 * The first MAX_RUNS_PER_LINE counted runs of the line [lineStart, lineEnd) and whether each is
 * decoded, as `findWrapped` decides them (later runs never are).
 */
export function runDecisions(text: string, lineStart: number, lineEnd: number): RunDecision[] {
  const out: RunDecision[] = [];
  const starts: number[] = [];
  let i = lineStart;
  while (i < lineEnd && starts.length < MAX_RUNS_PER_LINE) {
    if (!inRun(text, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < lineEnd && inRun(text, i)) i++;
    if (isCountedRun(text, start, lineEnd)) starts.push(start);
  }
  decide(text, starts, lineEnd, UNCHANGED, out);
  return out;
}

/** Appends to `out` the decisions on the counted runs at `starts`, given the state before them; returns the state after. */
function decide(
  text: string,
  starts: readonly number[],
  lineEnd: number,
  state: RunState,
  out: RunDecision[],
): RunState {
  let { runs, budget } = state;
  for (const start of starts) {
    if (runs >= MAX_RUNS_PER_LINE) break;
    runs++;
    const end = runEnd(text, start, lineEnd);
    const decoded = end - start < MIN_RUN || isJwtSegment(text, start, end) ? undefined : decodeRun(text, start, end);
    const cost = decoded === undefined || decoded.text.length > budget ? -1 : decoded.text.length;
    if (cost >= 0) budget -= cost;
    out.push({ start, decoded: cost >= 0, cost: Math.max(0, cost) });
  }
  return { runs, budget };
}

/** The state after the decisions of `decisions` starting before `offset`. */
function stateBefore(decisions: readonly RunDecision[], offset: number): RunState {
  let runs = 0;
  let budget = MAX_DECODED_PER_LINE;
  for (const r of decisions) {
    if (r.start >= offset) break;
    runs++;
    budget -= r.cost;
  }
  return { runs, budget };
}

/**
 * The wrapped stage's state at `from` on the line [lineStart, lineEnd) after an edit, for a rescan of
 * [from, to) (the line before the edit is in `old`, ending `delta` earlier, and `known` may hold its
 * run decisions), with the line's run decisions after the edit when known; undefined when the runs the
 * edit added or removed there change which runs elsewhere on the line are decoded (the caps).
 */
export function runStateAt(
  old: string,
  text: string,
  lineStart: number,
  lineEnd: number,
  from: number,
  to: number,
  delta: number,
  known: readonly RunDecision[] | undefined,
): { state: RunState; decisions: RunDecision[] | undefined } | undefined {
  const stretch = countedRunsIn(text, from, to, lineEnd);
  if (stretch.length === 0 && countedRunsIn(old, from, to - delta, lineEnd - delta).length === 0)
    // No run to decode in the stretch, and the same runs elsewhere. The line's decisions are worked
    // out once (a walk over the line) and then carried from rescan to rescan.
    return {
      state: UNCHANGED,
      decisions: known
        ? known.map((r) => (r.start < from ? r : moved(r, delta)))
        : runDecisions(text, lineStart, lineEnd),
    };
  const then = known ?? runDecisions(old, lineStart, lineEnd - delta);
  // Before the stretch the line is as it was; in it, its runs are decided afresh.
  const before = then.filter((r) => r.start < from);
  const state = stateBefore(before, from);
  const decisions = before.slice();
  const atTo = decide(text, stretch, lineEnd, state, decisions);
  const thenAtTo = stateBefore(then, to - delta);
  const saturated = (s: RunState) => s.runs >= MAX_RUNS_PER_LINE;
  // The same state after the stretch decides the (unchanged) runs after it alike.
  if ((saturated(atTo) && saturated(thenAtTo)) || (atTo.runs === thenAtTo.runs && atTo.budget === thenAtTo.budget)) {
    for (const r of then)
      if (r.start >= to - delta && decisions.length < MAX_RUNS_PER_LINE) decisions.push(moved(r, delta));
    return { state, decisions };
  }
  const now = runDecisions(text, lineStart, lineEnd);
  if (!sameRunsOutside(now, then, from, to, delta)) return undefined;
  return { state: stateBefore(now, from), decisions: now };
}

function moved(r: RunDecision, delta: number): RunDecision {
  return { start: r.start + delta, decoded: r.decoded, cost: r.cost };
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
