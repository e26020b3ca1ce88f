/**
 * Keyword gates (`Rule.keywordGate`) of the prose rules (providers/proseCredentials.ts). Their
 * keywords are the commonest words of code (`token`, `secret`, `pass`, `session`, `client`, `log`),
 * and nearly every hit stands in an expression (`token.kind`, `getToken(`, `session = …`) where no
 * prose label can start: a few character reads turn those away before a pattern runs. Each gate is
 * a superset of its pattern's openings, so it rejects only where the pattern cannot match.
 */
import {
  isLetter,
  isWordChar,
  skipBlanks,
  startsWithWord,
  TAB,
  CR,
  SPACE,
  BANG,
  OPEN_PAREN,
  STAR,
  HYPHEN,
  SLASH,
  COLON,
  LESS,
  EQUALS,
  GREATER,
  PIPE,
  QUOTE,
  APOSTROPHE,
  BACKTICK,
  isSpace,
} from './gateChars';

/** Which key of a rotation a note names (`New key: ...`, `prod key is ...`): qualifiers of `key`. */
export const ROTATION_WORDS: readonly string[] = ['new', 'old', 'current', 'prod', 'production', 'live', 'staging'];

/** Nouns that name a credential only with the word after them (`session token`, `client secret`, `app key`). */
const QUALIFIERS = new Set([
  'api',
  'access',
  'auth',
  'bot',
  'deploy',
  'bearer',
  'refresh',
  'session',
  'personal',
  'app',
  'license',
  'master',
  'private',
  'client',
  'chave',
  // A Wi-Fi network's key (`WPA2 key`, `Wi-Fi key`, `WLAN key`).
  ...['wpa', 'wpa2', 'wpa3', 'wifi', 'wi', 'wlan'],
  ...ROTATION_WORDS,
]);

/**
 * The words a prose noun starts with, as a run of ASCII letters (`password`, `apikey`,
 * `sessiontoken`; `contrase` before its `\u00f1`; `mot` of `mot de passe`), qualifiers apart.
 */
const NOUN_WORDS = new Set([
  ...['', 'word', 'wd', 'phrase', 'code'].map((end) => 'pass' + end),
  ...['passwort', 'kennwort', 'pwd', 'psw', 'pw', 'mot', 'mdp', 'contrase', 'contrasena', 'clave', 'senha'],
  ...['parola', 'wachtwoord', 'haslo', 'sifre', 'losenord', 'heslo', 'parool', 'token', 'secret'],
  ...['api', 'access', 'secret', 'app', 'license', 'master', 'private', 'deploy', ...ROTATION_WORDS].map(
    (q) => q + 'key',
  ),
  ...['api', 'access', 'auth', 'bot', 'deploy', 'bearer', 'refresh', 'session'].map((q) => q + 'token'),
  ...['wpa', 'wpa2', 'wpa3', 'wifi', 'wlan'].map((q) => q + 'key'),
]);

/** The longest word a prose noun starts with (`accesstoken`, `wachtwoord`). */
const MAX_NOUN_WORD = 16;

/**
 * `prose-credential`: the noun stands as a word of its own and is followed by something a label, a
 * sentence or a value can start with (a space, `:`, `-`, `=>`, markup, a parenthesis, a non-ASCII
 * colon, arrow or letter), but not by an assignment (`token = …`, `token == …`); a qualifier
 * (`session`, `client`) is followed by its second word.
 */
export function proseLabelFollows(text: string, at: number, lineEnd: number): boolean {
  if (at > 0 && isWordChar(text.charCodeAt(at - 1))) return false;
  const limit = Math.min(lineEnd, at + MAX_NOUN_WORD);
  let p = at;
  while (p < limit && isLetter(text.charCodeAt(p))) p++;
  // WPA's version digit belongs to its word (`WPA2 key`).
  if (p - at === 3 && p < limit && (text.charCodeAt(p) === DIGIT_2 || text.charCodeAt(p) === DIGIT_3)) {
    if ((text.charCodeAt(at) | 32) === 0x77 && (text.charCodeAt(at + 1) | 32) === 0x70) p++;
    while (p < limit && isLetter(text.charCodeAt(p))) p++;
  }
  if (p === limit) return false;
  const next = text.charCodeAt(p);
  // Most hits stand before `.`, `,`, `)` or `;` and end here, before the word is looked up.
  if (!isProseJoinStart(next)) return false;
  // `=` joins only as `=>` (below, for a noun, never for a qualifier): code's `secretKey=` ends here, before the word is cut out.
  if (next === EQUALS && text.charCodeAt(p + 1) !== GREATER) return false;
  const word = text.slice(at, p).toLowerCase();
  const qualifier = QUALIFIERS.has(word);
  if (!qualifier && !NOUN_WORDS.has(word)) return false;
  if (next === SPACE || next === TAB || next === HYPHEN) {
    // A qualifier is joined to its second word (`session token`, `client-secret`, `chave de api`).
    if (qualifier) return next !== TAB && SECOND_WORD_START.has(text.charCodeAt(p + 1) | 32);
    return next === HYPHEN || !assignmentAfterBlanks(text, p, lineEnd);
  }
  if (next >= 128) return true;
  // A qualifier alone (`session:`, `client(`) is a name, not the credential noun; `=` only opens `=>`.
  if (qualifier) return false;
  return next !== EQUALS || text.charCodeAt(p + 1) === GREATER;
}

