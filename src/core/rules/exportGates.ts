/**
 * Keyword gates (`Rule.keywordGate`) of the rules that read API-client exports and tool state
 * (./providers/devToolExports): each reads, with plain character reads from its keyword, the
 * structure its pattern needs next, so the JSON that is full of these keywords (`"apikey"`,
 * `key": {`) costs no pattern try where that structure is absent.
 */
import { skipBlanks, startsWithWord, isNameChar, COLON, OPEN_BRACE, OPEN_BRACKET, QUOTE } from './gateChars';

/** Past a `\r?\n` at `p`, or `p` when none stands there. */
function skipLineBreak(text: string, p: number): number {
  if (text.charCodeAt(p) === 13 && text.charCodeAt(p + 1) === 10) return p + 2;
  return text.charCodeAt(p) === 10 ? p + 1 : p;
}

/**
 * At a keyword ending a JSON key with `": {` (`password": {`): the object opens on this line and its
 * first key, on the next line, is `"value"` (Terraform state outputs, ARM parameter files).
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
  return startsWithWord(text, skipBlanks(text, afterBreak, text.length, 40), '"value"');
}

/** At `"apikey"`: a JSON array opens after it (Postman's `"apikey": [` auth entries). */
export function arrayFollows(text: string, at: number): boolean {
  let p = at + '"apikey"'.length;
  p = skipBlanks(text, p, text.length, 4);
  if (text.charCodeAt(p) !== COLON) return false;
  p = skipBlanks(text, p + 1, text.length, 4);
  return text.charCodeAt(p) === OPEN_BRACKET;
}
