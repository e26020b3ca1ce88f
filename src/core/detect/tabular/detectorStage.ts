// The header-context stage as the detector runs it: the stage's rule has the context words as
// keywords and this class's `gate` as its keyword gate, so the detector's own keyword pass notes
// where they stand (the gate lets no match run) and the stage needs no pass of its own. A rescan
// keeps the previous scan's hits outside the rescanned lines and adds those the rescan found, which
// are the hits a full scan would note; and it reads only the contexts the edit can reach (from a line
// where the previous scan had none open to one past the edit where neither scan has), keeping the
// previous scan's stage findings elsewhere: so `rescan` still equals `scan`.
import type { Finding } from '../../finding';
import { compareFindings } from '../../finding';
import { firstStartingAt, shifted } from '../findingList';
import type { Findings } from '../findingRope';
import { lineEndOf } from '../lineBounds';
import { KeywordMatcher } from '../prefilter';
import { findTabular, firstAtOrAfter, type Resume, type SchemaEvent, type StageResult, type TableRows } from './stage';
import { sameSchemas } from './sql';

export interface StageRun {
  readonly path: string | undefined;
  readonly limit: number;
  readonly suppressed: (lineStart: number, lineEnd: number) => boolean;
}

/** What the stage found in a scanned text, kept for a rescan of it. */
interface StageRecord {
  readonly path: string | undefined;
  /** The context words' offsets, ascending. */
  readonly hits: readonly number[];
  /** The stage's findings before those overlapping a line rule's were dropped, sorted. */
  readonly raw: readonly Finding[];
  /** How many of them the findings array holds. */
  readonly kept: number;
  /** See StageResult.spans and .schemas. */
  readonly spans: readonly number[];
  readonly schemas: readonly SchemaEvent[];
  readonly rows: TableRows;
}

/** How the text a rescan runs the stage on differs from the previous scan's (see `hitsAfterEdit`). */
interface PendingEdit {
  readonly prior: StageRecord;
  /** The rescanned lines [from, to) of the new text, or undefined for an edit inside an over-long line. */
  readonly lines: { readonly from: number; readonly to: number } | undefined;
  readonly start: number;
  readonly oldEnd: number;
  readonly delta: number;
}

export class TabularStage {
  /** Work units (see Detector.work). */
  work = 0;
  /** The stage stopped at its findings limit in the last run. */
  stoppedShort = false;
  private hits: number[] = [];
  private collecting = false;
  /** The record of each findings array returned for a later rescan. */
  private readonly remembered = new WeakMap<Findings, StageRecord>();
  /** What the last `addTo` found and kept, for `remember` (undefined when cut short by a limit). */
  private last: Omit<StageRecord, 'hits' | 'kept'> | undefined;
  private lastKept = 0;
  /** The edit the next `addTo` follows, set by `hitsAfterEdit` and its long-line twin. */
  private pending: PendingEdit | undefined;
  /** Finds the hits itself when a rescan has no record of the previous scan's. */
  private matcher: KeywordMatcher | undefined;

  constructor(
    private readonly keywords: readonly string[],
    /** The detector's maxLineLength: its keyword pass gates (and so notes hits on) no longer line. */
    private readonly maxLine: number,
  ) {}

  /** The rule's keyword gate: notes the context word of a top-level pass and lets no match run. */
  readonly gate = (_text: string, at: number): boolean => {
    if (this.collecting) this.hits.push(at);
    return false;
  };

  /** Marks the keyword pass over the scanned text itself (`depth` 0), not a decoded inner text. */
  pass(depth: number, on: boolean): void {
    this.collecting = on && depth === 0;
  }

  /** The hits noted since the last call (and forgets any edit a rescan announced). */
  takeHits(): number[] {
    const hits = this.hits;
    this.hits = [];
    this.pending = undefined;
    return hits;
  }

