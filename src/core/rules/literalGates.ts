/**
 * Keyword gates (`Rule.keywordGate`) of rules that bind a quoted literal to a secret-named member
 * or field: quoted passwords holding punctuation, form fields typed into, Ruby blocks and stubbed
 * accessors, and key literals decoded from hex or base64. Their keywords (`password`, `token`,
 * `secret`, `key =`) stand in most lines of code that handle credentials, nearly always in
 * expressions; each gate reads the few characters its pattern requires after the name and is a
 * superset of the pattern's openings, so it rejects only where the pattern cannot match.
 */
import {
  isSpace,
  isLetter,
  isDigit,
  isQuote,
  skipBlanks,
  OPEN_PAREN,
  CLOSE_PAREN,
  DOT,
  COLON,
  EQUALS,
  GREATER,
  OPEN_BRACKET,
  CLOSE_BRACKET,
  BACKTICK,
  OPEN_BRACE,
  CLOSE_BRACE,
} from './gateChars';
import { comparisonFollows } from './keywordGates';
import { fieldRunEnd, nameRunEnd, wordRunEnd } from './nameRun';

/**
 * Longer than any name these patterns accept (a keyword of at most 12 characters and 30 more); no
 * longer than nameRun.ts reads (MAX_NAME_RUN).
 */
const MAX_NAME = 48;

/**
 * `password-with-punctuation-quoted`: the name (`[A-Za-z0-9_.-]`), up to two of `"'\]`, blanks,
 * `:`/`=` (one or two, then an optional `>`), blanks, an optional string prefix and a quote.
 */
export function quotedLiteralFollows(text: string, at: number, lineEnd: number): boolean {
  let p = bounded(text, at, lineEnd, nameRunEnd);
  if (p < 0) return false;
  for (let i = 0; i < 2 && isNameCloser(text.charCodeAt(p)); i++) p++;
  p = skipBlanks(text, p, lineEnd, 8);
  if (!isAssignOperator(text.charCodeAt(p))) return false;
  p++;
  if (isAssignOperator(text.charCodeAt(p))) p++;
  if (text.charCodeAt(p) === GREATER) p++;
  p = skipBlanks(text, p, lineEnd, 4);
  if (isStringPrefix(text.charCodeAt(p))) p++;
  return isQuote(text.charCodeAt(p)) || text.charCodeAt(p) === BACKTICK;
}

/** `password-field-input`: the field's name (`[\w-]`) closes with its quote. */
export function fieldNameQuoted(text: string, at: number, lineEnd: number): boolean {
  const p = bounded(text, at, lineEnd, fieldRunEnd);
  return p >= 0 && isQuote(text.charCodeAt(p));
}

/** `secret-block-literal`: the member's name (`\w`), an optional `)`, spaces and the block's `{`. */
export function blockFollows(text: string, at: number, lineEnd: number): boolean {
  const p = bounded(text, at, lineEnd, wordRunEnd);
  return p >= 0 && blockAfterName(text, p, lineEnd);
}

function blockAfterName(text: string, p: number, lineEnd: number): boolean {
  if (text.charCodeAt(p) === CLOSE_PAREN) p++;
  p = skipSpaces(text, p, lineEnd, 4);
  return text.charCodeAt(p) === OPEN_BRACE;
}

/**
 * `secret-block-literal` and `secret-accessor-stubbed-literal` share their keywords and this gate,
 * asked once per keyword: either form may follow the member's name.
 */
export function memberLiteralFollows(text: string, at: number, lineEnd: number): boolean {
  const p = bounded(text, at, lineEnd, wordRunEnd);
  return p >= 0 && (blockAfterName(text, p, lineEnd) || stubAfterName(text, p, lineEnd));
}

/**
 * The gate `secret-block-literal`, `secret-accessor-stubbed-literal` and `secret-compared-with-literal`
 * share, asked once per keyword for all three (`token`, `secret`, `password` wake them together):
 * a block, a stub or a comparison (`comparisonFollows`) follows the name. Each pattern is then
 * tried where any of the three forms may stand; comparisons are rare, and a second gate read at
 * every such keyword cost more than the comparison pattern's tries at the other forms.
 */
export function boundOrComparedFollows(text: string, at: number, lineEnd: number): boolean {
  return memberLiteralFollows(text, at, lineEnd) || comparisonFollows(text, at, lineEnd);
}

/**
 * `secret-accessor-stubbed-literal`: the member's name (`\w`), then a stretch of call parentheses,
 * quotes, closing brackets and spaces, then what stubs or compares it: `returns`, `==`, or a
 * chained call whose name starts as one of the pattern's does (`.thenReturn`, `.willReturn`,
 * `.and_return`, `.mockReturnValue`, `.returns`, `.resolves`, `.toBe`, `.isEqualTo`).
 */
