import type { TextEdit } from './scanTypes';
import { countedSpanAt } from './longLine';
import { HitCache } from './hitCache';
import { PairPool } from './pairPool';
import type { KeywordMatcher } from './prefilter';

/**
 * Cuts of an over-long line around an edit, for `Detector.rescan`. On such a line each rule runs over
 * windows around its keywords, and dense keywords merge them into one window as long as the line;
 * yet a rule's regex reads a bounded stretch from where an attempt starts (regexReach.ts). So a
 * position where no rule's match can start before and end after it (and no decoded run spans it)
 * splits the line's work: a scan restarted there finds what the whole line's scan finds from there
 * on. Two such positions around the edit, far enough from it that nothing either side of them reads
 * the edited text, bound the stretch to scan again; findings either side are kept.
 */

/** What the cut search knows of one rule. */
export interface RuleReach {
  /** Characters an attempt reads from where it starts (Infinity: unbounded, so never cut across). */
  readonly ahead: number;
  /** Characters an attempt reads before where it starts (lookbehinds, `\b`). */
  readonly behind: number;
  /** A multi-line rule's span after its keyword (0 for single-line rules). */
  readonly span: number;
  /** Tried only at its keywords' starts (single-line). */
  readonly anchored: boolean;
  /** The pattern as the detector runs it on windows: global, and sticky when anchored. */
  readonly regex: RegExp;
  /** A multi-line rule's pattern behind its lead-in, sticky (the detector's `multiStart`). */
  readonly multiStart: RegExp | undefined;
}

/** What the cut search needs of a detector. */
export interface CutGeometry {
  readonly matcher: KeywordMatcher;
  readonly keywordLengths: Int32Array;
  readonly rulesByKeyword: readonly (readonly number[])[];
  readonly rules: readonly RuleReach[];
  /** Characters kept either side of a keyword on an over-long line (DetectorOptions.longLineWindow). */
  readonly radius: number;
  /** Windows up to this long give a rule's check the whole window, longer ones the radius around a match. */
  readonly maxLineLength: number;
  /** How far before its keyword a multi-line match may start. */
  readonly lookbehind: number;
  /** The longest multi-line rule's span (0 if none): how far into the line an earlier line's match may reach. */
  readonly span: number;
  /** Work units of the cut search (keyword hits seen, regex attempts): see `Detector.work`. */
  readonly counter: { work: number };
  /** keyword id → 1 when a multi-line rule uses it. */
  readonly multiKeywords: Uint8Array;
  /** The keywords of multi-line rules alone (their own automaton). */
  readonly multi: {
    readonly matcher: KeywordMatcher;
    readonly keywordLengths: Int32Array;
    readonly rulesByKeyword: readonly (readonly number[])[];
    readonly longest: number;
  };
}

/**
 * Where the multi-line check reads keyword hits: the line's cache of every keyword's hits (those of
 * keywords no multi-line rule has skipped, `only`), or a cache of the multi-line rules' keywords.
 */
interface MultiSource {
  readonly cache: HitCache;
  readonly keywordLengths: Int32Array;
  readonly rulesByKeyword: readonly (readonly number[])[];
  readonly only: Uint8Array | undefined;
  readonly longest: number;
  /** By keyword start and rule (`TRY_KEY`), the matches the tries from a multi-line keyword make (`triesOf`). */
  readonly tries: Map<number, number[]>;
}

/** How far from an edit cuts are looked for before the whole line is rescanned instead. */
const CUT_SEARCH = 64 * 1024;
/** How far past the radius `holds` first gathers keywords around a cut. */
const FIRST_LOOK = 1024;
/**
 * Candidate cuts tried on each side. Most that fail say where the next must go (`Miss`), each a
 * match or window further on; where multi-line matches stand close, a cut holds some KB away.
 */
const TRIES = 96;
/**
 * The first step between candidates where the one before failed without saying where the next must
 * go, doubling with each such step.
 */
