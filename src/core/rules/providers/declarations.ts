// Secret-named values declared in the syntaxes the plain assignment pattern does not read: a type
// between the name and `=` (`apiKey: string = "…"`, `Dim token As String = "…"`), a value after
// whitespace (`(def api-key "…")`, `set token "…"`, `@api_key "…"`, `#define API_KEY @"…"`), a
// key and value as a pair (`{auth_token, "…"}`, `("client.secret", "…")`), Make's `?=`,
// Jsonnet's `::`, Objective-C's `@"…"` and COBOL's `PIC X(n) VALUE '…'`. One candidate pattern
// for all of them; the shared judge (../judge) decides, as for every generic candidate.
import { judgeCandidate, nameBefore } from '../judge/judge';
import type { MatchContext, Rule, Verdict } from '../types';
import { declarationFollows } from '../declarationGate';
import { ASSIGNMENT_NAME, GENERIC_KEYWORDS } from './generic';

/** A type annotation: `: string =`, `: []const u8 =`, `: Option<&str> =`, CUE's `: string | *`. */
const TYPED = String.raw`[ \t]{0,2}:[ \t]{0,2}[\w.<>\[\]?&*]{1,30}(?:[ ]{1,2}[\w.<>\[\]?&*]{1,20}){0,2}[ \t]{0,2}(?:=|\|[ \t]{0,2}\*)`;
/**
 * Visual Basic's `As Type =`, COBOL's `PIC X(n) VALUE`, SQL's `NVARCHAR(128) =` and PL/SQL's
 * `VARCHAR2(30) :=`, C#'s `{ get; set; } =`, AppleScript's `set name to`.
 */
const AS_TYPE = String.raw`[ \t]{1,4}(?:As[ \t]{1,4}[A-Za-z_][\w.]{0,30}[ \t]{0,2}=|PIC[ \t]{1,4}X\(\d{1,4}\)[ \t]{1,4}VALUE|(?:n?varchar2?|n?char|sysname|text)(?:\(\d{1,5}\))?[ \t]{0,4}:?=|\{[ \t]{0,4}get;[ \t]{0,4}(?:(?:private|protected|internal)[ \t]{1,4})?(?:set|init);[ \t]{0,4}\}[ \t]{0,4}=|to)`;
/** A pair: `{name, "…"}`, `-define(NAME, "…")`, `("name", "…")`. */
const PAIR = String.raw`["']?[ \t]{0,2},`;
/** An operator the plain pattern does not take: Make's `?=`, Jsonnet's `::`, R's `<-`, after `)` or `}` (`$ENV{X} =`), before `@"`. */
const OPERATOR = String.raw`(?:[ \t]{0,8}(?:\?=|::|<-)|[)}][ \t]{0,8}=|[ \t]{0,8}[=:][ \t]{0,4}@)`;
/** Whitespace alone (`set name "…"`, `(def name "…")`), after a `)` or `}` that closes the name. */
const SPACE = String.raw`[)}]?[ \t]`;

const DECLARATION = new RegExp(
  String.raw`(?<name>${ASSIGNMENT_NAME}[A-Za-z0-9_.-]{0,24})(?:${TYPED}|${AS_TYPE}|${PAIR}|${OPERATOR}|${SPACE})[ \t]{0,8}@?["']?(?<secret>[^\s"'\x60<>;,\\(){}\[\]=]{8,200}={0,2})(?=["'\s]|$)`,
  'i',
);

