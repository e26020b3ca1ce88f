/**
 * Keyword gates (`Rule.keywordGate`): what must follow a keyword for a rule's pattern to match
 * there, tested in a few character reads before the pattern runs. Most secret words in code stand
 * in calls and expressions (`getToken(`, `token.length`, `token = await …`), where no assignment
 * of a literal follows; skipping those keeps code dense in such words fast to scan.
 */
import {
  isSpace,
  isBlank,
  isLetter,
  isDigit,
  isWordChar,
  isNameChar,
  isQuote,
  QUOTE,
  APOSTROPHE,
  DOT,
  COLON,
  EQUALS,
  GREATER,
  BACKTICK,
  BANG,
  COMMA,
  OPEN_PAREN,
  skipBlanks,
  startsWithWord,
} from './gateChars';
import { MAX_NAME_RUN, nameRunDot, nameRunEnd } from './nameRun';
import type { KeywordGate } from './types';

/**
 * Whether the name starting at `at` is assigned something that may be a literal value, as the
 * generic assignment (`generic-secret-assignment`) and published-default (`known-default-secret`)
 * patterns require: the name's characters (`[A-Za-z0-9_.-]`, all of them: the patterns accept no
 * name character after the name), up to two quotes or `]`, spaces, an operator (`:=`, `=>`, `=`,
 * `:`, `>`) then spaces and a quote (after up to two string-prefix letters) or an unquoted value;
 * or a quote opening .NET's `" value="` form. A superset of both patterns' openings (spaces are
 * not counted), so it rejects only where neither can match.
 */
export function assignmentFollows(text: string, at: number, lineEnd: number): boolean {
  // Bounded: the patterns' names are a keyword and at most 24 more characters, and a run of name
  // characters holding many keywords (`tokentoken...`) would otherwise be read once per keyword.
  const runEnd = nameRunEnd(text, at, lineEnd);
  if (runEnd === at + MAX_NAME_RUN) return false;
  // A C array's brackets (`char pass[] = "…"`, `char psk[64] = …`) belong to the name.
  const nameEnd = arrayBracketsEnd(text, runEnd, lineEnd);
  // Most names in code are followed by `(`, `)`, `,`, `;` or `}`: nothing below can start there.
  const next = text.charCodeAt(nameEnd);
  if (next !== COLON && next !== EQUALS && next !== GREATER && !isNameCloser(next) && !isSpace(next)) return false;
  for (let quotes = 0; quotes <= 2; quotes++) {
    if (quotes > 0 && !isNameCloser(text.charCodeAt(nameEnd + quotes - 1))) break;
    // Every space up to the operator (none can stand where the operator does); however many there
    // are, so aligned columns (`password      = ...`) pass whatever limit a pattern sets.
    const p = skipSpaces(text, nameEnd + quotes, lineEnd);
    if (p < lineEnd && operatorThenValue(text, p, lineEnd)) return true;
  }
  return false;
}

/**
 * A name that is the keyword alone (no name character glued before it: most `key:` hits are
 * `api_key:` or `cacheKey:`), then what `assignmentFollows` requires, as `bare-key-assignment` needs.
 */
export function bareNameAssigned(text: string, at: number, lineEnd: number): boolean {
  return (at === 0 || !isNameChar(text.charCodeAt(at - 1))) && assignmentFollows(text, at, lineEnd);
}

/**
 * A name glued before the keyword (`WEATHER_KEY=`, `openAiKey:`: what `bareNameAssigned` rejects),
 * then what `assignmentFollows` requires, as `named-key-assignment` needs.
 */
export function gluedNameAssigned(text: string, at: number, lineEnd: number): boolean {
  return at > 0 && isNameChar(text.charCodeAt(at - 1)) && assignmentFollows(text, at, lineEnd);
}

/**
 * A gate for a multi-line rule whose match opens on the keyword's line, a heading of at most `max`
 * characters: the detector tries its pattern from the lookbehind before the keyword, so the line's
 * break must follow within `max` characters of the keyword. Spares the pattern's tries on a long
 * line of the keywords (a minified bundle, a word list), where none can match.
 */