const STEP = 64;
/** Keyword gates (rules/keywordGates.ts) look this far back from a keyword. */
export const GATE_BEHIND = 32;

/** How far either side of an edit a rescan gathers the line's keyword hits once (`HitCache`). */
export const HIT_CACHE_REACH = 10 * 1024;

/**
 * Two cuts around `edit` on the line [lineStart, lineEnd) of `text` (`old` before the edit), or
 * undefined when none holds within CUT_SEARCH of it. `hits` and `oldHits` serve the keyword hits of
 * the two texts (the latter made when first asked for: by then `hits` holds what the cuts before
 * the edit read, which it may be built from).
 */
export function findCuts(
  old: string,
  text: string,
  edit: TextEdit,
  lineStart: number,
  lineEnd: number,
  g: CutGeometry,
  hits: HitCache,
  oldHits: () => HitCache,
): [number, number] | undefined {
  const delta = edit.newEnd - edit.oldEnd;
  const kw = Math.max(...g.keywordLengths);
  // Nothing on the far side of a cut may read the edit or a window an edited keyword changes.
  const near = 2 * g.radius + 2 * kw + GATE_BEHIND + 1;
  const lowest = lineStart + (earlierLinesReach(text, lineStart, g) ? g.span + g.lookbehind : 0);
  // The multi-line rules' hits, gathered as the candidate cuts ask (their spans overlap): read from
  // the caches of every keyword where most hits near the edit are theirs (3,251 of 4,363 keywords
  // are: their own automaton would scan the same stretch again), else by that automaton (a line
  // whose hits are others', such as `aaaa...` at every character of a run of A's). Both serve the
  // same hits.
  const shared = hits.shareOf(g.multiKeywords) >= 0.5;
  const multiSource = (cache: HitCache, t: string, at: number, end: number): MultiSource =>
    shared
      ? sharedSource(cache, g, kw)
      : ownSource(new HitCache(g.multi.matcher, g.multi.keywordLengths, t, at, at, lineStart, end), g);
  const multiHits = multiSource(hits, text, edit.start, lineEnd);
  let oldMultiHits: MultiSource | undefined;
  // Where a candidate that does not hold says the next one must go (see `Miss`).
  const miss: Miss = { next: NaN };
  let from: number | undefined;
  const first = Math.min(edit.start - near, beforeReaching(edit.start, lineStart, g, multiHits));
  const step = { size: STEP, told: false };
  // The line's start cuts it where no earlier line's match reaches into it (`lowest` is then the
  // start): nothing before it is read with the line (as the line's end, on the right).
  const startCuts = lowest === lineStart && lineStart >= edit.start - CUT_SEARCH;
  for (let t = 0, target = first; t < TRIES && from === undefined; t++) {
    if (startCuts && target <= lowest) {
      from = lineStart;
      break;
    }
    // A decoded run's findings span the run: a cut goes before it.
    const c = pastRuns(
      old,
      text,
      step.told ? target : separatorBefore(text, target, Math.max(lowest, target - 256)),
      0,
      -1,
      lineStart,
      lineEnd,
    );
    if (startCuts && c !== undefined && c <= lineStart) {
      from = lineStart;
      break;
    }
    if (c === undefined || c < lowest || c < edit.start - CUT_SEARCH) return undefined;
    miss.next = NaN;
    if (holds(text, c, lineStart, lineEnd, edit.start, -1, g, kw, hits, multiHits, miss)) from = c;
    target = nextTarget(c, -1, miss, step);
  }
  if (from === undefined) return undefined;
  let to: number | undefined;
  Object.assign(step, { size: STEP, told: false });
  for (let t = 0, target = edit.newEnd + near; t < TRIES && to === undefined; t++) {
    if (target >= lineEnd && lineEnd <= edit.newEnd + CUT_SEARCH) return [from, lineEnd];
    const c = pastRuns(
      old,
      text,
      step.told ? target : separatorAfter(text, target, Math.min(lineEnd, target + 256)),
      delta,
      1,
      lineStart,
      lineEnd,
    );
    if (c === undefined || c > edit.newEnd + CUT_SEARCH) return undefined;
    if (c >= lineEnd) return [from, lineEnd];
    miss.next = NaN;
    if (holds(text, c, lineStart, lineEnd, edit.newEnd, 1, g, kw, hits, multiHits, miss)) {
      const oldCache = oldHits();
      oldMultiHits ??= multiSource(oldCache, old, edit.oldEnd, lineEnd - delta);
      if (holds(old, c - delta, lineStart, lineEnd - delta, edit.oldEnd, 1, g, kw, oldCache, oldMultiHits, miss))
        to = c;
      else miss.next += delta;
    }
    target = nextTarget(c, 1, miss, step);
  }
  return to === undefined ? undefined : [from, to];
}

