/**
 * Views of a line with its escapes undone, for the wrapped stage (wrapped.ts): JSON/JavaScript string
 * escapes (a notebook cell's source, a JSON string holding code or another JSON document), the
 * octal escapes of libedit history files, and URL
 * percent-encoding. Each view keeps where every character came from, so a finding in the view maps
 * back to the exact source range. Linear in the line.
 */

/**
 * Longest line a view is made of. Longer lines with escapes are generated (source maps'
 * sourcesContent, bundles), where a second full scan would double the cost for secrets that are in
 * their sources anyway; their encoded runs are still decoded, and PEM keys with `\n` escapes are
 * matched as written.
 */
export const MAX_VIEW_LINE = 16 * 1024;

/** How a view undoes escapes. */
export type ViewKind = 'json' | 'percent';

const SIMPLE_ESCAPES: Record<string, string> = {
  '"': '"',
  "'": "'",
  '\\': '\\',
  '/': '/',
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
};

/**
 * The line with its escapes undone (JSON/JavaScript string escapes: `\"`, `\\`, `\/`, `\n`,
 * `\uXXXX`, …; or `%XX`), or undefined when it has none. Every escape becomes one character.
 */
export function unescapedView(line: string, kind: ViewKind): string | undefined {
  return transform(line, kind, undefined);
}

/**
 * The source range, in `line`, of view characters [start, end). Findings in views are rare, so the
 * map is rebuilt here rather than kept for every view.
 */
export function sourceRange(line: string, kind: ViewKind, start: number, end: number): [number, number] {
  const from = new Int32Array(line.length + 1);
  transform(line, kind, from);
  return [from[start]!, from[end]!];
}

/** Decodes the escape at `at`: the text and the source length it replaces. */
function decodeAt(line: string, kind: ViewKind, at: number): [string, number] | undefined {
  if (kind === 'percent') {
    const hi = hexDigit(line.charCodeAt(at + 1));
    const lo = hexDigit(line.charCodeAt(at + 2));
    return hi < 0 || lo < 0 ? undefined : [String.fromCharCode((hi << 4) | lo), 3];
  }
  const c = line[at + 1];
  if (c === undefined) return undefined;
  if (c === 'u') {
    const code = hex4(line, at + 2);
    return code < 0 ? undefined : [String.fromCharCode(code), 6];
  }
  // `\040`: the octal escape libedit writes in history files (`.mysql_history`, `.sqlite_history`) and
  // JavaScript reads as legacy octal.
  if (c === '0' && isOctal(line.charCodeAt(at + 2)) && isOctal(line.charCodeAt(at + 3)))
    return [String.fromCharCode(parseInt(line.slice(at + 2, at + 4), 8)), 4];
  const simple = SIMPLE_ESCAPES[c];
  return simple === undefined ? undefined : [simple, 2];
}

/** Copies `line` with its escapes undone; fills `from` (view offset → source offset) when given. */
function transform(line: string, kind: ViewKind, from: Int32Array | undefined): string | undefined {
  if (line.length > MAX_VIEW_LINE) return undefined;
  const marker = kind === 'percent' ? '%' : '\\';
  let at = line.indexOf(marker);
  let out = '';
  let length = 0;
  let copied = 0;
  while (at !== -1) {
    const decoded = decodeAt(line, kind, at);
    if (decoded === undefined) {
      at = line.indexOf(marker, at + 1);
      continue;
    }
    if (from) for (let i = copied; i <= at; i++) from[length++] = i;
    out += line.slice(copied, at) + decoded[0];
    copied = at + decoded[1];
    at = line.indexOf(marker, copied);
  }
  if (copied === 0) return undefined;
  if (from) for (let i = copied; i <= line.length; i++) from[length++] = i;
  return out + line.slice(copied);
}

function isOctal(c: number): boolean {
  return c >= 48 && c <= 55;
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  return l >= 97 && l <= 102 ? l - 87 : -1;
}

function hex4(s: string, at: number): number {
  let v = 0;
  for (let i = at; i < at + 4; i++) {
    const d = hexDigit(s.charCodeAt(i));
    if (d < 0) return -1;
    v = (v << 4) | d;
  }
  return v;
}
