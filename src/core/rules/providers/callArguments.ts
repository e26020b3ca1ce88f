// Credentials written as call arguments rather than assignments: a setter named for the secret
// (`dataSource.setPassword("...")`, a builder's `.password("...")`, Redis `auth("...")`) and a
// secret-named key given with its value (`props.put("mail.smtp.password", "...")`,
// `os.Setenv("API_KEY", "...")`). Candidates only: the shared judge (../judge) decides on the name
// and value. Keyed on the call's shape with its literal's quote (`password("`, `put('`): code calls
// such methods all the time, with a literal rarely.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgedByNameGroup } from '../judge/judge';
import type { Rule } from '../types';

const DOCS = 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html';

/** A quoted literal ending the argument list, followed by another argument or converted (`.toCharArray()`): the secret. */
const LITERAL_ARG = String.raw`["'](?<secret>[^"'\n\\]{1,200})["']\s{0,4}[,).]`;

/** Credential words a setter's name ends with (`key` after any qualifier: `setApiKey`, `set_private_key`). */
const SETTER_WORDS = ['password', 'passwd', 'passphrase', 'pwd', 'secret', 'token', 'key', 'credential', 'credentials'];
/**
 * The word, `(` and the literal's quote: code calls such methods all the time (`getToken(scope)`),
 * with a literal almost never, so the keyword itself leaves those calls out.
 */
const SETTER_KEYWORDS = SETTER_WORDS.flatMap((w) => [`${w}("`, `${w}('`]);
/** The same words in the pattern. */
const SETTER_WORD = String.raw`(?:password|passwd|passphrase|pwd|secret|token|key|credentials?)`;

/**
 * Verbs that make a method a getter or an action on the secret (`getToken("scope")`,
 * `verifyPassword("...")`): their argument is something else.
 */
// Checked on the captured name, case-sensitively: under the pattern's `i` flag a camel hump could
// not be told from a lower-case letter, and `signingKey(`, `issuerKey(` or `checkoutToken(` would
// read as the verbs `sign`, `is` and `check`.
const NOT_A_SETTER =
  /^(?:get|fetch|load|read|request|create|generate|issue|refresh|revoke|rotate|verify|validate|check|compare|hash|encode|decode|parse|sign|find|is|has|reset|update|delete|remove|clear|mask|redact)[A-Z_]/;

/** Whether a method's name is a getter or an action on the secret (`getToken`, `GetToken`, `verify_password`). */
function isNotASetter(method: string): boolean {
  return NOT_A_SETTER.test(method.charAt(0).toLowerCase() + method.slice(1));
}

/**
 * `url.UserPassword("bob", "…")`, `setUsernamePassword("bob", …)`: a setter taking the user and then
 * the password; the literal the pattern reads, followed by another argument, is the user's name.
 */
function isUserArgument(method: string, match: string): boolean {
  return /user|login/i.test(method) && match.endsWith(',');
}

/**
 * `.setPassword(`, `.setDbPassword(`, `.password(`, `.withApiKey(`, `.set_secret(`: the method's name,
 * then a literal. A set/with setter may open its line: a chain continued from a line ending in `.`
 * (Go, `NewClient().` then `SetPassword("...").`), or a setter of the enclosing object.
 */
const SETTER = new RegExp(
  String.raw`(?:\.|->|::|^[ \t]{1,40}(?=set|with))(?<name>(?:set|with)[A-Za-z_]{0,20}?${SETTER_WORD}|[A-Za-z_]{0,16}?${SETTER_WORD})\(${LITERAL_ARG}`,
  'i',
);

/** Calls that take a setting's name and its value; their names, `(` and a quote are the keyed-call rule's keywords. */
const KEYED_CALLS = [
  'put',
  'set',
  'setproperty',
  'setenv',
  'setdefault',
  'setenvironmentvariable',
  'set_var',
  'putstring',
  'add',
  'append',
  'setitem',
  'addheader',
  'setheader',
  'header',
  'withheader',
  // Spark's DataFrameReader/Writer `.option("password", ...)` and SparkSession.builder `.config(...)`.
  'option',
  'config',
];