  remember(findings: Findings, hits: readonly number[]): void {
    const last = this.last;
    if (last === undefined) return;
    const { path, raw, spans, schemas, rows } = last;
    this.remembered.set(findings, { path, raw, spans, schemas, rows, kept: this.lastKept, hits });
  }

  /** How many stage findings `findings` (returned for a rescan) holds, when known. */
  keptIn(findings: Findings): number | undefined {
    return this.remembered.get(findings)?.kept;
  }

  /** `to`, holding the findings of `from`, takes its record. */
  rekey(from: Findings, to: Findings): void {
    const record = this.remembered.get(from);
    if (record !== undefined) this.remembered.set(to, record);
  }

  /**
   * Whether the stage has no findings in the text `previous` was found in, nor after an edit inside
   * an over-long line of it (which reaches no context: `afterEdit`), so `addTo` adds none.
   */
  quietAfterLongLineEdit(previous: Findings): boolean {
    const prior = this.remembered.get(previous);
    return prior !== undefined && prior.raw.length === 0 && prior.kept === 0;
  }

  /**
   * The hits of `text` after an edit that rescanned the lines [from, to) (noted since the last
   * `takeHits`): the previous scan's before and after them, or a pass of its own without a record.
   */
  hitsAfterEdit(
    text: string,
    previous: Findings,
    from: number,
    to: number,
    edit: { readonly start: number; readonly oldEnd: number; readonly newEnd: number },
  ): number[] {
    const fresh = this.takeHits();
    const prior = this.remembered.get(previous);
    if (prior === undefined) return this.ownHits(text);
    const delta = edit.newEnd - edit.oldEnd;
    const out = prior.hits.filter((h) => h < from);
    for (const h of fresh) out.push(h);
    for (const h of prior.hits) if (h >= edit.oldEnd && h + delta >= to) out.push(h + delta);
    this.work += prior.hits.length + fresh.length;
    this.pending = { prior, lines: { from, to }, start: edit.start, oldEnd: edit.oldEnd, delta };
    return out;
  }

  /**
   * The hits of `text` after an edit inside an over-long line, which holds none (hits are noted on
   * lines no longer than maxLine) before the edit or after it: the previous scan's, moved.
   */
  hitsAfterLongLineEdit(
    text: string,
    previous: Findings,
    edit: { readonly start: number; readonly oldEnd: number; readonly newEnd: number },
  ): number[] {
    this.takeHits();
    const prior = this.remembered.get(previous);
    if (prior === undefined) return this.ownHits(text);
    const delta = edit.newEnd - edit.oldEnd;
    this.work += prior.hits.length;
    this.pending = { prior, lines: undefined, start: edit.start, oldEnd: edit.oldEnd, delta };
    return delta === 0 ? (prior.hits as number[]) : prior.hits.map((h) => (h > edit.start ? h + delta : h));
  }

  /** Every hit of `text` from a keyword pass of the stage's own, on lines the detector would gate. */
  ownHits(text: string): number[] {
    this.matcher ??= new KeywordMatcher(this.keywords);
    const lengths = this.keywords.map((k) => k.length);
    const hits: number[] = [];
    let lineOf = -1;
    let short = false;
    this.matcher.scan(text, 0, text.length, (id, end, lineStart) => {
      if (lineStart !== lineOf) {
        lineOf = lineStart;
        short = lineEndOf(text, lineStart) - lineStart <= this.maxLine;
      }
      if (short) hits.push(end - lengths[id]!);
    });
    this.work += text.length;
    return hits;
  }

