import { type CategoryTemplates, type Draft, sec, template } from '../draft';
import type { Gen } from '../gen';

/**
 * Issue 18: secrets assistants write into scaffolded code — fallbacks of any strength for
 * secret-named variables, literals in signing/HMAC/cipher/session sinks, framework secret keys,
 * database clients with a literal password. Values are drawn at run time from common default
 * phrases, human-chosen strings and random strings.
 */
export const aiScaffolded: CategoryTemplates = {
  positives: [
    js('js-or-fallback', (v) => [
      `const JWT_SECRET = process.env.JWT_SECRET || "${v}";`,
      'export default { jwtSecret: JWT_SECRET };',
    ]),
    js('js-nullish-fallback', (v) => [
      "import session from 'express-session';",
      `const sessionSecret = process.env.SESSION_SECRET ?? '${v}';`,
      'app.use(session({ secret: sessionSecret, resave: false }));',
    ]),
    js('js-config-object-fallback', (v) => [
      'export const config = {',
      '  port: Number(process.env.PORT) || 3000,',
      `  jwtSecret: process.env.JWT_SECRET || '${v}',`,
      "  jwtExpiresIn: '7d',",
      '};',
    ]),
    js('jwt-sign-literal', (v) => [
      "import jwt from 'jsonwebtoken';",
      'export function issue(user) {',
      `  return jwt.sign({ sub: user.id, role: user.role }, "${v}", { expiresIn: "1h" });`,
      '}',
    ]),
    js('jwt-verify-literal', (v) => [
      "const jwt = require('jsonwebtoken');",
      'function authenticate(req, res, next) {',
      "  const token = req.headers.authorization?.split(' ')[1];",
      `  req.user = jwt.verify(token, '${v}');`,
      '  next();',
      '}',
    ]),
    js('create-hmac-literal', (v) => [
      "import crypto from 'node:crypto';",
      'export function sign(body: string): string {',
      `  return crypto.createHmac('sha256', '${v}').update(body).digest('hex');`,
      '}',
    ]),
    js('express-session-literal', (v) => [
      "const session = require('express-session');",
      'app.use(session({',
      `  secret: '${v}',`,
      '  resave: false,',
      '  saveUninitialized: true,',
      '}));',
    ]),
    js('cookie-parser-literal', (v) => [
      "const cookieParser = require('cookie-parser');",
      `app.use(cookieParser('${v}'));`,
    ]),
    js('koa-keys', (v) => ["const Koa = require('koa');", 'const app = new Koa();', `app.keys = ['${v}'];`]),
    js('jose-secret', (v) => [
      "import { SignJWT } from 'jose';",
      `const secret = new TextEncoder().encode('${v}');`,
      "export const sign = (sub: string) => new SignJWT({ sub }).setProtectedHeader({ alg: 'HS256' }).sign(secret);",
    ]),
    js('pg-pool-literal-password', (v) => [
      "import { Pool } from 'pg';",
      'export const pool = new Pool({',
      "  host: 'localhost',",
      "  user: 'postgres',",
      `  password: '${v}',`,
      "  database: 'app',",
      '});',
    ]),
    js('nextauth-secret', (v) => [
      'export const authOptions = {',
      '  providers: [],',
      `  secret: process.env.NEXTAUTH_SECRET || "${v}",`,
      '};',
    ]),
    py('py-getenv-default', (v) => [
      'import os',
      '',
      `SECRET_KEY = os.getenv("SECRET_KEY", "${v}")`,
      'DEBUG = os.getenv("DEBUG", "0") == "1"',
    ]),
    py('py-environ-get-default', (v) => [
      'import os',
      '',
      `JWT_SECRET = os.environ.get("JWT_SECRET", "${v}")`,
      'JWT_ALGORITHM = "HS256"',
    ]),
    py('pyjwt-encode-literal', (v) => [
      'import jwt',
      '',
      'def create_token(user_id: int) -> str:',
      `    return jwt.encode({"sub": str(user_id)}, "${v}", algorithm="HS256")`,
    ]),
    py('hmac-new-literal', (v) => [
      'import hashlib, hmac',
      '',
      'def verify(body: bytes, signature: str) -> bool:',
      `    digest = hmac.new(b"${v}", body, hashlib.sha256).hexdigest()`,
      '    return hmac.compare_digest(digest, signature)',
    ]),
    py('flask-secret-key', (v) => ['from flask import Flask', '', 'app = Flask(__name__)', `app.secret_key = "${v}"`]),
    py('flask-config-secret', (v) => [
      'from flask import Flask',
      'app = Flask(__name__)',
      `app.config["SECRET_KEY"] = "${v}"`,
      'app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///app.db"',
    ]),
    py(
      'django-secret-key',
      (v) => ['DEBUG = True', "ALLOWED_HOSTS = ['*']", `SECRET_KEY = '${v}'`],
      'mysite/settings.py',
    ),
    py(
      'fastapi-settings',
      (v) => [
        'from pydantic_settings import BaseSettings',
        '',
        'class Settings(BaseSettings):',
        `    secret_key: str = "${v}"`,
        '    access_token_expire_minutes: int = 30',
      ],
      'app/core/config.py',
    ),
    scaffold('ruby-env-fetch', 'config/initializers/jwt.rb', (v) => [`JWT_SECRET = ENV.fetch("JWT_SECRET", "${v}")`]),
    scaffold('ruby-jwt-encode', 'app/lib/json_web_token.rb', (v) => [
      'class JsonWebToken',
      '  def self.encode(payload)',
      `    JWT.encode(payload, '${v}', 'HS256')`,
      '  end',
      'end',
    ]),
    scaffold('rails-secret-key-base', 'config/environments/production.rb', (v) => [
      'Rails.application.configure do',
      `  config.secret_key_base = "${v}"`,
      'end',
    ]),
    scaffold('go-jwt-key', 'internal/auth/jwt.go', (v) => [
      'package auth',
      '',
      `var jwtKey = []byte("${v}")`,
      '',
      'func Sign(claims jwt.MapClaims) (string, error) {',
      '\treturn jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(jwtKey)',
      '}',
    ]),
    scaffold('go-hmac-new', 'internal/webhook/verify.go', (v) => [
      'func Verify(body []byte, sig string) bool {',
      `\tmac := hmac.New(sha256.New, []byte("${v}"))`,
      '\tmac.Write(body)',
      '\treturn hmac.Equal(mac.Sum(nil), []byte(sig))',
      '}',
    ]),
    scaffold('go-getenv-helper', 'cmd/api/main.go', (v) => [
      'func getEnv(key, fallback string) string {',
      '\tif v, ok := os.LookupEnv(key); ok {',
      '\t\treturn v',
      '\t}',
      '\treturn fallback',
      '}',
      '',
      `var secret = getEnv("JWT_SECRET", "${v}")`,
    ]),
    scaffold('spring-jwt-secret', 'src/main/resources/application.properties', (v) => [
      'server.port=8080',
      `jwt.secret=${v}`,
      'jwt.expiration=86400000',
    ]),
    scaffold('spring-value-default', 'src/main/java/com/acme/security/JwtUtil.java', (v) => [
      '@Component',
      'public class JwtUtil {',
      `    @Value("\${jwt.secret:${v}}")`,
      '    private String secret;',
      '}',
    ]),
    scaffold('java-secret-key-spec', 'src/main/java/com/acme/security/Signer.java', (v) => [
      `private static final SecretKeySpec KEY = new SecretKeySpec("${v}".getBytes(StandardCharsets.UTF_8), "HmacSHA256");`,
    ]),
    scaffold('java-jwt-hmac', 'src/main/java/com/acme/auth/Tokens.java', (v) => [
      'public String issue(String user) {',
      `    return JWT.create().withSubject(user).sign(Algorithm.HMAC256("${v}"));`,
      '}',
    ]),
    scaffold('csharp-symmetric-key', 'Services/TokenService.cs', (v) => [
      `var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("${v}"));`,
      'var creds = new SigningCredentials(key, SecurityAlgorithms.HmacSha256);',
    ]),
    scaffold('laravel-env-fallback', 'config/app.php', (v) => [
      'return [',
      "    'name' => env('APP_NAME', 'Laravel'),",
      `    'key' => env('APP_KEY', '${v}'),`,
      "    'cipher' => 'AES-256-CBC',",
      '];',
    ]),
    scaffold('compose-default', 'docker-compose.yml', (v) => [
      'services:',
      '  api:',
      '    build: .',
      '    environment:',
      `      JWT_SECRET: \${JWT_SECRET:-${v}}`,
      '      NODE_ENV: production',
    ]),
    scaffold('shell-default', 'scripts/start.sh', (v) => [
      '#!/usr/bin/env bash',
      `export SESSION_SECRET="\${SESSION_SECRET:-${v}}"`,
      'exec node dist/server.js',
    ]),
    template('laravel-app-key', (g) => {
      const k = 'base64:' + g.fake.base64(43) + '=';
      return {
        path: '.env',
        lines: ['APP_NAME=Laravel', 'APP_ENV=production', sec(`APP_KEY=${k}`, k), 'APP_DEBUG=false'],
      };
    }),
    template('python-fernet-literal', (g) => {
      const k = g.fake.base64url(43) + '=';
      return {
        path: 'app/crypto.py',
        lines: ['from cryptography.fernet import Fernet', '', sec(`fernet = Fernet(b"${k}")`, k)],
      };
    }),
    template('test-file-jwt-sign', (g) => {
      const v = scaffoldValue(g);
      return {
        path: 'src/__tests__/auth.test.ts',
        lines: [
          "import jwt from 'jsonwebtoken';",
          "it('accepts a valid token', () => {",
          sec(`  const token = jwt.sign({ sub: '1' }, '${v}');`, v),
          '  expect(verify(token)).toBe(true);',
          '});',
        ],
      };
    }),
  ],
  negatives: [
    neg('js-empty-fallback', 'src/config.ts', [
      "export const JWT_SECRET = process.env.JWT_SECRET || '';",
      'export const SESSION_SECRET = process.env.SESSION_SECRET ?? undefined;',
    ]),
    neg('js-fail-fast', 'src/config.ts', [
      'const secret = process.env.JWT_SECRET;',
      "if (!secret) throw new Error('JWT_SECRET is required');",
      'export const JWT_SECRET: string = secret;',
    ]),
    neg('js-requireenv', 'src/env.ts', [
      'export function requireEnv(name: string): string {',
      '  const value = process.env[name];',
      '  if (!value) throw new Error(`${name} is not set`);',
      '  return value;',
      '}',
      "export const jwtSecret = requireEnv('JWT_SECRET');",
    ]),
    neg('jwt-sign-from-env', 'src/auth.ts', [
      'return jwt.sign(payload, process.env.JWT_SECRET!, { expiresIn: "1h" });',
      "return jwt.sign(payload, privateKey, { algorithm: 'RS256' });",
      'const decoded = jwt.decode(token);',
    ]),
    neg('hmac-variable-key', 'src/webhook.ts', [
      "const digest = crypto.createHmac('sha256', webhookSecret).update(body).digest('hex');",
      "const hash = crypto.createHash('sha256').update('hello world').digest('hex');",
    ]),
    neg('session-from-env', 'src/app.js', [
      'app.use(session({ secret: process.env.SESSION_SECRET, resave: false }));',
      'app.use(cookieParser(config.cookieSecret));',
    ]),
    neg('py-no-default', 'app/config.py', [
      'import os',
      'SECRET_KEY = os.environ["SECRET_KEY"]',
      'JWT_SECRET = os.getenv("JWT_SECRET")',
      'PORT = int(os.getenv("PORT", "8000"))',
      'LOG_LEVEL = os.environ.get("LOG_LEVEL", "info")',
    ]),
    neg('py-empty-default', 'app/config.py', [
      'import os',
      'API_KEY = os.getenv("API_KEY", "")',
      'JWT_SECRET = os.environ.get("JWT_SECRET", None)',
    ]),
    neg('py-random-secret', 'app/keys.py', [
      'import secrets',
      'SECRET_KEY = secrets.token_urlsafe(50)',
      'fernet = Fernet(Fernet.generate_key())',
    ]),
    neg('non-secret-fallbacks', 'src/config.js', [
      "const API_URL = process.env.API_URL || 'http://localhost:3000';",
      "const TOKEN_TTL = process.env.TOKEN_TTL || '3600';",
      "const REDIS_URL = process.env.REDIS_URL ?? 'redis://localhost:6379';",
    ]),
    neg('ruby-fetch-no-default', 'config/initializers/jwt.rb', [
      'JWT_SECRET = ENV.fetch("JWT_SECRET")',
      'Rails.application.config.secret_key_base = Rails.application.credentials.secret_key_base',
    ]),
    neg('compose-required', 'docker-compose.yml', [
      'services:',
      '  api:',
      '    environment:',
      '      JWT_SECRET: ${JWT_SECRET' + ':?JWT_SECRET must be set}',
      '      SESSION_SECRET: ${SESSION_SECRET}',
    ]),
    neg('spring-placeholder', 'src/main/java/com/acme/security/JwtUtil.java', [
      '@Value("${jwt.secret}")',
      'private String secret;',
      '@Value("${jwt.expiration:86400000}")',
      'private long expiration;',
    ]),
    neg('key-name-constants', 'src/constants.ts', [
      "export const JWT_SECRET_ENV = 'JWT_SECRET';",
      "export const SESSION_COOKIE_NAME = 'sid';",
      "export const SECRET_HEADER = 'X-Webhook-Secret';",
    ]),
    neg('go-env-required', 'cmd/api/main.go', [
      'secret := os.Getenv("JWT_SECRET")',
      'if secret == "" {',
      '\tlog.Fatal("JWT_SECRET is required")',
      '}',
      'jwtKey := []byte(secret)',
    ]),
    neg('docs-secret-key-example', 'docs/deployment.md', [
      '## Secret key',
      '',
      'Set the key in the environment, never in `settings.py`:',
      '',
      '```python',
      `SECRET_KEY = '${'your-secret-' + 'key-here'}'  # what NOT to commit`,
      '```',
      '',
      "Generate one with `python -c 'import secrets; print(secrets.token_urlsafe(50))'`.",
    ]),
    neg('laravel-env-no-default', 'config/app.php', ["    'key' => env('APP_KEY'),", "    'cipher' => 'AES-256-CBC',"]),
  ],
};

