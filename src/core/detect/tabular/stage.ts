// The header-context stage: credentials whose name stands on an earlier line than the value (a
// CSV or table header above its rows, a CREATE TABLE or column list above INSERT tuples, a YAML
// key above its block scalar). Reads the file once, in order, remembering the header context; the
// line-based rules cannot see it, since their findings on a line depend only on that line.
import type { Finding } from '../../finding';
import { fileKindOf, type FileKind } from '../../fileKind';
import { shannonEntropy } from '../../entropy';
import { fingerprint, redact } from '../../redact';
import { fileClassOf } from '../../rules/judge/context';
import { judgeCandidate } from '../../rules/judge/judge';
import { judgeName } from '../../rules/judge/names';
import { isPlaceholder } from '../../rules/placeholders';
import type { Confidence, MatchContext } from '../../rules/types';
import { lineStartOf, previousLine } from '../lineBounds';
import type { Cell } from './cells';
import { credentialKind, isRuleLine, mayBeHeader, rowCells, tableHeaderOf, type TableHeader } from './headers';
import { NameAboveTracker } from './nameAbove';
import { SqlTracker, type SchemaEvent, type SqlCell } from './sql';
import { TABULAR_RULE_ID } from '../../rules/providers/tabular';

export { CONTEXT_WORDS, TABULAR_RULE_ID } from '../../rules/providers/tabular';
export type { SchemaEvent } from './sql';

/** A masked or withheld cell: `[FILTERED]`, `<hidden>`, `(none)`, `****`, `xxxxxxxx`. */
/** A word ending a sentence ("Always."): prose in a table cell, not a value. */
const SENTENCE_WORD = /^[A-Za-z]{1,40}\.$/;

const MASKED = /^(?:\[[A-Za-z _-]{1,30}\]|<[A-Za-z _-]{1,30}>|\([A-Za-z _-]{1,30}\)|[*\u2022x]{3,}|X{3,})$/;

export interface StageOptions {
  readonly path: string | undefined;
  /** Offsets of the context words in `text`, ascending (on lines no longer than `maxLine`). */
  readonly hits: readonly number[];
  /** Longer lines are no table a person reads (a minified blob): they end any context. */
  readonly maxLine: number;
  /** Stop after this many findings (a batch scan's cap). */
  readonly limit: number;
  /** Whether the line at `lineStart` is suppressed by a marker. */
  readonly suppressed: (lineStart: number, lineEnd: number) => boolean;
  /** Read from a line start where no context is open instead of from the text's start (a rescan). */
  readonly resume?: Resume;
}

/**
 * Where a rescan's stage run starts and may stop. It starts at `from`, where the previous scan had
 * no context open, with the tables the CREATE TABLEs above it defined. Past `stopFrom` (beyond the
 * edit and the line whose suppression it may change), it stops at the first line start where no
 * context is open and `stop` says the previous scan had none open there either and nothing the run
 * read changed the tables: from there on the previous scan's findings hold, shifted.
 */
export interface Resume {
  readonly from: number;
  readonly schemas: readonly SchemaEvent[];
  /** A table the previous scan was reading at `from` (no other context open), and the line opening it. */
  readonly table?: { readonly header: TableHeader; readonly asciidoc: boolean; readonly openedAt: number };
  readonly stopFrom: number;
  readonly stop: (at: number, schemas: readonly SchemaEvent[]) => boolean;
  /** `stop` at a line read under the table `header` alone, anywhere (the caller compares with `stopFrom`). */
  readonly stopInTable: (
    at: number,
    header: TableHeader,
    asciidoc: boolean,
    schemas: readonly SchemaEvent[],
  ) => boolean;
}

/** The lines read under a table alone (no other context open): where a rescan may resume or stop inside it. */
export interface TableRows {
  readonly at: number[];
  readonly header: TableHeader[];
  readonly asciidoc: boolean[];
}