  /**
   * The sorted line-based `findings` of `text` with the stage's, except where a line rule already
   * found an overlapping secret.
   */
  addTo(text: string, findings: Finding[], hits: readonly number[], run: StageRun): Finding[] {
    this.stoppedShort = false;
    const pending = this.pending;
    this.pending = undefined;
    this.last = undefined;
    if (run.limit <= 0) return findings;
    const sorted = isAscending(hits) ? hits : [...hits].sort((a, b) => a - b);
    const usable = pending !== undefined && pending.prior.path === run.path && run.limit === Infinity;
    const found = usable ? this.afterEdit(text, sorted, run, pending) : this.whole(text, sorted, run);
    const { raw } = found;
    this.last = found;
    this.lastKept = 0;
    if (raw.length === 0) return findings;
    // The furthest end among the line findings up to each index: a stage finding overlaps one iff
    // the furthest end of those starting before its end passes its start.
    const furthest: number[] = [];
    for (const f of findings) furthest.push(Math.max(f.end, furthest[furthest.length - 1] ?? 0));
    const fresh = raw.filter((s) => {
      const before = firstStartingAt(findings, s.end);
      return before === 0 || furthest[before - 1]! <= s.start;
    });
    // A run the limit cut short is no record of the text.
    if (this.stoppedShort) this.last = undefined;
    this.lastKept = fresh.length;
    return fresh.length === 0 ? findings : findings.concat(fresh).sort(compareFindings);
  }

  /** The stage run over the whole text. */
  private whole(text: string, hits: readonly number[], run: StageRun): Omit<StageRecord, 'hits' | 'kept'> {
    // Every context opens on a line holding a context word.
    if (hits.length === 0)
      return { path: run.path, raw: [], spans: [], schemas: [], rows: { at: [], header: [], asciidoc: [] } };
    const { path, limit, suppressed } = run;
    const stage = findTabular(text, { path, limit, suppressed, hits, maxLine: this.maxLine });
    this.work += stage.work;
    this.stoppedShort = stage.stoppedShort;
    return { path: run.path, raw: stage.findings, spans: stage.spans, schemas: stage.schemas, rows: stage.rows };
  }

  /**
   * The stage's findings after `edit`: the previous scan's outside the contexts the edit can reach,
   * the stage run again over those. An edit inside an over-long line reaches none (such a line ends
   * a table and is read by no context), so everything is the previous scan's, moved.
   */
  private afterEdit(
    text: string,
    hits: readonly number[],
    run: StageRun,
    edit: PendingEdit,
  ): Omit<StageRecord, 'hits' | 'kept'> {
    const { prior, start, delta } = edit;
    if (edit.lines === undefined) {
      if (delta === 0) return prior;
      const move = (p: number) => (p > start ? p + delta : p);
      return {
        path: run.path,
        raw: prior.raw.map((f) => (f.start > start ? shifted(f, delta) : f)),
        spans: prior.spans.map(move),
        schemas: prior.schemas.map((e) => (e.at > start ? { ...e, at: e.at + delta } : e)),
        rows: { ...prior.rows, at: prior.rows.at.map(move) },
      };
    }
    const resume = this.resumeAt(prior, edit.lines.from, edit.lines.to, delta);
    const stage = findTabular(text, { ...run, hits, maxLine: this.maxLine, resume });
    this.work += stage.work;
    return { path: run.path, ...merged(prior, resume.from, stage, delta) };
  }

  /**
   * Where a rescan's stage run starts: at the edited line (the rows of the previous scan above it
   * are read alike in both texts) when no context, or a table alone, was open there; else at the
   * line opening the context it lies in. It may stop where the previous scan was in the same state.
   */
  private resumeAt(prior: StageRecord, edited: number, stopFrom: number, delta: number): Resume {
    const { spans, schemas, rows } = prior;
    let from = edited;
    let table: Resume['table'];
    const span = lastPairOpeningBefore(spans, from);
    if (span >= 0 && spans[span + 1]! > from) {
      const row = indexOf(rows.at, from);
      if (row >= 0) table = { header: rows.header[row]!, asciidoc: rows.asciidoc[row]!, openedAt: spans[span]! };
      else from = spans[span]!;
    }
    const sameSince = (read: readonly SchemaEvent[], old: number) => {
      this.work += read.length;
      return sameSchemas(read, schemasIn(schemas, from, old));
    };
    return {
      from,
      schemas: schemas.filter((e) => e.at < from),
      ...(table === undefined ? {} : { table }),
      stopFrom,
      stop: (at, read) => {
        const old = at - delta;
        const k = lastPairOpeningBefore(spans, old);
        return !(k >= 0 && spans[k + 1]! > old) && sameSince(read, old);
      },
      stopInTable: (at, header, asciidoc, read) => {
        if (at < stopFrom) return false;
        const row = indexOf(rows.at, at - delta);
        return (
          row >= 0 && rows.header[row] === header && rows.asciidoc[row] === asciidoc && sameSince(read, at - delta)
        );
      },
    };
  }
}