/** Values assistants write as defaults, plus human-chosen and random strings. */
function scaffoldValue(g: Gen): string {
  switch (g.fake.int(4)) {
    case 0:
    case 1:
      return g.pick(DEFAULT_PHRASES);
    case 2:
      return (
        g.pick(['my', 'dev', 'local', 'app', 'jwt']) +
        '-' +
        g.pick(['secret', 'signing-key', 'session-secret', 'key']) +
        '-' +
        g.fake.lowerAlnum(g.between(3, 8))
      );
    default:
      return g.fake.alnum(g.between(16, 48));
  }
}

/** Default phrases, assembled from parts so this source holds no secret-looking literal. */
const DEFAULT_PHRASES = [
  ['keyboard', 'cat'].join(' '),
  ['change', 'me'].join(''),
  ['sec', 'ret'].join(''),
  ['dev', 'secret'].join('-'),
  ['super', 'secret', 'key', '123'].join(''),
  ['my', 'session', 'secret', 'change', 'me'].join('-'),
  ['your', 'secret', 'key'].join('-'),
  ['d', 'ev'].join(''),
  ['super', 'secret', 'key'].join(' '),
  ['your', 'jwt', 'secret', 'here'].join('_'),
  ['shh', 'dont', 'tell'].join(''),
  ['default', 'secret'].join('_'),
];

type Lines = (value: string) => string[];

/** Where the value goes: marked so a short value ('dev') never labels another line by accident. */
const SLOT = '\u0000value\u0000';

/** A scaffold whose single line containing the value is labelled. */
function scaffold(shape: string, path: string, lines: Lines) {
  return template(shape, (g): Draft => {
    const v = scaffoldValue(g);
    return { path, lines: lines(SLOT).map((l) => (l.includes(SLOT) ? sec(l.replace(SLOT, v), v) : l)) };
  });
}

function js(shape: string, lines: Lines) {
  return scaffold(shape, shape.startsWith('js-') ? 'src/config/index.ts' : `src/${shape}.js`, lines);
}

function py(shape: string, lines: Lines, path = 'app/main.py') {
  return scaffold(shape, path, lines);
}

function neg(shape: string, path: string, lines: string[]) {
  return template(shape, () => ({ path, lines }));
}