export function lineBreakWithin(max: number): (text: string, at: number, lineEnd: number) => boolean {
  return (text, at, lineEnd) => {
    const c = text.charCodeAt(lineEnd);
    const lineBreak = c === 10 ? lineEnd : c === 13 && text.charCodeAt(lineEnd + 1) === 10 ? lineEnd + 1 : -1;
    return lineBreak >= 0 && lineBreak - at <= max;
  };
}

/**
 * A gate for a rule whose pattern is a name holding the keyword, then what `afterName` (a sticky
 * regular expression) reads from the end of the name's run: the operator and the value's opening.
 */
export function nameThen(afterName: RegExp): (text: string, at: number, lineEnd: number) => boolean {
  return (text, at, lineEnd) => {
    afterName.lastIndex = nameRunEnd(text, at, lineEnd);
    return afterName.test(text);
  };
}

/**
 * A gate for a rule whose match starts at its keyword as ruleKit's contextRule writes it: NAME_START
 * (no letter or digit before the keyword), the keyword opening a name of at most `longestName`
 * characters that ends the run of name characters (NAME_END), then ASSIGN_OR_COMMA's operator
 * (`separatorFollows`). A provider word stands mostly in URLs, prose and names assigned nothing
 * (`github.com/…`, `githubClient.get(`).
 */
export function settingNamedAt(longestName: number): KeywordGate {
  return (text, at, lineEnd) => {
    if (at > 0 && isAlnum(text.charCodeAt(at - 1))) return false;
    const end = nameRunEnd(text, at, lineEnd);
    return end - at <= longestName && separatorFollows(text, end);
  };
}

/**
 * ASSIGN_OR_COMMA's opening at `p` (after a name): up to two of `"']`, up to four spaces, then
 * `:`, `=` or `,`, the first character of each of its operators. Read in place: these gates run
 * at every hit of their words, where a regular expression's call costs more than the scan of a
 * short line it would spare.
 */
function separatorFollows(text: string, p: number): boolean {
  for (let quotes = 0; quotes < 2 && isNameCloser(text.charCodeAt(p)); quotes++) p++;
  const spacesFrom = p;
  while (p - spacesFrom <= 4 && isSpace(text.charCodeAt(p))) p++;
  const c = text.charCodeAt(p);
  return p - spacesFrom <= 4 && (c === COLON || c === EQUALS || c === COMMA);
}

/** `[A-Za-z0-9]` */
function isAlnum(c: number): boolean {
  return isLetter(c) || isDigit(c);
}

/**
 * `passw(or)d` followed by a quoted literal (`password = "…"`, `"passwd": '…'`), as
 * `hardcoded-client-password` requires at those keywords; its constructor keywords pass.
 */
export function passwordLiteralFollows(text: string, at: number, lineEnd: number): boolean {
  if ((text.charCodeAt(at) | 32) !== 112) return true; // not `p`: `new Sequelize(`, `DriverManager.getConnection(`
  // `password` is eight letters; a longer run of letters (`passwordpassword...`) cannot match.
  const letterLimit = Math.min(lineEnd, at + 16);
  let p = at;
  while (p < letterLimit && isLetter(text.charCodeAt(p))) p++;
  if (p === at + 16) return false;
  if (isQuote(text.charCodeAt(p))) p++;
  p = skipSpaces(text, p, lineEnd);
  const op = text.charCodeAt(p);
  if (op !== COLON && op !== EQUALS) return false;
  p = skipSpaces(text, p + 1, lineEnd);
  for (let prefix = 0; prefix <= 2; prefix++) {
    const c = text.charCodeAt(p + prefix);
    if (c === QUOTE || c === APOSTROPHE || c === BACKTICK) return true;
    if (!isStringPrefix(c)) return false;
  }
  return false;
}

/**
 * A `password` in a SQL statement: not inside a longer name, then an optional `=` and a quote
 * (`N'` included, or `PASSWORD('`), as `sql-user-password` requires; `IDENTIFIED BY` passes.
 */
