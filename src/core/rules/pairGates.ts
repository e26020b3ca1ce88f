/**
 * Keyword gates (`Rule.keywordGate`) of the multi-line rules that read a credential's name and its
 * value from two fields (name/value pairs, property-list pairs). Each reads the structure from its
 * keyword with plain character reads, into the next line, and last that the name holds a
 * credential word: manifests are full of these keywords (`- name:` opens every container, env entry
 * and workflow step) and rarely of a secret-named pair, and a rejected keyword spares the pattern's
 * tries.
 */
import { isSpace, isWordChar, isQuote, skipBlanks, startsWithWord, COMMA, COLON, EQUALS } from './gateChars';

/** The patterns' name: up to 40 name characters either side of a credential word (the longest has 10). */
const MAX_NAME = 90;

/**
 * A Kubernetes or ECS `env` entry, a CloudFormation parameter, a Postman variable: the opening the
 * `secret-name-value-pair` pattern starts with at its keyword (`- name:`, `{name:`, `{ name:`,
 * `{"name":`, `{ 'name':`, `"key":`, `parameterkey`, `name  =`, `{ name =`), a name holding a credential word,
 * a comma or a line break, then `value` (or `ParameterValue`), `:` or `=` and the start of a value.
 */
export function namedPairFollows(text: string, at: number, lineEnd: number): boolean {
  let p = pairOpeningEnd(text, at);
  if (p < 0) return false;
  p = skipBlanks(text, p, text.length, 8);
  if (isQuote(text.charCodeAt(p))) p++;
  const nameFrom = p;
  p = skipNameChars(text, p, Math.min(lineEnd, p + MAX_NAME + 1));
  const nameTo = p;
  if (nameTo === nameFrom || nameTo - nameFrom > MAX_NAME) return false;
  if (isQuote(text.charCodeAt(p))) p++;
  p = skipBlanks(text, p, text.length, 4);
  let lineBreak = false;
  if (text.charCodeAt(p) === COMMA) p = skipBlanks(text, p + 1, text.length, 4);
  else lineBreak = true; // no comma: the value stands on the next line
  const afterBreak = skipLineBreak(text, p);
  if (afterBreak === p && lineBreak) return false;
  p = afterBreak === p ? p : skipBlanks(text, afterBreak, text.length, 40);
  if (isQuote(text.charCodeAt(p))) p++;
  if (startsWithWord(text, p, 'parametervalue')) p += 'parametervalue'.length;
  else if (startsWithWord(text, p, 'value')) p += 'value'.length;
  else return false;
  if (isQuote(text.charCodeAt(p))) p++;
  p = skipBlanks(text, p, text.length, 4);
  const op = text.charCodeAt(p);
  if (op !== COLON && op !== EQUALS) return false;
  p = skipBlanks(text, p + 1, text.length, 4);
  if (isQuote(text.charCodeAt(p))) p++;
  // The name last: the value's key fails sooner on what these keywords mostly open (container names, `valueFrom:`).
  return p < text.length && isPairValueChar(text.charCodeAt(p)) && holdsCredentialWord(text, nameFrom, nameTo);
}

/**
 * An Apple property list's `<key>` named for a credential, then (after up to 40 spaces or line
 * breaks) its `<string>` and a first character of the value, as `plist-secret-string` requires.
 */
export function plistKeyFollows(text: string, at: number, lineEnd: number): boolean {
  if (!startsWithWord(text, at, '<key>')) return false;
  let p = at + '<key>'.length;
  const nameFrom = p;
  p = skipNameChars(text, p, Math.min(lineEnd, p + MAX_NAME + 1));
  const nameTo = p;
  if (nameTo === nameFrom || nameTo - nameFrom > MAX_NAME || !startsWithWord(text, p, '</key>')) return false;
  if (!holdsCredentialWord(text, nameFrom, nameTo)) return false;
  p += '</key>'.length;
  const spaceLimit = p + 40;
  while (p < spaceLimit && isSpace(text.charCodeAt(p))) p++;
  if (!startsWithWord(text, p, '<string>')) return false;
  p += '<string>'.length;
  const first = text.charCodeAt(p);
  return p < text.length && first !== 60 && first !== 10;
}

/**
 * A pretty-printed JSON name/value pair (ECS task definitions, `jsonencode` output): at a keyword
 * that ends a credential name (`password",`, `token",`), the name's closing quote, a comma, a line
 * break and `"value"` as the first key of the next line, as `json-name-value-lines` requires.
 */
export function valueLineFollows(text: string, at: number, lineEnd: number): boolean {
  let p = skipNameChars(text, at, Math.min(lineEnd, at + 24));
  if (text.charCodeAt(p) !== 34 || text.charCodeAt(p + 1) !== COMMA) return false;
  p = skipBlanks(text, p + 2, text.length, 8);
  const afterBreak = skipLineBreak(text, p);
  if (afterBreak === p) return false;
  p = skipBlanks(text, afterBreak, text.length, 40);
  return startsWithWord(text, p, '"value"');
}

