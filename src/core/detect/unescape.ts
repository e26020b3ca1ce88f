/**
 * Views of a line with its escapes undone, for the wrapped stage (wrapped.ts): JSON/JavaScript string
 * escapes (a notebook cell's source, a JSON string holding code or another JSON document) and URL
 * percent-encoding. Each view keeps where every character came from, so a finding in the view maps
 * back to the exact source range. Linear in the line.
 */

/** Longest line a view is made of; longer lines are only decoded run by run. */
export const MAX_VIEW_LINE = 256 * 1024;

/** Text with its escapes undone, and `from[i]`: the source offset of its character i (`from[length]` is the source end). */
export interface View {
  readonly text: string;
  readonly from: Int32Array;
}

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', "'": "'", '\\': '\\', '/': '/', n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

/** The line with JSON/JavaScript string escapes undone (`\"`, `\\`, `\/`, `\n`, `\uXXXX`, …); undefined when it has none. */
export function jsonUnescaped(line: string): View | undefined {
  return transform(line, '\\', (at) => {
    const c = line[at + 1];
    if (c === undefined) return undefined;
    if (c === 'u') {
      const code = hex4(line, at + 2);
      return code < 0 ? undefined : [String.fromCharCode(code), 6];
    }
    const simple = SIMPLE_ESCAPES[c];
    return simple === undefined ? undefined : [simple, 2];
  });
}

/** The line with `%XX` escapes undone; undefined when it has none. */
export function percentDecoded(line: string): View | undefined {
  return transform(line, '%', (at) => {
    const hi = hexDigit(line.charCodeAt(at + 1));
    const lo = hexDigit(line.charCodeAt(at + 2));
    return hi < 0 || lo < 0 ? undefined : [String.fromCharCode((hi << 4) | lo), 3];
  });
}

/** Copies `line`, replacing at each `marker` what `decodeAt` returns (the text and the source length it replaces). */
function transform(line: string, marker: string, decodeAt: (at: number) => [string, number] | undefined): View | undefined {
  if (line.length > MAX_VIEW_LINE) return undefined;
  let at = line.indexOf(marker);
  if (at === -1) return undefined;
  const parts: string[] = [];
  const from = new Int32Array(line.length + 1);
  let length = 0;
  let copied = 0;
  let changed = false;
  while (at !== -1) {
    const decoded = decodeAt(at);
    if (decoded === undefined) {
      at = line.indexOf(marker, at + 1);
      continue;
    }
    for (let i = copied; i < at; i++) from[length++] = i;
    parts.push(line.slice(copied, at), decoded[0]);
    for (let i = 0; i < decoded[0].length; i++) from[length++] = at;
    copied = at + decoded[1];
    changed = true;
    at = line.indexOf(marker, copied);
  }
  if (!changed) return undefined;
  for (let i = copied; i < line.length; i++) from[length++] = i;
  parts.push(line.slice(copied));
  from[length] = line.length;
  return { text: parts.join(''), from: from.subarray(0, length + 1) };
}

/** The source range of view characters [start, end) (every escape decodes to one character, so the next one's source is where it ends). */
export function sourceRange(view: View, start: number, end: number): [number, number] {
  return [view.from[start]!, view.from[end]!];
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
