// Generic rules: secret-named assignments in any common syntax, credentials in URLs, and bearer
// tokens. They come last in the catalogue, so a provider rule that matches the same text wins.
import { COMMENT_LINE, isExamplePath, isPuppetParameterDefault } from '../judge/context';
import { judgeCandidate, nameBefore, nameLength } from '../judge/judge';
import { CANDIDATE_KEY_QUALIFIERS, judgeName } from '../judge/names';
import { isDrawnUpperLetters, isExamplePassword, judgeValue } from '../judge/values';
import { shannonEntropy } from '../../entropy';
import type { FakeTokens } from '../fakeTokens';
import { isRandomPunctuated } from '../placeholders';
import type { MatchContext, Rule, Verdict } from '../types';
import { classCount } from '../valueChecks';
import { isFallbackStandIn } from '../fallbackStandIns';
import {
  assignmentFollows,
  expansionDefaultFollows,
  fallbackFollows,
  LONGEST_ASSIGNED_VALUE,
  userinfoFollows,
} from '../keywordGates';

/** Words before `key` that make it a secret's name: `api_key`, `signing-key`, `AES_KEY`, `deployKey`. */
const KEY_QUALIFIERS = CANDIDATE_KEY_QUALIFIERS;

/** Words that make an assignment's name secret-bearing. */
const SECRET_NAME = String.raw`(?:secret|token|passw(?:or)?d|pwd|pswd?|pword|passcode|passphrase|psk|client[_.-]?secret|credential|creds|(?:${KEY_QUALIFIERS.join('|')})[_.-]?key|key_base|encryption_(?:primary|deterministic)_key|api(?:v[23]key|_v[23]_key)|vendor(?:_auth_code|authcode|-auth-code))`;

/**
 * Every spelling the SECRET_NAME alternatives can take, so the prefilter never hides a match and
 * every match starts at a keyword (`startsAtKeyword`).
 */
export const GENERIC_KEYWORDS = [
  'secret',
  'token',
  'password',
  'passwd',
  'pwd',
  'passphrase',
  'passcode',
  'psw',
  'pword',
  'psk',
  'credential',
  'creds',
  ...KEY_QUALIFIERS.flatMap((w) => [`${w}_key`, `${w}-key`, `${w}.key`, `${w}key`]),
  // A versioned API's key (`apiV3Key`, WeChat Pay's API v3 key).
  ...['v2', 'v3'].flatMap((v) => [`api${v}key`, `api_${v}_key`]),
  'client_secret',
  'client-secret',
  'client.secret',
  'clientsecret',
  // Rails' key bases (`db_key_base`, `otp_key_base` in GitLab's gitlab-secrets.json).
  'key_base',
  // Rails' Active Record encryption keys as environment variables (Mastodon's .env.production).
  'encryption_primary_key',
  'encryption_deterministic_key',
  // Paddle Classic's vendor auth code (`vendor_auth_code`, `vendorAuthCode`): the vendor's API key.
  'vendor_auth_code',
  'vendorauthcode',
  'vendor-auth-code',
];

/**
 * `pass` as a name of its own (`"pass": …`, `DB_PASS=`), spelled with what may follow it, so the
 * prefilter does not fire on every "password", "passed" or "bypass".
 */
export const PASS_KEYWORDS = [
  'pass_',
  'pass.',
  'pass-',
  'pass"',
  "pass'",
  'pass=',
  'pass:',
  'pass ',
  'pass\t',
  'pass>',
  'pass]',
  'pass[', // a C array (`char pass[] = ...`)
];

/** `pw` as the last word of a name (`bind_pw =`, `"smtpPw":`), spelled with what follows it. */
export const PW_KEYWORDS = ['pw=', 'pw ', 'pw\t', 'pw:', 'pw"', "pw'", 'pw>', 'pw]'];

/** The generic candidate's name: a secret word, or `pass`/`pw` standing alone (`"pass": …`, `DB_PASS=`, `bind_pw =`). */
export const ASSIGNMENT_NAME = String.raw`(?:${SECRET_NAME}|pass(?![a-z0-9])|pw(?![a-z0-9_.-]))`;

/**
 * `name = value` in code, .env, YAML, JSON, properties, TOML, shell, Terraform, and XML elements or
 * .NET `key="…" value="…"` pairs. The value stops at quotes, whitespace and delimiters, and at `=`
 * except base64 padding, which may also join the parts of a Rails-style signed or encrypted value
 * (`data==--iv==--tag==`, as Nexus Mods API keys are). This is the candidate stage; the judge
 * (../judge) decides.
 */
const ASSIGNMENT = new RegExp(
  String.raw`(?<name>${ASSIGNMENT_NAME}[A-Za-z0-9_.-]{0,24})(?:\[\d{0,4}\])?["'\]]{0,2}[ \t]{0,24}(?::=|=>|=(?!=)|:(?!:)|>|["']\s{1,4}(?:android:)?value\s{0,4}=)\s{0,4}(?:"""|[rbfu]?["'\x60])?(?:hex2bin:|base64:)?(?<secret>[^\s"'\x60<>;,\\(){}\[\]=:]{8,${LONGEST_ASSIGNED_VALUE}}(?:={1,2}--[A-Za-z0-9+/]{4,${LONGEST_ASSIGNED_VALUE}}){0,3}={0,2})(?=["'\x60<;,\s\\)\]&]|$)`,
  'i',
);

/**
 * A secret-named setting with a quoted value of 40+ characters that may hold the punctuation the
 * assignment rule's value stops at (`:`, `=`, `(`): Synapse's `random_string_with_symbols` secrets,
 * Sentry's and Django's generated keys. Only a value that reads as randomly generated counts (see
 * the check); the judge decides the rest as for any assignment.
 */