export interface StageResult {
  readonly findings: Finding[];
  /** Characters visited (see Detector.work). */
  readonly work: number;
  /** The limit stopped the stage before the end of the text. */
  readonly stoppedShort: boolean;
  /**
   * Where the lines read with a context open lie: pairs (the line opening it, the first line start
   * with none open again, or the text's length plus one if one is open at its end), ascending. Between them the stage reads only lines
   * holding a context word, each alone.
   */
  readonly spans: number[];
  /** The tables the CREATE TABLEs read defined, in order (what later INSERTs depend on). */
  readonly schemas: SchemaEvent[];
  readonly rows: TableRows;
  /** The line opening the context a resumed run stopped in (its span is left open), else -1. */
  readonly openAtStop: number;
  /** Where a resumed run stopped (the text's length when it read to the end). */
  readonly stoppedAt: number;
}

/** One candidate: a cell of `line` (starting at `lineStart` in the text) under the column `name`. */
interface Candidate {
  readonly lineStart: number;
  readonly line: string;
  readonly cell: Cell;
  readonly name: string;
  /** A row under a table's header: the layout itself says the cell is the named credential. */
  readonly explicit?: boolean;
}

/** The contexts open while the stage reads a file's lines in order, and what each line holds under them. */
class Contexts {
  readonly sql = new SqlTracker();
  readonly above: NameAboveTracker;
  table: TableHeader | undefined;
  // An AsciiDoc table (`|===` ... `|===`) may leave a blank line between its header and its rows.
  asciidoc = false;

  constructor(
    private readonly text: string,
    private readonly hits: readonly number[],
    /** A programming language's file: no table or YAML key is read (see findTabular). */
    private readonly inCode: boolean,
  ) {
    this.above = new NameAboveTracker(inCode);
  }

  /** The table being read when no other context is open. */
  get tableAlone(): TableHeader | undefined {
    return this.sql.active || this.above.active ? undefined : this.table;
  }

  /** Reads on in a table a previous scan was reading (alone); returns the line that opened it. */
  resumeIn(table: NonNullable<Resume['table']>): number {
    this.table = table.header;
    this.asciidoc = table.asciidoc;
    return table.openedAt;
  }

  /** Whether a context is open: the next line's meaning depends on the lines before it. */
  get open(): boolean {
    return this.table !== undefined || this.sql.active || this.above.active;
  }

  /**
   * The candidates of the line [lineStart, lineEnd) (no longer than the stage's limit), opening and
   * closing contexts; `hitAt(lineStart)` is the first context word from the line's start.
   */
  read(lineStart: number, lineEnd: number, hitAt: (from: number) => number): Candidate[] {
    const { text } = this;
    const line = text.slice(lineStart, lineEnd);
    const candidates: Candidate[] = [];
    const blank = line.trim() === '';
    const table = this.table;
    if (table !== undefined && !isRuleLine(line) && !(blank && this.asciidoc)) {
      const cells = blank ? undefined : rowCells(line, table);
      if (cells === undefined) this.table = undefined;
      else
        for (const c of table.columns)
          candidates.push({ lineStart, line, cell: cells[c.index]!, name: c.name, explicit: true });
    }
    const named = this.above.line(line);
    if (named !== undefined) candidates.push({ lineStart, line, ...named });
    const sqlCells: SqlCell[] = [];
    this.sql.line(line, sqlCells, sqlWordOn(text, this.hits, lineStart, lineEnd), lineStart);
    for (const s of sqlCells) candidates.push({ lineStart, line, cell: s.cell, name: s.column.name });
    if (this.table === undefined && !this.inCode) {
      const h = hitAt(lineStart);
      if (h >= 0 && h < lineEnd) this.table = tableHeaderOf(line);
      this.asciidoc = this.table !== undefined && previousLine(text, lineStart)?.trim() === '|===';
    }
    return candidates;
  }
}

/**
 * The stage's findings in `text`, sorted by position. Linear: each line is read once, a line is
 * split into cells at most twice, and every cell judged is bounded by the line's length.
 */