/**
 * A Hadoop-style XML property (`<name>…</name>` then `<value>`, on one line or the next) whose name
 * holds a credential word, as `xml-name-value-property` requires at its `<name>` keyword: every
 * Maven POM and most XML open `<name>` elements, few of them a secret's.
 */
export function xmlNamedValueFollows(text: string, at: number, lineEnd: number): boolean {
  if (!startsWithWord(text, at, '<name>')) return false;
  const nameFrom = at + '<name>'.length;
  const nameTo = skipNameChars(text, nameFrom, Math.min(lineEnd, nameFrom + MAX_NAME + 1));
  if (nameTo === nameFrom || !startsWithWord(text, nameTo, '</name>')) return false;
  let p = nameTo + '</name>'.length;
  const spaceLimit = p + 80;
  while (p < spaceLimit && isSpace(text.charCodeAt(p))) p++;
  return startsWithWord(text, p, '<value>') && holdsCredentialWord(text, nameFrom, nameTo);
}

/**
 * The rest of the keyword's line holds a credential word, within the pattern's reach, as
 * `xml-named-child-value` requires of the name after its keyword (`<property name="`,
 * `<env-entry-name>`, `.Properties[`), none of which holds one: Spring and Ant files are full of
 * `<property name="` elements, few of them a password's.
 */
export function credentialWordOnLine(text: string, at: number, lineEnd: number): boolean {
  return holdsCredentialWord(text, at, Math.min(lineEnd, at + 2 * MAX_NAME));
}

/**
 * Whether `text[from, to)` holds `pass`, `pw`, `secret`, `salt`, `credential`, `key` or `token`, in
 * any case: what every name the shared judge calls a credential holds (judge/names.ts), and what
 * the pair patterns require in theirs. Read in place: most names hold none.
 */
export function holdsCredentialWord(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) | 32;
    const found =
      c === 112 // p
        ? inName(text, i, to, 'pass') || inName(text, i, to, 'pw')
        : c === 115 // s
          ? inName(text, i, to, 'secret') || inName(text, i, to, 'salt')
          : c === 99 // c
            ? inName(text, i, to, 'credential')
            : c === 107 // k
              ? inName(text, i, to, 'key')
              : c === 116 && inName(text, i, to, 'token'); // t
    if (found) return true;
  }
  return false;
}

/** Whether `word` (lower case) stands at `i`, in any case, ending by `to`. */
function inName(text: string, i: number, to: number, word: string): boolean {
  return i + word.length <= to && startsWithWord(text, i, word);
}

/** Past the pair's opening at `at` (see `namedPairFollows`), or -1 when none starts there. */
function pairOpeningEnd(text: string, at: number): number {
  const c = text.charCodeAt(at) | 32;
  if (c === 45) return startsWithWord(text, at, '- name:') ? at + 7 : -1; // -
  if (c === 123) {
    // `{name:`, `{ name:`, `{ name =`, `{"name":`, `{ 'name':`
    let p = at + 1;
    const spaced = text.charCodeAt(p) === 32;
    if (spaced) p++;
    if (startsWithWord(text, p, 'name:')) return p + 5;
    if (spaced && startsWithWord(text, p, 'name =')) return p + 6;
    const quoted =
      isQuote(text.charCodeAt(p)) && startsWithWord(text, p + 1, 'name') && isQuote(text.charCodeAt(p + 5));
    return quoted && text.charCodeAt(p + 6) === COLON ? p + 7 : -1;
  }
  if (isQuote(c)) {
    // `"key":`, `'key':`
    const key = startsWithWord(text, at + 1, 'key') && isQuote(text.charCodeAt(at + 4));
    return key && text.charCodeAt(at + 5) === COLON ? at + 6 : -1;
  }
  if (c === 112) {
    // `parameterkey`, an optional quote, blanks and `:`
    if (!startsWithWord(text, at, 'parameterkey')) return -1;
    let p = at + 'parameterkey'.length;
    if (isQuote(text.charCodeAt(p))) p++;
    p = skipBlanks(text, p, text.length, 4);
    return text.charCodeAt(p) === COLON ? p + 1 : -1;
  }
  return startsWithWord(text, at, 'name  =') ? at + 7 : -1;
}

/** Past a `\r?\n` at `p`, or `p` when none stands there. */
function skipLineBreak(text: string, p: number): number {
  if (text.charCodeAt(p) === 13 && text.charCodeAt(p + 1) === 10) return p + 2;
  return text.charCodeAt(p) === 10 ? p + 1 : p;
}

/** Past the name characters (`[\w.-]`) from `p`, up to `limit`. */
function skipNameChars(text: string, p: number, limit: number): number {
  while (p < limit) {
    const c = text.charCodeAt(p);
    if (!(isWordChar(c) || c === 46 || c === 45)) break;
    p++;
  }
  return p;
}

/** `[^"'\s,{}\[\]]`, a character of the pair pattern's value. */
function isPairValueChar(c: number): boolean {
  return !isQuote(c) && !isSpace(c) && c !== COMMA && c !== 123 && c !== 125 && c !== 91 && c !== 93;
}