/**
 * Whether a multi-line match from a line before the line starting at `lineStart` may reach into it
 * (a multi-line rule's keyword within the longest span before it): a cut stands past such reach.
 * Not on the text's first line, nor after lines holding none (a line of megabytes led by short ones).
 */
function earlierLinesReach(text: string, lineStart: number, g: CutGeometry): boolean {
  if (g.span === 0 || lineStart === 0) return false;
  let found = false;
  const from = Math.max(0, lineStart - g.span - g.multi.longest);
  g.counter.work += lineStart - from;
  g.multi.matcher.scan(text, from, lineStart, () => {
    found = true;
  });
  return found;
}

/** The multi-line rules' hits read from `cache`, of every keyword's hits. */
function sharedSource(cache: HitCache, g: CutGeometry, kw: number): MultiSource {
  const { keywordLengths, rulesByKeyword, multiKeywords } = g;
  return { cache, keywordLengths, rulesByKeyword, only: multiKeywords, longest: kw, tries: new Map() };
}

/** The multi-line rules' hits read from `cache`, of their own automaton. */
function ownSource(cache: HitCache, g: CutGeometry): MultiSource {
  const { keywordLengths, rulesByKeyword, longest } = g.multi;
  return { cache, keywordLengths, rulesByKeyword, only: undefined, longest, tries: new Map() };
}

/**
 * What a candidate cut that does not hold tells of the next: `next`, where it must go at the
 * furthest (before it on the edit's left, after it on its right) for the same reason not to fail it
 * again (outside the window or match it cut), NaN when the reason says nothing of where.
 */
interface Miss {
  next: number;
}

/**
 * Where the candidate after `c` (going `side`) goes: where `miss` says, else `step` further (which
 * then doubles). `step.told` notes the former: a miss names a match's or window's edge, itself a
 * candidate, tried where it stands (a separator near it, such as the `"` closing a value, may stand
 * inside the next match, and each such try would step one match further).
 */
function nextTarget(c: number, side: -1 | 1, miss: Miss, step: { size: number; told: boolean }): number {
  step.told = !Number.isNaN(miss.next);
  if (step.told) return side < 0 ? Math.min(c - 1, miss.next) : Math.max(c + 1, miss.next);
  const target = c + side * step.size;
  step.size *= 2;
  return target;
}

/** Notes where the next candidate must go; `holds` is false. */
function missed(miss: Miss, next: number): false {
  miss.next = next;
  return false;
}

/**
 * The first candidate for a cut before the edit at `editAt`: before every multi-line rule's keyword
 * whose span reaches the edit, less the lookbehind, as the attempts from such a keyword read the
 * edit (`multiHolds`). Found in one pass over the hits within the longest span, where candidates
 * tried one by one would each meet the next such keyword back. Infinity without multi-line rules.
 */
