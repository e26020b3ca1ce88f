/**
 * The character tests and reads every keyword gate is made of (keywordGates.ts, pairGates.ts,
 * literalGates.ts, proseGates.ts, declarationGate.ts): char codes compared in place, because a gate
 * runs at every hit of the commonest words of code and a regex or a slice there costs more than the
 * pattern it spares.
 */

/** What `\s` matches in a JavaScript regular expression. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `[ \t]` */
export function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

/** `[A-Za-z]` */
export function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** `[0-9]` */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `[0-9a-f]` */
export function isLowerHex(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102);
}

/** `\w`: `[A-Za-z0-9_]` */
export function isWordChar(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 95;
}

/** `[A-Za-z0-9_.-]`, a setting name's characters. */
export function isNameChar(c: number): boolean {
  return isWordChar(c) || c === DOT || c === HYPHEN;
}

/** `["']` */
export function isQuote(c: number): boolean {
  return c === QUOTE || c === APOSTROPHE;
}

/** Past at most `most` blanks (`[ \t]`) from `p`, not beyond `end`. */
export function skipBlanks(text: string, p: number, end: number, most = Infinity): number {
  const limit = Math.min(end, p + most);
  while (p < limit && isBlank(text.charCodeAt(p))) p++;
  return p;
}

/** Whether `word` (lower case) stands at `p`, in any case. */
export function startsWithWord(text: string, p: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(p + i);
    const w = word.charCodeAt(i);
    if (c !== w && !(w >= 97 && w <= 122 && c === w - 32)) return false;
  }
  return true;
}

export const TAB = 9;
export const CR = 13;
export const SPACE = 32;
export const BANG = 33;
export const QUOTE = 34;
export const APOSTROPHE = 39;
export const OPEN_PAREN = 40;
export const CLOSE_PAREN = 41;
export const STAR = 42;
export const COMMA = 44;
export const HYPHEN = 45;
export const DOT = 46;
export const SLASH = 47;
export const COLON = 58;
export const LESS = 60;
export const EQUALS = 61;
export const GREATER = 62;
export const QUESTION = 63;
export const AT = 64;
export const OPEN_BRACKET = 91;
export const CLOSE_BRACKET = 93;
export const BACKTICK = 96;
export const OPEN_BRACE = 123;
export const PIPE = 124;
export const CLOSE_BRACE = 125;