/** What may follow a noun's first word: a blank, `-`, `:`, `=`, `*`, `<`, `(` or a non-ASCII character. */
function isProseJoinStart(c: number): boolean {
  return (
    c === SPACE ||
    c === TAB ||
    c === HYPHEN ||
    c >= 128 ||
    c === COLON ||
    c === EQUALS ||
    c === STAR ||
    c === LESS ||
    c === OPEN_PAREN
  );
}

/** The first letters (lower case) of the words after a qualifier: key, token, secret, access, `de`, api. */
const SECOND_WORD_START = new Set([...'ktsadf'].map((c) => c.charCodeAt(0)));
const DIGIT_2 = 0x32;
const DIGIT_3 = 0x33;

/**
 * Blanks then `=`, `==`, `===`, `!=` or `!==` then a blank or the line's end: an assignment or a
 * comparison, after which no prose join matches (`=>` is a label join and is not one).
 */
function assignmentAfterBlanks(text: string, p: number, lineEnd: number): boolean {
  let q = p;
  while (q < lineEnd && q - p < 4 && (text.charCodeAt(q) === SPACE || text.charCodeAt(q) === TAB)) q++;
  const op = text.charCodeAt(q);
  if (op !== EQUALS && op !== BANG) return false;
  let equals = op === EQUALS ? 1 : 0;
  for (q++; equals < 3 && text.charCodeAt(q) === EQUALS; q++) equals++;
  if (equals === 0) return false;
  return q >= lineEnd || text.charCodeAt(q) === SPACE || text.charCodeAt(q) === TAB;
}

/**
 * `prose-credential-next-line`: the label ends its line shortly after the noun, with a colon (ASCII
 * or full-width), bold markup (`**`) or a closing tag, before any trailing blanks; and a value may
 * follow on the next lines (`valueMayFollow`).
 */
export function labelEndsLine(text: string, at: number, lineEnd: number): boolean {
  if (lineEnd - at > 80) return false;
  const last = text.charCodeAt(trimmedEnd(text, at, lineEnd) - 1);
  return (
    (last === COLON || last === FULLWIDTH_COLON || last === STAR || last === GREATER) && valueMayFollow(text, lineEnd)
  );
}

/**
 * After the line ending at `lineEnd`: a blank line or a code fence (the value may stand below
 * them), or a line holding a value alone as the pattern takes it: after at most twelve blanks,
 * eight or more of its characters (`[^\s\x60"'<>|\\]`), then only blanks to the line's end. Most
 * labels in code and YAML (`secretKeyRef:`) stand above a line of several words.
 */
function valueMayFollow(text: string, lineEnd: number): boolean {
  let p = lineEnd;
  if (text.charCodeAt(p) === CR) p++;
  if (text.charCodeAt(p) !== LF) return false;
  p = skipBlanks(text, p + 1, text.length, 12);
  const c = text.charCodeAt(p);
  if (p >= text.length || c === CR || c === LF || c === BACKTICK || c === TILDE) return true;
  const from = p;
  while (p < text.length && isNextLineValueChar(text.charCodeAt(p))) p++;
  if (p - from < 8) return false;
  p = skipBlanks(text, p, text.length);
  return p >= text.length || text.charCodeAt(p) === CR || text.charCodeAt(p) === LF;
}

/** `[^\s\x60"'<>|\\]`, the next-line pattern's value. */
function isNextLineValueChar(c: number): boolean {
  return (
    !isSpace(c) &&
    c !== BACKTICK &&
    c !== QUOTE &&
    c !== APOSTROPHE &&
    c !== LESS &&
    c !== GREATER &&
    c !== PIPE &&
    c !== BACKSLASH
  );
}

/**
 * `prose-table-credential`: the noun is the last cell of a header row: a word of its own, then at
 * most two more words of the noun (`api key`, `client secret`), then only blanks and a closing `|`
 * (a Markdown or AsciiDoc table) or a closing `</th></tr>` (HTML) to the line's end; and the next
 * line may go on with the table (`rowMayFollow`).
 */
export function headerEndsLine(text: string, at: number, lineEnd: number): boolean {
  return headerCellEndsLine(text, at, lineEnd) && rowMayFollow(text, lineEnd);
}

/**
 * After the line ending at `lineEnd`, the next line opens as the pattern's rows do: after at most
 * eight blanks, a row's or a separator's `|`, a separator's `---` or `:---`, a blank line's break,
 * or HTML's `<tr>`. Most nouns ending a line (`- name: auth-token`) stand above a line of code.
 */