function beforeReaching(editAt: number, lineStart: number, g: CutGeometry, source: MultiSource): number {
  let first = Infinity;
  if (g.span === 0) return first;
  const { keywordLengths, rulesByKeyword } = source;
  source.cache.scan(
    Math.max(lineStart, editAt - g.span),
    editAt,
    (id, end) => {
      g.counter.work++;
      const start = end - keywordLengths[id]!;
      if (start >= first) return;
      const rulesOf = rulesByKeyword[id]!;
      for (let i = 0; i < rulesOf.length; i++) if (start + g.rules[rulesOf[i]!]!.span >= editAt) first = start;
    },
    source.only,
  );
  return first - g.lookbehind;
}

/**
 * `c`, or the first position past (going `side`) the counted runs holding it in either text;
 * undefined past CUT_SEARCH from `c`. Runs joined by one character each (`=` ends a base64 run:
 * `KEY=<base64>KEY=<base64>...` is a run per assignment) fill a few KB with a hundred of them.
 */
function pastRuns(
  old: string,
  text: string,
  c: number,
  delta: number,
  side: -1 | 1,
  lineStart: number,
  lineEnd: number,
): number | undefined {
  const bound = c + side * CUT_SEARCH;
  while (side < 0 ? c >= bound : c <= bound) {
    const run = runAt(old, text, c, delta, lineStart, lineEnd);
    if (run === undefined) return c;
    c = side < 0 ? run[0] - 1 : run[1] + 1;
  }
  return undefined;
}

/**
 * The span (in `text`) of a counted run holding `at` of `text`, or `at - delta` of `old` (where the
 * text after the edit stands `delta` earlier), if any.
 */
function runAt(
  old: string,
  text: string,
  at: number,
  delta: number,
  lineStart: number,
  lineEnd: number,
): [number, number] | undefined {
  const run = countedSpanAt(text, at, lineStart, lineEnd);
  if (run !== undefined) return run;
  const before = countedSpanAt(old, at - delta, lineStart, lineEnd - delta);
  return before && [before[0] + delta, before[1] + delta];
}

/** Characters that end tokens: a cut just before one is rarely inside a match. */
function isSeparator(c: number): boolean {
  return c === 32 || c === 44 || c === 59 || c === 34 || c === 39 || c === 9 || c === 92 || c === 41 || c === 125;
}

function separatorBefore(text: string, at: number, floor: number): number {
  for (let i = at; i > floor; i--) if (isSeparator(text.charCodeAt(i))) return i;
  return at;
}

function separatorAfter(text: string, at: number, ceiling: number): number {
  for (let i = at; i < ceiling; i++) if (isSeparator(text.charCodeAt(i))) return i;
  return at;
}

/**
 * Whether `c` cuts the line [lineStart, lineEnd) of `text`: no rule's attempt from before `c` can
 * make a match ending after it, and the attempts on the side of `c` away from the edit (`side` -1:
 * before it, 1: after it) read nothing within a window's reach of `editAt`, the edit's end on that side.
 */