/** A secret-named key and its value as the two arguments of a put/set/setenv call. */
const KEY_VALUE_CALL = new RegExp(
  String.raw`\b(?:${KEYED_CALLS.join('|')})\(["'](?<name>[\w.:-]{0,40}(?:pass|pw|secret|credential|key|salt|token)[\w.:-]{0,40})["']\s{0,4},\s{0,4}["'](?<secret>[^"'\n\\]{1,200})["']\s{0,4}[,)]`,
  'i',
);

/**
 * A password-named constant and a literal as the two arguments of a put/set call: IBM MQ's
 * `cf.setStringProperty(WMQConstants.PASSWORD, "...")`, SAP JCo's
 * `props.setProperty(DestinationDataProvider.JCO_PASSWD, "...")`, `env.put(PASSWORD, "...")`.
 */
const CONSTANT_KEY_CALL =
  /\b(?:put|set|setProperty|setStringProperty|setString)\(\s{0,4}(?<name>(?:[A-Za-z_$][\w$]{0,40}\.){0,4}[A-Z][A-Z0-9]{0,30}(?:_[A-Z0-9]{1,30}){0,6})\s{0,4},\s{0,4}"(?<secret>[^"\n\\]{1,200})"\s{0,4}[,)]/;

/** Redis `AUTH`: `jedis.auth("...")`, `client.auth("...")`, one literal argument. */
const REDIS_AUTH = /\.auth\(\s{0,4}["'](?<secret>[^"'\n\\]{1,200})["']\s{0,4}\)/;

/** A setter's name without its verb: `setDbPassword` is the setting `DbPassword`. */
const settingOf = (method: string) => method.replace(/^(?:[Ss]et|[Ww]ith)_?(?=[A-Z_])/, '');

const judgeSetter = judgedByNameGroup(SETTER, {
  form: 'literal given to a setter named for a secret',
  rename: settingOf,
  alwaysQuoted: true,
});