function rowMayFollow(text: string, lineEnd: number): boolean {
  let p = lineEnd;
  if (text.charCodeAt(p) === CR) p++;
  if (text.charCodeAt(p) !== LF) return false;
  p = skipBlanks(text, p + 1, text.length, 8);
  const c = text.charCodeAt(p);
  if (c === COLON) p++;
  // A separator's dashes (`---`, `:---`), not a YAML list's `- item`.
  if (c === COLON || c === HYPHEN) return text.startsWith('---', p);
  return c === PIPE || c === CR || c === LF || c === LESS;
}

function headerCellEndsLine(text: string, at: number, lineEnd: number): boolean {
  if (lineEnd - at > 80 || (at > 0 && isWordChar(text.charCodeAt(at - 1)))) return false;
  let p = skipLetters(text, at, lineEnd);
  for (let words = 0; words < 2 && (text.charCodeAt(p) === SPACE || text.charCodeAt(p) === HYPHEN); words++) {
    const after = skipLetters(text, p + 1, lineEnd);
    if (after === p + 1) break;
    p = after;
  }
  // Non-ASCII letters end some nouns (`Contrase\u00f1a`, `API-Schl\u00fcssel`).
  while (p < lineEnd && text.charCodeAt(p) >= 128) p = skipLetters(text, p + 1, lineEnd);
  const end = trimmedEnd(text, p, lineEnd);
  if (text.startsWith('</th>', p)) {
    const row = skipBlanks(text, p + 5, end);
    return text.startsWith('</tr>', row) && row + 5 === end;
  }
  p = skipBlanks(text, p, end);
  if (text.charCodeAt(p) === PIPE) p = skipBlanks(text, p + 1, end);
  return p === end;
}

/**
 * `prose-login-pair-under-heading`: the noun (`account`, `credentials`, `login`) is a word that ends
 * its line but for a colon, bold markup and blanks, and a slash stands within the next two lines
 * (the pair, after at most a blank line). Whether the line is a heading is the validator's to say.
 */
export function loginNounEndsLine(text: string, at: number, lineEnd: number): boolean {
  if ((at > 0 && isWordChar(text.charCodeAt(at - 1))) || lineEnd - at > 30) return false;
  const end = trimmedEnd(text, at, lineEnd);
  let p = skipLetters(text, at, end);
  while (p < end && (text.charCodeAt(p) === COLON || text.charCodeAt(p) === STAR || isSpace(text.charCodeAt(p)))) p++;
  if (p !== end) return false;
  const limit = Math.min(text.length, lineEnd + 160);
  for (let q = lineEnd, breaks = 0; q < limit; q++) {
    const c = text.charCodeAt(q);
    if (c === SLASH) return breaks > 0;
    if (c === LF && ++breaks > 2) return false;
  }
  return false;
}

/** `prose-login-pair`: `log in`, `logged in`, `sign in`, `credentials`, `creds`, `account`, `test` as a word, then a `/` not far on. */
export function loginPairFollows(text: string, at: number, lineEnd: number): boolean {
  if (at > 0 && isWordChar(text.charCodeAt(at - 1))) return false;
  let p = at;
  if (startsWithWord(text, p, 'cred')) p += 4;
  else if (startsWithWord(text, p, 'account')) p += 7;
  else if (startsWithWord(text, p, 'test')) p += 4;
  else {
    if (startsWithWord(text, p, 'log')) p += startsWithWord(text, p + 3, 'ged') ? 6 : 3;
    else if (startsWithWord(text, p, 'sign')) p += startsWithWord(text, p + 4, 'ed') ? 6 : 4;
    else return false;
    if (text.charCodeAt(p) === SPACE || text.charCodeAt(p) === HYPHEN) p++;
    if (!startsWithWord(text, p, 'in') || isWordChar(text.charCodeAt(p + 2))) return false;
  }
  // The noun, up to 60 characters before the join, a user of up to 40 and the slash, or the colon
  // of a `user:password` written together (a word character before it, no blank after it).
  const limit = Math.min(lineEnd, p + 140);
  for (let q = p; q < limit; q++) {
    const c = text.charCodeAt(q);
    if (c === SLASH) return true;
    if (c === COLON && isWordChar(text.charCodeAt(q - 1)) && q + 1 < lineEnd && !isSpace(text.charCodeAt(q + 1)))
      return true;
  }
  return false;
}

/** Past the ASCII letters from `p`. */
function skipLetters(text: string, p: number, lineEnd: number): number {
  while (p < lineEnd && isLetter(text.charCodeAt(p))) p++;
  return p;
}

/** `lineEnd` moved back over trailing blanks and carriage returns, not before `from`. */
function trimmedEnd(text: string, from: number, lineEnd: number): number {
  let end = lineEnd;
  while (
    end > from &&
    (text.charCodeAt(end - 1) === SPACE || text.charCodeAt(end - 1) === TAB || text.charCodeAt(end - 1) === CR)
  )
    end--;
  return end;
}

const FULLWIDTH_COLON = 0xff1a;
const LF = 10;
const TILDE = 126;
const BACKSLASH = 92;