/** The words a statement opens with before the name: `set -gx`, `(defonce ^:private`, `Public Const`, `\set`, `set config(`. */
const STATEMENT_HEAD = /^[ \t]{0,40}[(\\#@]?(?:[\w^:.-]{1,20}[ \t(]{1,4}){0,3}[@:$]?$/;

/**
 * What opens a quoted key's pair: a tuple or map entry (`("name", "…")`, `{"name", "…"}`) or a
 * call that stores or declares (`setProperty(`, `set_default(`, `put(`, `VALUES (`, `define(`).
 */
const PAIR_OPENER =
  /(?:(?:^|[\s=,[(:{])[({]|(?:^|[^A-Za-z])(?:set|put|add|insert|default|values|define|store|save)\w{0,20}[ \t]{0,2}\()[ \t]{0,4}["']$/i;

/** `set NAME value`: the one place an unquoted value after whitespace is a value (Tcl, fish, csh, cmd). */
const SET_COMMAND = /^[ \t]{0,40}(?:set|setx|setenv)[ \t]{1,4}(?:-[A-Za-z]{1,4}[ \t]{1,4}){0,3}$/i;

/**
 * `pass` and `pw` as names of their own, spelled with what may follow them here: the plain
 * pattern's spellings (`pass"`, `pass:`, `pass `…) and the openings only this one has (`pass,`,
 * `pass)`, `pass}`, `pass?`), so the prefilter never hides a match.
 */
const SHORT_NAME_KEYWORDS = ['pass', 'pw'].flatMap((w) => [
  `${w}"`,
  `${w}'`,
  `${w}:`,
  `${w} `,
  `${w},`,
  `${w})`,
  `${w}}`,
  `${w}?`,
  `${w}\t`,
  `${w}<`,
  `${w}=`,
]);
const PASS_JOINED = ['pass_', 'pass.', 'pass-'];

function judgeDeclaration(secret: string, match: string, context: MatchContext): false | Verdict {
  const nameLength = /^[A-Za-z0-9_.-]*/.exec(match)![0].length;
  const beforeValue = match.slice(nameLength, match.length - secret.length);
  const quoted = /["']$/.test(beforeValue);
  const gap = beforeValue.replace(/[ \t]{0,8}@?["']?$/, '');
  const { line, matchIndex } = context;
  const nameStart = nameBefore(line, matchIndex);
  const head = line.slice(0, nameStart);
  const name = line.slice(nameStart, matchIndex) + match.slice(0, nameLength);
  const valueEnd = matchIndex + match.length;
  // A literal ends at its quote (`"Re-enter password: "` is a message); a flag is no value.
  if ((quoted && !/["']/.test(line.charAt(valueEnd))) || secret.startsWith('-')) return false;
  const shape: Shape = { gap: gap.trim(), head, quoted, keyQuoted: /["']/.test(line.charAt(matchIndex + nameLength)) };
  if (!acceptsGap(shape, name, secret)) return false;
  return judgeCandidate({
    name,
    value: secret,
    quoted,
    context,
    nameStart,
    valueEnd,
  });
}

interface Shape {
  /** What stands between the name and the value, trimmed (`: string =`, `,`, `?=`, or nothing). */
  readonly gap: string;
  /** The line before the name (a quoted name's opening quote included). */
  readonly head: string;
  readonly quoted: boolean;
  readonly keyQuoted: boolean;
}

/** A name as a word of prose starts a sentence (`Pass 'timestamp' to…`, `Token "x" expired`). */
const PROSE_WORD = /^(?:[A-Z][a-z]{1,15}|pass|pw)$/;
/** A value that names a secret rather than holding one (`('userpassword', 'unicodepwd')`). */
const NAME_LIKE_VALUE = /^[a-z0-9_.-]{0,40}(?:pass|pwd|secret|token|key|auth)[a-z0-9_.-]{0,40}$/i;

/** Whether the text between the name and the value, and the statement before the name, make a declaration. */
function acceptsGap(shape: Shape, name: string, value: string): boolean {
  const { gap, head, quoted } = shape;
  if (gap.endsWith(',')) {
    // A key and its value opening a tuple or a call (`("name", "…")`, `{name, "…"}`), or a
    // macro's name; not a list's elements (`["get-token", "--cluster-name"]`) nor a list of names.
    if (!quoted || NAME_LIKE_VALUE.test(value)) return false;
    return shape.keyQuoted ? PAIR_OPENER.test(head) : /[{][ \t]{0,4}$|define\([ \t]{0,4}$/i.test(head);
  }
  // AppleScript's `set name to "…"`.
  if (gap === 'to') return quoted && /^[ \t]{0,40}set[ \t]{1,4}$/i.test(head);
  if (/^[)}]?$/.test(gap)) {
    // Whitespace alone: the name opens a statement (not a sentence: `Pass 'x' to…`), and an
    // unquoted value only after `set`.
    // A Clojure/EDN keyword (`{:host "…" :api-key "…"}`) stands anywhere in a map.
    if (quoted && /(?:^|[\s{([,]):$/.test(head)) return true;
    if (!STATEMENT_HEAD.test(head) || (head.trim() === '' && PROSE_WORD.test(name))) return false;
    return quoted || SET_COMMAND.test(head);
  }
  // `?=` takes Make's unquoted value; every other form a quoted literal.
  return quoted || gap === '?=';
}

export const declarationRules: readonly Rule[] = [
  {
    id: 'generic-declared-secret',
    title: 'Secret-named value declared with a type, a keyword or as a pair (judged as assignments are)',
    provider: 'Generic',
    keywords: [...GENERIC_KEYWORDS, ...PASS_JOINED, ...SHORT_NAME_KEYWORDS],
    pattern: DECLARATION,
    startsAtKeyword: true,
    keywordGate: declarationFollows,
    confidence: 'medium',
    envVar: 'API_KEY',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    risk: 'A credential written into source is readable by everyone with the code, its history, its build output and any AI assistant that reads the file.',
    validate: judgeDeclaration,
    examples: {
      embed: false,
      // Generated at run time (FakeTokens): no literal credential in the repository.
      positives: (fake) => [
        `export const apiKey: string = '${fake.alnum(32)}';`, // TypeScript
        `    private let signingKey: String = "${fake.base64(44)}"`, // Swift
        `pub const client_secret: []const u8 = "${fake.alnum(40)}";`, // Zig
        `    db_password: str = "${fake.alnum(12)}7"`, // Python dataclass
        `smtpPassword: string | *"${fake.alnum(14)}"`, // CUE default
        `        Dim apiKey As String = "${fake.alnum(32)}"`, // VB.NET
        `       01 WS-API-KEY PIC X(64) VALUE '${fake.hex(40)}'.`, // COBOL
        `(def api-key "${fake.hex(40)}")`, // Clojure
        `(defonce ^:private client-secret "${fake.alnum(32)}")`, // Clojure
        `  @auth_token "${fake.hex(40)}"`, // Elixir module attribute
        `set access_token "${fake.alnum(40)}"`, // Tcl
        `set config(api_key) "${fake.hex(32)}"`, // Tcl array
        `set -gx ADMIN_PASSWORD ${fake.alnum(16)}`, // fish
        `setx SIGNING_KEY "${fake.hex(64)}"`, // cmd
        `  db_password '${fake.alnum(14)}'`, // Chef resource
        `\\set client_secret '${fake.alnum(40)}'`, // psql
        `#define API_KEY @"${fake.hex(40)}"`, // Objective-C
        `static NSString * const appSecret = @"${fake.alnum(32)}";`, // Objective-C
        `    [client setPrivateKey:@"${fake.base64(44)}"];`, // Objective-C message
        `set(WEBHOOK_SECRET "${fake.alnum(32)}" CACHE STRING "")`, // CMake
        `    {auth_token, "${fake.hex(40)}"}`, // Erlang
        `-define(API_KEY, "${fake.hex(32)}").`, // Erlang macro
        `        .set_default("client.secret", "${fake.alnum(32)}")?`, // Rust config builder
        `INSERT INTO settings (name, value) VALUES ('api_key', '${fake.alnum(32)}');`, // SQL
        `AUTH_TOKEN ?= ${fake.hex(40)}`, // Makefile
        `  apiKey:: '${fake.hex(40)}',`, // Jsonnet hidden field
        `$ENV{SMTP_PASSWORD} = '${fake.alnum(16)}';`, // Perl
        `local webhookSecret: string = "${fake.alnum(32)}"`, // Luau
        `access_token <- "${fake.alnum(34)}"`, // R
        `DECLARE @ClientSecret NVARCHAR(128) = '${fake.alnum(32)}';`, // T-SQL
        `    public string PrivateKey { get; set; } = "${fake.hex(64)}";`, // C# property initializer
        `set apiKey to "${fake.alnum(32)}"`, // AppleScript
        `(def config {:host "db" :signing-key "${fake.hex(64)}"})`, // Clojure map
        // One declaration per keyword spelling, so each stays reachable through the prefilter.
        ...GENERIC_KEYWORDS.map((kw) => `(def ${kw} "${fake.alnum(20)}7")`),
        ...['pass', 'pw'].flatMap((w) => [
          `("${w}", "${fake.alnum(20)}7")`,
          `('${w}', '${fake.alnum(20)}7')`,
          `  ${w}: string = '${fake.alnum(20)}7'`,
          `set ${w} "${fake.alnum(20)}7"`,
          `{${w}, "${fake.alnum(20)}7"}`,
          `set cfg(${w}) "${fake.alnum(20)}7"`,
          `$cfg{${w}} = '${fake.alnum(20)}7';`,
          `db_${w}?= ${fake.alnum(20)}7`,
          `set ${w}\t"${fake.alnum(20)}7"`,
          `db_${w}<-"${fake.alnum(20)}7"`,
          `db_${w}= @"${fake.alnum(20)}7";`,
        ]),
        `  pass_db: string = "${fake.alnum(20)}7"`,
        `(def pass.db "${fake.alnum(20)}7")`,
        `(def pass-db "${fake.alnum(20)}7")`,
      ],
      negatives: [
        { text: 'export const apiKey: string = process.env.API_KEY!;', why: 'read from the environment' },
        { text: '    private let signingKey: String = ""', why: 'empty', path: 'App/Keys.swift' },
        { text: '        Dim apiKey As String = Nothing', why: 'no literal', path: 'Module1.vb' },
        { text: '(def api-key (System/getenv "API_KEY"))', why: 'a call', path: 'src/config.clj' },
        { text: 'set access_token $::env(ACCESS_TOKEN)', why: 'a variable', path: 'lib/config.tcl' },
        { text: 'raise ValueError(\'invalid token "abcdefgh12"\')', why: 'inside a message', path: 'app/errors.py' },
        { text: "log.info('token %s', token)", why: 'a format and a variable', path: 'app/log.py' },
        { text: "fields = ('password', 'password_confirmation')", why: 'names of form fields', path: 'app/forms.py' },
        {
          text: '  args: ["eks", "get-token", "--cluster-name", "prod"]',
          why: "a command's arguments",
          path: '.kube/config',
        },
        { text: 'offset("password", "x7Kq9mWz2");', why: 'not a tuple, a setter or a macro', path: 'src/layout.js' },
        { text: '  {"Re.enter.password.", "Re-enter password: "},', why: 'a message', path: 'Resources.java' },
        { text: "_sensitive_attrs = ('userpassword', 'unicodepwd')", why: 'names of attributes', path: 'ldap/log.py' },
        {
          text: "            Pass 'timestamp' to convert the index",
          why: 'prose in a docstring',
          path: 'core/frame.py',
        },
        {
          text: "parser.add_argument('--vault-password', '--vault-pass', action='store_true')",
          why: 'flags',
          path: 'cli/args.py',
        },
        { text: 'if token then return "unauthorized_request" end', why: 'an expression', path: 'lib/auth.lua' },
        { text: 'set -gx API_KEY (pass show acme/api-key)', why: 'a command substitution', path: 'config.fish' },
        { text: 'AUTH_TOKEN ?= $(shell cat .secrets/token)', why: 'a command', path: 'Makefile' },
        { text: '  password: str = Field(default=None, env="DB_PASSWORD")', why: 'a call', path: 'app/settings.py' },
        {
          text: 'print(f"password {password}")',
          why: 'a format string',
          path: 'app/debug.py',
        },
      ],
    },
  },
];