export function sqlPasswordFollows(text: string, at: number, lineEnd: number): boolean {
  if ((text.charCodeAt(at) | 32) !== 112) return true; // `identified`
  const before = text.charCodeAt(at - 1);
  if (isWordChar(before) || before === 46 || before === 45) return false;
  let p = skipSpaces(text, at + 'password'.length, lineEnd);
  if (text.charCodeAt(p) === EQUALS) p = skipSpaces(text, p + 1, lineEnd);
  if (text.charCodeAt(p) === 40) p = skipSpaces(text, p + 1, lineEnd); // MySQL's PASSWORD('…')
  if ((text.charCodeAt(p) | 32) === 110) p++; // N'…' (a national string)
  return text.charCodeAt(p) === APOSTROPHE;
}

/**
 * A .netrc `password` token: at the start of its line (after up to sixteen blanks), then one to
 * eight blanks and four characters of a value, as `netrc-password` requires; `machine` passes (a
 * one-line entry's `password` follows it, and that keyword lets the line through).
 */
export function netrcPasswordFollows(text: string, at: number, lineEnd: number): boolean {
  if ((text.charCodeAt(at) | 32) !== 112) return true; // `machine`
  let b = at - 1;
  while (b >= at - 17 && isBlank(text.charCodeAt(b))) b--;
  if (b >= 0 && text.charCodeAt(b) !== 10) return false;
  let p = at + 'password'.length;
  const blanksFrom = p;
  while (p < lineEnd && isBlank(text.charCodeAt(p))) p++;
  if (p === blanksFrom || p - blanksFrom > 8) return false;
  let n = 0;
  while (n < 4 && p + n < lineEnd && !isSpace(text.charCodeAt(p + n))) n++;
  return n === 4;
}

/** `${NAME` followed by `:`, `-` or `=`: a `${…}` expansion with a default, as `generic-env-default-secret` requires. */
export function expansionDefaultFollows(text: string, at: number, lineEnd: number): boolean {
  let p = at + 2;
  while (p < lineEnd && isWordChar(text.charCodeAt(p))) p++;
  const c = text.charCodeAt(p);
  return p > at + 2 && (c === COLON || c === 45 || c === EQUALS);
}

/**
 * An environment read followed, within the reach of its pattern, by a fallback: `||`, `??`, `?:`,
 * ` or`, `.orElse(` or a second argument (`,`), as `generic-env-fallback-secret` requires.
 */
export function fallbackFollows(text: string, at: number, lineEnd: number): boolean {
  // The longest keyword, four spaces, a quote, a 90-character name, `")` and four spaces: 126.
  const end = Math.min(lineEnd, at + 160);
  for (let p = at; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c === 124 || c === 63 || c === 44) return true; // | ? ,
    if ((c | 32) === 111 && (text.charCodeAt(p + 1) | 32) === 114) {
      const before = text.charCodeAt(p - 1);
      if (before === 46 || isSpace(before)) return true; // ` or`, `.orElse(`
    }
  }
  return false;
}

/** `://`, a user name, `:`, three characters of a password and `@`, as `url-credentials` requires at its `://`. */
export function userinfoFollows(text: string, at: number, lineEnd: number): boolean {
  let p = at + 3;
  while (p < lineEnd && isUserinfoChar(text.charCodeAt(p))) p++;
  // An empty user is allowed: Redis URLs carry only a password (`redis://:secret@cache:6379`).
  if (text.charCodeAt(p) !== COLON) return false;
  const passwordFrom = ++p;
  // A password may hold an unencoded `@` (`root:p@ss@db`): the userinfo ends at the last one.
  let lastAt = -1;
  for (; p < lineEnd; p++) {
    const c = text.charCodeAt(p);
    if (c === 64) lastAt = p;
    else if (!isUserinfoChar(c)) break;
  }
  return lastAt - passwordFrom >= 3;
}

/**
 * `://`, then 20 or more token characters and `@` (optionally after `:x` or `:x-oauth-basic`), as
 * `url-token-userinfo` requires: most `://` in code start a URL with no userinfo.
 */
export function tokenUserinfoFollows(text: string, at: number, lineEnd: number): boolean {
  let p = at + 3;
  while (p < lineEnd && isTokenChar(text.charCodeAt(p))) p++;
  if (p - at - 3 < 20) return false;
  if (text.charCodeAt(p) === COLON) {
    p++;
    while (p < lineEnd && isTokenChar(text.charCodeAt(p))) p++;
  }
  return text.charCodeAt(p) === 64; // @
}

