import type { Finding } from '../finding';

/**
 * Quoted-printable mail bodies (RFC 2045): `=3D` stands for `=` and a line ending in `=` is a soft
 * break, so a password or a key in an `.eml` or mbox file can be cut over lines and its `=` written
 * as `=3D`. For a text that declares the encoding, the detector also scans the decoded view and maps
 * what it finds back to the source range. Linear: one pass to decode, one map lookup per finding.
 */

/** Longest text decoded: mail archives beyond this are scanned as written. */
const MAX_TEXT = 8 * 1024 * 1024;

/** The header at a line's start, as a mail writes it (not the phrase inside a string in code). */
const HEADER = /^content-transfer-encoding:[ \t]*quoted-printable/im;

/**
 * Extensions of source code and structured data: a mail is saved as `.eml`, `.mbox`, `.txt` or with
 * no extension, never as these, and skipping them spares every scanned file two text-long searches.
 */
const NOT_MAIL_EXT =
  /\.(?:[cm]?[jt]sx?|json|map|py|go|java|kt|scala|c|h|cc|cpp|hpp|cs|rb|php|rs|swift|css|scss|less|html?|xml|ya?ml|toml|lock|svg|sql|sh)$/i;

/** Whether `text` (at `path`, when known) declares a quoted-printable body (cheap tests before the regex). */
export function isQuotedPrintableMail(text: string, path?: string): boolean {
  if (text.length > MAX_TEXT || (path !== undefined && NOT_MAIL_EXT.test(path))) return false;
  if (text.indexOf('rintable') < 0 && text.indexOf('RINTABLE') < 0) return false;
  return HEADER.test(text);
}

/** The header tried at one position (sticky): HEADER where `^` holds. */
const HEADER_AT = /content-transfer-encoding:[ \t]*quoted-printable/iy;

/**
 * Whether `text` after `edit` may declare a quoted-printable body when `before`, the text the edit
 * changed, did not: only a header the edit made can, unless the edit brought an over-long text under
 * the size limit. Such a header reads the edited text, so it starts at a line start no later than
 * the edit's end and ends past its start: it is looked for at the few positions that allows, not
 * along the edited line (which may be megabytes long).
 */
export function becameQuotedPrintableMail(
  before: string,
  text: string,
  edit: { readonly start: number; readonly newEnd: number },
  path?: string,
): boolean {
  if (before.length > MAX_TEXT || text.length > MAX_TEXT) return isQuotedPrintableMail(text, path);
  if (path !== undefined && NOT_MAIL_EXT.test(path)) return false;
  // Back from the edit's start over what may precede it in a header: part of `quoted-printable`,
  // the blanks before it, `content-transfer-encoding:` (26 characters) and a line break.
  let at = edit.start;
  const stop = Math.max(0, at - 16);
  while (at > stop && !isBlank(text.charCodeAt(at - 1))) at--;
  while (at > 0 && isBlank(text.charCodeAt(at - 1))) at--;
  const last = Math.min(text.length, edit.newEnd);
  for (at = Math.max(0, at - 27); at <= last; at++) {
    // `^` of HEADER (flag m): the text's start, or after any line terminator.
    if (at > 0 && !isLineTerminator(text.charCodeAt(at - 1))) continue;
    HEADER_AT.lastIndex = at;
    if (HEADER_AT.test(text)) return true;
  }
  return false;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

function isLineTerminator(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

export interface DecodedView {
  readonly text: string;
  /** `from[i]` is the source offset of view character i; `from[text.length]` the source end. */
  readonly from: Int32Array;
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** The text with soft breaks removed and `=XX` escapes decoded, or undefined when it has neither. */
export function decodeQuotedPrintable(text: string): DecodedView | undefined {
  const out: string[] = [];
  const from = new Int32Array(text.length + 1);
  let n = 0;
  let changed = false;
  let runStart = 0;
  const flush = (end: number) => {
    if (end > runStart) out.push(text.slice(runStart, end));
  };
  for (let i = 0; i < text.length;) {
    if (text.charCodeAt(i) === 61 /* = */) {
      const next = text.charCodeAt(i + 1);
      const soft = next === 10 ? 2 : next === 13 && text.charCodeAt(i + 2) === 10 ? 3 : 0;
      if (soft > 0) {
        flush(i);
        changed = true;
        i += soft;
        runStart = i;
        continue;
      }
      const hi = hexDigit(next);
      const lo = hexDigit(text.charCodeAt(i + 2));
      if (hi >= 0 && lo >= 0) {
        flush(i);
        out.push(String.fromCharCode((hi << 4) | lo));
        from[n++] = i;
        changed = true;
        i += 3;
        runStart = i;
        continue;
      }
    }
    from[n++] = i;
    i++;
  }
  flush(text.length);
  if (!changed) return undefined;
  from[n] = text.length;
  return { text: out.join(''), from: from.subarray(0, n + 1) };
}

/** A finding of the decoded view at its source range in `source` (an escape at its end counts whole). */
export function mapFinding(source: string, view: DecodedView, f: Finding): Finding {
  const start = view.from[f.start]!;
  let end = start;
  if (f.end > f.start) {
    const last = view.from[f.end - 1]!;
    end = last + (source.charCodeAt(last) === 61 && view.text.charCodeAt(f.end - 1) !== 61 ? 3 : 1);
  }
  return start === f.start && end === f.end ? f : { ...f, start, end };
}

/**
 * The decoded view's findings, mapped back, merged with the plain scan's: a decoded finding replaces
 * the plain ones it overlaps (it saw the value whole and unescaped). Sorted by `compare`.
 */
export function mergeDecoded(
  plain: readonly Finding[],
  decoded: readonly Finding[],
  compare: (a: Finding, b: Finding) => number,
): Finding[] {
  // Sweep: decoded sorted by start, with the furthest end so far, so each plain finding costs a search.
  const byStart = [...decoded].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const d of byStart) reach.push(Math.max(d.end, reach[reach.length - 1] ?? 0));
  const overlapped = (p: Finding): boolean => {
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid]!.start < p.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! > p.start;
  };
  return plain
    .filter((p) => !overlapped(p))
    .concat(decoded)
    .sort(compare);
}
