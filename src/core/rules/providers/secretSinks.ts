// Secret sinks: the calls and settings that take a signing, encryption, session or login secret.
// A literal there is a finding whatever its entropy: a weak one is worse, not better. Call shapes
// follow each library's own documentation: jsonwebtoken, jose, PyJWT, golang-jwt, java-jwt, jjwt,
// ruby-jwt, Node crypto, Python hmac/cryptography/PyCryptodome, Go crypto/hmac, Java JCA,
// express-session, cookie-parser, cookie-session, koa, Flask, Django, Rails, Laravel, Spring.
import type { Rule } from '../types';
import { isKnownDefaultSecret, QUOTED_LITERAL, sinkVerdict } from './knownDefaults';
import { passwordLiteralFollows } from '../keywordGates';
import { lineBefore } from '../lineReach';

const OWASP = 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html';

/** A call's first argument before the key: a name, a member chain or call, an object literal, a string. */
const FIRST_ARG = String.raw`(?:[\w$.]{1,80}(?:\(\))?|\{[^{}\n]{0,200}\}|["'][^"'\n]{0,100}["'])`;

/** Where a JWT library takes the HMAC key: after the payload or token, or as the key itself. */
const JWT_SINK = new RegExp(
  String.raw`(?:jwt\.(?:sign|verify|encode|decode)\(\s{0,4}${FIRST_ARG}\s{0,4},\s{0,4}(?:key\s{0,2}=\s{0,2})?|signedstring\(\s{0,4}\[\]byte\(\s{0,4}|algorithm\.hmac(?:256|384|512)\(\s{0,4}|hmacshakeyfor\(\s{0,4}(?:decoders\.base64(?:url)?\.decode\(\s{0,4})?|setsigningkey\(\s{0,4}|signwith\(\s{0,4}signaturealgorithm\.hs(?:256|384|512)\s{0,4},\s{0,4}|createsecretkey\(\s{0,4}(?:buffer\.from\(\s{0,4})?|new textencoder\(\)\.encode\(\s{0,4})${QUOTED_LITERAL}`,
  'i',
);

/** A digest's name: what a constructor that takes the algorithm first is given before the key. */
const DIGEST_NAME = /^(?:sha-?(?:1|224|256|384|512)|sha3-(?:224|256|384|512)|md5|ripemd160|blake2[bs](?:256|512)?)$/i;

/** Where a MAC or cipher takes its key, as the libraries' quick-starts call them. */
const KEY_SINK = new RegExp(
  String.raw`(?:createhmac\(\s{0,4}["'][\w-]{2,20}["']\s{0,4},\s{0,4}(?:buffer\.from\(\s{0,4})?|create(?:de)?cipheriv\(\s{0,4}(?:["'][\w-]{2,30}["']|[\w$.]{1,40})\s{0,4},\s{0,4}(?:buffer\.from\(\s{0,4})?|hmac\.new\(\s{0,4}(?:key\s{0,2}=\s{0,2}|[\w]{1,20}\.new\s{0,4},\s{0,4}\[\]byte\(\s{0,4})?|fernet\(\s{0,4}(?:key\s{0,2}=\s{0,2})?|aes\.new\(\s{0,4}(?:key\s{0,2}=\s{0,2})?|secretkeyspec\(\s{0,4}|new (?:hmacsha(?:1|256|384|512)|symmetricsecuritykey)\(\s{0,4}encoding\.(?:utf8|ascii)\.getbytes\(\s{0,4}|\[\]byte\()${QUOTED_LITERAL}`,
  'i',
);

/** Names jose's key bytes are held in (`const secret = new TextEncoder().encode("…")`). */
const JOSE_KEY_NAME = /(?:key|secret)\w{0,20}\s{0,4}[:=]\s{0,4}$/i;

