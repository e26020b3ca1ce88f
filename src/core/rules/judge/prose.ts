// The judging stage for credentials written in prose and notes (`Password: ...`, `the API key is ...`,
// `pw ...`, a label with its value on the next line): there is no assignment, no quotes and often no
// code, and the file is documentation, so the generic judge's rule "in docs only a strong value
// counts" would drop every weak but real password. Here the form and the value decide instead:
// a value in prose must look like something a person or a service issued (letters with digits or
// symbols, no word, no name, no reference), and code files count only in their comments.
import type { MatchContext, Verdict } from '../types';
import { classCount } from '../valueChecks';
import { COMMENT_LINE, fileClassOf } from './context';
import type { SecretKind } from './names';
import { pathMatcher } from './pathMatcher';
import { isTestVerdict } from './testReport';
import { judgeValue } from './values';
import { isJoinedWords } from './notIssued';

/** What the noun in front of the value names. */
export type ProseKind = 'password' | 'key';

/** How the value is joined to its noun: `Password: X`, `the password is X`, `pw X`, or on the next line. */
export type ProseJoin = 'label' | 'verb' | 'space' | 'next-line';

export interface ProseCandidate {
  readonly kind: ProseKind;
  readonly join: ProseJoin;
  readonly value: string;
  /** The quote or backtick written before the value ('' when none). */
  readonly quote: string;
  readonly context: MatchContext;
}

