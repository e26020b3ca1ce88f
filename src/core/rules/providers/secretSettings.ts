// More places a framework takes its secret, beyond ./secretSinks: options objects written over
// several lines (express-session and koa middleware, node-postgres/mysql/redis clients, as their
// READMEs lay them out), Spring's `@Value("${name:default}")` defaults and Laravel's `APP_KEY`
// (`php artisan key:generate` writes `base64:` + 32 random bytes), Spring YAML `jwt:` blocks, and
// Go's `x := os.Getenv("X")` followed by `if x == "" { x = "..." }`. Like the other sinks, a literal
// here counts whatever its strength.
import { judgeCandidate } from '../judge/judge';
import { judgeLocalWords } from '../judge/localNames';
import { nameWords } from '../judge/names';
import type { MatchContext, Rule, Verdict } from '../types';
import { isKnownDefaultSecret, QUOTED_LITERAL, sinkVerdict } from './knownDefaults';

const OWASP = 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html';

/** An options object opened on the call's line, and its `secret`/`keys` setting on a later line. */
const SESSION_BLOCK = new RegExp(
  String.raw`(?:session|cookiesession|expressjwt|jwt)\(\{[^{}\n]{0,200}\n[^{}]{0,300}?\b(?:secret|keys)\s{0,4}:\s{0,4}\[?\s{0,4}${QUOTED_LITERAL}`,
  'i',
);

/** A database or cache client's options object and its `password` setting on a later line. */
const CLIENT_BLOCK = new RegExp(
  String.raw`(?:new (?:pool|client|redis|sequelize)|createconnection|createpool|createclient)\(\{[^{}\n]{0,200}\n[^{}]{0,300}?\bpassword\s{0,4}:\s{0,4}${QUOTED_LITERAL}`,
  'i',
);

/** Names the known-default rule reads on a setting's own line (its SECRET_NAMED_LITERAL). */
const KNOWN_DEFAULT_NAME =
  /secret|passw(?:or)?d|passphrase|token|(?:api|jwt|signing|session|app|encryption|hmac|master|cookie)[_-]?key/i;

/**
 * Whether a single-line rule reports this setting on its own line: a published default in a
 * secret-named setting (known-default-secret) or a value the shared judge accepts (the generic rule).
 * The block rules report only what those leave (a weak literal), so no secret is reported twice.
 */
function reportedOnItsLine(name: string, secret: string, quoted: boolean, context: MatchContext): boolean {
  if (quoted && KNOWN_DEFAULT_NAME.test(name) && isKnownDefaultSecret(secret) && !/^[A-Z][a-z]/.test(secret))
    return true;
  return (
    judgeCandidate({ name, value: secret, quoted, context, nameStart: 0, valueEnd: context.line.length }) !== false
  );
}