/**
 * Names a Go `[]byte("…")` key is commonly held in (`var jwtKey = []byte("…")`, `secret := …`): a
 * key named for what it signs or encrypts. Go names a map's or a store's keys so too (`revisionKey`,
 * `enableFlagKey`, `testKey`): those name a record, not a cipher.
 */
const GO_KEY_NAME =
  /(?:(?<![A-Za-z0-9_])|jwt|hmac|mac|sign(?:ing)?|secret|crypto|cipher|encrypt(?:ion)?|aes|private|priv|session|cookie|token|api|auth|master|shared)_?(?:key|secret)\s{0,4}:?=\s{0,4}$/i;

/**
 * Session, cookie and framework secrets: `${'secret_key'}`/`SECRET_KEY` (Flask, Django, FastAPI
 * tutorials), `secret_key_base` (Rails), `cookieParser("…")`, `app.keys = ["…"]` (koa),
 * `keys: ["…"]` and `secret: "…"` in a session or JWT middleware's options on the same line.
 */
const SESSION_SINK = new RegExp(
  String.raw`(?:(?<![A-Za-z0-9_])secret_key(?:_base)?(?:["']\s{0,2}\])?\s{0,4}(?::\s{0,4}(?:str|bytes|SecretStr)\s{0,4}=|=(?!=)|:(?!:))\s{0,4}|cookieparser\(\s{0,4}\[?\s{0,4}|app\.keys\s{0,4}=\s{0,4}(?:new keygrip\(\s{0,4})?\[\s{0,4}|(?:session|cookiesession|expressjwt|jwt)\(\s{0,4}\{[^{}\n]{0,200}?\b(?:secret|keys)\s{0,4}:\s{0,4}\[?\s{0,4})${QUOTED_LITERAL}`,
  'i',
);