function holds(
  text: string,
  c: number,
  lineStart: number,
  lineEnd: number,
  editAt: number,
  side: -1 | 1,
  g: CutGeometry,
  kw: number,
  hitCache: HitCache,
  multiHits: MultiSource,
  miss: Miss,
): boolean {
  // Cheap, and where multi-line matches stand close, what most candidates fail on: first.
  if (g.span > 0 && !keywordsAfterHold(text, c, lineStart, lineEnd, side, g, multiHits, miss)) return false;
  const { radius, rules } = g;
  // A window holding c - 1 or c has a keyword within the radius: those rules count. Their hits are
  // gathered near c first; a rule whose window there goes on past them is looked at again further
  // out. Every rule's window is weighed before any regex runs: most candidates that fail, fail there.
  const near = radius + kw + 1;
  const lo = Math.max(lineStart, c - near - FIRST_LOOK);
  const hi = Math.min(lineEnd, c + near + FIRST_LOOK);
  const [nearPool, furtherPool] = poolsOf(g);
  const byRule = hitsByRule(hitCache, lo, hi, g, () => true, nearPool);
  let further: Set<number> | undefined;
  let needLo = lo;
  let needHi = hi;
  for (const [rule, hits] of byRule) {
    const r = rules[rule]!;
    if (!Number.isFinite(r.ahead + r.behind)) return false;
    const ok = singleHolds(text, c, lineStart, lineEnd, lo, hi, hits, editAt, side, r, g, kw, miss, false);
    if (ok === false) return false;
    if (ok === undefined) {
      (further ??= new Set()).add(rule);
      const [from, to] = neededRange(c, r, side, editAt, g, kw);
      needLo = Math.min(needLo, Math.max(lineStart, from));
      needHi = Math.max(needHi, Math.min(lineEnd, to));
    }
  }
  // The wider range covers what each of those reads: an answer, never undefined.
  const wider = further && hitsByRule(hitCache, needLo, needHi, g, (rule) => further!.has(rule), furtherPool);
  if (wider !== undefined)
    for (const [rule, hits] of wider)
      if (
        !singleHolds(text, c, lineStart, lineEnd, needLo, needHi, hits, editAt, side, rules[rule]!, g, kw, miss, false)
      )
        return false;
  // The multi-line rules' tries next, the single-line rules' regexes last: they read the most
  // (a few KB per rule), and on lines where a cut may fail they seldom do.
  if (g.span > 0 && !multiLineHolds(text, c, lineStart, lineEnd, editAt, side, g, multiHits, miss)) return false;
  for (const [rule, hits] of byRule)
    if (
      further?.has(rule) !== true &&
      !singleHolds(text, c, lineStart, lineEnd, lo, hi, hits, editAt, side, rules[rule]!, g, kw, miss, true)
    )
      return false;
  if (wider !== undefined)
    for (const [rule, hits] of wider)
      if (
        !singleHolds(text, c, lineStart, lineEnd, needLo, needHi, hits, editAt, side, rules[rule]!, g, kw, miss, true)
      )
        return false;
  return true;
}

/**
 * How far from `c` the windows of rule `r` must be known for `singleHolds`: as far as it reads, to
 * where the edit may change one (`editAt`), and maxLineLength beyond on the other side (a window's
 * length decides what its checks see: the whole of a short one).
 */
function neededRange(
  c: number,
  r: RuleReach,
  side: -1 | 1,
  editAt: number,
  g: CutGeometry,
  kw: number,
): [number, number] {
  const reach = r.ahead + r.behind + 2 * g.radius + kw + GATE_BEHIND;
  const length = g.maxLineLength + g.radius + kw;
  return side < 0
    ? [c - reach - length, Math.max(c + reach, editAt + g.radius + kw)]
    : [Math.min(c - reach, editAt - g.radius - kw), c + reach + length];
}

/**
 * The keyword hits (start, end pairs in order of end) in [lo, hi) of a text, by single-line rule, for
 * the rules `wanted` takes (seen at a hit of theirs): gathered in `pool`, read before its next use.
 */
function hitsByRule(
  hitCache: HitCache,
  lo: number,
  hi: number,
  g: CutGeometry,
  wanted: (rule: number) => boolean,
  pool: PairPool,
): Map<number, Int32Array> {
  pool.reset();
  const reach = 2 * g.radius;
  hitCache.scan(lo, hi, (id, end) => {
    const start = end - g.keywordLengths[id]!;
    const rulesOf = g.rulesByKeyword[id]!;
    for (let i = 0; i < rulesOf.length; i++) {
      const rule = rulesOf[i]!;
      const r = g.rules[rule]!;
      if (r.span > 0) continue;
      if (!pool.has(rule)) {
        if (!wanted(rule)) continue;
        pool.open(rule);
      }
      const last = pool.lastEnd(rule);
      // Windows are all a rule's unanchored hits give: one that merges with the last extends it.
      if (!r.anchored && start <= last + reach) pool.setLastEnd(rule, Math.max(last, end));
      else pool.push(rule, start, end);
    }
  });
  return pool.lists();
}

