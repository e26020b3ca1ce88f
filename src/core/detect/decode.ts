/**
 * Decoding of base64, base64url and hex runs into text, for the wrapped stage (wrapped.ts). Every
 * function is linear in its input and allocates only for a run that already looks like encoded text,
 * so a line of identifiers, hashes or image data pays a few character comparisons per run.
 */

/** Shortest run of the encoded alphabets worth decoding (the matcher reports runs this long). */
export const MIN_RUN = 24;
/** Longer runs are data (images, fonts, archives), not a wrapped credential: never decoded. */
export const MAX_RUN = 64 * 1024;

export type Encoding = 'base64' | 'hex';

/** Value of each base64 or base64url character (both alphabets at once), -1 for any other. */
const B64 = new Int8Array(128).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
  .split('')
  .forEach((c, i) => (B64[c.charCodeAt(0)] = i));
B64[43] = 62; // +
B64[45] = 62; // -
B64[47] = 63; // /
B64[95] = 63; // _

function b64(c: number): number {
  return c < 128 ? B64[c]! : -1;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  return l >= 97 && l <= 102 ? l - 87 : -1;
}

/** End of the run of encoded-alphabet characters starting at `start` (at most MAX_RUN + 1 long). */
export function runEnd(text: string, start: number, limit: number): number {
  const stop = Math.min(limit, start + MAX_RUN + 1);
  let i = start;
  while (i < stop && b64(text.charCodeAt(i)) >= 0) i++;
  return i;
}

/**
 * Whether the run at `start` could encode text: checked on its first MIN_RUN characters without
 * decoding. Base64 of printable ASCII starts every 4-character group with a character worth 8–31
 * (the top six bits of a byte in 0x20–0x7e, or 2–3 for a tab or line break); hex of it has a first
 * digit of 0–7 in every pair, and mostly 2–7. Identifiers, paths and hashes fail within a few groups.
 */
export function mayEncodeText(text: string, start: number): boolean {
  return mayBeBase64Text(text, start) || mayBeHexText(text, start);
}

function mayBeBase64Text(text: string, start: number): boolean {
  for (let i = start; i < start + MIN_RUN; i += 4) {
    const v = b64(text.charCodeAt(i));
    if (v > 31 || (v < 8 && v !== 2 && v !== 3)) return false;
  }
  return true;
}

function mayBeHexText(text: string, start: number): boolean {
  for (let i = start; i < start + MIN_RUN; i += 2) {
    const hi = hexValue(text.charCodeAt(i));
    if (hi < 0 || hexValue(text.charCodeAt(i + 1)) < 0 || hi > 7 || (hi < 2 && hi !== 0)) return false;
  }
  return true;
}

/**
 * The bytes a run encodes, one character per byte (Latin-1, so decoded offsets are byte offsets and
 * map back to the run exactly; credentials are ASCII, so their text is unchanged), or undefined when
 * the run does not decode to text. Hex is tried first: every hex run is also base64.
 */
export function decodeRun(text: string, start: number, end: number): { text: string; encoding: Encoding } | undefined {
  if (end - start > MAX_RUN) return undefined;
  if (mayBeHexText(text, start) && (end - start) % 2 === 0) {
    const hex = decodeHex(text, start, end);
    if (hex !== undefined && looksLikeText(hex)) return { text: hex, encoding: 'hex' };
  }
  if (!mayBeBase64Text(text, start)) return undefined;
  const decoded = decodeBase64(text, start, end);
  return decoded !== undefined && looksLikeText(decoded) ? { text: decoded, encoding: 'base64' } : undefined;
}

function decodeHex(text: string, start: number, end: number): string | undefined {
  const bytes = Buffer.from(text.slice(start, end), 'hex');
  return bytes.length * 2 === end - start ? bytes.toString('latin1') : undefined;
}

/** Base64 or base64url without padding (the `=` after a run is not part of it); Node's decoder takes both alphabets. */
function decodeBase64(text: string, start: number, end: number): string | undefined {
  if ((end - start) % 4 === 1) return undefined; // no whole byte in the last group
  return Buffer.from(text.slice(start, end), 'base64').toString('latin1');
}

/**
 * Text, not binary: no control characters besides tab and line breaks, and at most a few bytes
 * above ASCII (UTF-8 text in another language would pass; compressed or image data does not).
 */
export function looksLikeText(s: string): boolean {
  let high = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) return false;
    if (c === 127) return false;
    if (c > 127) high++;
  }
  return high * 8 <= s.length;
}

/**
 * The source range, within an encoded run starting at `runStart`, of decoded characters
 * [start, end): the whole groups (4 base64 characters per 3 bytes, 2 hex digits per byte) that hold them.
 */
export function encodedRange(
  encoding: Encoding,
  runStart: number,
  runEnd: number,
  start: number,
  end: number,
): [number, number] {
  if (encoding === 'hex') return [runStart + 2 * start, runStart + 2 * end];
  return [runStart + Math.floor(start / 3) * 4, Math.min(runEnd, runStart + Math.ceil(end / 3) * 4)];
}
