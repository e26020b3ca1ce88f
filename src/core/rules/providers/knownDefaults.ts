// Default and example secrets that framework quick-starts, tutorials and code assistants write, and
// the pieces the secret-sink rules share: a quoted literal of any strength, and the verdict that
// names what the literal is. Sources: the frameworks' own documentation (express-session's README,
// Flask's tutorial and configuration docs, Django's startproject template, jwt.io's debugger).
import { isCredentialFieldName, isPattern, isUpperSnakeName } from '../judge/notIssued';
import {
  COMMENT_LINE,
  DOCTEST_LINE,
  fileClassOf,
  isExamplePath,
  isPuppetParameterDefault,
  isPythonDocstringLine,
} from '../judge/context';
import { nameBefore } from '../judge/judge';
import { nameWords } from '../judge/names';
import { isPlaceholder } from '../placeholders';
import type { MatchContext, Rule, Verdict } from '../types';
import { assignmentFollows } from '../keywordGates';

/**
 * Secrets copied verbatim from documentation and tutorials, compared after lower-casing and
 * dropping separators (`your-secret-key`, `YOUR_SECRET_KEY` and `yoursecretkey` are one entry).
 */
const KNOWN_DEFAULTS = new Set(
  [
    'keyboard cat',
    'secret',
    'secretkey',
    'secret key',
    'mysecret',
    'mysecretkey',
    'supersecret',
    'supersecretkey',
    'super secret key',
    'topsecret',
    'shhhhh',
    'shhhhhhared-secret',
    'shared-secret',
    'changeme',
    'change-me',
    'changeit',
    'dev',
    'development',
    'devsecret',
    'default',
    'test',
    'testing',
    'password',
    'postgres',
    'root',
    'admin',
    'mysql',
    'your-secret-key',
    'your-secret',
    'your-jwt-secret',
    'your-jwt-secret-key',
    'your-256-bit-secret',
    'your-session-secret',
    'jwt-secret',
    'jwtsecret',
    'jwt-secret-key',
    'session-secret',
    'sessionsecret',
    'cookie-secret',
    'my-secret',
    'my-secret-key',
    'my-jwt-secret',
    'my_jwt_secret',
    'my-session-secret',
    'secret123',
    's3cr3t',
    'notsosecret',
  ].map(normalise),
);

/** Prefixes of values that say they are not meant for production (Django's `django-insecure-`, `dev-…`, `change-me-…`). */
const INSECURE_PREFIX =
  /^(?:django-insecure-|insecure-|dev[-_]|development[-_]|change[-_]?me|changeit|replace[-_]?me|your[-_ ]|my[-_ ]?(?:super[-_ ]?)?secret|super[-_ ]?secret|default[-_]|example[-_]|test[-_]secret)/i;

function normalise(value: string): string {
  return value.toLowerCase().replace(/[\s_-]+/g, '');
}

/** Templates for .env files carry stand-ins by design; the real value goes in .env. */
export function isEnvTemplate(path: string | undefined): boolean {
  return (
    path !== undefined && /(?:^|\/)\.env\.(?:example|sample|template|dist)$|\.(?:example|sample|template)$/i.test(path)
  );
}

/** Whether `value` is a secret published in documentation or a tutorial, or says it is not for production. */
export function isKnownDefaultSecret(value: string): boolean {
  // Prefixes only count for a single token: `Your session has expired` is a sentence, not a key.
  return KNOWN_DEFAULTS.has(normalise(value)) || (!/\s/.test(value) && INSECURE_PREFIX.test(value));
}

/** A quoted string literal of any strength (Python `b`/`r`/`u` prefixes allowed): the value is the group `secret`. */
export const QUOTED_LITERAL = String.raw`[rbuRBU]{0,2}["'\x60](?<secret>[^"'\x60\n\\]{1,200})["'\x60]`;