/** Per cut geometry, the pairs of `hitsByRule` (near a candidate, further out) and of `multiLineHolds`. */
const pools = new WeakMap<CutGeometry, readonly [PairPool, PairPool, PairPool]>();

function poolsOf(g: CutGeometry): readonly [PairPool, PairPool, PairPool] {
  let found = pools.get(g);
  if (found === undefined) {
    const n = g.rules.length;
    found = [new PairPool(n), new PairPool(n), new PairPool(n)];
    pools.set(g, found);
  }
  return found;
}

/** `holds` for the multi-line rules: their keywords within a span before `c`, read from `source`. */
function multiLineHolds(
  text: string,
  c: number,
  lineStart: number,
  lineEnd: number,
  editAt: number,
  side: -1 | 1,
  g: CutGeometry,
  source: MultiSource,
  miss: Miss,
): boolean {
  const pool = poolsOf(g)[2];
  pool.reset();
  const lo = Math.max(lineStart, c - g.span);
  const { keywordLengths, rulesByKeyword } = source;
  // Up to the longest keyword past the lookbehind: every keyword starting before c + lookbehind.
  source.cache.scan(
    lo,
    Math.min(lineEnd, c + g.lookbehind + source.longest),
    (id, end) => {
      g.counter.work++;
      const start = end - keywordLengths[id]!;
      const rulesOf = rulesByKeyword[id]!;
      for (let i = 0; i < rulesOf.length; i++) {
        const rule = rulesOf[i]!;
        const span = g.rules[rule]!.span;
        // Single-line rules (span 0, in the shared cache's lists) are `singleHolds`'s; a hit whose
        // span ends before c cannot be crossed by, nor read across, the cut.
        if (span === 0 || start + span <= c) continue;
        pool.open(rule);
        pool.push(rule, start, end);
      }
    },
    source.only,
  );
  for (const [rule, hits] of pool.lists())
    if (!multiHolds(text, c, lineStart, hits, editAt, side, rule, g, source, miss)) return false;
  return true;
}

/**
 * `holds` for one single-line rule with keyword hits `hits` (start, end pairs in order of end) in
 * [lo, hi); undefined when its window at `c` may go on past them within what it reads (look further).
 * Without `matches`, only where its window stands is weighed, not the matches across `c`.
 */