/**
 * The record of a rescanned text: the previous scan's (`prior`) before `from` and from where the
 * stage run `stage` stopped on (moved by `delta`), the run's between.
 */
function merged(
  prior: StageRecord,
  from: number,
  stage: StageResult,
  delta: number,
): Omit<StageRecord, 'hits' | 'kept' | 'path'> {
  const { spans, schemas, rows } = prior;
  const old = stage.stoppedAt - delta;
  const raw = prior.raw.slice(0, firstStartingAt(prior.raw, from));
  for (const f of stage.findings) raw.push(f);
  for (let i = firstStartingAt(prior.raw, old); i < prior.raw.length; i++) raw.push(shifted(prior.raw[i]!, delta));
  // Spans closed before `from` (a table the run resumed inside is the run's), the run's, then those after.
  const outSpans: number[] = [];
  for (let k = 0; k < spans.length && spans[k + 1]! <= from; k += 2) outSpans.push(spans[k]!, spans[k + 1]!);
  for (const p of stage.spans) outSpans.push(p);
  let after = firstPairOpeningAt(spans, old);
  // Stopped inside a table: its span, opened in the run, closes where the previous scan's did.
  if (stage.openAtStop >= 0) outSpans.push(stage.openAtStop, spans[after - 1]! + delta);
  for (; after < spans.length; after += 2) outSpans.push(spans[after]! + delta, spans[after + 1]! + delta);
  const outSchemas = schemas.filter((e) => e.at < from).concat(stage.schemas);
  for (const e of schemas) if (e.at >= old) outSchemas.push({ ...e, at: e.at + delta });
  const outRows: TableRows = { at: [], header: [], asciidoc: [] };
  const push = (r: TableRows, i: number, shift: number) => {
    outRows.at.push(r.at[i]! + shift);
    outRows.header.push(r.header[i]!);
    outRows.asciidoc.push(r.asciidoc[i]!);
  };
  for (let i = 0; i < rows.at.length && rows.at[i]! < from; i++) push(rows, i, 0);
  for (let i = 0; i < stage.rows.at.length; i++) push(stage.rows, i, 0);
  for (let i = firstAtOrAfter(rows.at, old); i < rows.at.length; i++) push(rows, i, delta);
  return { raw, spans: outSpans, schemas: outSchemas, rows: outRows };
}

/** Index of `at` in the ascending `xs`, or -1. */
function indexOf(xs: readonly number[], at: number): number {
  const i = firstAtOrAfter(xs, at);
  return i < xs.length && xs[i] === at ? i : -1;
}

/** Index (even) of the last (open, close) pair of `spans` opening before `at`, or -1. */
function lastPairOpeningBefore(spans: readonly number[], at: number): number {
  return firstPairOpeningAt(spans, at) - 2;
}

/** Index (even) of the first (open, close) pair of `spans` opening at or after `at` (spans.length if none). */
function firstPairOpeningAt(spans: readonly number[], at: number): number {
  let lo = 0;
  let hi = spans.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[2 * mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return 2 * lo;
}

/** The events of `schemas` (ascending by line) on lines in [from, to). */
function schemasIn(schemas: readonly SchemaEvent[], from: number, to: number): SchemaEvent[] {
  return schemas.filter((e) => e.at >= from && e.at < to);
}

function isAscending(xs: readonly number[]): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i]! < xs[i - 1]!) return false;
  return true;
}