const PUNCTUATED_ASSIGNMENT =
  /(?:secret|salt)[A-Za-z0-9_.-]{0,24}["'\]]{0,2}[ \t]{0,8}(?:=>|=|:)[ \t]{0,4}["'](?<secret>[^"'\s\\]{40,200})(?=["'])/i;

/**
 * A generated key with punctuation: random over letters, digits and punctuation (WordPress salts,
 * Django keys), or upper and lower case, digits and punctuation at 4.5 bits a character (a Synapse
 * secret that drew few kinds of punctuation). Not a URL or a path, which share the letters.
 */
function isGeneratedPunctuated(value: string): boolean {
  // A URL, an absolute path or an expansion (FreeRADIUS `%{ldap:ldap:///...}`): looked up, not generated.
  if (/^(?:%\{|\$\{|\{\{|\/)|[A-Za-z]{2,10}:\/\//.test(value)) return false;
  if (isRandomPunctuated(value)) return true;
  return (
    !/\/[^/]*\//.test(value) &&
    /[a-z]/.test(value) &&
    /[A-Z]/.test(value) &&
    /\d/.test(value) &&
    /[^A-Za-z0-9]/.test(value) &&
    shannonEntropy(value) >= 4.5
  );
}

/** A generated key over letters, digits and punctuation, as Synapse writes them (FakeTokens, at run time). */
function punctuated(fake: FakeTokens): string {
  return fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.,;:^&*-_+=#~@', 50);
}

/**
 * Lower-case words, alone or joined by underscores (`secrete`, `an_even_bigger_secret`): what a test
 * or a shipped default fills a URL's password with, as the judge reads plain-word passwords there.
 */
const PLAIN_WORDS = /^[a-z]{1,30}(?:_[a-z]{1,30}){0,6}$/;

/**
 * Where a plain-word password in a URL is a stand-in: a test, an example, a Puppet parameter's
 * default, or a comment documenting one (`#   Defaults to 'mysql://nova:secrete@localhost/nova'`).
 */
function fillsInStandIns(context: MatchContext): boolean {
  return (
    context.file.test ||
    isExamplePath(context.path) ||
    isPuppetParameterDefault(context) ||
    COMMENT_LINE.test(context.line)
  );
}

/** The password of a URL's userinfo: judged on its decoded form, unless filled in elsewhere or a stand-in. */
function judgeUrlPassword(secret: string, match: string, context: MatchContext): boolean {
  if (
    secret.length < 3 ||
    // An `@` after a `?` is the query's (`...@host?email=a@b`), not the password's.
    /\?.*@/.test(secret) ||
    // A port, then a query or fragment holding an e-mail address (`http://gw:8080?to=ops@corp`).
    /^\d{1,5}[?#]/.test(secret) ||
    /^\$|^\{|^\*+$/.test(secret) ||
    TEMPLATE_PERCENT.test(secret) ||
    WELL_KNOWN_DUMMY_PASSWORDS.has(secret.toLowerCase())
  )
    return false;
  const decoded = percentDecoded(secret);
  if (PLAIN_WORDS.test(decoded) && fillsInStandIns(context)) return false;
  return (
    !isExamplePassword(decoded) &&
    // Decoded, a password has letters or digits (`%2F%40`, `%3A%40c` are a URL parser's tests: `/@`, `:@c`).
    /(?:[A-Za-z0-9][^A-Za-z0-9]{0,8}){3}/.test(decoded) &&
    !isSampleLogin(match.slice(match.indexOf('//') + 2, match.lastIndexOf('@')).toLowerCase()) &&
    !DOCUMENTATION_HOST.test(match.slice(match.lastIndexOf('@') + 1))
  );
}

/**
 * A leading `%` that is no percent escape (`%s`, `%(pw)s`) or opens a Windows variable
 * (`%DB_PASS%`): filled in elsewhere. A percent escape (`%3F...`) opens an encoded password.
 */
const TEMPLATE_PERCENT = /^%(?![0-9A-F]{2})|^%[A-Za-z_]\w*%/;

/** The longest value judged under a name that is no token's. */
const LONGEST_NON_TOKEN_VALUE = 200;

/** Judges a generic assignment: the whole name (with what precedes the keyword), the value, the context. */
export function judgeAssignment(
  secret: string,
  match: string,
  context: MatchContext,
  nameStart = nameBefore(context.line, context.matchIndex),
): false | Verdict {
  const name = context.line.slice(nameStart, context.matchIndex) + match.slice(0, nameLength(match));
  // Only tokens run long (OAuth access, session, id tokens); a password or key that long is an
  // encrypted blob (a SealedSecret's `encryptedData`) or data.
  if (secret.length > LONGEST_NON_TOKEN_VALUE && !/token/i.test(name)) return false;
  // A URL's query parameter (`?access_token=...&`) is text inside a literal, quoted or not.
  const quoted =
    /["'\x60]$/.test(match.slice(0, match.length - secret.length)) || /[?&]/.test(context.line.charAt(nameStart - 1));
  return judgeCandidate({
    name,
    value: secret,
    quoted,
    context,
    nameStart,
    valueEnd: context.matchIndex + match.length,
  });
}

/** Parts of a name that mean the value is derived or public, not a credential. */
const NON_SECRET_NAME =
  /hash|sha\d*|digest|checksum|fingerprint|integrity|_?url$|_?uri$|_?path$|_?file$|_?dir$|_?name$|_?id$|_?type$|_?length$|_?len$|_?size$|_?count$|_?expir|_?ttl$|_?timeout$|_?format$|_?header$|_?prefix$|_?field$|_?label$|_?policy$|_?endpoint$|_?version$|_?hint$|_?regex$|_?pattern$|_?placeholder$|_?env$|_?var$|_?key_?name$|_?cmd$|_?command$|_?bin$|publishable|public/i;

/**
 * A secret-named environment variable: OPENAI_API_KEY, dbPassword, APP_KEY, … Bare `KEY` words
 * count only after a word that makes them a secret (`SESSION_KEY`, not `CACHE_KEY`). The pattern
 * takes any name (ENV_NAME) and the check below judges it, which keeps the pattern simple enough
 * for the ReDoS proof.
 */
const ENV_NAME = '[A-Za-z0-9_]{1,90}';
const SECRET_ENV_NAME = new RegExp(
  String.raw`${SECRET_NAME}|(?:jwt|session|cookie|hmac|app|signing|encryption|cipher|aes)[_.-]?key|salt`,
  'i',
);

/**
 * A literal used as the fallback when an environment variable is missing: the value ships in the
 * code and is used whenever the variable is unset, so its strength does not matter. The match
 * starts at a keyword (`env.`, `env[`, `env(`, …) and covers: a read then `||`, `??`, `?:`, `or`,
 * `.orElse(` (JS, Python, PHP, Kotlin, C#, Java); a getter with a default (`os.getenv(X, lit)`,
 * `os.environ.get`, `ENV.fetch`, `getOrDefault`, Laravel `env()`, python-decouple `config()`,
 * `getEnv`-style helpers); and `${X:-lit}` / `${X-lit}` / `${X:=lit}` (shell, compose) and
 * `${X:lit}` (Spring), but not `${X:?message}`, which fails fast.
 */
const ENV_FALLBACK = new RegExp(
  String.raw`(?:env\.|env\[\s{0,2}["']|(?:env|environ\.get|env\.get|env\.fetch|env\.str|environmentvariable|getordefault|config)\(\s{0,4}["'])${ENV_NAME}(?:(?:["']\s{0,2}\]|["']\s{0,4}\)\)?)?(?:\s{0,4}(?:\|\||\?\?|\?:|\.orelse\()|\s{1,4}or)\s{0,4}["'\x60]|["']\s{0,4},\s{0,4}(?:default\s{0,2}=\s{0,2})?[rbu]?["'\x60])(?<secret>[^"'\x60}\n]{1,200})(?=["'\x60}])`,
  'i',
);

/**
 * A default in a `${NAME…}` expansion: `${X:-lit}`, `${X-lit}`, `${X:=lit}` (shell, compose) and
 * `${X:lit}` (Spring). `${X:?message}` fails fast and `${X:+alt}` applies only when X is set: the
 * check rejects both, which keeps the pattern free of lookarounds (and quick to prove linear).
 */
// `$` and `{` end the value: a default holding another expansion is a reference, not a literal, and
// values that cannot hold the start of another match keep the pattern quick to prove linear.
const ENV_DEFAULT = new RegExp(String.raw`\$\{${ENV_NAME}(?::?[-=]|:)(?<secret>[^"'\x60{}$\n]{1,200})\}`);

/** The variable a fallback is for, from the start of the match (`process.env.JWT_SECRET || "…"` → `JWT_SECRET`). */
function fallbackVariable(match: string): string {
  return (
    /^(?:env\.(?:get|fetch|str)\(|env[.[(]|environ\.get\(|environmentvariable\(|getordefault\(|config\(|\$\{)\s{0,4}["']?([A-Za-z0-9_]{1,90})/i.exec(
      match,
    )?.[1] ?? 'the variable'
  );
}

/** A fallback literal is a finding unless it is a reference, blank, or a shell substring offset (`${X:0:8}`). */
function judgeFallback(secret: string, match: string, context: MatchContext): boolean | Verdict {
  // A fallback in code is a quoted literal.
  if (!/["'\x60]$/.test(match.slice(0, match.length - secret.length))) return false;
  // `env.NAME', '...'` is a list of strings, not a read with a default (the pattern shares its tails).
  if (/^env\.\w{1,90}["']/i.test(match)) return false;
  // `os.Setenv("X", "…")`, `monkeypatch.setenv(…)`, `putenv(…)` set the variable: no fallback, and
  // secret-named-call-argument judges the value.
  if (/(?:set|put)$/i.test(context.line.slice(Math.max(0, context.matchIndex - 3), context.matchIndex))) return false;
  return judgeFallbackValue(secret, match, context);
}

/** A `${NAME…}` default, unless it is `${X:?message}` (fails fast), `${X:+alt}` (used when set) or empty. */
function judgeExpansionDefault(secret: string, match: string, context: MatchContext): boolean | Verdict {
  // Reached through the `:` branch, these are other operators (`${X:-}` is an empty default).
  if (/^[-=?+]/.test(secret)) return false;
  return judgeFallbackValue(secret, match, context);
}

/**
 * A variable named only `<something>_KEY` (WEATHER_KEY, MAPS_KEY): a key of some service or a map's,
 * a cache's or a sort's key, so its fallback counts only when the value itself looks issued. Site
 * and search keys are the public halves (reCAPTCHA, Algolia).
 */
const BARE_KEY_ENV_NAME = /key$/i;
const PUBLIC_KEY_ENV_NAME = /(?:site|search)[_.-]?key$/i;
const UUID_VALUE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Either fallback's value: reported unless blank, a reference or a number, for a secret-named variable. */
function judgeFallbackValue(secret: string, match: string, context: MatchContext): boolean | Verdict {
  if (
    secret.trim() === '' ||
    /\$\{|\{\{|^\$[A-Za-z_]|^(?:\u2026|\.\.\.)$/.test(secret) ||
    /^\d+(?::\d+)?$/.test(secret)
  )
    return false;
  const name = fallbackVariable(match);
  if (NON_SECRET_NAME.test(name) || isFallbackStandIn(secret, name)) return false;
  if (!SECRET_ENV_NAME.test(name)) {
    if (!BARE_KEY_ENV_NAME.test(name) || PUBLIC_KEY_ENV_NAME.test(name)) return false;
    // A UUID names an idempotency or partition key as often as it is a service's key.
    if (UUID_VALUE.test(secret) || judgeValue(secret, true, 'secret') === undefined) return false;
    return {
      confidence: 'medium',
      why: `a key-shaped value used whenever ${name} is unset, so the app starts with a value everyone can read`,
    };
  }
  // A test's environment is its own: its fallback ships in no app, so only a value that is itself a
  // credential counts there (a one-letter fetch default in a spec, a `dummy` expansion default in
  // application-test.yml do not).
  if (context.file.test && judgeValue(secret, true, judgeName(name)?.kind ?? 'secret') === undefined) return false;
  return { why: `used whenever ${name} is unset, so the app starts with a value everyone can read` };
}

/**
 * A lowercase word as a connection string's password (`Password=tangerine;`): weak but real, outside
 * documentation, when the judge takes it where only a password can stand.
 */
function isWordPassword(secret: string, context: MatchContext): boolean {
  if (context.file.docs) return false;
  if (/^[a-z]{6,32}$/.test(secret)) return judgeValue(secret, true, 'password', true) !== undefined;
  // An IBM i (AS/400) password as its ODBC strings hold it: random upper-case letters (`Pwd=TQGFUTQN`).
  return isDrawnUpperLetters(secret) && judgeValue(secret, true, 'password', true, true) !== undefined;
}

/** Another libpq keyword before a space-delimited `password=`: the line is a connection string, not a setting. */
const LIBPQ_KEY = /(?:^|[\s"'])(?:host|hostaddr|user|dbname|port|sslmode)=[^\s"']/;

/** Passwords that documentation and local defaults use; never a leaked credential. */
const WELL_KNOWN_DUMMY_PASSWORDS = new Set([
  'password',
  'passwd',
  'pass',
  'pwd',
  'secret',
  'guest',
  'admin',
  'root',
  'postgres',
  'mysql',
  'user',
  'test',
  'example',
  'changeme',
  'foobar',
  'letmein',
  // GitHub's documented stand-in password after a token used as the user name.
  'x-oauth-basic',
]);

/**
 * Credentials embedded in a URL's userinfo: scheme://user:password@host. The password may hold an
 * unencoded `@` (`root:p@ss@db`, which clients split at the last `@`); the host may be filled in at
 * run time (`@${host}`, `@{{ db_host }}`, `@%s`) while the password is a literal.
 */
const URL_CREDENTIALS =
  /(?<![A-Za-z0-9+.-])(?<scheme>[a-z][a-z0-9+.-]{1,20}):\/\/(?<user>[^\s:@/"'`<>]{0,128}):(?<secret>[^\s:@/"'`<>](?:[^\s:/"'`<>]{0,254}[^\s:@/"'`<>])?)@(?<host>[A-Za-z0-9.-]{1,253}|\[[0-9a-fA-F:.]{2,45}\]|\$\{[A-Za-z_][\w.]{0,60}\}|\{\{\s?[\w.]{1,60}\s?\}\}|%s)/;

/**
 * Sample-database logins printed in every driver's documentation (Oracle's SCOTT/TIGER schema) and
 * the default database login an app ships in its config (Mattermost's config.json `mmuser:mostest`).
 */
const SAMPLE_LOGINS = new Set(['scott:tiger', 'mmuser:mostest']);

/**
 * A sample login, or a default one whose password is the user's name (`guest:guest`, `neo4j:neo4j`,
 * `minioadmin:minioadmin`): what a service ships with and its documentation prints, not a set password.
 */
function isSampleLogin(userinfo: string): boolean {
  const colon = userinfo.indexOf(':');
  return SAMPLE_LOGINS.has(userinfo) || (colon > 0 && userinfo.slice(0, colon) === userinfo.slice(colon + 1));
}

/** The userinfo password as the client sends it: `%3B` is `;` (the text itself when it is not valid percent-encoding). */
function percentDecoded(secret: string): string {
  try {
    return decodeURIComponent(secret);
  } catch {
    return secret;
  }
}

/** Hosts reserved for documentation and tests (RFC 2606): their URLs are examples, not logins. */
const DOCUMENTATION_HOST =
  /(?:^|\.)(?:example\.(?:com|net|org)|[a-z0-9-]+\.(?:example|invalid|test))$|^(?:host|hostname|server|domain)$/i;

export const genericRules: readonly Rule[] = [
  {
    id: 'generic-env-fallback-secret',
    title: 'Hard-coded secret used as an environment-variable fallback',
    provider: 'Generic',
    keywords: ['env.', 'env[', 'env(', 'environ.get(', 'environmentvariable(', 'getordefault(', 'config('],
    pattern: ENV_FALLBACK,
    startsAtKeyword: true,
    keywordGate: fallbackFollows,
    confidence: 'high',
    envVar: 'API_KEY',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    risk: 'Wherever the variable is unset, the app silently runs with this literal, which ships in every clone, build and client bundle: anyone can sign, log in or decrypt with it.',
    // Placeholders count too: a placeholder fallback still lets the app start with a known value.
    skipPlaceholderFilter: true,
    validate: judgeFallback,
    examples: {
      embed: false,
      positives: (fake) => [
        `const apiKey = process.env.OPENAI_API_KEY || "${fake.alnum(40)}";`,
        `const secret = process.env.JWT_SECRET ?? '${fake.base64url(32)}';`,
        `const jwtSecret = process.env.JWT_SECRET || "${'supersecretkey123'}";`,
        `const secret = process.env.JWT_SECRET ?? "${'changeme'}";`,
        `  secret: process.env.SESSION_SECRET ?? '${'my-session-secret-change-me'}',`,
        `const key = process.env["ENCRYPTION_KEY"] || "${'dev-key'}";`,
        `const token = import.meta.env.VITE_API_TOKEN || "${fake.alnum(32)}";`,
        `const secret = Deno.env.get("JWT_SECRET") ?? "${'dev'}";`,
        `password = os.environ.get("DB_PASSWORD", "${'changeme'}")`,
        `SECRET_KEY = os.getenv("JWT_SECRET", "${'dev-secret'}")`,
        `SECRET_KEY = os.getenv("SECRET_KEY") or "${'super secret key'}"`,
        `SECRET_KEY = config("SECRET_KEY", default="${'django-insecure-local'}")`,
        `api_key = os.getenv('STRIPE_API_KEY', '${fake.alnum(30)}')`,
        `token = ENV.fetch("SLACK_TOKEN", "${fake.alnum(30)}")`,
        `secret = ENV["SESSION_SECRET"] || "${'keyboard cat'}"`,
        `String key = System.getenv().getOrDefault("SIGNING_KEY", "${fake.alnum(32)}");`,
        `String secret = Optional.ofNullable(System.getenv("JWT_SECRET")).orElse("${'topsecret'}");`,
        `var key = Environment.GetEnvironmentVariable("JWT_KEY") ?? "${'dev-signing-key'}";`,
        `val secret = System.getenv("JWT_SECRET") ?: "${'topsecret'}"`,
        `$secret = getenv('APP_SECRET') ?: '${'changeme'}';`,
        `'key' => env('APP_KEY', 'base64:${fake.base64(32)}'),`,
        `jwtSecret := getEnv("JWT_SECRET", "${'my-secret'}")`,
        // A bare `_KEY` name: the value itself looks issued.
        `const key = process.env.WEATHER_KEY || "${fake.hex(32)}";`,
        `KEY = ENV["MAPS_KEY"] || "${fake.alnum(39)}"`,
        `$key = getenv("GEOCODER_KEY") ?: '${fake.hex(32)}';`,
      ],
      negatives: [
        { text: 'const port = process.env.PORT || "3000";', why: 'not a secret-named variable' },
        { text: 'const url = process.env.API_URL || "https://api.internal";', why: 'not a secret-named variable' },
        {
          text: "CLIPASSWORDSDK_CMD = os.getenv('AIM_CLIPASSWORDSDK_CMD', '/opt/aim/sdk/clipasswordsdk')",
          why: 'the command that fetches the password, not the password',
          path: 'plugins/lookup/vault_password.py',
        },
        { text: 'const ttl = process.env.TOKEN_TTL || "3600";', why: 'a setting about the secret, not the secret' },
        { text: 'const key = process.env.API_KEY || "";', why: 'empty fallback' },
        { text: "const secret = process.env.JWT_SECRET ?? '';", why: 'empty fallback' },
        { text: 'const secret = process.env.JWT_SECRET || undefined;', why: 'undefined fallback' },
        { text: 'const secret = process.env.JWT_SECRET!;', why: 'no fallback' },
        {
          text: 'const secret = process.env.SESSION_SECRET || crypto.randomBytes(32).toString("hex");',
          why: 'generated, not literal',
        },
        { text: 'password = os.environ["DB_PASSWORD"]', why: 'no fallback' },
        { text: 'const cacheKey = process.env.CACHE_KEY || "users";', why: 'a cache key is not a secret' },
        {
          text: (fake) => `const siteKey = process.env.RECAPTCHA_SITE_KEY || "6L${fake.alnum(38)}";`,
          why: "reCAPTCHA's site key is public",
        },
        { text: "const sortKey = process.env.SORT_KEY || 'createdAt';", why: 'a sort key, a word' },
        {
          text: 'const k = process.env.IDEMPOTENCY_KEY || "0f8fad5b-d9cb-469f-a165-70867728950e";',
          why: 'a UUID under a bare key name: an idempotency key',
        },
        { text: "['process.env.API_KEY', 'Node env'],", why: 'strings in a list' },
        { text: 'os.Setenv("JWT_SECRET", "changeme")', why: 'sets the variable: no fallback (and a dummy)' },
        {
          text: `  c.filter_sensitive_data('<TOKEN>') { ENV.fetch('GITHUB_TOKEN', '${'x'}') }`,
          why: "a test's own fallback, and a dummy",
          path: 'spec/support/vcr.rb',
        },
      ],
    },
  },
  {
    id: 'generic-env-default-secret',
    title: 'Hard-coded secret used as the default of a ${VAR} expansion',
    provider: 'Generic',
    keywords: ['${'],
    pattern: ENV_DEFAULT,
    startsAtKeyword: true,
    keywordGate: expansionDefaultFollows,
    confidence: 'high',
    envVar: 'API_KEY',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    risk: 'Wherever the variable is unset, the service starts with this literal, which ships with the compose file, script or properties: anyone can log in, sign or decrypt with it.',
    // Placeholders count too: a placeholder default still lets the service start with a known value.
    skipPlaceholderFilter: true,
    validate: judgeExpansionDefault,
    examples: {
      embed: false,
      positives: (fake) => [
        `DB_PASSWORD=\${DB_PASSWORD:-${fake.alnum(16)}}`,
        `      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD:-${'postgres'}}`,
        `      REDIS_PASSWORD: \${REDIS_PASSWORD-${fake.alnum(18)}}`,
        `jwt.secret=\${JWT_SECRET:${'mySecretKey'}}`,
      ],
      negatives: [
        { text: 'TOKEN=${TOKEN:-}', why: 'empty default' },
        { text: 'BOT_TOKEN="${BOT_TOKEN:-xxxxxxxxxxxxxxxx}"', why: 'a mask' },
        { text: 'JWT_SECRET=${JWT_SECRET:?is required}', why: 'fails fast when unset' },
        { text: 'jwt.secret=${JWT_SECRET}', why: 'no default' },
        { text: 'echo "${TOKEN:+--token $TOKEN}"', why: 'an alternate value used only when the variable is set' },
        { text: 'SUFFIX=${API_TOKEN:0:8}', why: 'a substring offset' },
        {
          text: `client-secret: \${GITHUB_CLIENT_SECRET:${'dummy'}}`,
          why: "a test's own default, and a dummy",
          path: 'src/test/resources/application-test.yml',
        },
      ],
    },
  },
  {
    id: 'url-credentials',
    title: 'Password in a URL or connection string',
    provider: 'Connection string',
    keywords: ['://'],
    pattern: URL_CREDENTIALS,
    keywordGate: userinfoFollows,
    confidence: 'high',
    envVar: 'DATABASE_URL',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    risk: 'Logs in to the service the URL points at (database, broker, registry) as that user.',
    validate: judgeUrlPassword,
    examples: {
      positives: (fake) => [
        `postgres://app:${fake.alnum(20)}@db.internal:5432/orders`,
        `postgresql://svc:${fake.alnum(18)}@10.0.0.12/app?sslmode=require`,
        `mysql://root:${fake.alnum(16)}@mysql:3306/shop`,
        `mongodb+srv://admin:${fake.alnum(24)}@cluster0.abcde.mongodb.net/prod`,
        `mongodb://reader:${fake.alnum(16)}@mongo1:27017,mongo2:27017/db?replicaSet=rs0`,
        `redis://default:${fake.alnum(32)}@cache.internal:6379/0`,
        `rediss://:${fake.alnum(32)}@redis.example-host.net:6380`, // Redis: a password and no user
        `https://deployer:%3F${fake.alnum(6)}%23%25${fake.alnum(8)}@repo.corp.internal/libs`, // percent-encoded from its first character
        `amqp://worker:${fake.alnum(16)}@rabbitmq:5672/vhost`,
        `amqps://worker:${fake.alnum(16)}@broker.internal:5671`,
        `mssql://sa:${fake.alnum(16)}@sqlserver:1433/master`,
        `jdbc:postgresql://app:${fake.alnum(16)}@pg.internal:5432/app`,
        `https://deploy:${fake.alnum(24)}@git.internal.net/team/repo.git`,
        `mysql://root:${fake.alnum(6)}@${fake.alnum(6)}7@db.internal:3306/app`, // an unencoded @ in the password
        `postgres://app:${fake.alnum(16)}@\${host}:5432/app`, // the host filled in at run time
      ],
      negatives: [
        { text: "const u = new URL('https://abc:xyz@example.com');", why: 'documentation host (RFC 2606)' },
        { text: 'ftp://ci-bot:Wq8rT2vLx9@files.lab.test/pub', why: 'reserved test domain' },
        { text: 'postgres://user:password@localhost:5432/db', why: 'documentation placeholder password' },
        { text: 'amqp://guest:guest@localhost:5672/', why: "RabbitMQ's well-known local default" },
        { text: 'NEO4J_URL: bolt://neo4j:neo4j@graph:7687', why: 'a default login: the password is the user name' },
        { text: 'postgres://app:${DB_PASSWORD}@db:5432/app', why: 'environment reference' },
        { text: 'mongodb://<username>:<password>@host:27017', why: 'placeholder' },
        { text: 'redis://localhost:6379/0', why: 'no credentials' },
        { text: 'listen on tcp://:8080 and udp://:53', why: 'a port, no password' },
        { text: 'open http://gateway:8080?notify=ops@corp.internal', why: "a port, then the query's e-mail address" },
        { text: 'https://user:****@host.example.net', why: 'already masked' },
        { text: 'mysql://root:changeme@127.0.0.1/dev', why: 'placeholder password' },
        { text: 'https://user:p%40ss@host', why: 'a generic host word (documentation)' },
        { text: 'engine = create_engine("oracle://scott:tiger@orcl/app")', why: "Oracle's sample-schema login" },
        {
          text: 'DATABASE_URL="mysql://myuser:mypass@localhost/somedatabase"',
          why: 'a documentation example password',
        },
        { text: "Mojo::URL->new('http://sri:s3cret@mojolicious.org')", why: 'a dummy password in leetspeak' },
        {
          text: `transport_url = "rabbit://nova:${'an_even_' + 'bigger_secret'}@mq.internal:5672/"`,
          path: 'nova/tests/unit/test_cells.py',
          why: "a test's stand-in: lower-case words",
        },
        {
          text: `  $database_connection = 'mysql+pymysql://heat:${'sec' + 'rete'}@db.internal/heat',`,
          path: 'manifests/db.pp',
          why: "a Puppet class parameter's published default",
        },
        {
          text: 'export http_proxy="http://proxyuser:proxypass@proxyhost:8080"',
          why: 'a role word and a password word',
        },
        {
          text: 'Proxy::http("http://ldap%5Cgremlin:pass%3Bword@10.0.0.1:8080")',
          why: 'a dummy password, percent-encoded',
        },
        { text: 'let proxy = "http://foo:bar@localhost:1239";', why: 'metasyntactic words' },
        { text: "  'http://atpass:foo%40bar@127.0.0.1:8080/path' : {", why: 'metasyntactic words, percent-encoded' },
        { text: 'url = "postgres://%s:%s@%s/%s" % (user, pw, host, db)', why: 'format fields' },
        { text: 'set URL=https://%DEPLOY_USER%:%DEPLOY_PASS%@repo.corp.internal/libs', why: 'Windows variables' },
        { text: "  'http://atslash%2F%40:%2F%40@foo/' : {", why: "a URL parser's test: the password decodes to `/@`" },
        { text: '    "href": "http://:%3A%40c@d:2/",', why: "a URL parser's test: the password decodes to `:@c`" },
      ],
    },
  },
  {
    id: 'connection-string-password',
    title: 'Password parameter in a JDBC, ADO.NET or query-string connection string',
    provider: 'Connection string',
    keywords: ['password=', 'pwd=', 'password ='],
    // A password parameter after a connection-string or query delimiter, or after a space in a libpq
    // keyword/value string (`host=db user=app password=... dbname=app`, written without spaces around `=`).
    // Jet/ACE OLE DB names an Access file's password `Jet OLEDB:Database Password`.
    pattern:
      /(?:[;?&]\s?(?:Jet OLEDB:Database )?(?:password|pwd)\s?=\s?|\s(?:password|pwd)=)(?<secret>[^\s;&"'`]{4,128})/i,
    confidence: 'high',
    envVar: 'DATABASE_PASSWORD',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    risk: 'Logs in to the database as that user.',
    validate: (secret, match, context) =>
      (!/^\s/.test(match) || LIBPQ_KEY.test(context.line.slice(0, context.matchIndex))) &&
      (classCount(secret) >= 2 || isWordPassword(secret, context)) &&
      !/^(?:password|none|null|nil|true|false|undefined)$/i.test(secret) &&
      // `connect(host=None, password=None)`, `init(user=user, password=password)`: keyword arguments in code.
      !/^[A-Za-z_][\w.]{0,60}[,)]/.test(secret) &&
      // `password=CONFIG["db_pass"]`: a subscript read in code (the quote ends the captured value).
      !/^[A-Za-z_][\w.]{0,60}\[$/.test(secret) &&
      !isExamplePassword(secret) &&
      // A format field (`password={password}` in an f-string or C# interpolation), filled in at run time.
      !/^\{\w{1,60}\}$/.test(secret),
    examples: {
      positives: (fake) => [
        `jdbc:mysql://db.internal:3306/shop?user=app&password=${fake.alnum(16)}`,
        `jdbc:sqlserver://sql.internal:1433;databaseName=erp;user=sa;password=${fake.alnum(16)}`,
        `Server=tcp:sql.internal,1433;Database=erp;User Id=app;Password=${fake.alnum(18)};Encrypt=true`,
        `Host=pg.internal;Port=5432;Database=app;Username=svc;Pwd=${fake.alnum(14)}`,
        `Data Source=erp;User ID=app; Password =${fake.alnum(16)};`,
        `Provider=Microsoft.Jet.OLEDB.4.0;Data Source=C:\\data\\ledger.mdb;Jet OLEDB:Database Password=${fake.alnum(12)};`,
        `Server=db01;Database=erp;User Id=app;Password=${['tange', 'rine'].join('')};`, // a weak word, built at run time
        // IBM i Access ODBC: random upper-case letters, as IBM i passwords are typed (FakeTokens, at run
        // time; consonants from two sets in turn, so no letter repeats three times).
        `Driver={iSeries Access ODBC Driver};System=as400.corp;Uid=QPGMR;Pwd=${[0, 1, 2, 3, 4, 5, 6, 7].map((i) => fake.from(i % 2 ? 'BCDFGHJK' : 'LMNPQRST', 1)).join('')};`,
        `sql.Open("postgres", "host=pg.internal user=app password=${fake.alnum(14)} dbname=orders sslmode=require")`,
      ],
      negatives: [
        { text: 'Server=localhost;Database=app;User Id=sa;Password=<password>;', why: 'placeholder' },
        { text: 'Driver={iSeries Access ODBC Driver};System=as400;Uid=QPGMR;Pwd=SYSTEM;', why: 'an upper-case word' },
        { text: 'jdbc:mysql://localhost/db?user=root&password=${DB_PASSWORD}', why: 'environment reference' },
        { text: 'Reset it with password=<new> on the command line', why: 'no connection string' },
        {
          text: '    def __init__(self, host=None, port=None, username=None, password=None,',
          why: 'keyword arguments defaulting to None',
        },
        {
          text: '                 proxytype=None, addr=None, port=None, rdns=True, username=None, password=None',
          why: 'a keyword argument defaulting to None at the end of its line',
        },
        {
          text: 'conn = pymysql.connect(host=DB["host"], user=DB["user"], password=DB["kennwort"])',
          why: 'keyword arguments reading a dictionary',
        },
        {
          text: '  ctx = init(service, user=user, domain=domain, password=password)',
          why: 'keyword arguments passing variables',
        },
        {
          text: 'curl -X POST http://localhost:8000/login -d "username=kevin&password=welcome1"',
          why: 'a dummy password',
        },
        { text: 'Server=db01;Database=erp;User Id=app;Password=changeit;', why: 'a well-known default' },
        {
          text: 'conn = psycopg2.connect(f"host={host} dbname={db} user={user} password={password}")',
          why: 'format fields filled in at run time',
        },
      ],
    },
  },
  {
    id: 'bearer-token',
    title: 'Hard-coded bearer token in an Authorization header',
    provider: 'HTTP authorization',
    keywords: ['bearer '],
    pattern: /\b[Bb]earer\s(?<secret>[A-Za-z0-9._~+/-]{16,1024}={0,2})(?![A-Za-z0-9._~+/=-])/,
    confidence: 'medium',
    envVar: 'API_TOKEN',
    docs: 'https://datatracker.ietf.org/doc/html/rfc6750#section-5',
    risk: 'Anyone who holds a bearer token can call the API as its owner until it expires or is revoked.',
    // The shared judge: random enough for a token (a 32-hex token is; `Bearer tokens are...` is not), not a placeholder.
    validate: (secret, match, context) =>
      classCount(secret) >= 2 &&
      // `Bearer authorization_uri="..."`: a WWW-Authenticate challenge's parameter, not a token.
      !/^[A-Za-z_]{1,40}=$/.test(secret) &&
      judgeCandidate({
        name: 'token',
        value: secret,
        quoted: true,
        context,
        nameStart: context.matchIndex,
        valueEnd: context.matchIndex + match.length,
        kind: 'secret',
        form: 'a bearer token',
      }),
    examples: {
      positives: (fake) => [
        `Authorization: Bearer ${fake.alnum(40)}`,
        `curl -H "Authorization: Bearer ${fake.base64url(48)}" https://api.internal/v1/items`,
        `proxyReq.setHeader('Authorization', 'Bearer ${fake.alnum(20)}');`,
        `RequestHeader set Authorization "Bearer ${fake.hex(32)}"`,
      ],
      negatives: [
        { text: 'Authorization: Bearer ${TOKEN}', why: 'variable reference' },
        { text: 'headers: { Authorization: `Bearer ${accessToken}` }', why: 'interpolated variable' },
        { text: 'Authorization: Bearer <your-token-here>', why: 'placeholder' },
        { text: 'Send the bearer authentication-header with each call', why: 'prose' },
        {
          text: 'WWW-Authenticate: Bearer authorization_uri="https://login.internal/authorize", error="insufficient_claims"',
          why: "a challenge's parameter",
          path: 'dist/challenge.js.map',
        },
      ],
    },
  },
  {
    id: 'generic-secret-assignment',
    title: 'Secret-named setting assigned a literal (judged by name, value, context and file kind)',
    provider: 'Generic',
    keywords: [...GENERIC_KEYWORDS, ...PASS_KEYWORDS, ...PW_KEYWORDS],
    pattern: ASSIGNMENT,
    startsAtKeyword: true,
    keywordGate: assignmentFollows,
    confidence: 'medium',
    envVar: 'API_KEY',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    risk: 'A credential written into source is readable by everyone with the code, its history, its build output and any AI assistant that reads the file.',
    validate: judgeAssignment,
    examples: {
      embed: false,
      positives: (fake) => [
        `const apiKey = "${fake.alnum(32)}";`, // TypeScript / JavaScript
        `client_secret = '${fake.alnum(24)}'`, // Python
        `dbPassword := "${fake.alnum(12)}#${fake.digits(2)}"`, // Go
        `private static final String SIGNING_KEY = "${fake.base64(32)}";`, // Java
        `char pass[] = "${fake.alnum(12)}";`, // C array (an Arduino sketch's Wi-Fi password)
        `static const char mqtt_password[32] = "${fake.alnum(14)}";`, // sized C array
        `API_TOKEN=${fake.alnum(40)}`, // .env
        `export SERVICE_TOKEN="${fake.alnum(30)}"`, // shell
        `  password: ${fake.alnum(10)}!${fake.digits(3)}`, // YAML
        `  "accessKey": "${fake.alnum(28)}",`, // JSON
        `db.password=${fake.alnum(14)}`, // properties
        `api_key = "${fake.alnum(36)}"`, // TOML / Terraform / Ruby
        `  master_password = "${fake.alnum(16)}"`, // Terraform
        // OAuth access and session tokens run to hundreds of characters.
        `refresh_token = "${fake.base64url(380)}"`,
        `OAUTH_ACCESS_TOKEN=${fake.base64url(390)}`,
        // A Rails-style encrypted value, parts joined by `--` after their padding (a Nexus Mods API key).
        `NEXUS_API_KEY = "${fake.alnum(86)}==--${fake.alnum(22)}==--${fake.alnum(22)}=="`,
        // Paddle Classic's vendor auth code, as PHP config, JS and YAML write it.
        `    'vendor_auth_code' => '${fake.hex(50)}',`,
        `  vendorAuthCode: "${fake.hex(50)}",`,
        `vendor-auth-code: ${fake.hex(50)}`,
        `<add key="SmtpPassword" value="${fake.alnum(16)}" />`, // .NET appSettings
        `$config['encryption_key'] = '${fake.base64(32)}';`, // PHP
        `:api_key => "${fake.alnum(32)}",`, // Ruby hash rocket
        `val authKey = "${fake.alnum(26)}"`, // Kotlin
        `PGPASSWD=${fake.alnum(12)}9`, // shell
        `"smtp_pwd": "${fake.alnum(14)}7",`, // JSON
        `gpg_passphrase: ${fake.alnum(20)}`, // YAML
        `"x-api-key": "${fake.alnum(32)}"`, // HTTP header in code
        `spring.datasource.credentials.value=${fake.alnum(20)}`, // properties
        `let signingKey = '${fake.base64(44)}'`, // Swift / JS
        `const ENCRYPTION_KEY = "${fake.hex(64)}";`, // hex key
        `MASTER_KEY=${fake.base64(32)}`, // .env
        `service.privateKey = "${fake.base64(48)}";`, // C#
        `"authKey": "${fake.alnum(24)}"`, // JSON
        `ACCESS_KEY=${fake.upperAlnum(20)}`, // .env
        `api.key=${fake.alnum(30)}`, // properties
        `  access-key: ${fake.alnum(24)}`, // YAML
        `  <add key="StorageAccountKey" value="${fake.base64(64)}" />`, // .NET appSettings
        `SUBSCRIPTION_KEY = "${fake.hex(32)}"`, // an API gateway's subscription key
        `AES_KEY = "${fake.base64(32)}"`, // a symmetric key
        `  deploy_key: ${fake.alnum(40)}`, // a deploy key in CI settings
        `  "apiKey": "${fake.uuid()}",`, // services that issue UUID keys
        `supabaseServiceKey: "${fake.alnum(40)}",`, // a backend service key
        // Passwords are judged by their name: weak ones are still findings.
        `  password: Summer${fake.digits(4)}!`, // YAML, a weak but real password
        `db.password=${fake.lower(6)}${fake.digits(3)}`, // .properties, low entropy
        `  "pass": "${fake.alnum(10)}",`, // FTP/SFTP client JSON
        `      - DB_PASSWORD=${fake.alnum(12)}`, // docker-compose environment list
        `      POSTGRES_PASSWORD: ${fake.alnum(12)}`, // docker-compose environment map
        `  password: ${Buffer.from(`${fake.alnum(10)}!`).toString('base64')}`, // Kubernetes Secret data (base64)
        `  secret_key_base: ${fake.hex(128)}`, // Rails secrets.yml
        `Password=${fake.upperHex(40)}`, // WinSCP.ini session
        `DB_PASS=${fake.alnum(9)}3`, // .env
        `PASS_DB: ${fake.alnum(9)}3`, // YAML
        `pass.db=${fake.alnum(9)}3`, // .properties
        `ftp-pass-word = '${fake.alnum(9)}3'`, // TOML
        `"pass": "${fake.alnum(9)}3"`, // JSON
        `bind_pw = ${fake.alnum(9)}3`, // sssd.conf / LDAP client config
        `  "smtpPw": "${fake.alnum(9)}3",`, // JSON
        `ADMIN_PW: ${fake.alnum(9)}3`, // YAML
        `SMTP_PW=${fake.alnum(9)}3`, // .env
        `{'ftp_pw': '${fake.alnum(9)}3'}`, // Python dict
        `  PW = '${fake.alnum(9)}3'`, // Python
        `pw"] = "${fake.alnum(9)}3"`, // PHP array
        `  password       = "${fake.alnum(9)}3"`, // Terraform, aligned
        `{'pass': '${fake.alnum(9)}3'}`, // Python dict
        `pass: ${fake.alnum(9)}3`, // YAML
        `pass = "${fake.alnum(9)}3"`, // code
        `<ftp_pass>${fake.alnum(9)}3</ftp_pass>`, // XML element
        `<bind_pw>${fake.alnum(9)}3</bind_pw>`, // XML element
        `bind_pw : ${fake.alnum(9)}3`, // a blank before the operator
        `bind_pw\t= ${fake.alnum(9)}3`, // a tab before the operator
        `db_pass\t: ${fake.alnum(9)}3`, // a tab before the operator
        `$cfg[pass] = "${fake.alnum(9)}3";`, // a bare key in brackets
        `$cfg[bind_pw] = "${fake.alnum(9)}3";`,
        `VPN_IPSEC_PSK=${fake.alnum(14)}`, // an IPsec VPN server's pre-shared key
        `$dbPassword = "${fake.alnum(6)}-${fake.alnum(6)}"`, // quoted in PowerShell: a literal, dash or not
        `  preshared_key: "${fake.alnum(12)}3"`,
        `<psk>${fake.alnum(12)}3</psk>`,
        // One assignment per keyword spelling, so each stays reachable through the prefilter.
        ...GENERIC_KEYWORDS.map((kw) => `${kw} = "${fake.alnum(20)}7"`),
      ],
      negatives: [
        {
          text: (fake) => `GARMIN_CONSUMER_KEY=${fake.uuid()}`,
          why: 'an OAuth 1.0a consumer key issued as a UUID: the client id every signed request carries in clear',
        },
        { text: 'psk_identity = "gateway-client-17"', why: 'a TLS-PSK identity: the name of the key, not the key' },
        { text: 'static const char *tls_psk = "ECDHE-PSK-CHACHA20-POLY1305";', why: "a PSK cipher suite's name" },
        {
          text: (fake) => `Purchases.configure(withAPIKey: "appl_${fake.alnum(27)}")`,
          why: 'a RevenueCat public SDK key (its secret keys start sk_)',
        },
        {
          text: (fake) => `      iosApiKey: 'ios_sdk-${fake.hex(40)}',`,
          why: "Intercom's iOS SDK key, shipped in the app",
        },
        {
          text: (fake) => `Mixpanel.initialize(token: "${fake.hex(32)}", trackAutomaticEvents: false)`,
          why: "Mixpanel's project token, public by design",
        },
        {
          text: (fake) => `  encryptedData:\n    password: Ag${fake.base64(300)}`,
          path: 'k8s/sealed-secret.yaml',
          why: 'a blob this long under a password is encrypted (a SealedSecret), not a password',
        },
        {
          text: (fake) => `EXAMPLES = r'''\n- community.general.datadog_monitor:\n    api_key: "${fake.hex(32)}"\n'''`,
          path: 'ansible_collections/community/general/plugins/modules/datadog_monitor.py',
          why: "an Ansible module's EXAMPLES block (../judge/docBlocks): a task showing where the key goes",
        },
        {
          text: 'loader = get_loader(token_filename="not_exists_file_1123")',
          why: 'a file name',
          path: 'config/loader.py',
        },
        { text: '    "ai-secret-guard": "dist/cli.js"', why: 'a relative file path (package.json "bin")' },
        {
          text: '<li><a class="reference internal" href="#administering-protecting-the-private-key">Administering/protecting keys</a></li>',
          why: "a link's fragment names an anchor",
          path: 'site/admin-guide/module-signing.html',
        },

        { text: "SESSION_KEY = '_auth_user_id'", why: 'the name of a private session entry', path: 'auth/__init__.py' },
        { text: "$this->sessionKey = '_security_'.$contextKey;", why: 'a key-name prefix', path: 'src/Firewall.php' },
        {
          text: "private $password_default_salt = 'phpseclib/salt';",
          why: 'words joined by a slash',
          path: 'src/Key.php',
        },
        { text: "  $pass = '-anonymous@'", why: "anonymous FTP's conventional password", path: 'lib/Net/FTP.pm' },
        {
          text: 'def login(self, username="anonymous", password="guest@ftp.internal.net"):',
          why: "anonymous FTP's password: an e-mail address",
          path: 'proto/ftp.py',
        },
        { text: 'C<$username> and C<$password> arguments are passed on', why: 'Perl POD prose', path: 'lib/DBI.pm' },
        { text: 'the C<password> argument is used as the', why: 'Perl POD prose', path: 'lib/DBI.pod' },
        { text: 'Open the C<password> parameters.', why: 'a word ending a sentence', path: 'docs/conf.cfg' },
        {
          text: "  //$clientSecret = 'RANDOMCHARS-----lGyjPcRtvP';",
          why: 'a placeholder word in a comment',
          path: 'get.php',
        },
        {
          text: 'private static final String SECRET_KEY_ALGORITHM = "HmacSHA256";',
          why: 'the algorithm the key is for, not the key',
        },
        {
          text: '  "ChangeToken": "abcd12f2-46da-4fdb-b8d5-fbd4c466928f",',
          why: 'a UUID token: a change or request token',
        },
        { text: 'const apiKey = "123e4567-e89b-12d3-a456-426614174000";', why: "the specification's example UUID" },
        { text: '$password = Read-Host -Prompt "Password" -AsSecureString', why: 'a PowerShell command reads it' },
        { text: 'const STORAGE_ACCOUNT_KEY_NAME = "AccountKey";', why: 'a name, not the key' },
        { text: '  serviceKey: "billing-service",', why: 'an identifier in words' },
        { text: "const SESSION_KEY = 'user_session';", why: 'the name of a storage slot' },
        { text: 'cookieKey: "remember_me_v2",', why: 'a cookie name, not a key' },
        { text: '$token = Invoke-RestMethod -Uri $tokenUrl -Method Post', why: 'a PowerShell command returns it' },
        { text: '$pw = ConvertTo-SecureString $plain -AsPlainText -Force', why: 'a PowerShell command, not a literal' },
        {
          text: '$maskedPassword = Mask-Argument $password',
          path: 'scripts/deploy.ps1',
          why: "a script's own function (no approved verb), called: PowerShell runs a bareword after = as a command",
        },
        { text: 'const apiKey = process.env.API_KEY;', why: 'environment reference' },
        { text: 'api_key = os.environ["API_KEY"]', why: 'environment reference' },
        { text: 'password: ${{ secrets.DB_PASSWORD }}', why: 'GitHub Actions secret reference' },
        { text: 'token: {{ .Values.token }}', why: 'Helm template' },
        { text: 'API_KEY=your-api-key-here', why: 'placeholder' },
        { text: 'SECRET_KEY=changeme', why: 'placeholder' },
        { text: 'password = "xxxxxxxxxxxx"', why: 'repeated characters' },
        { text: 'token = "abcdefghijklmnop"', why: 'sequential characters' },
        { text: 'const token = await getToken(client);', why: 'a function call, not a literal' },
        { text: 'const secret = config.auth.secret;', why: 'member access' },
        { text: '        const password = match.groups?.password;', why: 'optional-chaining member access' },
        {
          text: 'exports.isBase64UserPassword = isBase64UserPassword;',
          why: 'an identifier naming a secret, not a literal',
        },
        { text: '  "Unexpected_token_1012": "Neočekávaný token",', why: 'translated message text (i18n)' },
        { text: 'session_token_id = "0b6e3c8e-5f4a-4c2b-9d7e-2a1f3b4c5d6e"', why: 'UUID identifier' },
        {
          text: 'token_hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"',
          why: 'a hash, not a secret',
        },
        {
          text: '"integrity": "sha512-Jd0PXCQTGzX7e0ywnhwNOxb5ER+3b0Qx4hRRlXq1SrQM4kSwuXKdPcVaLbTDoXyMIBSXSXyxOpoKGTUiydKJYw=="',
          why: 'lockfile integrity (SRI)',
        },
        { text: 'password_reset_url = "https://accounts.internal/reset"', why: 'a URL setting' },
        { text: '"passwordHint": "Enter the password you chose at sign-up"', why: 'UI text' },
        { text: '"token_expired": "Your session has expired, please sign in again"', why: 'i18n message' },
        { text: 'password: string;', why: 'a type annotation' },
        { text: 'if (password === confirmPassword) {', why: 'a comparison' },
        { text: 'TOKEN_ENDPOINT=https://login.internal/oauth2/token', why: 'an endpoint' },
        { text: 'const PASSWORD_FIELD = "user-password-input";', why: 'a form field name' },
        { text: 'secret_name = "prod/payments/stripe"', why: 'a secret-manager path, not a value' },
        { text: 'api_key = "{{ api_key }}"', why: 'template' },
        { text: '<password>${DB_PASSWORD}</password>', why: 'XML with variable reference' },
        { text: 'e.token=t.token,n.secret=r.secret,o.password=i.password;', why: 'minified member copies' },
        {
          text: 'stripe_publishable_key = "pk_live_51H8sdfKJHsd8f7sdfLKJ"',
          why: 'publishable keys are public by design',
        },
        { text: 'TOKEN=ghp_${GH_SUFFIX}', why: 'interpolated' },
        {
          text: "  { scope: 'keyword.operator', token: 'keyword.operator.arithmetic' },",
          why: 'a TextMate/theme token scope name',
        },
        {
          text: 'const exclamationToken = !questionToken && parseOptionalToken(SyntaxKind.ExclamationToken);',
          why: 'an expression (a parser token)',
        },
        { text: 'const TOKEN_FORMAT = "Bearer %s";', why: 'a format template' },
        { text: 'password_prompt = "{username}@{host}"', why: 'a format template' },
        { text: 'const TOKEN_ENV_NAME = "GITHUB_TOKEN";', why: 'a constant holding a key name' },
        { text: 'var password: String = null', why: 'a typed declaration' },
        { text: '  clientToken: String64;', why: 'a type annotation (.d.ts)' },
        { text: '  cancelToken: defaultToConfig2,', why: 'an object property holding a variable' },
        { text: '[token]: https://docs.internal/tokens', why: 'a Markdown link reference' },
        { text: '  "password_label": "Passwort",', why: 'a UI translation string' },
        { text: "API_SECRET = 'MySecretKey12345'", why: 'a documentation example' },
        { text: 'api_key = "A1B2C3D4E5F6G7H8"', why: 'a documentation example' },
        { text: 'password = "password123"', why: 'a dummy password with digits' },
        { text: '"Password": "SomeKindOfPassword123!@#"', why: 'a documentation example naming itself' },
        { text: 'API_KEY = "YOUR_API_KEY"', why: 'an upper-case placeholder constant' },
        { text: 'SECRET_KEY=SECRET_KEY_VALUE', why: 'an upper-case placeholder constant' },
        { text: '  "input_token": "ContinuationToken",', why: 'a pagination setting naming a field' },
        { text: (fake) => `  "NextToken": "${fake.base64(40)}",`, why: 'a pagination cursor' },
        {
          text: '"SecretId": "arn:aws:secretsmanager:us-west-2:123456789012:secret:MySecret1-a1b2c3"',
          why: 'a secret ARN',
        },
        { text: 'const MODULE_REFERENCE_TOKEN = "__WEBPACK_MODULE_REFERENCE__";', why: 'a marker constant' },
        {
          text: () => `  password: ${Buffer.from('password').toString('base64')}`,
          why: 'Kubernetes Secret data decoding to a placeholder',
        },
        { text: 'const lastSignificantToken = "?InterpolationInJSX";', why: 'a parser token' },
        { text: '  password: ********', why: 'masked' },
        { text: 'DB_PASSWORD=<password>', why: 'placeholder' },
        { text: 'password = your_password', why: 'placeholder' },
        { text: '  "bypass": "cache-first-123",', why: 'not a password name' },
      ],
    },
  },
  {
    id: 'punctuated-secret-assignment',
    title: 'Secret-named setting holding a generated key with punctuation (Synapse, Sentry, Django-style keys)',
    provider: 'Generic',
    keywords: ['secret', 'salt'],
    pattern: PUNCTUATED_ASSIGNMENT,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'SECRET_KEY',
    docs: 'https://element-hq.github.io/synapse/latest/usage/configuration/config_documentation.html#registration_shared_secret',
    risk: 'Signs sessions, cookies or registration requests: anyone who reads it can forge them.',
    validate: (secret, match, context) => isGeneratedPunctuated(secret) && judgeAssignment(secret, match, context),
    examples: {
      embed: false,
      positives: (fake) => [
        `registration_shared_secret: "${punctuated(fake)}"`, // Synapse homeserver.yaml
        `macaroon_secret_key: "${punctuated(fake)}"`,
        `system.secret-key: '${punctuated(fake)}'`, // Sentry self-hosted config.yml
        `  'app_salt' => '${punctuated(fake)}',`, // PHP array
      ],
      negatives: [
        { text: `form_secret: "${'{{ SYNAPSE_FORM_SECRET }}'}"`, why: 'a template' },
        {
          text: `secret_message: "It's a secret, don't tell: a=1, b=2 (c) #3 @4 &5 *6"`,
          why: 'prose, not a generated key',
        },
        { text: `secret_path: "/var/lib/app/secrets/2024-01-01T00:00:00Z_backup.tar.gz#v=1&x=(2)"`, why: 'a path' },
        {
          text: `secret_source: "https://Vault.Corp.Local:8200/v1/kv/data/App9?version=2&fields=(a,b)"`,
          why: 'a URL where the secret is kept',
        },
        {
          text: '&FreeRADIUS-Client-Secret = "%{ldap:ldap:///OU=Radius,DC=ACME,DC=COM?ou?sub?cn=%{Packet-Src-IP-Address}}"',
          why: 'an expansion that looks the secret up',
        },
      ],
    },
  },
];