/** Letters, digits, `_`, `~` and `-`: the characters of a token in a URL's userinfo. */
function isTokenChar(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 95 || c === 126 || c === 45;
}

/**
 * An .npmrc credential key: `_auth`, `_authToken` or `_password` after a registry's `:` or at the
 * start of the line (after up to eight blanks), then blanks and `=`, as `npmrc-auth-token`
 * requires; `npmAuthToken` (.yarnrc.yml) passes.
 */
export function npmrcKeyFollows(text: string, at: number, lineEnd: number): boolean {
  if (text.charCodeAt(at) !== 95) return true; // not `_`: npmAuthToken
  let b = at - 1;
  if (text.charCodeAt(b) !== COLON) {
    while (b >= at - 9 && isBlank(text.charCodeAt(b))) b--;
    if (b >= 0 && text.charCodeAt(b) !== 10) return false; // not the line's start
  }
  let p = at + 1;
  while (p < lineEnd && isLetter(text.charCodeAt(p))) p++;
  while (p < lineEnd && isBlank(text.charCodeAt(p))) p++;
  return text.charCodeAt(p) === EQUALS;
}

/** An operator at `p` followed by the start of a value; every spelling of the operator is tried. */
function operatorThenValue(text: string, p: number, lineEnd: number): boolean {
  const c = text.charCodeAt(p);
  const next = text.charCodeAt(p + 1);
  if (c === QUOTE || c === APOSTROPHE) return valueAttribute(text, p + 1, lineEnd);
  if (c === COLON)
    return (
      (next === EQUALS && valueStarts(text, p + 2, lineEnd)) || (next !== COLON && valueStarts(text, p + 1, lineEnd))
    );
  if (c === EQUALS)
    return (
      (next === GREATER && valueStarts(text, p + 2, lineEnd)) || (next !== EQUALS && valueStarts(text, p + 1, lineEnd))
    );
  return c === GREATER && valueStarts(text, p + 1, lineEnd);
}

/** .NET's `key="…Password" value="…"` (Android's `android:value`): after the name's quote, one to four spaces, `value`, `=` and a value. */
function valueAttribute(text: string, p: number, lineEnd: number): boolean {
  const from = p;
  while (p < lineEnd && isSpace(text.charCodeAt(p))) p++;
  if (p === from || p - from > 4) return false;
  // Android's `<meta-data android:name="…API_KEY" android:value="…"/>` spells it with a namespace.
  if (text.startsWith('android:', p)) p += 8;
  if (text.slice(p, p + 5).toLowerCase() !== 'value') return false;
  p = skipSpaces(text, p + 5, lineEnd);
  return text.charCodeAt(p) === EQUALS && valueStarts(text, p + 1, lineEnd);
}

/**
 * The longest value the generic assignment pattern takes: OAuth access and session tokens run to
 * hundreds of characters. A match must also fit the window an over-long line is scanned in around
 * its keyword (512 characters, the detector's), name and operator included, or it would be cut.
 */
export const LONGEST_ASSIGNED_VALUE = 400;

/**
 * Spaces (all of them: nothing after them in either pattern accepts a space), then a quote,
 * after up to two string-prefix letters; or an unquoted value as the generic pattern takes
 * it: 8 to LONGEST_ASSIGNED_VALUE of its characters, up to two `=`, then a quote, `<`, `;`, `,`, `)`, `\\`, `&`, a
 * space or the end of the line (a shorter value would end on a value character, which cannot end
 * it, but for `&`, which is both).
 */