export function findTabular(text: string, options: StageOptions): StageResult {
  const file = fileKindOf(options.path);
  const findings: Finding[] = [];
  // In a programming language a comma-separated line is an argument or element list and `name:`
  // opens a dict entry: tables and YAML keys are read in data, config and text files only.
  const inCode = fileClassOf({ path: options.path, file, line: '', matchIndex: 0 }) === 'code';
  const { hits, resume } = options;
  const contexts = new Contexts(text, hits, inCode);
  const { sql } = contexts;
  let work = 0;
  const heredocs = new NextOf(text, '<<');
  const htmlCells = new NextOf(text, '<th');
  const spans: number[] = [];
  // The line opening the context being read, or -1 when none is open.
  let spanOpen = -1;
  let lineStart = resume?.from ?? 0;
  if (resume !== undefined) sql.replay(resume.schemas);
  if (resume?.table !== undefined) spanOpen = contexts.resumeIn(resume.table);
  const rows: TableRows = { at: [], header: [], asciidoc: [] };
  const schemasBefore = sql.events.length;
  let cursor = firstAtOrAfter(hits, lineStart);
  const nextHit = (from: number): number => {
    while (cursor < hits.length && hits[cursor]! < from) cursor++;
    work++;
    return cursor < hits.length ? hits[cursor]! : -1;
  };
  const result = (stoppedAt: number, stoppedShort: boolean, inTable = false): StageResult => {
    // A context still open at the end would take in a line appended to the text.
    if (spanOpen >= 0 && !inTable) spans.push(spanOpen, contexts.open || stoppedShort ? text.length + 1 : text.length);
    if (!stoppedShort) findings.sort((a, b) => a.start - b.start || a.end - b.end);
    const schemas = sql.events.slice(schemasBefore);
    return { findings, work, stoppedShort, spans, schemas, rows, openAtStop: inTable ? spanOpen : -1, stoppedAt };
  };
  while (lineStart < text.length) {
    const idle = !contexts.open;
    if (idle) {
      if (spanOpen >= 0) {
        spans.push(spanOpen, lineStart);
        spanOpen = -1;
      }
      // No context open: jump to the next line holding a context word.
      const h = nextHit(lineStart);
      // A backward loop: hits stand on short lines, and V8's lastIndexOf from an index is slow.
      const hitLine = h < 0 ? text.length : lineStartOf(text, h);
      if (resume !== undefined) {
        // Nothing is read before `hitLine`: a rescan may stop anywhere up to it.
        const at = Math.max(lineStart, resume.stopFrom);
        if (at <= hitLine && resume.stop(at, sql.events.slice(schemasBefore))) return result(at, false);
      }
      if (h < 0) break;
      lineStart = hitLine;
    }
    const alone = idle ? undefined : contexts.tableAlone;
    if (alone !== undefined) {
      if (resume?.stopInTable(lineStart, alone, contexts.asciidoc, sql.events.slice(schemasBefore)) === true)
        return result(lineStart, false, true);
      noteRow(rows, lineStart, alone, contexts.asciidoc);
    }
    const newline = text.indexOf('\n', lineStart);
    const next = newline < 0 ? text.length : newline + 1;
    const lineEnd = newline < 0 ? text.length : text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
    work += lineEnd - lineStart + 1;
    // In code, most lines holding a context word open nothing: no table is read there, so only a
    // SQL statement or a name-above form could start, each recognisable by the line's ends.
    // Elsewhere, a line holding one that opens nothing is passed over alike, without cutting it out.
    if (
      idle &&
      // The cursor stands at the line's first hit: nothing before it was at or past the line's start.
      !sqlWordOn(text, hits, lineStart, lineEnd, cursor) &&
      !mayNameBelow(text, lineStart, lineEnd, heredocs, !inCode) &&
      (inCode || !mayBeHeader(text, lineStart, lineEnd, htmlCells.from(lineStart)))
    ) {
      lineStart = next;
      continue;
    }
    if (lineEnd - lineStart > options.maxLine) contexts.table = undefined;
    else
      for (const c of contexts.read(lineStart, lineEnd, nextHit)) {
        const f = judged(c, file, options.path);
        if (f === undefined || options.suppressed(lineStart, lineEnd)) continue;
        if (findings.length >= options.limit) return result(lineStart, true);
        findings.push(f);
      }
    if (idle && contexts.open) spanOpen = lineStart;
    lineStart = next;
  }
  return result(text.length, false);
}

/** Notes a line read under a table alone (see TableRows). */
function noteRow(rows: TableRows, at: number, header: TableHeader, asciidoc: boolean): void {
  rows.at.push(at);
  rows.header.push(header);
  rows.asciidoc.push(asciidoc);
}

