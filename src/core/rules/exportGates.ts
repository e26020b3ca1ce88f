/**
 * Keyword gates (`Rule.keywordGate`) of the rules that read API-client exports and tool state
 * (./providers/devToolExports): each reads, with plain character reads from its keyword, the
 * structure its pattern needs next, so the JSON that is full of these keywords (`"apikey"`,
 * `key": {`) costs no pattern try where that structure is absent.
 */
import {
  isNameChar,
  isQuote,
  skipBlanks,
  startsWithWord,
  COLON,
  DOT,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
} from './gateChars';

/** Past a `\r?\n` at `p`, or `p` when none stands there. */
function skipLineBreak(text: string, p: number): number {
  if (text.charCodeAt(p) === 13 && text.charCodeAt(p + 1) === 10) return p + 2;
  return text.charCodeAt(p) === 10 ? p + 1 : p;
}

/**
 * At a keyword ending a JSON key with `": {` (`password": {`): the object opens on this line and its
 * first key, on the next line, is `"value"` (Terraform state outputs, ARM parameter files), an ARM
 * template's `"defaultValue"`, or a `"type"`/`"help"` line that may come before either (Mbed OS).
 */
export function valueObjectFollows(text: string, at: number): boolean {
  let p = at;
  const limit = Math.min(text.length, at + 24);
  while (p < limit && isNameChar(text.charCodeAt(p))) p++;
  if (text.charCodeAt(p) !== QUOTE) return false;
  p = skipBlanks(text, p + 1, text.length, 4);
  if (text.charCodeAt(p) !== COLON) return false;
  p = skipBlanks(text, p + 1, text.length, 4);
  if (text.charCodeAt(p) !== OPEN_BRACE) return false;
  p = skipBlanks(text, p + 1, text.length, 8);
  const afterBreak = skipLineBreak(text, p);
  if (afterBreak === p) return false;
  const key = skipBlanks(text, afterBreak, text.length, 40);
  return (
    startsWithWord(text, key, '"value"') ||
    startsWithWord(text, key, '"defaultvalue"') ||
    startsWithWord(text, key, '"type"') ||
    startsWithWord(text, key, '"help"')
  );
}

/** At `"apikey"`: a JSON array opens after it (Postman's `"apikey": [` auth entries). */
export function arrayFollows(text: string, at: number): boolean {
  let p = at + '"apikey"'.length;
  p = skipBlanks(text, p, text.length, 4);
  if (text.charCodeAt(p) !== COLON) return false;
  p = skipBlanks(text, p + 1, text.length, 4);
  return text.charCodeAt(p) === OPEN_BRACKET;
}

/** `[a-z0-9]`: a bootstrap token's characters. */
function isLowerAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/**
 * At `token:`: blanks, an optional quote, then a kubeadm bootstrap token's shape (six and sixteen
 * `[a-z0-9]` around a dot), as `kubeconfig-bootstrap-token` requires. Most `token:` keys hold a
 * type, a reference or another token shape, and fail at the first characters.
 */
export function bootstrapTokenFollows(text: string, at: number): boolean {
  let p = skipBlanks(text, at + 'token:'.length, text.length, 4);
  if (isQuote(text.charCodeAt(p))) p++;
  for (let i = 0; i < 23; i++) {
    const c = text.charCodeAt(p + i);
    if (i === 6 ? c !== DOT : !isLowerAlnum(c)) return false;
  }
  return !isLowerAlnum(text.charCodeAt(p + 23));
}