function valueStarts(text: string, v: number, lineEnd: number): boolean {
  v = skipSpaces(text, v, lineEnd);
  // A triple-quoted value (grafana.ini's `password = """#pass;word"""`).
  if (text.startsWith('"""', v)) return quotedValueOpens(text.charCodeAt(v + 3));
  // An encoding named before the value (CodeIgniter's `hex2bin:`, Laravel's `base64:`).
  v += encodingPrefixLength(text, v);
  for (let prefix = 0; prefix <= 2; prefix++) {
    const c = text.charCodeAt(v + prefix);
    // Every pattern's quoted value opens with a character other than a quote, `\\` or a line
    // break (`"token": ""token": "...` repeated is no value; an unquoted run is read below).
    if (c === QUOTE || c === APOSTROPHE || c === BACKTICK) {
      if (!quotedValueOpens(text.charCodeAt(v + prefix + 1))) break;
      return true;
    }
    if (!isStringPrefix(c)) break;
  }
  let end = v;
  while (end < lineEnd && end - v <= LONGEST_ASSIGNED_VALUE && isUnquotedValueChar(text.charCodeAt(end))) end++;
  if (end - v < 8 || end - v > LONGEST_ASSIGNED_VALUE) return false;
  const runEnd = end;
  for (let padding = 0; padding < 2 && text.charCodeAt(end) === EQUALS; padding++) end++;
  if (end >= lineEnd || isUnquotedValueEnd(text.charCodeAt(end))) return true;
  // `&` is a value character that may also end one (a URL's next query parameter): the value then
  // ends at an `&` inside the run, at least 8 characters in (searched there only: the rest of the
  // text may be long).
  for (let q = v + 8; q < runEnd; q++) if (text.charCodeAt(q) === AMPERSAND) return true;
  return false;
}

const AMPERSAND = 38;

/** The length of a `hex2bin:` or `base64:` prefix at `v` (any case), else 0. */
function encodingPrefixLength(text: string, v: number): number {
  const head = text.slice(v, v + 8).toLowerCase();
  return head === 'hex2bin:' ? 8 : head.startsWith('base64:') ? 7 : 0;
}

/**
 * What may open a quoted value in the patterns this gate serves: not a quote, a backtick, `\\`
 * or a line break (the generic one's value takes no `\s` either, the published-default one's no
 * `\n`). Past the text (NaN) it may: a window ends before the line does.
 */
function quotedValueOpens(c: number): boolean {
  return c !== QUOTE && c !== APOSTROPHE && c !== BACKTICK && c !== BACKSLASH && c !== LF;
}

const BACKSLASH = 92;

/** `["'\x60<;,\s\\)\]&]`, what may follow the generic pattern's value. */
function isUnquotedValueEnd(c: number): boolean {
  return (
    c === QUOTE ||
    c === APOSTROPHE ||
    c === BACKTICK ||
    c === 60 ||
    c === 59 ||
    c === 44 ||
    c === 92 ||
    c === 41 ||
    c === 93 || // a bracketed list's close (sipp's `[authentication username=... password=...]`)
    c === 38 ||
    isSpace(c)
  );
}

/**
 * The name, then (after a closing `"]`, blanks) `==`, `===`, `!=` or `!==`, or `.equals(` or
 * `.equalsIgnoreCase(` (within the name or after it, in any case: the pattern ignores case, and
 * C# spells `.Equals(`), then blanks and a quoted literal (after an `r`, `b` or `u` prefix): what
 * `secret-compared-with-literal` needs before its pattern is tried.
 */
export function comparisonFollows(text: string, at: number, lineEnd: number): boolean {
  const limit = Math.min(lineEnd, at + 48);
  let p = Math.min(nameRunEnd(text, at, lineEnd), limit);
  // `.equals(` is the one dotted continuation that compares; other dots extend the name.
  for (let dot = nameRunDot(text, at, lineEnd); dot < p; dot++)
    if (text.charCodeAt(dot) === DOT && equalsCallFollows(text, dot, lineEnd)) return true;
  if (isQuote(text.charCodeAt(p))) p += 2;
  while (p < limit && isBlank(text.charCodeAt(p))) p++;
  const c = text.charCodeAt(p);
  if (c === DOT) return equalsCallFollows(text, p, lineEnd);
  if ((c !== EQUALS && c !== BANG) || text.charCodeAt(p + 1) !== EQUALS) return false;
  // `==` or `!=`, and the third `=` of `===` or `!==`.
  p += 2;
  if (text.charCodeAt(p) === EQUALS) p++;
  return literalFollows(text, p, lineEnd);
}

/** At the `.` at `dot`: `equals(` or `equalsIgnoreCase(` in any case, then a literal. */
function equalsCallFollows(text: string, dot: number, lineEnd: number): boolean {
  if (!startsWithWord(text, dot + 1, 'equals')) return false;
  let paren = dot + 1 + 'equals'.length;
  if (startsWithWord(text, paren, 'ignorecase')) paren += 'ignorecase'.length;
  return text.charCodeAt(paren) === OPEN_PAREN && literalFollows(text, paren + 1, lineEnd);
}