/** Index of the first of the ascending `xs` at or after `at`. */
export function firstAtOrAfter(xs: readonly number[], at: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The finding `c` makes when the shared judge calls its value a credential under its column's name. */
function judged(c: Candidate, file: FileKind, path: string | undefined): Finding | undefined {
  const value = c.line.slice(c.cell.start, c.cell.end);
  if (value.length < 4 || value.length > 512 || MASKED.test(value) || SENTENCE_WORD.test(value) || isPlaceholder(value))
    return undefined;
  const context: MatchContext = { path, file, line: c.line, matchIndex: c.cell.start };
  // A column the name judge does not know (`Kennwort`) is named for a password in another language.
  const kind = judgeName(c.name) === undefined ? credentialKind(c.name) : undefined;
  const verdict = judgeCandidate({
    name: c.name,
    value,
    quoted: true,
    context,
    nameStart: c.cell.start,
    valueEnd: c.cell.end,
    ...(kind === undefined ? {} : { kind }),
    form: `value under "${c.name}"`,
    explicit: c.explicit === true,
  });
  if (verdict === false) return undefined;
  const entropy = shannonEntropy(value);
  const confidence: Confidence = verdict.confidence ?? 'medium';
  return {
    ruleId: TABULAR_RULE_ID,
    start: c.lineStart + c.cell.start,
    end: c.lineStart + c.cell.end,
    confidence: file.test ? (confidence === 'high' ? 'medium' : 'low') : confidence,
    fingerprint: fingerprint(TABULAR_RULE_ID, value),
    preview: redact(value),
    entropy: Math.round(entropy * 100) / 100,
    ...(verdict.why === undefined ? {} : { why: verdict.why }),
  };
}

/**
 * Whether the line [lineStart, lineEnd) may open a name-above form (see `startOf` in ./nameAbove.ts):
 * its last non-blank character closes a plist key (`>`), continues a line (`\\`), opens a block
 * (`{`) or, with `yaml`, ends a YAML key, or it holds a heredoc's `<<` or opens a psql record (`-[`).
 */
function mayNameBelow(text: string, lineStart: number, lineEnd: number, heredocs: NextOf, yaml: boolean): boolean {
  let end = lineEnd;
  while (end > lineStart && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  const last = text.charCodeAt(end - 1);
  // `:` `|` `-` `+` or an indentation digit ends a YAML key (read outside code only).
  if (yaml && (last === 58 || last === 124 || last === 45 || last === 43 || (last > 48 && last <= 57))) return true;
  // Other trailing whitespace (`trimEnd` removes it too): not worth telling apart, so it may open.
  if (last === 62 || last === 92 || last === 123 || last <= 32 || (last >= 128 && /\s/.test(text.charAt(end - 1))))
    return true;
  if (text.startsWith('-[', lineStart)) return true;
  return heredocs.from(lineStart) + 1 < lineEnd;
}

/**
 * The next occurrence of `what` in `text` from ascending offsets: each search resumes past the
 * last one found, so the lines of a file cost one pass together (a search per line to the text's
 * end would be quadratic).
 */
class NextOf {
  private at = -1;
  private found = -1;

  constructor(
    private readonly text: string,
    private readonly what: string,
  ) {}

  /** The first occurrence at or after `offset` (offsets asked in ascending order), or Infinity. */
  from(offset: number): number {
    if (this.at >= 0 && offset >= this.at && offset <= this.found) return this.found;
    const i = this.text.indexOf(this.what, offset);
    this.at = offset;
    this.found = i < 0 ? Infinity : i;
    return this.found;
  }
}

/** Whether a hit in `[lineStart, lineEnd)` may be a SQL statement word (they start with c, f or i). */
function sqlWordOn(
  text: string,
  hits: readonly number[],
  lineStart: number,
  lineEnd: number,
  first = firstAtOrAfter(hits, lineStart),
): boolean {
  for (let i = first; i < hits.length && hits[i]! < lineEnd; i++) {
    const c = text.charCodeAt(hits[i]!) | 32;
    if (c === 99 || c === 102 || c === 105) return true;
  }
  return false;
}
