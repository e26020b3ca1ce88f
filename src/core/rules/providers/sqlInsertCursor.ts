// The column a quoted literal of an SQL INSERT line stands under: the column list of the nearest
// INSERT header before it, at the literal's position in its row. A one-line dump
// (`INSERT … VALUES (…),(…),…` with thousands of rows, as mysqldump writes) holds thousands of
// literals, and reading the line from its start for each would be quadratic: the literals of a
// line are asked about left to right, so the headers found and the row scan are carried from one
// literal to the next. What is kept is the last line read (a reference to it, held until another
// is read, as nameRun.ts keeps its text); a different line, or an offset before the last one,
// starts over, so every answer is the one a reading from the line's start gives.

/**
 * `INSERT [IGNORE] [INTO] table (columns) VALUES`, the column list captured. INTO is optional in
 * MySQL and SQL Server (`INSERT users (…) VALUES …`). Global: the headers of a line are found in turn.
 */
const INSERT_HEADER =
  /\binsert\s{1,4}(?:ignore\s{1,4})?(?:into\s{1,4})?[\w`"'.[\]]{1,128}\s{0,4}\((?<columns>[^()]{1,2000})\)\s{0,4}values\s{0,4}/gi;

/** The column names of an INSERT's column list, unquoted (`\`password\``, `"token"`, `[secret]`). */
function columnNames(list: string): string[] {
  return list.split(',').map((c) => c.trim().replace(/^[`"[]|[`"\]]$/g, ''));
}

/** The line read last; undefined before any. */
let line: string | undefined;
/** The offset asked about last: a later one continues from it, an earlier one starts over. */
let lastAt = -1;
/** The column list of the header the row scan reads from (undefined: no header ends before `lastAt`). */
let columns: string | undefined;
/** Its names, split when first asked for. */
let names: string[] | undefined;
/**
 * The line's next header after the current one: where its VALUES ends (the blanks after it change
 * nothing a row scan reads, and a header cut short before them is one still) and its column list,
 * null when there is none.
 */
let nextEnd = -1;
let nextColumns: string | null = null;
/** Where the search for the header after it starts (its match's end). */
let searchFrom = 0;
/** The row scan from the current header's end: where it stands, its bracket depth, value position, quote. */
let scanAt = 0;
let headerEnd = 0;
let depth = 0;
let position = -1;
let quoted = false;

/** Finds the line's first header ending at or after `from` (the search starts there). */
function findNext(text: string, from: number): void {
  INSERT_HEADER.lastIndex = from;
  const m = INSERT_HEADER.exec(text);
  nextColumns = m === null ? null : m.groups!['columns']!;
  nextEnd = m === null ? -1 : m.index + m[0].trimEnd().length;
  searchFrom = m === null ? text.length : m.index + m[0].length;
}

function startRowScan(from: number): void {
  scanAt = from;
  headerEnd = from;
  depth = 0;
  position = -1;
  quoted = false;
}

function startLine(text: string): void {
  line = text;
  columns = undefined;
  names = undefined;
  findNext(text, 0);
}

/**
 * The name of the column of the value starting at `at` in `text` (its opening quote): the one at
 * its position in its row (commas at depth 1 outside quoted literals separate values) in the
 * nearest INSERT header ending at or before `at`. Undefined when no header precedes it or `at` is
 * not a value of a row.
 */
export function insertColumnAt(text: string, at: number): string | undefined {
  if (text !== line || at < lastAt) startLine(text);
  lastAt = at;
  // Headers are found in turn (each searched for once); the last one ending by `at` is read from.
  while (nextColumns !== null && nextEnd <= at) {
    columns = nextColumns;
    names = undefined;
    startRowScan(nextEnd);
    findNext(text, searchFrom);
  }
  if (columns === undefined) return undefined;
  // A backslash may have carried the scan one past the last offset asked about.
  if (scanAt > at) startRowScan(headerEnd);
  let i = scanAt;
  for (; i < at; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      // `\'` escapes in MySQL; `''` closes and reopens, which this toggling reads the same.
      if (c === 92) i++;
      else if (c === 39) quoted = false;
    } else if (c === 39) quoted = true;
    else if (c === 40 && ++depth === 1) position = 0;
    else if (c === 41) depth--;
    else if (c === 44 && depth === 1) position++;
  }
  scanAt = i;
  if (quoted || depth !== 1) return undefined;
  names ??= columnNames(columns);
  return names[position];
}
