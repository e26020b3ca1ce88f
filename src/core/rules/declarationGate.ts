import {
  isSpace,
  isBlank,
  isNameChar,
  skipBlanks,
  startsWithWord,
  QUOTE,
  APOSTROPHE,
  CLOSE_PAREN,
  COMMA,
  HYPHEN,
  COLON,
  LESS,
  EQUALS,
  QUESTION,
  AT,
  OPEN_BRACE,
  PIPE,
  CLOSE_BRACE,
} from './gateChars';
import { MAX_NAME_RUN, nameRunEnd } from './nameRun';

/**
 * The keyword gate of `generic-declared-secret`: the name's characters (`[A-Za-z0-9_.-]`, up to
 * the pattern's reach), then the opening of one of its forms, read as the pattern reads it: a type
 * (`:`), `As`/`PIC`/`varchar`/`{ get; set; }`/`to` after blanks, a pair's `,`, an operator (`?=`,
 * `::`, `<-`, `= @`, `) =`), or blanks alone; where the form is a pair or blanks, the value
 * itself (eight value characters after an optional `@` and quote). A superset of the pattern's
 * openings: code's `token, options)`, `token = await …` and `getToken(session)` are turned away.
 */
export function declarationFollows(text: string, at: number, lineEnd: number): boolean {
  const nameEnd = nameRunEnd(text, at, lineEnd);
  if (nameEnd === at + MAX_NAME_RUN || nameEnd >= lineEnd) return false;
  const next = text.charCodeAt(nameEnd);
  if (next === QUOTE || next === APOSTROPHE) {
    const comma = skipBlanks(text, nameEnd + 1, lineEnd, 2);
    return text.charCodeAt(comma) === COMMA && valueFollows(text, comma + 1, lineEnd);
  }
  if (next === CLOSE_PAREN || next === CLOSE_BRACE) {
    // `$ENV{X} = …` (an operator after the closer) or `(def name) "…"` (blanks and the value).
    if (text.charCodeAt(skipBlanks(text, nameEnd + 1, lineEnd, 8)) === EQUALS) return true;
    return isBlank(text.charCodeAt(nameEnd + 1)) && valueFollows(text, nameEnd + 2, lineEnd);
  }
  if (isBlank(next)) {
    const p = skipBlanks(text, nameEnd, lineEnd, 9);
    return operatorFollows(text, p, lineEnd) || typeWordFollows(text, p, lineEnd) || valueFollows(text, p, lineEnd);
  }
  return operatorFollows(text, nameEnd, lineEnd);
}

/**
 * At `p`: a type (`: string =`, `: Option<&str> =`, `: string | *`), `::`, `: @`, a pair's `,` and
 * its value, `?=`, `<-`, or `=` with an Objective-C `@` after it.
 */
function operatorFollows(text: string, p: number, lineEnd: number): boolean {
  const c = text.charCodeAt(p);
  if (c === COLON) return text.charCodeAt(p + 1) === COLON || typeThenEquals(text, p + 1, lineEnd);
  if (c === COMMA) return valueFollows(text, p + 1, lineEnd);
  if (c === QUESTION) return text.charCodeAt(p + 1) === EQUALS;
  if (c === LESS) return text.charCodeAt(p + 1) === HYPHEN;
  if (c === EQUALS) return text.charCodeAt(skipBlanks(text, p + 1, lineEnd, 4)) === AT;
  return false;
}

/**
 * After a `:`: blanks and `@`, or a type (`[\w.<>\[\]?&*]` and the single spaces between its
 * words, at most ~80 characters) then blanks and `=` or `|`.
 */
function typeThenEquals(text: string, from: number, lineEnd: number): boolean {
  let p = skipBlanks(text, from, lineEnd, 4);
  if (text.charCodeAt(p) === AT) return true;
  const limit = Math.min(lineEnd, p + MAX_TYPE);
  while (p < limit && (isTypeChar(text.charCodeAt(p)) || text.charCodeAt(p) === 32)) p++;
  p = skipBlanks(text, p, lineEnd, 2);
  const c = text.charCodeAt(p);
  return c === EQUALS || c === PIPE;
}

/** A type's characters as the pattern reads them: `[\w.<>\[\]?&*]`. */
function isTypeChar(c: number): boolean {
  return isNameChar(c) && c !== HYPHEN
    ? true
    : c === 60 || c === 62 || c === 91 || c === 93 || c === 63 || c === 38 || c === 42;
}

/**
 * After the name's blanks: a word only a type form opens with, as the pattern spells it: `As `,
 * `PIC `, `varchar`/`nvarchar`/`varchar2`/`char`/`nchar`/`sysname`/`text` then `(`, blanks, `:` or
 * `=`; `{` of `{ get; set; }`; or `to` with a value after it (AppleScript's `set name to "…"`).
 */
function typeWordFollows(text: string, p: number, lineEnd: number): boolean {
  const c = text.charCodeAt(p);
  if (c === OPEN_BRACE) return true;
  // `to` is followed by the value directly (no blank required).
  if ((c | 32) === 116 && (text.charCodeAt(p + 1) | 32) === 111 && valueFollows(text, p + 2, lineEnd)) return true;
  let end = p;
  const limit = Math.min(lineEnd, p + 10);
  while (end < limit && isLetterOrDigit(text.charCodeAt(end))) end++;
  // Compared in place, in any case: a slice and a set lookup per blank-separated name cost more.
  if (isWord(text, p, end, 'as') || isWord(text, p, end, 'pic')) return isBlank(text.charCodeAt(end));
  for (const type of SQL_TYPES) if (isWord(text, p, end, type)) return true;
  return false;
}

const SQL_TYPES = ['varchar', 'nvarchar', 'varchar2', 'nvarchar2', 'char', 'nchar', 'sysname', 'text'];

/** Whether [p, end) is `word` (lower case) in any case. */
function isWord(text: string, p: number, end: number, word: string): boolean {
  return end - p === word.length && startsWithWord(text, p, word);
}

function isLetterOrDigit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Blanks, an optional `@` and quote, then at least eight of the value's characters. */
function valueFollows(text: string, from: number, lineEnd: number): boolean {
  let p = skipBlanks(text, from, lineEnd, 8);
  // An unquoted value may open with the `@` itself (`@hcicero1`, a value character): then seven more.
  let length = MIN_VALUE;
  if (text.charCodeAt(p) === AT) {
    p++;
    length--;
  }
  if (text.charCodeAt(p) === QUOTE || text.charCodeAt(p) === APOSTROPHE) {
    p++;
    length = MIN_VALUE;
  }
  const end = p + length;
  if (end > lineEnd) return false;
  for (; p < end; p++) if (!isValueChar(text.charCodeAt(p))) return false;
  return true;
}

/** The pattern's shortest value. */
const MIN_VALUE = 8;
/** Longer than any type the pattern reads (30 characters and two more words of 20). */
const MAX_TYPE = 80;

/** `[^\s"'\x60<>;,\\(){}\[\]=]`, the pattern's value. */
function isValueChar(c: number): boolean {
  return c < 128 ? VALUE_ASCII[c] === 1 : !isSpace(c);
}

const VALUE_ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++)
  VALUE_ASCII[c] = isSpace(c) || `"'\`<>;,\\(){}[]=`.includes(String.fromCharCode(c)) ? 0 : 1;
