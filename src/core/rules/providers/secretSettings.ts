// More places a framework takes its secret, beyond ./secretSinks: options objects written over
// several lines (express-session and koa middleware, node-postgres/mysql/redis clients, as their
// READMEs lay them out), Spring's `@Value("${name:default}")` defaults and Laravel's `APP_KEY`
// (`php artisan key:generate` writes `base64:` + 32 random bytes). Like the other sinks, a literal
// here counts whatever its strength.
import { judgeCandidate } from '../judge/judge';
import type { MatchContext, Rule, Verdict } from '../types';
import { isKnownDefaultSecret, QUOTED_LITERAL, sinkVerdict } from './knownDefaults';

const OWASP = 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html';

/** An options object opened on the call's line, and its `secret`/`keys` setting on a later line. */
const SESSION_BLOCK = new RegExp(
  String.raw`(?:session|cookiesession|expressjwt|koajwt|jwt)\(\s{0,4}\{[^{}\n]{0,200}\n[^{}]{0,300}?\b(?:secret|keys)\s{0,4}:\s{0,4}\[?\s{0,4}${QUOTED_LITERAL}`,
  'i',
);

/** A database or cache client's options object and its `password` setting on a later line. */
const CLIENT_BLOCK = new RegExp(
  String.raw`(?:new (?:pool|client|redis|sequelize)|createconnection|createpool|createclient)\(\s{0,4}\{[^{}\n]{0,200}\n[^{}]{0,300}?\bpassword\s{0,4}:\s{0,4}${QUOTED_LITERAL}`,
  'i',
);

/**
 * The setting on its own line is a secret-named assignment, which the single-line rules judge: a
 * published default (known-default-secret) or a value the shared judge accepts (the generic rule).
 * The block rules report only what those leave (a weak literal), so no secret is reported twice.
 */
function leftToBlockRule(name: 'secret' | 'password', what: string) {
  return (secret: string, match: string, context: MatchContext): boolean | Verdict => {
    const setting = /\b(secret|keys|password)\s{0,4}:\s{0,4}\[?\s{0,4}[rbu]{0,2}["'\x60][^"'\x60]*["'\x60]$/i.exec(match)?.[1]?.toLowerCase();
    if (setting !== 'keys') {
      if (isKnownDefaultSecret(secret) && !/^[A-Z][a-z]/.test(secret)) return false;
      const kind = name === 'password' ? 'password' : 'secret';
      if (judgeCandidate({ name, value: secret, quoted: true, context, nameStart: 0, valueEnd: context.line.length, kind })) return false;
    }
    return sinkVerdict(what)(secret, match, context);
  };
}

/** A secret-named Spring property (`jwt.secret`, `app.signing-key`, `spring.datasource.password`). */
const SECRET_PROPERTY = /(?:secret|passw(?:or)?d|token|(?:jwt|signing|api|private|encryption|hmac|master)[_.-]?key)[\w-]{0,16}$/i;

export const secretSettingRules: readonly Rule[] = [
  {
    id: 'hardcoded-session-secret-block',
    title: 'Hard-coded session or JWT middleware secret (options over several lines)',
    provider: 'Secret sinks',
    keywords: ['session(', 'cookiesession(', 'expressjwt(', 'jwt('],
    pattern: SESSION_BLOCK,
    multiline: { maxSpan: 400 },
    confidence: 'high',
    envVar: 'SESSION_SECRET',
    docs: OWASP,
    risk: 'Anyone who reads this secret can forge session cookies or tokens and sign in as any user.',
    skipPlaceholderFilter: true,
    validate: leftToBlockRule('secret', 'the secret sessions, signed cookies or tokens are protected with'),
    examples: {
      embed: false,
      positives: (fake) => [
        `app.use(session({\n  secret: 'shh-${fake.lower(6)}',\n  resave: false,\n}));`,
        `app.use(session({\n  name: 'sid',\n  resave: false,\n  secret: "local-secret-${fake.lower(4)}",\n}));`,
        `app.use(cookieSession({\n  name: 'session',\n  keys: ['${fake.alnum(12)}'],\n}));`,
        `app.use(expressjwt({\n  secret: 'shared-${fake.lower(6)}',\n  algorithms: ['HS256'],\n}));`,
      ],
      negatives: [
        { text: 'app.use(session({\n  secret: process.env.SESSION_SECRET,\n  resave: false,\n}));', why: 'read from the environment' },
        { text: "app.use(session({\n  store: new RedisStore({ client }),\n  resave: false,\n}));\nconst label = { secret: 'Secret' };", why: 'the setting is outside the options object' },
      ],
    },
  },
  {
    id: 'hardcoded-client-password-block',
    title: 'Password literal in a database or cache client options object (over several lines)',
    provider: 'Secret sinks',
    keywords: ['new pool(', 'new client(', 'new redis(', 'new sequelize(', 'createconnection(', 'createpool(', 'createclient('],
    pattern: CLIENT_BLOCK,
    multiline: { maxSpan: 400 },
    confidence: 'medium',
    envVar: 'DATABASE_PASSWORD',
    docs: OWASP,
    risk: 'Anyone who reads the code can log in to the database or cache with this password wherever it is reachable.',
    skipPlaceholderFilter: true,
    validate: leftToBlockRule('password', 'the password a database or cache client logs in with'),
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
        { text: 'const pool = new Pool({\n  user: "app",\n  password: process.env.PGPASSWORD,\n});', why: 'read from the environment' },
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
      if (!SECRET_PROPERTY.test(name) || secret.trim() === '') return false;
      return sinkVerdict(`the default used whenever ${name} is unset`)(secret, match, context);
    },
    examples: {
      embed: false,
      positives: (fake) => [
        `    @Value("\${jwt.secret:${'keyboard cat'}}")`,
        `    @Value("\${app.jwt-signing-key:${fake.alnum(24)}}")`,
        `    @Value("\${spring.datasource.password:${fake.alnum(10)}}")`,
      ],
      negatives: [
        { text: '    @Value("${jwt.secret}")', why: 'no default' },
        { text: '    @Value("${jwt.expiration:86400}")', why: 'not a secret' },
        { text: '    @Value("${jwt.secret:}")', why: 'empty default' },
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
];