function singleHolds(
  text: string,
  c: number,
  lineStart: number,
  lineEnd: number,
  lo: number,
  hi: number,
  hits: Int32Array,
  editAt: number,
  side: -1 | 1,
  r: RuleReach,
  g: CutGeometry,
  kw: number,
  miss: Miss,
  matches: boolean,
): boolean | undefined {
  const { radius } = g;
  // The merged window holding c - 1 (side -1) or c (side 1), merged as LineHits.windows merges; a
  // window that may go on past [lo, hi) is open there: it reaches beyond anything read from c.
  const at = side < 0 ? c - 1 : c;
  let ws = NaN;
  let we = NaN;
  for (let k = 0; k < hits.length; k += 2) {
    const s = Math.max(lineStart, hits[k]! - radius);
    const e = Math.min(lineEnd, hits[k + 1]! + radius);
    if (k > 0 && s <= we) we = Math.max(we, e);
    else {
      if (ws <= at && at < we) break;
      ws = s;
      we = e;
    }
  }
  if (!(ws <= at && at < we)) return true;
  const [needLo, needHi] = neededRange(c, r, side, editAt, g, kw);
  if (lo > lineStart && ws <= lo + radius + kw) {
    if (lo > needLo) return undefined;
    ws = -Infinity;
  }
  if (hi < lineEnd && we >= hi - radius - kw) {
    if (hi < needHi) return undefined;
    we = Infinity;
  }
  // A window the edit may lengthen or shorten must be long either way, so that its checks see only
  // the radius around a match. The keywords on the cut's side of the edit stand in both texts, and
  // they alone carry the window on to within a keyword and a radius of the edit (a gap between
  // them would end it there): it holds at least that much in both. Else the cut goes outside it.
  if (side < 0 && we + radius + kw >= editAt && !(Math.min(we, editAt - radius - kw) - ws > g.maxLineLength))
    return missed(miss, ws);
  if (side > 0 && ws - radius - kw <= editAt && !(we - Math.max(ws, editAt + radius + kw + 1) > g.maxLineLength))
    return missed(miss, we);
  const reads = Math.max(r.ahead, radius);
  const readsBack = Math.max(r.behind, radius, GATE_BEHIND);
  // What an attempt on the far side reads, and the window ends it sees, must not come near the edit.
  if (side < 0 && Math.min(we, c + reads) + radius + kw >= editAt)
    return missed(miss, editAt - reads - radius - kw - 1);
  if (side > 0 && Math.max(ws, c - readsBack) - radius - kw <= editAt)
    return missed(miss, editAt + readsBack + radius + kw + 1);
  if (!(ws < c && c < we) || !matches) return true;
  const sliceStart = Math.max(ws, c - r.ahead - r.behind);
  const slice = text.slice(sliceStart, Math.min(we, c + r.ahead));
  const first = Math.max(ws, c - r.ahead);
  const { regex } = r;
  // A scanning regex looks at every character of its slice (a linear pattern, at most a few times).
  g.counter.work += 1 + slice.length;
  if (r.anchored) {
    for (let k = 0; k < hits.length; k += 2) {
      const s = hits[k]!;
      if (s < first || s >= c) continue;
      regex.lastIndex = s - sliceStart;
      const m = regex.exec(slice);
      g.counter.work++;
      // A match across the cut: the next candidate goes outside it.
      if (m !== null && s + m[0].length > c) return missed(miss, side < 0 ? s : s + m[0].length);
    }
    return true;
  }
  regex.lastIndex = first - sliceStart;
  for (;;) {
    const m = regex.exec(slice);
    if (m === null || sliceStart + m.index >= c) return true;
    if (sliceStart + m.index + m[0].length > c)
      return missed(miss, side < 0 ? sliceStart + m.index : sliceStart + m.index + m[0].length);
    regex.lastIndex = m.index + 1;
  }
}

/** `holds` for one multi-line rule: its attempts start up to `lookbehind` before a keyword and end within its span. */
function multiHolds(
  text: string,
  c: number,
  lineStart: number,
  hits: Int32Array,
  editAt: number,
  side: -1 | 1,
  rule: number,
  g: CutGeometry,
  source: MultiSource,
  miss: Miss,
): boolean {
  const { lookbehind } = g;
  const r = g.rules[rule]!;
  for (let k = 0; k < hits.length; k += 2) {
    const h = hits[k]!;
    if (h + r.span <= c || h >= c + lookbehind) continue;
    // An attempt before the cut reads up to the span's end: it must not reach the edit
    // (`beforeReaching` puts the first candidate before every such hit).
    if (side < 0 && h + r.span >= editAt) return missed(miss, h - lookbehind);
    const found = triesOf(text, lineStart, h, rule, g, source);
    for (let i = 0; i < found.length && found[i]! < c; i += 2)
      // A match across the cut: the next candidate goes past it, or before every try from its
      // keyword (one before its start would meet it from the cut: `keywordsAfterHold`).
      if (found[i + 1]! > c) return missed(miss, side < 0 ? h - lookbehind : found[i + 1]!);
  }
  return true;
}

/**
 * The matches (start, end pairs, in order) of multi-line rule `rule` that tries from its keyword at
 * `h` make starting up to `h`: from a lookbehind before it, each try from past the last match's
 * start, as the detector tries them. Kept per text: candidate cuts meet the same keywords.
 */