export const callArgumentRules: readonly Rule[] = [
  {
    id: 'secret-setter-literal',
    title: 'Secret literal given to a setter or builder named for it (setPassword, .apiKey(...))',
    provider: 'Secret sinks',
    keywords: SETTER_KEYWORDS,
    pattern: SETTER,
    confidence: 'medium',
    envVar: 'SERVICE_PASSWORD',
    docs: DOCS,
    risk: 'Whoever reads the code can use the credential the object is configured with.',
    validate: (secret, match, context) =>
      // After PHP's `->`/`::` (and Perl's `->`), only a setter: `$ua->credentials('host:80', ...)` takes other arguments first.
      !/^(?:->|::)(?!set|with)/i.test(match) &&
      !isNotASetter(SETTER.exec(match)?.groups?.['name'] ?? '') &&
      !isUserArgument(SETTER.exec(match)?.groups?.['name'] ?? '', match) &&
      judgeSetter(secret, match, context),
    examples: {
      embed: false,
      positives: (fake) => [
        `dataSource.setPassword("${fake.alnum(12)}");`, // JDBC DataSource, HikariCP
        `$options->setSecretKey("${fake.alnum(32)}");`, // PHP method call (iyzico Options)
        `MercadoPagoConfig::setAccessToken("${fake.alnum(40)}");`, // PHP static call
        `    .signingKey("${fake.hex(64)}")`, // a builder: \`sign\` then a lower-case letter is no verb
        `factory.setPassword('${fake.alnum(14)}');`, // RabbitMQ ConnectionFactory
        `session.setPassword("${fake.alnum(12)}");`, // JSch
        `RedisURI.builder().withHost(host).withPassword("${fake.alnum(16)}".toCharArray()).build();`, // Lettuce
        `OpenAIClient client = OpenAIOkHttpClient.builder().apiKey("${fake.alnum(40)}").build();`,
        `ks.load(in, "${fake.alnum(12)}".toCharArray()); cfg.setKeyStorePassword("${fake.alnum(12)}");`,
        `client.set_secret("${fake.alnum(24)}")`,
        `conf.setAccessKey("${fake.upperAlnum(20)}");`,
        `builder.credential("${fake.alnum(32)}")`,
        `client.set_api_key("${fake.alnum(32)}")`,
        `\t\tSetPassword("${fake.alnum(14)}").`, // a Go option chain continued from the line before
        // One setter per keyword spelling, so each stays reachable through the prefilter.
        ...SETTER_WORDS.flatMap((w) =>
          ['"', "'"].map((q) => `client.set_${w === 'key' ? 'api_key' : w}(${q}${fake.alnum(20)}7${q})`),
        ),
      ],
      negatives: [
        {
          text: (fake) => `Amplitude.instance().initializeApiKey("${fake.hex(32)}")`,
          why: "Amplitude's client API key, public by design",
        },
        {
          text: "$ua->credentials('www.intranet.internal:80', '', 'DOMAIN\\\\user', $pass);",
          why: "Perl LWP's credentials(): the first argument is the host, not a secret",
        },
        { text: 'dataSource.setPassword(System.getenv("DB_PASSWORD"));', why: 'read from the environment' },
        { text: 'user.setPassword(encoder.encode(rawPassword));', why: 'not a literal' },
        { text: 'form.setPasswordLabel("Password");', why: 'a label, not the password' },
        { text: 'request.setTokenType("Bearer");', why: 'the token type, not the token' },
        { text: 'user.setPassword("password123");', why: 'a dummy password' },
        { text: 'u.User = url.UserPassword("operator", pw)', why: "the user's name, before the password argument" },
        { text: 'b.password("")', why: 'empty' },
        { text: 'cache.setKey("user:1234:profile");', why: 'a cache key, not a credential' },
        { text: 'lexer.token("IDENTIFIER_START");', why: 'a parser token' },
        {
          text: "const token = await credential.getToken('https://vault.azure.net/.default');",
          why: 'a getter: its argument is a scope',
        },
        {
          text: 'if (!auth.verifyPassword("Tr0ub4dor&3x")) return;',
          why: 'an action on a password: checked, not configured',
        },
      ],
    },
  },
  {
    id: 'secret-named-call-argument',
    title: 'Secret literal given with its secret-named key (props.put, setenv, setItem, headers)',
    provider: 'Secret sinks',
    keywords: KEYED_CALLS.flatMap((c) => [`${c}("`, `${c}('`]),
    pattern: KEY_VALUE_CALL,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'API_KEY',
    docs: DOCS,
    risk: 'Whoever reads the code has the credential the setting or environment variable carries.',
    validate: judgedByNameGroup(KEY_VALUE_CALL, { form: 'value given with its secret-named key', alwaysQuoted: true }),
    examples: {
      embed: false,
      positives: (fake) => [
        `props.put("mail.smtp.password", "${fake.alnum(12)}");`, // JavaMail
        `props.setProperty("password", "${fake.alnum(12)}");`, // JDBC Properties
        `System.setProperty("javax.net.ssl.keyStorePassword", "${fake.alnum(12)}");`,
        `os.Setenv("GITHUB_TOKEN", "${fake.alnum(36)}")`, // Go
        `os.environ.setdefault("SECRET_KEY", "${fake.alnum(40)}")`, // Python
        `Environment.SetEnvironmentVariable("SMTP_PASSWORD", "${fake.alnum(14)}");`, // C#
        `localStorage.setItem("access_token", "${fake.alnum(40)}");`,
        `editor.putString("api_secret", "${fake.alnum(32)}").apply();`, // Android SharedPreferences
        `conf.set("fs.s3a.secret.key", "${fake.alnum(40)}")`, // Hadoop
        `      .option("password", "${fake.alnum(14)}")`, // Spark JDBC source
        `SparkSession.builder.config("spark.hadoop.fs.s3a.secret.key", "${fake.base64(40)}")`,
        // One call per keyword, so each stays reachable through the prefilter.
        ...KEYED_CALLS.flatMap((c) =>
          ['"', "'"].map((q) => `settings.${c}(${q}backup_password${q}, "${fake.alnum(20)}7");`),
        ),
      ],
      negatives: [
        { text: 'props.put("mail.smtp.password", password);', why: 'a variable' },
        { text: 'os.Setenv("API_KEY", os.Getenv("STAGING_API_KEY"))', why: 'read from the environment' },
        { text: 'params.put("password_min_length", "12");', why: 'a setting about the password' },
        { text: 'headers.set("X-CSRF-Token", "");', why: 'empty' },
        { text: 'map.put("token_type", "bearer");', why: 'the token type' },
        { text: 'cache.set("session_key_prefix", "sess:");', why: 'a prefix, not a key' },
        { text: 'offset("password", "x7Kq9mWz2");', why: 'not a put/set call (offset)' },
        { text: 'program.option("--api-token", "the API token to send");', why: 'a CLI flag and its help text' },
        { text: '.option("password", dbutils.secrets.get("jdbc", "password"))', why: 'read from a secret scope' },
        { text: 'spark.conf.set("spark.sql.shuffle.partitions", "400")', why: 'not a secret setting' },
      ],
    },
  },
  {
    id: 'secret-constant-call-argument',
    title: 'Password literal given with a password-named constant (setStringProperty(WMQConstants.PASSWORD, ...))',
    provider: 'Secret sinks',
    // The constant's last word, the comma and the literal's quote.
    keywords: ['password, "', 'password,"', 'passwd, "', 'passwd,"', 'pwd, "', 'pwd,"'],
    pattern: CONSTANT_KEY_CALL,
    confidence: 'medium',
    envVar: 'SERVICE_PASSWORD',
    docs: DOCS,
    risk: 'Whoever reads the code has the password the connection or session is configured with.',
    validate: judgedByNameGroup(CONSTANT_KEY_CALL, {
      form: 'value given with its password-named constant',
      // The constant's own name (`JCO_PASSWD` of `DestinationDataProvider.JCO_PASSWD`) is the setting.
      rename: (name) => name.slice(name.lastIndexOf('.') + 1),
      alwaysQuoted: true,
    }),
    examples: {
      embed: false,
      positives: (fake) => [
        `cf.setStringProperty(WMQConstants.PASSWORD, "${fake.alnum(12)}");`, // IBM MQ classes for JMS
        `props.setProperty(DestinationDataProvider.JCO_PASSWD, "${fake.alnum(12)}");`, // SAP JCo
        `env.put(LDAP_PASSWORD, "${fake.alnum(12)}");`,
        `cfg.set(Keys.DB_PWD,"${fake.alnum(12)}")`,
        `cfg.set(Keys.SMTP_PASSWORD,"${fake.alnum(12)}")`,
        `cfg.set(Keys.FTP_PASSWD, "${fake.alnum(12)}")`,
        `env.put(Context.BIND_PASSWD,"${fake.alnum(12)}");`,
        `p.setString(SMTP_PWD, "${fake.alnum(12)}")`,
      ],
      negatives: [
        { text: 'cf.setStringProperty(WMQConstants.PASSWORD, config.getMqPassword());', why: 'read from settings' },
        { text: 'props.setProperty(DestinationDataProvider.JCO_PASSWD, "");', why: 'empty' },
        { text: 'env.put(PASSWORD, "password");', why: 'a placeholder' },
        { text: 'props.put(PASSWORD_POLICY, "strict");', why: 'a setting about passwords' },
      ],
    },
  },
  {
    id: 'redis-auth-literal',
    title: 'Password literal given to a Redis AUTH call',
    provider: 'Secret sinks',
    keywords: ['.auth('],
    pattern: REDIS_AUTH,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'REDIS_PASSWORD',
    docs: DOCS,
    risk: 'Anyone who reads the code can log in to the Redis server wherever it is reachable.',
    validate: judgedByNameGroup(REDIS_AUTH, {
      form: 'password given to a Redis AUTH call',
      name: 'password',
      alwaysQuoted: true,
    }),
    examples: {
      embed: false,
      positives: (fake) => [
        `jedis.auth("${fake.alnum(16)}");`, // Jedis
        `client.auth('${fake.alnum(16)}');`, // node-redis 3
      ],
      negatives: [
        { text: 'jedis.auth(System.getenv("REDIS_PASSWORD"));', why: 'read from the environment' },
        {
          text: "request.auth('tobi', process.env.API_PASSWORD)",
          why: "two arguments: a user and password pair (http-basic-auth-pair's), read from the environment",
        },
        { text: 'jedis.auth("changeme");', why: 'a dummy password' },
      ],
    },
  },
];