/** A block rule's verdict: the setting's name is read from the match's last line. */
function leftToBlockRule(what: string) {
  return (secret: string, match: string, context: MatchContext): boolean | Verdict => {
    const setting = /([A-Za-z][\w-]{0,40})["']?\s{0,4}:\s{0,4}\[?\s{0,4}([rbu]{0,2}["'\x60])?[^\n]*$/i.exec(match);
    const name = setting?.[1] ?? '';
    if (name !== 'keys' && reportedOnItsLine(name, secret, setting?.[2] !== undefined, context)) return false;
    return sinkVerdict(what)(secret, match, context);
  };
}

/** A Spring YAML `jwt:` block and its secret on a deeper-indented line below. */
const JWT_YAML_BLOCK = new RegExp(
  String.raw`(?<![^\n])[ \t]{0,12}jwt:[ \t]{0,8}\r?\n(?:[ \t]{1,24}\S[^\n]{0,119}\n){0,4}?[ \t]{1,24}(?:secret|secret-key|secretKey|signing-key|signingKey|key)[ \t]{0,4}:[ \t]{0,4}["']?(?<secret>[^\s"'#$\{\}()]{1,200})["']?[ \t]{0,8}(?:#[^\n]{0,200})?(?![^\r\n])`,
);

/** Every line after the block's first is indented deeper than it: still inside the `jwt:` mapping. */
function insideYamlBlock(match: string): boolean {
  const [head = '', ...rest] = match.split('\n');
  const indent = /^[ \t]*/.exec(head)![0].length;
  return rest.every((l) => /^[ \t]*/.exec(l)![0].length > indent);
}

/** Go: a variable read from the environment, then given a literal when the variable was empty. */
const GO_GETENV_FALLBACK = new RegExp(
  String.raw`(?<![\w.])([A-Za-z_]\w{0,40})[ \t]{0,4}:?=[ \t]{0,4}os\.Getenv\([ \t]{0,4}"([A-Za-z0-9_]{1,90})"[ \t]{0,4}\)[ \t]{0,8}\r?\n[ \t]{0,16}if[ \t]{1,4}([A-Za-z_]\w{0,40})[ \t]{0,4}==[ \t]{0,4}""[ \t]{0,4}\{[ \t]{0,8}\r?\n[ \t]{0,24}([A-Za-z_]\w{0,40})[ \t]{0,4}=[ \t]{0,4}"(?<secret>[^"\n]{1,200})"`,
);

/** A property whose last segment names a secret in another language (`app.geheime-sleutel`, `db.senha`). */
function isLocalSecretName(name: string): boolean {
  return judgeLocalWords(nameWords(name.slice(name.lastIndexOf('.') + 1))) !== undefined;
}

/** A secret-named Spring property (`jwt.secret`, `app.signing-key`, `spring.datasource.password`). */
const SECRET_PROPERTY =
  /(?:secret|passw(?:or)?d|token|(?:jwt|signing|api|private|encryption|hmac|master)[_.-]?key)[\w-]{0,16}$/i;

export const secretSettingRules: readonly Rule[] = [
  {
    id: 'hardcoded-session-secret-block',
    title: 'Hard-coded session or JWT middleware secret (options over several lines)',
    provider: 'Secret sinks',
    // With the brace: a bare `session(` fills ordinary code (getSession(req)) and would wake the rule.
    keywords: ['session({', 'cookiesession({', 'expressjwt({', 'jwt({'],
    pattern: SESSION_BLOCK,
    multiline: { maxSpan: 400 },
    confidence: 'high',
    envVar: 'SESSION_SECRET',
    docs: OWASP,
    risk: 'Anyone who reads this secret can forge session cookies or tokens and sign in as any user.',
    skipPlaceholderFilter: true,
    validate: leftToBlockRule('the secret sessions, signed cookies or tokens are protected with'),
    examples: {
      embed: false,
      positives: (fake) => [
        `app.use(session({\n  secret: 'shh-${fake.lower(6)}',\n  resave: false,\n}));`,
        `app.use(session({\n  name: 'sid',\n  resave: false,\n  secret: "local-secret-${fake.lower(4)}",\n}));`,
        `app.use(cookieSession({\n  name: 'session',\n  keys: ['${fake.alnum(12)}'],\n}));`,
        `app.use(expressjwt({\n  secret: 'shared-${fake.lower(6)}',\n  algorithms: ['HS256'],\n}));`,
      ],
      negatives: [
        {
          text: 'app.use(session({\n  secret: process.env.SESSION_SECRET,\n  resave: false,\n}));',
          why: 'read from the environment',
        },
        {
          text: "app.use(session({\n  store: new RedisStore({ client }),\n  resave: false,\n}));\nconst label = { secret: 'Secret' };",
          why: 'the setting is outside the options object',
        },
      ],
    },
  },
  {
    id: 'hardcoded-client-password-block',
    title: 'Password literal in a database or cache client options object (over several lines)',
    provider: 'Secret sinks',
    keywords: [
      'new pool({',
      'new client({',
      'new redis({',
      'new sequelize({',
      'createconnection({',
      'createpool({',
      'createclient({',
    ],
    pattern: CLIENT_BLOCK,
    multiline: { maxSpan: 400 },
    confidence: 'medium',
    envVar: 'DATABASE_PASSWORD',
    docs: OWASP,
    risk: 'Anyone who reads the code can log in to the database or cache with this password wherever it is reachable.',
    skipPlaceholderFilter: true,
    validate: leftToBlockRule('the password a database or cache client logs in with'),
    examples: {
      embed: false,
      positives: (fake) => [
        `const pool = new Pool({\n  host: 'localhost',\n  user: 'postgres',\n  password: 'my-db-secret-${fake.lower(4)}',\n  port: 5432,\n});`,
        `const db = mysql.createConnection({\n  host: 'db',\n  user: 'root',\n  password: "secret-${fake.lower(5)}",\n});`,
        `const redis = new Redis({\n  host: 'cache',\n  password: 'cache-secret-${fake.lower(4)}',\n});`,
        `const client = new Client({\n  user: 'app',\n  password: 'app-secret-${fake.digits(3)}',\n});`,
        `const pool = mysql.createPool({\n  host: 'db',\n  password: 'pool-secret-${fake.lower(4)}',\n});`,
        `const cache = createClient({\n  url: redisUrl,\n  password: 'cache-secret-${fake.lower(4)}',\n});`,
        `const sequelize = new Sequelize({\n  dialect: 'postgres',\n  password: 'orm-secret-${fake.lower(4)}',\n});`,
      ],
      negatives: [
        {
          text: 'const pool = new Pool({\n  user: "app",\n  password: process.env.PGPASSWORD,\n});',
          why: 'read from the environment',
        },
        { text: "const pool = new Pool({\n  user: 'app',\n  password: '',\n});", why: 'empty' },
      ],
    },
  },
  {
    id: 'spring-value-default-secret',
    title: 'Hard-coded default of a secret Spring @Value property',
    provider: 'Secret sinks',
    keywords: ['@value('],
    pattern: /@Value\(\s{0,4}"\$\{(?<name>[A-Za-z0-9_.-]{1,90}):(?<secret>[^"'{}$\n]{1,200})\}"/i,
    startsAtKeyword: true,
    confidence: 'high',
    envVar: 'JWT_SECRET',
    docs: 'https://docs.spring.io/spring-framework/reference/core/beans/annotation-config/value-annotations.html',
    risk: 'Wherever the property is unset, the service signs or logs in with this literal, which ships in every build.',
    skipPlaceholderFilter: true,
    validate: (secret, match, context) => {
      const name = /\$\{([A-Za-z0-9_.-]{1,90}):/.exec(match)?.[1] ?? '';
      if (!(SECRET_PROPERTY.test(name) || isLocalSecretName(name)) || secret.trim() === '') return false;
      // One character repeated (`xxxxxxxxxx`, `**********`) masks the value: a stand-in, not a default.
      if (/^(.)\1*$/.test(secret)) return false;
      return sinkVerdict(`the default used whenever ${name} is unset`)(secret, match, context);
    },
    examples: {
      embed: false,
      positives: (fake) => [
        `    @Value("\${jwt.secret:${'keyboard cat'}}")`,
        `    @Value("\${app.jwt-signing-key:${fake.alnum(24)}}")`,
        `    @Value("\${spring.datasource.password:${fake.alnum(10)}}")`,
        `    @Value("\${app.geheime-sleutel:${fake.hex(32)}}")`, // Dutch "secret key"
        `    @Value("\${app.sekret:${fake.alnum(32)}}")`, // Polish "secret"
      ],
      negatives: [
        { text: '    @Value("${jwt.secret}")', why: 'no default' },
        { text: '    @Value("${jwt.expiration:86400}")', why: 'not a secret' },
        {
          text: '    @Value("${app.sleutel-naam:klant_nummer}")',
          why: 'a key word without a qualifier (Dutch "key name")',
        },
        { text: '    @Value("${jwt.secret:}")', why: 'empty default' },
        { text: '    @Value("${maps.api.key:xxxxxxxxxx}")', why: 'a masked stand-in' },
      ],
    },
  },
  {
    id: 'laravel-app-key',
    title: 'Laravel application key (APP_KEY)',
    provider: 'Laravel',
    keywords: ['app_key'],
    pattern: /APP_KEY\s{0,4}=\s{0,4}["']?base64:(?<secret>[A-Za-z0-9+/]{43}=)/,
    startsAtKeyword: true,
    minEntropy: 4,
    confidence: 'high',
    envVar: 'APP_KEY',
    docs: 'https://laravel.com/docs/encryption#configuration',
    risk: 'Decrypts everything the app encrypted and forges its signed cookies and URLs.',
    validate: sinkVerdict('the key Laravel encrypts and signs with'),
    examples: {
      embed: false,
      positives: (fake) => [`APP_KEY=base64:${fake.base64(43)}=`, `APP_KEY="base64:${fake.base64(43)}="`],
      negatives: [
        { text: 'APP_KEY=', why: 'empty, generated at deploy time' },
        { text: 'APP_KEY=SomeRandomString', why: "Laravel's old .env.example stand-in" },
      ],
    },
  },
  {
    id: 'hardcoded-jwt-secret-yaml-block',
    title: 'JWT secret in a Spring YAML jwt: block',
    provider: 'Secret sinks',
    keywords: ['jwt:'],
    pattern: JWT_YAML_BLOCK,
    multiline: { maxSpan: 400 },
    confidence: 'high',
    envVar: 'JWT_SECRET',
    docs: OWASP,
    risk: 'Anyone who reads the configuration can forge tokens the service accepts.',
    skipPlaceholderFilter: true,
    validate: (secret, match, context) => {
      if (!insideYamlBlock(match) || /^(?:true|false|null|\d+[smhd]?)$/i.test(secret)) return false;
      const name = /([A-Za-z-]{1,20})[ \t]{0,4}:[^:]*$/.exec(match)?.[1] ?? '';
      if (reportedOnItsLine(`jwt.${name}`, secret, false, context)) return false;
      return sinkVerdict('the JWT signing secret of a Spring-style configuration')(secret, match, context);
    },
    examples: {
      embed: false,
      path: 'src/main/resources/application.yml',
      positives: () => [
        `jwt:\n  expiration: 86400000\n  secret: ${'mySecretKey'}`,
        `app:\n  jwt:\n    secret: "${'change-me-in-production'}"`,
        `jwt:\n  signing-key: ${'supersecretkey123'}`,
      ],
      negatives: [
        { text: 'jwt:\n  secret: ${JWT_SECRET}', why: 'resolved from the environment' },
        { text: 'jwt:\n  expiration: 86400000\nserver:\n  secret: dev', why: 'outside the jwt: block' },
        { text: 'jwt:\n  enabled: true', why: 'no secret' },
      ],
    },
  },
  {
    id: 'go-getenv-empty-fallback',
    title: 'Hard-coded secret used in Go when the environment variable is empty',
    provider: 'Generic',
    keywords: ['os.getenv('],
    pattern: GO_GETENV_FALLBACK,
    multiline: { maxSpan: 400 },
    confidence: 'high',
    envVar: 'JWT_SECRET',
    docs: OWASP,
    risk: 'Wherever the variable is unset, the service runs with this literal, which ships in every clone and binary: anyone can sign, log in or decrypt with it.',
    skipPlaceholderFilter: true,
    validate: (secret, match, context) => {
      const m = GO_GETENV_FALLBACK.exec(match);
      if (!m || m[1] !== m[3] || m[1] !== m[4] || !SECRET_PROPERTY.test(m[2]!) || secret.trim() === '') return false;
      if (reportedOnItsLine(m[4]!, secret, true, context)) return false;
      return sinkVerdict(`used whenever ${m[2]!} is unset`)(secret, match, context);
    },
    examples: {
      embed: false,
      positives: (fake) => [
        `secret := os.Getenv("JWT_SECRET")\nif secret == "" {\n\tsecret = "local-signing-${fake.lower(4)}"\n}`,
        `\tkey := os.Getenv("API_KEY")\n\tif key == "" {\n\t\tkey = "${fake.alnum(24)}"\n\t}`, // \`key\` is no secret name for the single-line rules
      ],
      negatives: [
        {
          text: 'secret := os.Getenv("JWT_SECRET")\nif secret == "" {\n\tlog.Fatal("JWT_SECRET is required")\n}',
          why: 'fails fast',
        },
        { text: 'port := os.Getenv("PORT")\nif port == "" {\n\tport = "8080"\n}', why: 'not a secret' },
        {
          text: 'secret := os.Getenv("JWT_SECRET")\nif other == "" {\n\tother = "dev-secret"\n}',
          why: 'another variable',
        },
      ],
    },
  },
];