function triesOf(
  text: string,
  lineStart: number,
  h: number,
  rule: number,
  g: CutGeometry,
  source: MultiSource,
): number[] {
  const key = h * TRY_KEY + rule;
  let found = source.tries.get(key);
  if (found !== undefined) return found;
  found = [];
  const r = g.rules[rule]!;
  const regex = r.multiStart!;
  const windowEnd = Math.min(text.length, h + r.span);
  for (let a = Math.max(lineStart, h - g.lookbehind); a <= h;) {
    const slice = text.slice(a, windowEnd);
    regex.lastIndex = 0;
    const m = regex.exec(slice);
    g.counter.work += 1 + g.lookbehind + (m ? m[0].length : 0);
    if (m === null) break;
    const start = a + m.indices!.groups!['asgMatchStart']![0];
    if (start > h) break;
    found.push(start, a + m[0].length);
    a = start + 1;
  }
  source.tries.set(key, found);
  return found;
}

/** Rules per keyword start in `MultiSource.tries`' keys. */
const TRY_KEY = 1 << 16;

/**
 * `holds` for the multi-line rules' keywords within a lookbehind after `c`. A scan of the whole line
 * tries such a keyword from up to a lookbehind before it (its rule's earlier hits' tries end at or
 * before the cut: `multiHolds`), a scan restarted at the cut from the cut; and a rule's check reads
 * its match's line from where the try starts (the expect script's check takes a line starting with
 * `;` for a comment), so a match starting from the cut on may be judged otherwise by the two. None
 * may start there, as either sees it: from the cut, and (for a pattern reading before its start)
 * from just before it. Else the cut goes a lookbehind before the keyword (every try from it then
 * starts past the cut), or past the match.
 */
function keywordsAfterHold(
  text: string,
  c: number,
  lineStart: number,
  lineEnd: number,
  side: -1 | 1,
  g: CutGeometry,
  source: MultiSource,
  miss: Miss,
): boolean {
  const { keywordLengths, rulesByKeyword } = source;
  const { lookbehind } = g;
  let next = NaN;
  source.cache.scan(
    c,
    Math.min(lineEnd, c + lookbehind + source.longest),
    (id, end) => {
      g.counter.work++;
      const h = end - keywordLengths[id]!;
      if (h >= c + lookbehind || (side < 0 && next <= h - lookbehind)) return;
      const rulesOf = rulesByKeyword[id]!;
      for (let i = 0; i < rulesOf.length; i++) {
        const r = g.rules[rulesOf[i]!]!;
        if (r.span === 0) continue;
        const windowEnd = Math.min(text.length, h + r.span);
        let e = matchEndFrom(text, c, c, h, windowEnd, r.multiStart!, g);
        if (e < 0 && r.behind > 0)
          e = matchEndFrom(text, Math.max(lineStart, c - r.behind), c, h, windowEnd, r.multiStart!, g);
        if (e < 0) continue;
        const n = side < 0 ? h - lookbehind : Math.max(h + 1, e);
        next = Number.isNaN(next) ? n : side < 0 ? Math.min(next, n) : Math.max(next, n);
      }
    },
    source.only,
  );
  return Number.isNaN(next) || missed(miss, next);
}

/**
 * The end of the first match of multi-line pattern `regex` (behind its lead-in) starting in [c, h],
 * tried from `a` on with windows ending at `windowEnd`, or -1.
 */
function matchEndFrom(
  text: string,
  a: number,
  c: number,
  h: number,
  windowEnd: number,
  regex: RegExp,
  g: CutGeometry,
): number {
  while (a <= h) {
    const slice = text.slice(a, windowEnd);
    regex.lastIndex = 0;
    const m = regex.exec(slice);
    g.counter.work += 1 + g.lookbehind + (m ? m[0].length : 0);
    if (m === null) return -1;
    const start = a + m.indices!.groups!['asgMatchStart']![0];
    if (start > h) return -1;
    if (start >= c) return a + m[0].length;
    a = start + 1;
  }
  return -1;
}

export function hasLineBreak(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}
