// SQL whose column names stand on other lines than the values: a CREATE TABLE above INSERTs with
// no column list, an INSERT's column list above its value tuples, a COPY's column list above its
// tab-separated rows. Tracked statement by statement while the file is read in order.
import { splitCells, type Cell } from './cells';
import { credentialKind, type CredentialColumn } from './headers';

/** Tables remembered per file, and columns per table: bounds on what a hostile file can make us hold. */
const MAX_TABLES = 256;
const MAX_COLUMNS = 128;

const CREATE_TABLE =
  /\bcreate\s{1,8}(?:temporary\s{1,8})?table\s{1,8}(?:if\s{1,8}not\s{1,8}exists\s{1,8})?([\w`"[\].]{1,128})\s{0,8}\(/i;
const INSERT = /\binsert\s{1,8}into\s{1,8}([\w`"[\].]{1,128})\s{0,8}(?:\(([^()]{1,4000})\))?\s{0,8}(values\b)?/i;
const COPY = /^copy\s{1,8}([\w`"[\].]{1,128})\s{0,8}\(([^()]{1,4000})\)\s{1,8}from\s{1,8}stdin/i;
const STATEMENT_START = /^\s{0,8}(?:insert|create|copy)\b/i;
const CONSTRAINT = /^(?:primary|constraint|key|unique|index|foreign|check|fulltext|spatial|\))/i;

/** What the statement being read says about the cells of the lines that follow. */
export type SqlState =
  | { readonly mode: 'create'; readonly table: string; readonly names: string[] }
  | { readonly mode: 'insert'; columns: Columns | undefined; valuesSeen: boolean }
  | { readonly mode: 'copy'; readonly columns: Columns };

/** A statement's columns: how many, and which hold credentials. */
export interface Columns {
  readonly count: number;
  readonly credentials: readonly CredentialColumn[];
}

function columnsOf(names: readonly string[]): Columns {
  return { count: names.length, credentials: credentialColumns(names) };
}

/** A CREATE TABLE read to its end: the line it ended on, and the table's columns. */
export interface SchemaEvent {
  readonly at: number;
  readonly table: string;
  readonly columns: Columns;
}

/** Whether two runs of CREATE TABLEs define the same tables alike (where they stand aside). */
export function sameSchemas(a: readonly SchemaEvent[], b: readonly SchemaEvent[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.table !== y.table || x.columns.count !== y.columns.count) return false;
    const cx = x.columns.credentials;
    const cy = y.columns.credentials;
    if (cx.length !== cy.length) return false;
    for (let k = 0; k < cx.length; k++)
      if (cx[k]!.index !== cy[k]!.index || cx[k]!.name !== cy[k]!.name || cx[k]!.kind !== cy[k]!.kind) return false;
  }
  return true;
}

/** A cell of a statement's values and the column it fills. */
export interface SqlCell {
  readonly cell: Cell;
  readonly column: CredentialColumn;
}

function bareName(name: string): string {
  const parts = name.replace(/[`"[\]]/g, '').split('.');
  return parts[parts.length - 1]!.toLowerCase();
}

function columnList(list: string): string[] {
  return list.split(',', MAX_COLUMNS).map((c) => c.trim().replace(/^[`"[]|[`"\]]$/g, ''));
}

function credentialColumns(columns: readonly string[]): CredentialColumn[] {
  const out: CredentialColumn[] = [];
  columns.forEach((name, index) => {
    const kind = credentialKind(name);
    if (kind !== undefined) out.push({ index, name, kind });
  });
  return out;
}

/** Reads SQL statements in file order; `line` returns the credential cells of each line. */
export class SqlTracker {
  private readonly schemas = new Map<string, Columns>();
  private state: SqlState | undefined;
  /** Every CREATE TABLE read to its end, in order (a rescan resumes from them). */
  readonly events: SchemaEvent[] = [];
  /** The line being read. */
  private at = 0;

  /** Defines the tables `events` (an earlier run's, in order) define, as reading them did. */
  replay(events: readonly SchemaEvent[]): void {
    for (const e of events) this.define(e.table, e.columns);
  }

  private define(table: string, columns: Columns): void {
    if (this.schemas.size < MAX_TABLES) this.schemas.set(table, columns);
  }

  /** Whether a statement is open: the next line belongs to it. */
  get active(): boolean {
    return this.state !== undefined;
  }

  /** The credential cells `line` holds as a part of the statement being read (or one it starts). */
  /** `mayStart`: the line holds a statement word (`insert into`, `create table`, `from stdin`); `at`: where the line starts. */
  line(line: string, out: SqlCell[], mayStart: boolean, at = 0): void {
    this.at = at;
    const s = this.state;
    if (s?.mode === 'create') return this.createLine(line, s);
    if (s?.mode === 'copy') {
      if (line.startsWith('\\.')) this.state = undefined;
      else cellsOf(splitCells(line, 0, line.length, 9, ''), s.columns, true, out);
      return;
    }
    if (s?.mode === 'insert' && !STATEMENT_START.test(line)) return this.insertLine(line, 0, s, out);
    this.state = undefined;
    if (mayStart) this.startLine(line, out);
  }

  private startLine(line: string, out: SqlCell[]): void {
    const create = CREATE_TABLE.exec(line);
    if (create !== null) {
      const state = { mode: 'create' as const, table: bareName(create[1]!), names: [] as string[] };
      this.state = state;
      // A one-line CREATE TABLE: its definitions follow the parenthesis.
      this.createLine(line.slice(create.index + create[0].length), state);
      return;
    }
    const copy = COPY.exec(line);
    if (copy !== null) {
      this.state = { mode: 'copy', columns: columnsOf(columnList(copy[2]!)) };
      return;
    }
    const insert = INSERT.exec(line);
    if (insert === null) return;
    const columns = insert[2] === undefined ? this.schemas.get(bareName(insert[1]!)) : columnsOf(columnList(insert[2]));
    const state = { mode: 'insert' as const, columns, valuesSeen: insert[3] !== undefined };
    this.state = state;
    this.insertLine(line, insert.index + insert[0].length, state, out);
  }

  /** A line of column definitions: each definition's first word is a column's name. */
  private createLine(line: string, s: { table: string; names: string[] }): void {
    let depth = 0;
    let start = 0;
    for (let i = 0; i <= line.length; i++) {
      const c = line.charAt(i);
      if (c === '(') depth++;
      else if (c === ')' && depth > 0) depth--;
      else if (c === ',' || c === '' || (c === ')' && depth === 0)) {
        const def = line.slice(start, i).trim();
        const name = /^[`"[]?([A-Za-z_][\w$]{0,63})/.exec(def);
        if (name !== null && !CONSTRAINT.test(def) && s.names.length < MAX_COLUMNS) s.names.push(name[1]!);
        start = i + 1;
        if (c === ')') {
          this.state = undefined;
          const columns = columnsOf(s.names);
          this.events.push({ at: this.at, table: s.table, columns });
          this.define(s.table, columns);
          return;
        }
      }
    }
  }

  /** Value tuples (and a column list written on its own line) of an INSERT from offset `from`. */
  private insertLine(line: string, from: number, s: SqlState & { mode: 'insert' }, out: SqlCell[]): void {
    let i = from;
    const n = line.length;
    while (i < n) {
      const c = line.charAt(i);
      if (c === '(') {
        const close = tupleEnd(line, i + 1);
        if (close < 0) return;
        if (!s.valuesSeen) s.columns = columnsOf(columnList(line.slice(i + 1, close)));
        else if (s.columns !== undefined) cellsOf(splitCells(line, i + 1, close, 44, '\'"'), s.columns, false, out);
        i = close + 1;
      } else if (c === ';') {
        this.state = undefined;
        return;
      } else if ((c === 'v' || c === 'V') && /^values\b/i.test(line.slice(i, i + 7))) {
        s.valuesSeen = true;
        i += 6;
      } else if (c === "'" || c === '"') {
        return;
      } else i++;
    }
  }
}

/** The credential cells of a row of `columns` (in SQL only quoted literals, `N'...'` included, are values). */
function cellsOf(cells: Cell[] | undefined, columns: Columns, bare: boolean, out: SqlCell[]): void {
  if (cells === undefined || cells.length !== columns.count) return;
  for (const column of columns.credentials) {
    const cell = cells[column.index]!;
    if (cell.quoted || bare) out.push({ cell, column });
  }
}

/** The offset of the `)` closing a tuple opened before `from`, past quoted literals; -1 if not on this line. */
function tupleEnd(line: string, from: number): number {
  let depth = 0;
  let quote = 0;
  for (let i = from; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (quote !== 0) {
      if (code === 92) i++;
      else if (code === quote) quote = 0;
    } else if (code === 39 || code === 34) quote = code;
    else if (code === 40) depth++;
    else if (code === 41) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}