/** Values that are looked up, not written: interpolation and template references, `<your key>` slots. */
const REFERENCE = /\$\{|\{\{|#\{|%\(|^\$[A-Za-z_]|^%[A-Z_]+%$|^<[^<>]{1,80}>$/;

/**
 * Documentation showing where a key goes rather than a key: an elided value (`'django-insecure-...'`,
 * `"sk_…"`), a weak literal in a comment (`createHmac('sha256', 'a secret')` in a doc comment; a
 * random-looking key there is still found by the generic rules), or an .env template's stand-in.
 */
function isIllustration(secret: string, context: MatchContext): boolean {
  return (
    /(?:\.\.\.|\u2026)$/.test(secret) ||
    COMMENT_LINE.test(context.line) ||
    DOCTEST_LINE.test(context.line) ||
    isPythonDocstringLine(context) ||
    isEnvTemplate(context.path)
  );
}

/**
 * The verdict of a literal standing where a key is used (a sink): any value but a reference is a
 * finding; a published default says so; in documentation, examples are common, so it is `low`, and
 * a default or placeholder there is the example itself, not a finding.
 */
/**
 * The sink call is quoted inside an error or log message (`throw new Error('cookieParser("secret")
 * required for signed cookies')`): it tells the reader what to write.
 */
const INSIDE_MESSAGE =
  /\b(?:Error|Exception|warn|warning|log|print|println|printf|debug|info)\s?\(\s?(?:new \w{1,40}\()?["'`][^"'`]{0,200}$/;

/**
 * A metasyntactic variable (`secret_key = "bar"`, `SECRET_KEY = 'foo'`): the word examples and
 * parser fixtures put where any value goes, not a key someone chose.
 */
const METASYNTACTIC = /^(?:foo|bar|baz|qux|quux|foobar|foo[-_]bar|xyzzy)$/i;

export function sinkVerdict(what: string): (secret: string, match: string, context: MatchContext) => boolean | Verdict {
  return (secret, _match, context) => {
    // A value without a letter or digit is punctuation between two strings (`'a(', 'b('`), not a key.
    if (REFERENCE.test(secret) || !/[A-Za-z0-9]/.test(secret) || isIllustration(secret, context)) return false;
    if (INSIDE_MESSAGE.test(context.line.slice(Math.max(0, context.matchIndex - 240), context.matchIndex)))
      return false;
    // An UPPER_CASE word (`[]byte("DEPRECATED")`) is a marker or a slot to fill in, and a value that
    // spells the setting's own name (`SECRET_KEY_BASE = "action_dispatch.secret_key_base"`) is the
    // key under which the secret is looked up: neither is the secret.
    // So is an env variable's name (`SECRET_KEY = 'AWS_SECRET_ACCESS_KEY'`) or a pattern.
    if (
      /^[A-Z]{4,40}$/.test(secret) ||
      METASYNTACTIC.test(secret) ||
      isUpperSnakeName(secret) ||
      isPattern(secret) ||
      isCredentialFieldName(secret) ||
      namesItsSetting(secret, context)
    )
      return false;
    // Documentation showing a stand-in (`SECRET_KEY = 'your-secret-key-here'`) tells the reader what to replace.
    // So does one that says what it stands for (`createHmac('sha256', 'a secret')` in an API reference).
    if (
      context.file.docs &&
      (isKnownDefaultSecret(secret) || isPlaceholder(secret) || /\b(?:secret|key|password|passphrase)\b/i.test(secret))
    )
      return false;
    const why = isKnownDefaultSecret(secret) ? `${what}, and a published default value anyone can try` : what;
    return context.file.docs ? { confidence: 'low', why } : { why };
  };
}

/**
 * Whether the value is the setting's own name, alone or ending a dotted configuration path
 * (`secret_key = 'secret_key'`, `action_dispatch.secret_key_base` for `SECRET_KEY_BASE`): the key
 * the secret is stored under, or a test's stand-in.
 */
function namesItsSetting(secret: string, context: MatchContext): boolean {
  // A compound name (`secret_key`); a lone word (`secret: 'secret'`) is a published weak default.
  if (!/^[a-z_]{1,60}(?:\.[a-z_]{1,60}){0,8}$/.test(secret) || !/[_.]/.test(secret)) return false;
  const start = nameBefore(context.line, context.matchIndex);
  const name = /^[A-Za-z0-9_.-]*/.exec(context.line.slice(start))![0];
  const letters = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');
  const nameLetters = letters(name);
  if (nameLetters.length < 6) return false;
  // Undotted, it must be the name itself: `your_jwt_secret_here` is a scaffold's weak default.
  return secret.includes('.')
    ? letters(secret).includes(nameLetters)
    : letters(secret) === letters(name.slice(name.lastIndexOf('.') + 1));
}

/** Words that make a name an enumeration's (`AuthTypeValuePassword`, `GrantTypePassword`, `LoginMethodToken`). */
const ENUM_WORDS = new Set([
  'type',
  'types',
  'kind',
  'mode',
  'method',
  'scheme',
  'strategy',
  'mechanism',
  'grant',
  'flow',
]);

/**
 * An enumeration's member whose value is its last word (`AuthenticationTypePassword = "password"`):
 * it names a kind of authentication, not a password.
 */
function isEnumMember(wholeName: string, value: string): boolean {
  const words = nameWords(wholeName);
  return (
    words.length >= 2 &&
    words[words.length - 1] === value.toLowerCase() &&
    words.slice(0, -1).some((w) => ENUM_WORDS.has(w))
  );
}

/** A `your-…password` slot (`your-password`, `YOUR_WIFI_PASSWORD`, `your mqtt pass`). */
const YOUR_OWN_PASSWORD = /^your[-_ ](?:[a-z0-9]{1,20}[-_ ]){0,2}(?:password|passwd|pass|pwd|passphrase)$/i;

/** An operator after a literal: the literal is an operand of an expression (`"secret" in retval`). */
const OPERATOR_AFTER = /^\s{1,4}(?:in|not|and|or|is|if)\s|^\s{0,4}(?:==|!=|\+\s)/;

/** Name endings that mean the setting is about a secret, not the secret itself. */
const NOT_THE_SECRET =
  /(?:type|name|id|label|field|hint|header|prefix|placeholder|url|uri|path|file|env|var|kind|mode|format|length|len|size|policy|endpoint|param(?:eter)?s?|column|input|message|msg|text|title|error|grant|scope|generator|class|backend|handler|factory)$/i;

const NAME_WORDS = ['secret', 'password', 'passwd', 'passphrase', 'token'];
const KEY_WORDS = ['api', 'jwt', 'signing', 'session', 'app', 'encryption', 'hmac', 'master', 'cookie'];
const KNOWN_DEFAULT_KEYWORDS = [...NAME_WORDS, ...KEY_WORDS.flatMap((w) => [`${w}key`, `${w}_key`, `${w}-key`])];

/**
 * A secret-named setting (its name from the keyword to the operator) assigned a quoted literal:
 * `SECRET_KEY = "…"`, `jwtSecret: '…'`, `"session_secret": "…"`. The match starts at the keyword.
 */
const SECRET_NAMED_LITERAL = new RegExp(
  String.raw`(?<name>(?:secret|passw(?:or)?d|passphrase|token|(?:${KEY_WORDS.join('|')})[_-]?key)[A-Za-z0-9_-]{0,24})["'\]]{0,2}\s{0,4}(?::=|=>|=(?!=)|:(?!:))\s{0,4}${QUOTED_LITERAL}`,
  'i',
);

export const knownDefaultRules: readonly Rule[] = [
  {
    id: 'known-default-secret',
    title: 'Well-known default secret in a secret-named setting',
    provider: 'Secret sinks',
    keywords: KNOWN_DEFAULT_KEYWORDS,
    pattern: SECRET_NAMED_LITERAL,
    startsAtKeyword: true,
    keywordGate: assignmentFollows,
    confidence: 'high',
    envVar: 'APP_SECRET',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    risk: 'Defaults from quick-starts are the first values an attacker tries: sessions, cookies and tokens signed with one can be forged by anyone.',
    skipPlaceholderFilter: true,
    validate: (secret, match, context) => {
      const name = /^[A-Za-z0-9_-]*/.exec(match)![0];
      // A capitalised word or sentence is a label (`"login.password": "Password"`), not a value.
      // In documentation the published default is the example being shown, not a leak.
      if (
        NOT_THE_SECRET.test(name) ||
        /^[A-Z][a-z]/.test(secret) ||
        !isKnownDefaultSecret(secret) ||
        isIllustration(secret, context) ||
        context.file.docs ||
        // So in an example or sample file (`examples/inventory/hosts`, `ibox_example.yaml`), and as
        // a Puppet class's parameter default, which each node's data overrides.
        isExamplePath(context.path) ||
        isPuppetParameterDefault(context) ||
        // A test's own setting: a published default there signs or opens nothing that ships.
        context.file.test
      )
        return false;
      // An operand (`x["has_secret"] = "secret" in retval`) is tested for, not assigned; a flag's
      // spelling (`"kubectl_password": "--password"`) names an option.
      if (OPERATOR_AFTER.test(context.line.slice(context.matchIndex + match.length)) || /^--?[a-z]/.test(secret))
        return false;
      // An UPPER_CASE constant (`"YOUR_API_KEY"`) is a slot to fill in; a value naming an example is one.
      if (/^[A-Z0-9_]+$/.test(secret) || /example/i.test(secret)) return false;
      // `your-password`, `your-wifi-password`: the slot for the reader's own password (an Arduino
      // sketch's, a CircuitPython settings file's); a `your-secret-key` signs as it stands.
      if (YOUR_OWN_PASSWORD.test(secret)) return false;
      // In code, a member whose value is its own name (`PASSWORD: "password"` in a GrantType enum,
      // `password: "password"` in a map of parameter names) names a field; config files keep it.
      // The match starts at the keyword: the whole name may begin before it (`DB_PASSWORD`).
      const wholeName = context.line.slice(nameBefore(context.line, context.matchIndex), context.matchIndex) + name;
      // So does a field or flag spelling of it (`'password_parameter' => '_password'`, `password: "--password"`).
      const bare = secret.replace(/^(?:--?|_{1,2})(?=[a-z])/i, '');
      if (bare.toLowerCase() === wholeName.toLowerCase() && fileClassOf(context) === 'code') return false;
      if (isEnumMember(wholeName, bare) && fileClassOf(context) === 'code') return false;
      return { why: 'a default value published in documentation and tutorials' };
    },
    examples: {
      embed: false,
      // Values below are the public defaults themselves (documentation text, not credentials).
      positives: () => [
        `SESSION_SECRET = "${'dev'}"`,
        `  secret: '${'django-insecure-${'}'q'.repeat(3)}w8x!z',`, // Django startproject's prefix
        `  secret: '${'keyboard cat'}',`, // express-session README
        `const JWT_SECRET = "${'your-secret-key'}";`,
        `  jwtSecret: "${'supersecret'}",`,
        `"session_secret": "${'changeme'}",`,
        `DB_PASSWORD = "${'password'}"`,
        `passwd := "${'changeit'}"`,
        `access_token => '${'your-access-token'}'`,
        `private static final String TOKEN = "${'s3cr3t'}";`,
        `passphrase = "${'dev-passphrase'}"`,
        ...KEY_WORDS.flatMap((w) => [`${w}Key = "my-secret";`, `${w}_key = "my-secret";`, `"${w}-key": "my-secret",`]),
      ],
      negatives: [
        {
          // Interpolated so the project's own scan does not read this line as a secret.
          text: `\tAuthMethodTypePassword = "${'password'}"`,
          why: "an enumeration's member naming a kind of login (a .go file)",
          path: 'service/auth/enums.go',
        },
        { text: `>>> client_secret = '${'secret'}'`, why: 'a doctest example', path: 'lib/oauth1_session.py' },
        { text: 'SECRET_KEY=changeme', why: 'an unquoted .env template line' },
        { text: 'const tokenType = "secret";', why: 'the name says it is a type, not the secret' },
        {
          text: 'const char* password = "your-password";',
          why: "the slot for the reader's own password",
          path: 'src/main.cpp',
        },
        {
          text: 'CIRCUITPY_WIFI_PASSWORD = "your-wifi-password"',
          why: "the slot for the reader's own Wi-Fi password",
          path: 'settings.toml',
        },
        { text: 'const JWT_SECRET = process.env.JWT_SECRET;', why: 'read from the environment' },
        { text: 'password_label = "password"', why: 'a label' },
        { text: 'if (secret === "dev") {', why: 'a comparison' },
        { text: 'sessionSecret: "" ,', why: 'empty' },
        {
          text: '    PASSWORD: "password",',
          why: 'an enum member whose value is its own name (code)',
          path: 'src/grants.ts',
        },
        { text: '    password: "--password",', why: "a CLI flag's spelling of the name (code)", path: 'lib/tasks.rb' },
        {
          text: '        "kubectl_password": "--password",',
          why: 'a map from settings to the flags that take them',
          path: 'plugins/connection/kubectl.py',
        },
        {
          text: `    retval["has_shared_secret"] = "${'secret'}" in retval`,
          why: 'an operand tested for, not assigned',
          path: 'plugins/modules/webhook_info.py',
        },
        {
          text: `    password: "${'changeme'}"`,
          why: "YAML in a Python module's EXAMPLES docstring",
          path: 'plugins/modules/foreman_user.py',
        },
        {
          text: "    'password_parameter' => '_password',",
          why: 'the name of a form field (code)',
          path: 'src/Login.php',
        },
        {
          text: `    os.environ["AWS_SECRET_ACCESS_KEY"] = "${'testing'}"`,
          why: "a test's own setting (moto's documented stand-in)",
          path: 'tests/conftest.py',
        },
      ],
    },
  },
];