export function stubFollows(text: string, at: number, lineEnd: number): boolean {
  const p = bounded(text, at, lineEnd, wordRunEnd);
  return p >= 0 && stubAfterName(text, p, lineEnd);
}

function stubAfterName(text: string, p: number, lineEnd: number): boolean {
  const limit = Math.min(lineEnd, p + 16);
  while (p < limit && isStubStretchChar(text.charCodeAt(p))) p++;
  const c = text.charCodeAt(p);
  if (c === EQUALS) return text.charCodeAt(p + 1) === EQUALS;
  if (c === DOT) return STUB_CALL_START.has(text.charCodeAt(p + 1) | 32);
  return (c | 32) === LOWER_R;
}

/** First letters (lower case) of the chained calls the stub pattern takes. */
const STUB_CALL_START = new Set([...'twamri'].map((c) => c.charCodeAt(0)));

/**
 * The key-literal rules (`key-decoded-literal`, `key-escaped-bytes`, `key-byte-array`): the name's
 * last word, an optional `[n]`, `=` or `:=`, spaces, then a decoder's or constructor's name
 * (a letter, `b` of a bytes literal included) or the `[`/`{` of a list.
 */
export function keyLiteralFollows(text: string, at: number, lineEnd: number): boolean {
  let p = runEnd(text, at, lineEnd, LETTER_CHARS);
  if (p < 0) return false;
  p = skipSpaces(text, p, lineEnd, 2);
  if (text.charCodeAt(p) === OPEN_BRACKET) {
    const close = Math.min(lineEnd, p + 5);
    for (p++; p < close && isDigit(text.charCodeAt(p)); p++);
    if (text.charCodeAt(p) !== CLOSE_BRACKET) return false;
    p++;
  }
  p = skipSpaces(text, p, lineEnd, 4);
  if (text.charCodeAt(p) === COLON) p++;
  if (text.charCodeAt(p) !== EQUALS) return false;
  p = skipSpaces(text, p + 1, lineEnd, 4);
  const c = text.charCodeAt(p);
  return isLetter(c) || c === OPEN_BRACKET || c === OPEN_BRACE;
}

/**
 * The end of a name run (nameRun.ts: the name, word or field run) from `at`, or -1 when it reaches
 * the line's end or MAX_NAME (a run read to MAX_NAME_RUN, past MAX_NAME, reaches it when it ends
 * beyond).
 */
function bounded(
  text: string,
  at: number,
  lineEnd: number,
  run: (text: string, at: number, lineEnd: number) => number,
): number {
  const limit = Math.min(lineEnd, at + MAX_NAME);
  const p = Math.min(run(text, at, lineEnd), limit);
  return p === limit ? -1 : p;
}

/** The end of the run of `chars` characters (ASCII) from `at`, or -1 when it reaches the line's end or MAX_NAME. */
function runEnd(text: string, at: number, lineEnd: number, chars: Uint8Array): number {
  const limit = Math.min(lineEnd, at + MAX_NAME);
  let p = at;
  while (p < limit) {
    const c = text.charCodeAt(p);
    if (c >= 128 || chars[c] === 0) break;
    p++;
  }
  return p === limit ? -1 : p;
}

/** ASCII character classes for `runEnd`. */
function asciiClass(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const LETTER_CHARS = asciiClass(LETTERS);

/** Past at most `most` spaces (`\s` within the line) from `p`. */
function skipSpaces(text: string, p: number, lineEnd: number, most: number): number {
  const limit = Math.min(lineEnd, p + most);
  while (p < limit && isSpace(text.charCodeAt(p))) p++;
  return p;
}

/** `( ) " ' ] }` and spaces: what may stand between a stubbed accessor's name and its stub. */
function isStubStretchChar(c: number): boolean {
  return c === OPEN_PAREN || c === CLOSE_PAREN || isQuote(c) || c === CLOSE_BRACKET || c === CLOSE_BRACE || isSpace(c);
}

/** `["'\]]` */
function isNameCloser(c: number): boolean {
  return isQuote(c) || c === CLOSE_BRACKET;
}

function isAssignOperator(c: number): boolean {
  return c === COLON || c === EQUALS;
}

/** `[rbu]`, either case, as the pattern reads it case-insensitively. */
function isStringPrefix(c: number): boolean {
  const lower = c | 32;
  return lower === 114 || lower === 98 || lower === 117;
}

const LOWER_R = 114;