/** A comment opener before a position in a line of code: `// ...`, `# ...`, `/* ...`, `-- ...`, a docstring. */
const COMMENT_BEFORE = /(?:^|\s)(?:\/\/|#|\/\*|--|<!--)|^\s{0,40}(?:[rbu]?"""|[rbu]?''')/;

/**
 * A published package's reference documentation (Python package metadata, Perl POD), API
 * descriptions and example or sample files: their values illustrate an interface. A project's own
 * README, wiki and notes are where people leave real ones.
 */
const ILLUSTRATION_PATH =
  /(?:^|\/)(?:PKG-INFO|METADATA)$|\.pod$|(?:^|[/._-])(?:swagger|openapi|examples?|samples?)(?:[/._-]|$)/i;
const illustrationPath = pathMatcher(ILLUSTRATION_PATH);

/** Structured configuration formats, where a line opening with a name is a setting. */
const STRUCTURED_EXT = new Set([
  'yaml',
  'yml',
  'json',
  'toml',
  'ini',
  'properties',
  'cfg',
  'conf',
  'env',
  'xml',
  'plist',
]);

/** Shell and batch scripts: commands, where prose stands only in comments as in code. */
const SCRIPT_EXT = new Set(['sh', 'bash', 'zsh', 'fish', 'ksh', 'ps1', 'psm1', 'bat', 'cmd']);

/**
 * Prose stands in documents, notes, transcripts and data files, and in code only inside comments and
 * docstrings (elsewhere `password: str` or `token: Token` is a declaration). Translation catalogues
 * hold UI text.
 */
function standsInProse(context: MatchContext): boolean {
  const file = fileClassOf(context);
  if (file === 'translation' || illustrationPath(context.path)) return false;
  // A name at the start of a line of YAML, JSON or INI is a setting, which the assignment rules judge.
  if (STRUCTURED_EXT.has(context.file.ext) && /^[\s"'-]*$/.test(context.line.slice(0, context.matchIndex)))
    return false;
  if (!proseOnlyInComments(context)) return true;
  // A trailing comment opens shortly before the noun; a minified line's far-off `//` says nothing.
  return (
    COMMENT_LINE.test(context.line) ||
    COMMENT_BEFORE.test(context.line.slice(Math.max(0, context.matchIndex - 120), context.matchIndex))
  );
}

/** Files where prose counts only inside comments: code, and shell and batch scripts. */
export function proseOnlyInComments(context: Pick<MatchContext, 'path' | 'file'>): boolean {
  return fileClassOf({ ...context, line: '', matchIndex: 0 }) === 'code' || SCRIPT_EXT.has(context.file.ext);
}

/** How far before its keyword a multi-line match may start (the detector's lookbehind). */
const MATCH_LEAD = 64;
/**
 * How far before a keyword the prose judge looks for a comment opener: a match's lead, then
 * COMMENT_BEFORE's 120 characters or COMMENT_LINE on a slice starting within the lead.
 */
export const COMMENT_REACH = MATCH_LEAD + 120 + 8;

/**
 * The first position in [from, to) where something `standsInProse` takes for a comment opener
 * may start (`#`, `;`, `*`, `//`, `--`, a docstring's three quotes, `rem` and a blank), or -1. Every
 * opener either of its tests can see before a match also starts here, so where this finds none
 * between a line's start (or COMMENT_REACH before a keyword) and the keyword, no prose match from
 * that keyword can stand in a file of code: a detector passes over the keyword before any pattern.
 */
export function commentOpenerIn(text: string, from: number, to: number): number {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === 35 || c === 59 || c === 42) return p; // # ; *
    const d = text.charCodeAt(p + 1);
    if ((c === 47 && d === 47) || (c === 45 && d === 45)) return p; // `//`, `--` (and `<!--`)
    if ((c === 34 || c === 39) && d === c && text.charCodeAt(p + 2) === c) return p; // a docstring's quotes
    if ((c | 32) === 114 && (d | 32) === 101 && (text.charCodeAt(p + 2) | 32) === 109) {
      const e = text.charCodeAt(p + 3);
      if (e === 32 || e === 9 || e === 13 || e === 10 || e === 11 || e === 12) return p; // rem
    }
  }
  return -1;
}

/** Whether a comment may open before a keyword at `at` on the line starting at `lineStart` (see `commentOpenerIn`). */
export function commentMayPrecede(text: string, lineStart: number, at: number): boolean {
  return commentOpenerIn(text, lineStart, at) >= 0;
}

/**
 * The noun is part of a longer identifier or a template slot: `arn:aws:...:secret:name`, `/token/`,
 * `@PASSWORD`, `$token`, or a segment of a package path (`Authen::Passphrase::MD5Crypt`).
 */
function insideIdentifier(context: MatchContext): boolean {
  return /[A-Za-z0-9][:/]$|[@$%{.]$|::$/.test(
    context.line.slice(Math.max(0, context.matchIndex - 2), context.matchIndex),
  );
}

/**
 * Whether a prose credential may stand where the match does (a document, or a comment in code; not
 * inside an identifier): the first of `judgeProse`'s checks, which needs nothing of the match, so
 * a rule can ask it before reading its match's parts.
 */
export function proseMayStand(context: MatchContext): boolean {
  return standsInProse(context) && !insideIdentifier(context);
}

/**
 * Values prose names but that are no credential: links, addresses, paths, key fingerprints, versions, numbers with
 * units, hex literals, flags, markup, CONSTANT_NAMES, dotted names, calls, `name=value` pairs and
 * the empty fields after a passwd-file line's password (`user:{plain}password::::::allow_nets=…`)
 * (a generated password opening with `-` and holding a digit, or with `=` after a random run, is none
 * of these).
 */
const NOT_A_VALUE =
  /^(?:[Hh][Tt][Tt][Pp][Ss]?:|www\.|(?:SHA(?:1|256|384|512)|MD5):|mailto:|[\w.+-]{1,64}@[\w-]{1,63}\.|\.{0,2}\/|~\/|v?\d{1,4}(?:\.\d{1,4}){1,3}\b|\d{1,6}(?:[/%x]\d{0,6})?[a-z]{0,3}$|0[xX][0-9a-fA-F]{1,16}$|[-+](?!(?=[A-Za-z]{0,62}\d)[A-Za-z0-9]{11,63}$)[A-Za-z-]|[A-Z][A-Z0-9]{0,40}(?:_[A-Z0-9]{1,40}){1,8}$|[A-Za-z_]\w{0,40}(?:\.[A-Za-z_]\w{0,40}){1,6}(?:\(\))?$|\w{1,40}\(|[$%{<&\\([:])|:\/\/|\]\(|^(?:[a-z_]{1,40}|[A-Z_]{1,40}|[A-Za-z][a-z]{0,20}(?:[A-Z][a-z]{1,20}){1,4})=/;

/**
 * A quote or apostrophe written as an HTML character reference (`wasn&#39;t`, `System&quot;`, its `;` cut off as a sentence's): in a
 * rendered page the value runs into quoted text or a contraction, where a literal quote would have
 * ended it.
 */
const HTML_QUOTE = /&(?:quot|apos|#39|#x27|#34|#x22|[lr]squo|[lr]dquo|#821[6-9]|#822[01])(?:;|$)/i;

/**
 * The fields after a passwd-style record's password (`user:{plain}pass:1000:1000::/home/user::…`,
 * Dovecot's passwd-file): the uid and gid, which the noun `pass` before them only seems to label.
 */
const PASSWD_FIELDS = /^\d{1,10}:\d{0,10}:/;

/** A host name or dotted lower-case name (`db-01.corp.local`, `app.settings`). */
const HOST_NAME = /^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6}$/;

/** Identifier shapes: CamelCase or snake/kebab words (`resetToken`, `api-key-here`). */
const IDENTIFIER =
  /^[a-z]{1,30}(?:[A-Z][a-z]{1,30}){1,8}$|^[A-Z][a-z]{1,30}(?:[A-Z][a-z]{1,30}){1,8}$|^[a-z]{1,30}(?:[-_][a-z]{1,30}){1,8}$/;

/**
 * A password as people record them: eight or more characters mixing at least three of lower,
 * upper, digits and symbols, or ten or more of letters and digits (`summerfalcon12`): a word with
 * a suffix (`admin123`) is the dummy checks' to reject.
 */
function isRecordedPassword(value: string): boolean {
  if (value.length < 8 || value.length > 64 || !/[A-Za-z]/.test(value)) return false;
  const classes = classCount(value);
  return classes >= 3 || (classes === 2 && value.length >= 10 && /\d/.test(value)) || isRandomLetters(value);
}

/**
 * Twelve or more letters of both cases, few of them vowels (`jzpwWwdwntxD`): generated, not words,
 * which run to about two vowels in five (`PostgreSQLAdmin`).
 */
function isRandomLetters(value: string): boolean {
  if (value.length < 12 || !/^[A-Za-z]+$/.test(value) || !/[a-z]/.test(value) || !/[A-Z]/.test(value)) return false;
  const vowels = value.replace(/[^aeiouAEIOU]/g, '').length;
  return vowels * 10 <= value.length * 3;
}

/** The shared value judge's name for each prose kind. */
const VALUE_KIND: Readonly<Record<ProseKind, SecretKind>> = { password: 'password', key: 'secret' };

/** An issued key or token: long, letters with digits, varied (`judgeValue` calls it strong). */
export function isIssuedKey(value: string): boolean {
  return /[A-Za-z]/.test(value) && /\d/.test(value) && judgeValue(value, true, 'secret')?.strong === true;
}

/**
 * A verdict for a value written in prose after a credential noun, or false. Joined by a bare space
 * (`pw X`), the value must not be a flag; joined as a label, a quoted value (`password: 'x'`) is
 * code, which the assignment rules judge.
 */
export function judgeProse(candidate: ProseCandidate): Verdict | false {
  const { kind, join, value, quote, context } = candidate;
  if (!proseMayStand(context) || isTestVerdict(context.line, context.matchIndex)) return false;
  if ((join === 'label' || join === 'next-line') && (quote === '"' || quote === "'")) return false;
  // Braces, brackets, parentheses and commas are code (`Optional[int]`) and prose around a value,
  // seldom part of a recorded one.
  if (
    !/^[\x21-\x7e]+$/.test(value) ||
    /[{}()[\],]/.test(value) ||
    NOT_A_VALUE.test(value) ||
    HTML_QUOTE.test(value) ||
    PASSWD_FIELDS.test(value) ||
    HOST_NAME.test(value) ||
    IDENTIFIER.test(value) ||
    isJoinedWords(value)
  )
    return false;
  if (join === 'next-line' && /[:=({]$/.test(value)) return false;
  // A value that opens a block (a device tree's labelled node, `label: node@addr {`) is a name, not prose.
  const valueAt = context.line.indexOf(value, context.matchIndex);
  if (valueAt >= 0 && /^\s{0,4}\{\s*$/.test(context.line.slice(valueAt + value.length))) return false;
  const shaped = kind === 'password' ? isRecordedPassword(value) || isIssuedKey(value) : isIssuedKey(value);
  if (!shaped) return false;
  // The shared value checks: placeholders, dummies (`P@ssw0rd1`), words, references, doc examples.
  if (judgeValue(value, true, VALUE_KIND[kind], false, false) === undefined) return false;
  const docs = context.file.docs || COMMENT_LINE.test(context.line);
  const noun = kind === 'password' ? 'a password' : 'a key or token';
  const how =
    join === 'next-line' ? 'on the line after its label' : join === 'verb' ? 'in a sentence' : 'after its label';
  return {
    confidence: docs ? 'low' : 'medium',
    why: `${noun} written in prose, ${how}: recorded notes are read by everyone with the repository`,
  };
}