/** Up to eight blanks, an optional `r`, `b` or `u` (either case), then a quote or backtick. */
function literalFollows(text: string, p: number, lineEnd: number): boolean {
  p = skipBlanks(text, p, lineEnd, 8);
  const prefix = text.charCodeAt(p) | 32;
  if (prefix === 114 || prefix === 98 || prefix === 117) p++;
  const c = text.charCodeAt(p);
  return c === QUOTE || c === APOSTROPHE || c === BACKTICK;
}

/** Past any spaces (`\s`) from `p`. */
function skipSpaces(text: string, p: number, lineEnd: number): number {
  while (p < lineEnd && isSpace(text.charCodeAt(p))) p++;
  return p;
}

/** `[^\s:@/"'\x60<>]`, a URL's user name or password as `url-credentials` takes them. */
function isUserinfoChar(c: number): boolean {
  return (
    !isSpace(c) &&
    c !== COLON &&
    c !== 64 &&
    c !== 47 &&
    c !== QUOTE &&
    c !== APOSTROPHE &&
    c !== BACKTICK &&
    c !== 60 &&
    c !== 62
  );
}

/** `["'\]]` */
function isNameCloser(c: number): boolean {
  return c === QUOTE || c === APOSTROPHE || c === 93;
}

/** After a C array's `[]` or `[64]` at `at` (up to four digits), else `at`. */
function arrayBracketsEnd(text: string, at: number, lineEnd: number): number {
  if (text.charCodeAt(at) !== 91) return at;
  let p = at + 1;
  while (p < lineEnd && p - at <= 4 && text.charCodeAt(p) >= 48 && text.charCodeAt(p) <= 57) p++;
  return text.charCodeAt(p) === 93 ? p + 1 : at;
}

/** Python's `b`, `r`, `u` and f-string `f` prefixes, either case. */
function isStringPrefix(c: number): boolean {
  const lower = c | 32;
  return lower === 98 || lower === 114 || lower === 117 || lower === 102;
}

/** `[^\s"'\x60<>;,\\(){}\[\]=:]`, the generic pattern's unquoted value. */
function isUnquotedValueChar(c: number): boolean {
  return c < 128 ? UNQUOTED_VALUE_ASCII[c] === 1 : !isSpace(c);
}

const UNQUOTED_VALUE_ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++)
  UNQUOTED_VALUE_ASCII[c] = isSpace(c) || `"'\`<>;,\\(){}[]=:`.includes(String.fromCharCode(c)) ? 0 : 1;

/**
 * The keyword opens its line: at most twelve blanks stand before it. For patterns anchored at the
 * line's start (`^[ \t]{0,12}secret ...`) whose keywords are common words (`user `, `password`,
 * `secret`): most hits stand mid-line, where such a pattern cannot match.
 */
export function keywordOpensLine(text: string, at: number): boolean {
  let p = at;
  const stop = Math.max(0, at - 12);
  while (p > stop && isBlank(text.charCodeAt(p - 1))) p--;
  if (p === 0) return true;
  const before = text.charCodeAt(p - 1);
  return before === LF || before === CR;
}

const LF = 10;
const CR = 13;

/**
 * At an `@`: a `user:password` written before it without a scheme (`admin:<pw>@10.0.0.5:3128`), as
 * `schemeless-userinfo-password` requires: 4-64 userinfo characters back to a `:` with a user
 * character before it, and a host character after the `@`. Most `@` in code open a decorator or a
 * JSDoc tag, end a scope, or stand in an e-mail address: no `:` precedes them in the same run.
 */
export function schemelessUserinfoAt(text: string, at: number, lineEnd: number): boolean {
  const after = text.charCodeAt(at + 1);
  if (at + 1 >= lineEnd || !(isLetter(after) || (after >= 48 && after <= 57))) return false;
  let p = at - 1;
  const stop = Math.max(0, at - 65);
  while (p >= stop && isUserinfoChar(text.charCodeAt(p))) p--;
  if (p < 0 || at - 1 - p < 4 || text.charCodeAt(p) !== COLON) return false;
  const user = text.charCodeAt(p - 1);
  return isNameChar(user) || user === 43; // `+`
}