/** `jwt.secret=…`, `app.jwtSecret: …`, `security.jwt.secret-key=…` in Spring properties or flattened YAML. */
const SPRING_JWT_PROPERTY =
  /jwt[_.-]?(?:secret|signing[_.-]?key|key)[\w-]{0,16}\s{0,4}[=:]\s{0,4}["']?(?<secret>[^\s"'#${}()]{1,200})/i;

/**
 * A literal password given to a database or cache client: a `password` option (checked to stand in
 * a client's constructor or connect call, see CLIENT_CALL), Sequelize's third argument, or JDBC's;
 * the third of Garry's Mod's MySQLOO and tmysql (host, user, password, ...) and the second of
 * Python mcrcon's `MCRcon(host, password)`, as their READMEs give them.
 */
/** A PHP argument before the password: a string (a host, a DSN) or a variable or constant. */
const PHP_ARG = String.raw`(?:["'][^"'\n]{0,200}["']|[$\w]{1,60})`;

const CLIENT_PASSWORD = new RegExp(
  String.raw`(?:passw(?:or)?d["']?\s{0,4}[:=]\s{0,4}|new sequelize\(\s{0,4}["'][^"'\n]{1,60}["']\s{0,4},\s{0,4}["'][^"'\n]{1,60}["']\s{0,4},\s{0,4}|drivermanager\.getconnection\(\s{0,4}[^,()\n]{1,200},\s{0,4}(?:["'][^"'\n]{1,60}["']|[\w.]{1,60})\s{0,4},\s{0,4}|(?:new mysqli|mysqli_connect|mysql_connect|new pdo|mysqloo\.connect|tmysql\.initialize)\(\s{0,4}${PHP_ARG}\s{0,4},\s{0,4}${PHP_ARG}\s{0,4},\s{0,4}|mcrcon\(\s{0,4}${PHP_ARG}\s{0,4},\s{0,4})${QUOTED_LITERAL}`,
  'i',
);

/** The client call a `password` option must stand in: earlier on its line, in the same statement. */
const CLIENT_CALL =
  /(?:new\s+(?:Pool|Client|Redis|Sequelize)|createConnection|createPool|createClient|(?:psycopg2?|pymysql|asyncpg|MySQLdb|pg8000|mysql\.connector)\.connect|redis\.(?:Strict)?Redis|\bRedis)\(/i;

export const secretSinkRules: readonly Rule[] = [
  {
    id: 'hardcoded-jwt-signing-key',
    title: 'Hard-coded JWT signing key',
    provider: 'Secret sinks',
    keywords: [
      'jwt.sign(',
      'jwt.verify(',
      'jwt.encode(',
      'jwt.decode(',
      'signedstring(',
      'algorithm.hmac',
      'hmacshakeyfor(',
      'setsigningkey(',
      'signwith(',
      'createsecretkey(',
      'new textencoder().encode(',
    ],
    pattern: JWT_SINK,
    startsAtKeyword: true,
    confidence: 'high',
    envVar: 'JWT_SECRET',
    docs: OWASP,
    risk: 'Anyone who reads this key can forge tokens for any user or role the application accepts.',
    skipPlaceholderFilter: true,
    validate: (secret, match, context) => {
      // jose takes the HMAC key as bytes: `const secret = new TextEncoder().encode("...")`; other bytes are not a key.
      if (/^new textencoder/i.test(match) && !JOSE_KEY_NAME.test(context.line.slice(0, context.matchIndex)))
        return false;
      return sinkVerdict('the HMAC key a JWT library signs or verifies tokens with')(secret, match, context);
    },
    examples: {
      embed: false,
      positives: (fake) => [
        `const token = jwt.sign({ id: user.id, role: user.role }, "${'secret'}", { expiresIn: "1h" });`, // jsonwebtoken
        `const decoded = jwt.verify(token, '${'your-secret-key'}');`,
        `token = jwt.encode({"user_id": user.id, "exp": expires}, "${'my_jwt_secret'}", algorithm="HS256")`, // PyJWT
        `payload = jwt.decode(token, "${fake.alnum(12)}", algorithms=["HS256"])`,
        `token = JWT.encode(payload, '${'my$ecretK3y'}', 'HS256')`, // ruby-jwt
        `tokenString, err := token.SignedString([]byte("${'supersecretkey'}"))`, // golang-jwt
        `Algorithm algorithm = Algorithm.HMAC256("${'secret'}");`, // java-jwt
        `SecretKey key = Keys.hmacShaKeyFor("${fake.alnum(32)}".getBytes(StandardCharsets.UTF_8));`, // jjwt
        `.setSigningKey("${'mySecretKey'}")`,
        `.signWith(SignatureAlgorithm.HS512, "${'jwtSecretKey'}")`,
        `const secret = createSecretKey(Buffer.from("${fake.alnum(16)}"));`, // jose (Node KeyObject)
        `const secret = new TextEncoder().encode("${fake.alnum(32)}");`, // jose (bytes)
        `const jwtKey = new TextEncoder().encode('${'your-secret-key'}');`,
      ],
      negatives: [
        {
          text: 'const token = jwt.sign(payload, process.env.JWT_SECRET!, { expiresIn: "1h" });',
          why: 'read from the environment',
        },
        { text: 'token = jwt.encode(payload, settings.SECRET_KEY, algorithm="HS256")', why: 'from configuration' },
        { text: 'const claims = jwt.decode(token, { complete: true });', why: 'decoding without a key' },
        { text: 'tokenString, err := token.SignedString(jwtKey)', why: 'a variable' },
        { text: 'const token = jwt.sign(payload, `${prefix}`);', why: 'an interpolation' },
        { text: "const bytes = new TextEncoder().encode('hello, world');", why: 'bytes that are not a key' },
      ],
    },
  },
  {
    id: 'hardcoded-crypto-key',
    title: 'Hard-coded HMAC or encryption key',
    provider: 'Secret sinks',
    keywords: [
      'createhmac(',
      'createcipheriv(',
      'createdecipheriv(',
      'hmac.new(',
      'fernet(',
      'aes.new(',
      'secretkeyspec(',
      'new hmacsha',
      'new symmetricsecuritykey(',
      '[]byte(',
    ],
    pattern: KEY_SINK,
    startsAtKeyword: true,
    confidence: 'high',
    envVar: 'SIGNING_KEY',
    docs: OWASP,
    risk: 'Anyone who reads this key can forge the signatures it makes (webhooks, cookies, links) or decrypt the data it protects.',
    skipPlaceholderFilter: true,
    validate: (secret, match, context) => {
      // A bare Go `[]byte("...")` is a key only where it is assigned to a key-named variable.
      const head = context.line.slice(0, context.matchIndex);
      if (/^\[\]byte\(/i.test(match) && !GO_KEY_NAME.test(head)) return false;
      // Under the bare name `key` a short lower-case word is a map's key (`key := []byte("foo")`).
      if (
        /^\[\]byte\(/i.test(match) &&
        /(?<![A-Za-z0-9_])key\s{0,4}:?=\s{0,4}$/i.test(head) &&
        /^[a-z]{1,12}$/.test(secret)
      )
        return false;
      // Ruby's HMAC constructors take the digest first (`Fog::HMAC.new('sha256', key)`), and a
      // literal joined to a variable (`'AWS4' + secret_key`) is a prefix, not the key.
      const after = context.line.slice(context.matchIndex + match.length);
      if (DIGEST_NAME.test(secret) || /^["'\x60]?\s{0,4}\+\s{0,4}[A-Za-z_@$]/.test(after)) return false;
      return sinkVerdict('the key a MAC or cipher is created with')(secret, match, context);
    },
    examples: {
      embed: false,
      positives: (fake) => [
        `const signature = crypto.createHmac("sha256", "${'my-hmac-key'}").update(body).digest("hex");`, // Node crypto
        `const cipher = crypto.createCipheriv("aes-256-cbc", Buffer.from("${fake.alnum(32)}"), iv);`,
        `const decipher = createDecipheriv(algorithm, "${fake.alnum(32)}", iv);`,
        `digest = hmac.new(b"${'webhook-secret'}", payload, hashlib.sha256).hexdigest()`, // Python hmac
        `f = Fernet(b"${fake.base64url(43)}=")`, // cryptography
        `cipher = AES.new(b"${'sixteen byte key'}", AES.MODE_GCM)`, // PyCryptodome
        `mac := hmac.New(sha256.New, []byte("${'secret'}"))`, // Go crypto/hmac
        `var jwtKey = []byte("${'my_secret_key'}")`, // Go tutorial idiom
        `SecretKeySpec keySpec = new SecretKeySpec("${fake.alnum(16)}".getBytes(), "AES");`, // Java JCA
        `using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes("${'signing-key'}"));`, // .NET
        `var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("${fake.alnum(32)}"));`, // ASP.NET Core JWT bearer
      ],
      negatives: [
        {
          text: 'const signature = crypto.createHmac("sha256", process.env.WEBHOOK_SECRET).update(body).digest("hex");',
          why: 'read from the environment',
        },
        { text: 'f = Fernet(Fernet.generate_key())', why: 'a generated key' },
        {
          // The stand-in through an interpolation, so this file itself holds no literal for the scanner.
          text: `const hmac = createHmac('sha256', '${'a secret'}');`,
          path: 'doc/api/crypto.md',
          why: "an API reference's stand-in that says what it is",
        },
        {
          text: 'const key = crypto.randomBytes(32); const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);',
          why: 'a generated key',
        },
        { text: 'body := []byte("hello, world")', why: 'bytes that are not a key' },
        { text: 'var deprecatedSessionTicketKey = []byte("DEPRECATED")', why: 'an upper-case marker word, not a key' },
        { text: '\tenableFlagKey = []byte("authEnabled")', why: "a store's record key", path: 'auth/store.go' },
        { text: '\ttestKey := []byte("foo")', why: "a map's key in a test", path: 'mvcc/watcher_test.go' },
        { text: '\tkey := []byte("abc")', why: "a map's key named only key", path: 'integration/v3_grpc.go' },
        {
          text: "@hmac = Fog::HMAC.new('sha256', @aws_secret_access_key)",
          why: 'the digest name, given before the key',
        },
        { text: "@hmac = OpenSSL::HMAC.new('AWS4' + secret_key, 'sha256')", why: 'a prefix joined to a variable' },
        { text: 'mac := hmac.New(sha256.New, key)', why: 'a variable' },
      ],
    },
  },
  {
    id: 'hardcoded-session-secret',
    title: 'Hard-coded session, cookie or framework secret',
    provider: 'Secret sinks',
    keywords: ['secret_key', 'cookieparser(', 'app.keys', 'session(', 'cookiesession(', 'expressjwt(', 'jwt('],
    pattern: SESSION_SINK,
    startsAtKeyword: true,
    confidence: 'high',
    envVar: 'SESSION_SECRET',
    docs: OWASP,
    risk: 'Anyone who reads this secret can forge session cookies and sign in as any user.',
    skipPlaceholderFilter: true,
    validate: sinkVerdict('the secret sessions and signed cookies are protected with'),
    examples: {
      embed: false,
      positives: (fake) => [
        `app.use(session({ secret: "${'my-session-secret'}", resave: false, saveUninitialized: true }));`, // express-session
        `app.use(cookieParser("${'cookie-signing-secret'}"));`, // cookie-parser
        `app.use(cookieSession({ name: "session", keys: ["${fake.alnum(20)}"] }));`, // cookie-session
        `app.keys = ['${'im a newer secret'}', 'i like turtle'];`, // koa
        `app.use(expressjwt({ secret: "${'shhhhhhared-secret'}", algorithms: ["HS256"] }));`, // express-jwt
        `app.use(jwt({ secret: '${'shared-secret'}' }));`, // koa-jwt
        `app.secret_key = b"${fake.alnum(16)}"`, // Flask
        `app.config["SECRET_KEY"] = "${'super secret key'}"`,
        `app.config.from_mapping(SECRET_KEY="${'dev'}", DATABASE=db_path)`,
        `SECRET_KEY = "${fake.alnum(10)}"`, // Django settings.py
        `    secret_key: str = "${'dev'}"`, // FastAPI / pydantic BaseSettings
        `config.secret_key_base = "${fake.hex(32)}"`, // Rails
        `  secret_key_base: ${fake.hex(40)}`.replace(': ', ': "') + '"',
      ],
      negatives: [
        {
          // Interpolated so the project's own scan does not read this line as a secret.
          text: `    SECRET_KEY = '${'AWSSecretKey'}'`,
          why: 'the name of a credential file field, where the secret is looked up',
        },
        {
          text: `self.provider.secret_key = '${'secret_key'}'`,
          why: 'the setting named, not its value',
          path: 'tests/test_auth.py',
        },
        {
          text: 'app.use(session({ secret: process.env.SESSION_SECRET, resave: false }));',
          why: 'read from the environment',
        },
        { text: 'SECRET_KEY = os.environ["SECRET_KEY"]', why: 'read from the environment' },
        { text: 'app.config["SECRET_KEY"] = os.urandom(24)', why: 'generated' },
        {
          text: `    throw new Error('cookieParser("secret") required for signed cookies');`,
          why: 'the call quoted in an error message',
        },
        { text: 'secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>', why: 'an ERB reference' },
        { text: 'if SECRET_KEY == "":', why: 'a comparison' },
        { text: 'app.use(cookieParser());', why: 'no secret' },
        {
          text: '      SECRET_KEY_BASE = "action_dispatch.secret_key_base"',
          why: 'the key the secret is looked up under: it spells the setting',
        },
      ],
    },
  },
  {
    id: 'hardcoded-jwt-secret-property',
    title: 'JWT secret in a Spring properties or YAML setting',
    provider: 'Secret sinks',
    keywords: ['jwt'],
    pattern: SPRING_JWT_PROPERTY,
    startsAtKeyword: true,
    confidence: 'high',
    envVar: 'JWT_SECRET',
    docs: OWASP,
    risk: 'Anyone who reads the configuration can forge tokens the service accepts.',
    skipPlaceholderFilter: true,
    validate: (secret, match, context) => {
      // Only a setting line: the name starts the line, maybe under a dotted prefix (`app.`, `security.`).
      if (!/^\s{0,12}(?:[\w-]{1,30}\.){0,4}$/.test(context.line.slice(0, context.matchIndex))) return false;
      if (/^(?:true|false|null|\d+[smhd]?)$/i.test(secret)) return false;
      // The value ends the line (or a comment follows): `jwt.secret=os.getenv(` is code.
      if (!/^["']?\s{0,4}(?:#.*)?$/.test(context.line.slice(context.matchIndex + match.length))) return false;
      // A property line ends with its value; `jwtSecret: "...",` is code, where the sink rules apply.
      // A .env file (or an UPPER_SNAKE .env-style line) is where the value belongs, not a sink.
      if (
        /^JWT_/.test(match) ||
        /[,;]\s{0,4}$/.test(context.line) ||
        (context.path !== undefined && /(?:^|\/)\.env(?:\.[^/]*)?$/.test(context.path))
      )
        return false;
      return sinkVerdict('the JWT signing secret of a Spring-style configuration')(secret, match, context);
    },
    examples: {
      embed: false,
      positives: (fake) => [
        `jwt.secret=mySecretKey`,
        `app.jwtSecret= ${fake.alnum(24)}`,
        `security.jwt.secret-key=${fake.base64(32)}`,
        `jwt.signing-key: "${'change-me-in-production'}"`,
        `jwt.secret=supersecret`,
      ],
      negatives: [
        { text: 'jwt.secret=${JWT_SECRET}', why: 'a placeholder resolved from the environment' },
        { text: 'jwt.expiration=86400000', why: 'not the secret' },
        { text: 'const token = jwt.sign(payload, secret);', why: 'code, not a setting' },
        { text: 'jwt.secret-enabled=true', why: 'a switch' },
        { text: 'JWT_SECRET=changeme', why: 'a .env line: the value belongs there' },
      ],
    },
  },
  {
    id: 'hardcoded-client-password',
    title: 'Password literal in a database or cache client constructor',
    provider: 'Secret sinks',
    keywords: [
      'password',
      'passwd',
      'new sequelize(',
      'drivermanager.getconnection(',
      'new mysqli(',
      'mysqli_connect(',
      'mysql_connect(',
      'new pdo(',
      'mysqloo.connect(',
      'tmysql.initialize(',
      'mcrcon(',
    ],
    pattern: CLIENT_PASSWORD,
    startsAtKeyword: true,
    keywordGate: passwordLiteralFollows,
    confidence: 'medium',
    envVar: 'DATABASE_PASSWORD',
    docs: OWASP,
    risk: 'Anyone who reads the code can log in to the database or cache with this password wherever it is reachable.',
    skipPlaceholderFilter: true,
    validate: (secret, match, context) => {
      if (/^passw/i.test(match)) {
        // The statement back to its `;`, within what an over-long line's window shows: reading the
        // whole line before every match would make a line of many `password:` options quadratic.
        const before = lineBefore(context);
        if (!CLIENT_CALL.test(before.slice(before.lastIndexOf(';') + 1))) return false;
      }
      return sinkVerdict('the password a database or cache client logs in with')(secret, match, context);
    },
    examples: {
      embed: false,
      positives: (fake) => [
        `const pool = new Pool({ user: "postgres", host: "localhost", "password": "${fake.alnum(12)}", port: 5432 });`, // node-postgres
        `const connection = mysql.createConnection({ host: "localhost", user: "root", password: "${'root'}", database: "app" });`, // mysql2
        `conn = psycopg2.connect(host="localhost", dbname="app", user="postgres", password="${'postgres'}")`, // psycopg2
        `conn = pymysql.connect(host="db", user="app", password="${fake.alnum(14)}", database="shop")`,
        `r = redis.Redis(host="localhost", port=6379, password="${fake.alnum(16)}")`, // redis-py
        `const redis = new Redis({ host: "cache", port: 6379, password: "${fake.alnum(16)}" });`, // ioredis
        `const sequelize = new Sequelize("app", "root", "${fake.alnum(10)}", { dialect: "mysql" });`, // Sequelize
        `Connection conn = DriverManager.getConnection(url, "sa", "${fake.alnum(12)}");`, // JDBC
        `const client = createClient({ url: redisUrl, password: "${fake.alnum(16)}" });`, // node-redis
        `const pool = mysql.createPool({ host: "db", user: "app", password: "${fake.alnum(12)}", connectionLimit: 10 });`,
        `r = redis.StrictRedis(host="localhost", password="${fake.alnum(16)}")`,
        `const client = new Client({ connectionString, password: "${fake.alnum(16)}" });`,
        `db = MySQLdb.connect(host="db", user="app", passwd="${fake.alnum(12)}", db="shop")`, // mysqlclient
        `cnx = mysql.connector.connect(user="scott", password="${fake.alnum(10)}", host="127.0.0.1")`,
        `$conn = new mysqli("localhost", "shop", "${fake.alnum(12)}", "shop");`, // PHP mysqli
        `$link = mysqli_connect($host, DB_USER, '${fake.alnum(12)}', 'app');`,
        `$db = mysql_connect("db.internal", "shop", "${fake.alnum(12)}");`, // PHP 5 mysql extension
        `$pdo = new PDO('mysql:host=db;dbname=app;charset=utf8mb4', 'app', '${fake.alnum(14)}', $options);`, // PHP PDO
        `local db = mysqloo.connect("127.0.0.1", "gmod", "${fake.alnum(12)}", "darkrp", 3306)`, // Garry's Mod MySQLOO
        `DB = tmysql.initialize("localhost", "gmod", "${fake.alnum(12)}", "darkrp", 3306)`, // Garry's Mod tmysql
        `with MCRcon("mc.internal", "${fake.alnum(12)}", port=25575) as mcr:`, // Python mcrcon
      ],
      negatives: [
        {
          text: 'const pool = new Pool({ user: "app", password: process.env.PGPASSWORD });',
          why: 'read from the environment',
        },
        { text: 'conn = psycopg2.connect(dsn=os.environ["DATABASE_URL"])', why: 'no password literal' },
        { text: 'const sequelize = new Sequelize(process.env.DATABASE_URL);', why: 'read from the environment' },
        { text: 'const pool = new Pool({ password: "" });', why: 'empty' },
        { text: 'const form = { password: "hunter22" };', why: 'not given to a client' },
        { text: '$pdo = new PDO($dsn, $user, $pass);', why: 'the password is a variable' },
        {
          text: 'local db = mysqloo.connect(cfg.host, cfg.user, cfg.pass, cfg.db, 3306)',
          why: 'read from a config table',
        },
        { text: 'with MCRcon(host, os.environ["RCON_PASSWORD"]) as mcr:', why: 'read from the environment' },
        {
          text: "$conn = new mysqli(DB_HOST, DB_USER, getenv('DB_PASSWORD'), DB_NAME);",
          why: 'read from the environment',
        },
      ],
    },
  },
];

/** Re-exported for the fixes and hooks that explain a finding. */
export { isKnownDefaultSecret };
