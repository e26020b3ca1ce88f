// Splitting one line of a table into cells, in one left-to-right pass (linear in the line).

/** A cell's content in its line: `[start, end)` without surrounding blanks and quotes. */
export interface Cell {
  readonly start: number;
  readonly end: number;
  /** The content was written between quotes (or backticks): a delimited literal. */
  readonly quoted: boolean;
}

/** More cells than any real table has: a line split into more is not a table row. */
export const MAX_CELLS = 128;

const SPACE = 32;
const TAB = 9;

function isBlank(code: number): boolean {
  return code === SPACE || code === TAB;
}

/**
 * The cells of `line[from, to)` separated by `sep` (one character). A cell opening with a quote
 * character from `quotes` runs to its closing quote (a doubled quote or a backslash escapes it), as
 * RFC 4180 CSV and SQL literals write them. With `sep` '|', runs of pipes are one separator and
 * pipes at either end open and close the row (Markdown, org-mode, Confluence `||`). Undefined past
 * `MAX_CELLS` cells or on an unclosed quote.
 */
export function splitCells(line: string, from: number, to: number, sep: number, quotes: string): Cell[] | undefined {
  const cells: Cell[] = [];
  const pipe = sep === 124;
  let i = from;
  if (pipe) {
    while (i < to && isBlank(line.charCodeAt(i))) i++;
    while (i < to && line.charCodeAt(i) === sep) i++;
    let j = to;
    while (j > i && isBlank(line.charCodeAt(j - 1))) j--;
    while (j > i && line.charCodeAt(j - 1) === sep) j--;
    to = j;
  }
  for (;;) {
    if (cells.length >= MAX_CELLS) return undefined;
    while (i < to && isBlank(line.charCodeAt(i))) i++;
    // T-SQL writes Unicode literals N'...'.
    if (line.charCodeAt(i) === 78 && line.charCodeAt(i + 1) === 39 && quotes.includes("'")) i++;
    const c = line.charAt(i);
    let start = i;
    let end: number;
    let quoted = false;
    if (c !== '' && quotes.includes(c)) {
      quoted = true;
      const q = line.charCodeAt(i);
      start = ++i;
      for (;;) {
        if (i >= to) return undefined;
        const code = line.charCodeAt(i);
        if (code === 92 && q !== 96) i += 2;
        else if (code === q && line.charCodeAt(i + 1) === q) i += 2;
        else if (code === q) break;
        else i++;
      }
      end = i++;
      // Only blanks may follow a closing quote (`"a": "b"` is no CSV row).
      while (i < to && isBlank(line.charCodeAt(i))) i++;
      if (i < to && line.charCodeAt(i) !== sep) return undefined;
    } else {
      while (i < to && line.charCodeAt(i) !== sep) i++;
      end = i;
      while (end > start && isBlank(line.charCodeAt(end - 1))) end--;
    }
    cells.push({ start, end, quoted });
    if (i >= to) return cells;
    i++;
    if (pipe) while (i < to && line.charCodeAt(i) === sep) i++;
  }
}

/** The cells of a whitespace-aligned line (fixed-width reports, CLI tables): separated by two or more blanks or a tab. */
export function splitAligned(line: string): Cell[] | undefined {
  const cells: Cell[] = [];
  let i = 0;
  const to = line.length;
  while (i < to && isBlank(line.charCodeAt(i))) i++;
  while (i < to) {
    if (cells.length >= MAX_CELLS) return undefined;
    const start = i;
    for (;;) {
      while (i < to && !isBlank(line.charCodeAt(i))) i++;
      // One space inside a cell ("User name"); two or a tab end it.
      if (i + 1 < to && line.charCodeAt(i) === SPACE && !isBlank(line.charCodeAt(i + 1))) i++;
      else break;
    }
    cells.push({ start, end: i, quoted: false });
    while (i < to && isBlank(line.charCodeAt(i))) i++;
  }
  return cells;
}

/** The text of `<tag ...>cell</tag>` cells of an HTML table row, in order (`tag` is `th` or `td`). */
export function htmlCells(line: string, tag: 'th' | 'td'): Cell[] | undefined {
  const cells: Cell[] = [];
  const lower = line.toLowerCase();
  let i = 0;
  for (;;) {
    const open = lower.indexOf(`<${tag}`, i);
    if (open < 0) return cells.length > 0 ? cells : undefined;
    if (cells.length >= MAX_CELLS) return undefined;
    const start = lower.indexOf('>', open) + 1;
    const end = lower.indexOf(`</${tag}>`, start);
    if (start === 0 || end < 0) return undefined;
    cells.push({ start, end, quoted: true });
    i = end + tag.length + 3;
  }
}
