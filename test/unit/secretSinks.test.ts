import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { fallbackEnvName, suggestEnvName } from '../../src/core/fixes/envName';
import { judgeToolCall, type HookContext, type SecretHit } from '../../src/core/hooks/judge';
import { locateFindings } from '../../src/core/report/model';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { isKnownDefaultSecret } from '../../src/core/rules/providers/knownDefaults';
import { TempWorkspace } from '../support/tempWorkspace';
import { runCli } from '../support/runCli';

// The literals below are what framework quick-starts and code assistants write (published
// defaults, made-up weak keys); random-looking values are generated at runtime by FakeTokens.
const fake = new FakeTokens(1818);
const detector = new Detector(builtinRules);

/** The rule ids found in `text` as the file `path`, with their confidence. */
function found(text: string, path = 'src/app.ts'): string[] {
  return detector.scan(text, { path }).map((f) => `${f.ruleId}:${f.confidence}`);
}

/** Files as assistants scaffold them from quick-starts, each with the rule that must flag it. */
const SCAFFOLDS: readonly { file: string; text: string; rule: string }[] = [
  {
    file: 'src/auth.ts',
    text:
      'export const signToken = (user: User) =>\n  jwt.sign({ sub: user.id }, "' +
      'secret' +
      '", { expiresIn: "7d" });\n',
    rule: 'hardcoded-jwt-signing-key',
  },
  {
    file: 'src/middleware/auth.js',
    text: "const decoded = jwt.verify(token, '" + 'your-secret-key' + "');\n",
    rule: 'hardcoded-jwt-signing-key',
  },
  {
    file: 'app/auth.py',
    text:
      'def create_token(user):\n    return jwt.encode({"sub": user.id}, "' +
      'my_jwt_secret' +
      '", algorithm="HS256")\n',
    rule: 'hardcoded-jwt-signing-key',
  },
  {
    file: 'auth/token.go',
    text: 'func sign(t *jwt.Token) (string, error) {\n\treturn t.SignedString([]byte("' + 'supersecretkey' + '"))\n}\n',
    rule: 'hardcoded-jwt-signing-key',
  },
  {
    file: 'src/main/java/app/JwtUtil.java',
    text: 'private final Algorithm algorithm = Algorithm.HMAC256("' + 'secret' + '");\n',
    rule: 'hardcoded-jwt-signing-key',
  },
  {
    file: 'app/services/jwt_service.rb',
    text: "JWT.encode(payload, '" + 'my_secret' + "', 'HS256')\n",
    rule: 'hardcoded-jwt-signing-key',
  },
  {
    file: 'src/webhooks.ts',
    text: 'const sig = crypto.createHmac("sha256", "' + 'my-hmac-key' + '").update(raw).digest("hex");\n',
    rule: 'hardcoded-crypto-key',
  },
  { file: 'app/crypto.py', text: 'cipher = Fernet(b"' + 'my-fernet-key' + '")\n', rule: 'hardcoded-crypto-key' },
  {
    file: 'internal/sign.go',
    text: 'mac := hmac.New(sha256.New, []byte("' + 'webhook-secret' + '"))\n',
    rule: 'hardcoded-crypto-key',
  },
  {
    file: 'src/main/java/app/Crypto.java',
    text: 'SecretKeySpec spec = new SecretKeySpec("' + '1234567890123456' + '".getBytes(), "AES");\n',
    rule: 'hardcoded-crypto-key',
  },
  {
    file: 'server.js',
    text: "app.use(session({\n  secret: '" + 'keyboard cat' + "',\n  resave: false,\n}));\n",
    rule: 'known-default-secret',
  },
  {
    file: 'server.js',
    text: 'app.use(session({ secret: "' + 'my-app-session' + '", resave: false }));\n',
    rule: 'hardcoded-session-secret',
  },
  {
    file: 'app.py',
    text: 'app = Flask(__name__)\napp.secret_key = "' + 'dev' + '"\n',
    rule: 'hardcoded-session-secret',
  },
  {
    file: 'config.py',
    text: 'class Config:\n    SECRET_KEY = "' + 'super secret key' + '"\n',
    rule: 'hardcoded-session-secret',
  },
  {
    file: 'mysite/settings.py',
    text: "SECRET_KEY = '" + 'django-insecure-abc123' + "'\n",
    rule: 'hardcoded-session-secret',
  },
  {
    file: 'src/main/resources/application.properties',
    text: 'app.jwtSecret=bezSecretKey\napp.jwtExpirationMs=86400000\n',
    rule: 'hardcoded-jwt-secret-property',
  },
  {
    file: 'db.js',
    text: 'const pool = new Pool({ user: "postgres", password: "' + 'postgres' + '", port: 5432 });\n',
    rule: 'hardcoded-client-password',
  },
  // Options over several lines: a weak literal the single-line rules leave is reported once.
  {
    file: 'server.js',
    text: "app.use(session({\n  resave: false,\n  secret: '" + 'local-secret-' + "x1',\n}));\n",
    rule: 'hardcoded-session-secret-block',
  },
  {
    file: 'db.js',
    text: "const pool = new Pool({\n  user: 'postgres',\n  password: '" + 'my-db-secret-' + "1',\n});\n",
    rule: 'hardcoded-client-password-block',
  },
  {
    file: 'src/main/java/JwtUtil.java',
    text: '    @Value("${jwt.secret:' + 'keyboard cat' + '}")\n    private String secret;\n',
    rule: 'spring-value-default-secret',
  },
  {
    file: 'app/core/config.py',
    text: 'class Settings(BaseSettings):\n    secret_key: str = "' + 'dev' + '"\n',
    rule: 'hardcoded-session-secret',
  },
  {
    file: 'src/main/resources/application.yml',
    text: 'jwt:\n  expiration: 86400000\n  secret: ' + 'mySecretKey' + '\n',
    rule: 'hardcoded-jwt-secret-yaml-block',
  },
  {
    file: 'internal/auth/config.go',
    text: 'secret := os.Getenv("JWT_SECRET")\nif secret == "" {\n\tsecret = "' + 'local-signing' + '"\n}\n',
    rule: 'go-getenv-empty-fallback',
  },
  {
    file: 'src/config.ts',
    text: 'export const JWT_SECRET = process.env.JWT_SECRET || "' + 'supersecretkey123' + '";\n',
    rule: 'generic-env-fallback-secret',
  },
  {
    file: 'src/config.ts',
    text: 'export const secret = process.env.JWT_SECRET ?? "' + 'changeme' + '";\n',
    rule: 'generic-env-fallback-secret',
  },
  {
    file: 'settings.py',
    text: 'JWT_SECRET = os.getenv("JWT_SECRET", "' + 'dev-secret' + '")\n',
    rule: 'generic-env-fallback-secret',
  },
  {
    file: 'config/initializers/jwt.rb',
    text: 'JWT_SECRET = ENV.fetch("JWT_SECRET", "' + 'changeme' + '")\n',
    rule: 'generic-env-fallback-secret',
  },
  {
    file: 'docker-compose.yml',
    text: 'services:\n  api:\n    environment:\n      JWT_SECRET: ${JWT_SECRET:-' + 'dev-secret' + '}\n',
    rule: 'generic-env-default-secret',
  },
  {
    file: 'src/main/resources/application.yml',
    text: 'jwt:\n  secret: ${JWT_SECRET:' + 'mySecretKey' + '}\n',
    rule: 'generic-env-default-secret',
  },
];

describe('secret sinks: what assistants scaffold', () => {
  for (const s of SCAFFOLDS) {
    it(`${s.file}: ${s.rule}`, () => {
      const ids = found(s.text, s.file).map((f) => f.split(':')[0]);
      assert.deepEqual(ids, [s.rule], JSON.stringify(found(s.text, s.file)));
    });
  }

  it('reports a literal in a sink whatever its strength: weak, default, placeholder or random', () => {
    for (const key of ['x', 'secret', 'your-secret-key', 'changeme', fake.alnum(40)]) {
      assert.deepEqual(
        found(`const t = jwt.sign(payload, "${key}");`),
        ['hardcoded-jwt-signing-key:high'],
        key.slice(0, 3),
      );
    }
  });

  it('says why in the hover, and names a published default as such', () => {
    const [weak] = detector.scan('const t = jwt.sign(payload, "' + 'q8-local' + '");');
    assert.match(weak!.why!, /HMAC key a JWT library signs/);
    const [known] = detector.scan('const t = jwt.sign(payload, "' + 'keyboard cat' + '");');
    assert.match(known!.why!, /published default/);
    const [fallback] = detector.scan('const s = process.env.JWT_SECRET || "' + 'x' + '";');
    assert.match(fallback!.why!, /whenever JWT_SECRET is unset/);
    for (const f of [weak, known, fallback])
      assert.ok(!JSON.stringify(f).includes('q8-local') && !JSON.stringify(f).includes('keyboard cat'));
  });

  it('knows the published defaults and insecure prefixes', () => {
    for (const v of ['keyboard cat', 'Your_Secret_Key', 'django-insecure-x', 'changeme', 'dev', 'supersecretkey'])
      assert.ok(isKnownDefaultSecret(v), v);
    for (const v of [fake.alnum(24), 'q8-local', 'production-east']) assert.ok(!isKnownDefaultSecret(v), v);
  });

  it('finds nothing where the key comes from the environment, a secret manager or a generator', () => {
    const clean = [
      'const token = jwt.sign(payload, process.env.JWT_SECRET!, { expiresIn: "1h" });',
      'const secret = requireEnv("JWT_SECRET");',
      'const secret = process.env.JWT_SECRET || "";',
      'const secret = process.env.JWT_SECRET ?? undefined;',
      'SECRET_KEY = os.environ["SECRET_KEY"]',
      'app.secret_key = os.urandom(32)',
      'const key = crypto.randomBytes(32); const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);',
      'secret = client.access_secret_version(name=name).payload.data',
      'token, _ := t.SignedString(signingKey)',
      'JWT_SECRET: ${JWT_SECRET:?set JWT_SECRET}',
      'jwt.secret=${JWT_SECRET}',
      'const secret = await secretsManager.getSecretValue({ SecretId: "prod/jwt" }).promise();',
    ];
    for (const text of clean) assert.deepEqual(found(text), [], text);
  });

  it('reports in test files one step lower, and in documentation as low', () => {
    const line = 'const t = jwt.sign(payload, "' + 'secret' + '");\n';
    assert.deepEqual(found(line, 'src/auth.ts'), ['hardcoded-jwt-signing-key:high']);
    assert.deepEqual(found(line, 'test/auth.test.ts'), ['hardcoded-jwt-signing-key:medium']);
    // In documentation a literal is reported low; a published default there is the example itself.
    const docLine = 'const t = jwt.sign(payload, "' + 'team-signing-' + 'k7q' + '");\n';
    assert.deepEqual(found(docLine, 'README.md'), ['hardcoded-jwt-signing-key:low']);
    assert.deepEqual(found(line, 'README.md'), []);
    // A test's own fallback counts when the value is itself a credential, not when it is a dummy.
    assert.deepEqual(
      found(`const s = process.env.JWT_SECRET || "${fake.alnum(32)}";`, 'src/__tests__/config.spec.ts'),
      ['generic-env-fallback-secret:medium'],
    );
    assert.deepEqual(found('const s = process.env.JWT_SECRET || "' + 'x' + '";', 'src/__tests__/config.spec.ts'), []);
  });

  it('takes a grant type or scope named for a password for what it is, not a default password', () => {
    // OAuth grant types, as identity libraries ship them.
    const constants =
      'const GrantType = {\n  RESOURCE_OWNER_PASSWORD_GRANT: "' +
      'password' +
      '",\n  PASSWORD_SCOPE: "' +
      'password' +
      '",\n};\n';
    assert.deepEqual(found(constants, 'src/constants.ts'), []);
    assert.deepEqual(found('  password: "' + 'password' + '"\n', 'docker-compose.yml'), ['known-default-secret:high']);
    assert.deepEqual(found('const DB_PASSWORD = "' + 'password' + '";\n', 'src/db.ts'), ['known-default-secret:high']);
  });

  it('leaves .env templates alone: a stand-in there is the convention', () => {
    assert.deepEqual(found('SESSION_SECRET="' + 'changeme' + '"\n', '.env.example'), []);
  });
});

describe('secret sinks: the variable to move a fallback to', () => {
  it('reads the variable from the fallback expression in each language', () => {
    const cases: [string, string][] = [
      ['const s = process.env.JWT_SECRET || "', 'JWT_SECRET'],
      ['const s = process.env["SESSION_SECRET"] ?? \'', 'SESSION_SECRET'],
      ['s = os.getenv("JWT_SECRET", "', 'JWT_SECRET'],
      ['s = os.environ.get("DB_PASSWORD", default="', 'DB_PASSWORD'],
      ['s = os.getenv("SECRET_KEY") or "', 'SECRET_KEY'],
      ['s = ENV.fetch("JWT_SECRET", "', 'JWT_SECRET'],
      ['String s = System.getenv().getOrDefault("SIGNING_KEY", "', 'SIGNING_KEY'],
      ['      JWT_SECRET: ${JWT_SECRET:-', 'JWT_SECRET'],
      ['jwt.secret=${JWT_SECRET:', 'JWT_SECRET'],
    ];
    for (const [prefix, name] of cases) assert.equal(fallbackEnvName(prefix), name, prefix);
    assert.equal(fallbackEnvName('const jwtSecret = "'), undefined);
  });

  it("suggests the fallback's own variable to the quick fix, even a generic one", () => {
    assert.equal(
      suggestEnvName('const s = process.env.TOKEN || "', 'API_KEY', () => false),
      'TOKEN',
    );
    assert.equal(
      suggestEnvName('jwt.sign(payload, "', 'JWT_SECRET', () => false),
      'JWT_SECRET',
    );
  });

  it('puts the name in the report and the CLI\'s "move it to" hint', async () => {
    const text = 'export const secret = process.env.AUTH_SIGNING_SECRET || "' + 'supersecretkey123' + '";\n';
    const [f] = locateFindings('src/config.ts', text, detector.scan(text));
    assert.equal(f!.envName, 'AUTH_SIGNING_SECRET');
    const ws = new TempWorkspace({ 'src/config.ts': text });
    try {
      const r = await runCli(['scan', 'src'], ws.root);
      assert.equal(r.code, 1);
      assert.match(r.stdout, /generic-env-fallback-secret · move it to AUTH_SIGNING_SECRET ·/);
      assert.ok(!r.stdout.includes('supersecretkey123'));
    } finally {
      ws.dispose();
    }
  });
});

describe('secret sinks: the agent write hook', () => {
  const ctx: HookContext = {
    relative: (p) => p.replace(/^\/p\//, ''),
    isSensitive: () => false,
    readText: () => undefined,
    findSecrets: async (text, rel) =>
      locateFindings(rel ?? '', text, detector.scan(text, rel === undefined ? undefined : { path: rel })).map(
        (f): SecretHit => {
          const rule = builtinRules.find((r) => r.id === f.ruleId)!;
          return {
            ruleId: f.ruleId,
            title: rule.title,
            confidence: f.confidence,
            preview: f.preview,
            fingerprint: f.fingerprint,
            envVar: f.envName ?? rule.envVar,
            line: f.startLine,
            ...(rule.risk ? { risk: rule.risk } : {}),
            ...(f.envName ? { fallback: true } : {}),
          };
        },
      ),
  };
  const write = (text: string) =>
    judgeToolCall(
      {
        agent: 'claude-code',
        dialect: 'claude',
        access: 'write',
        paths: ['/p/src/auth.ts'],
        writes: [{ path: '/p/src/auth.ts', text }],
      } as never,
      ctx,
    );

  it('tells an agent writing jwt.sign(p, "' + 'secret' + '") why, and to read JWT_SECRET instead', async () => {
    const verdict = await write('export const sign = (p: object) => jwt.sign(p, "' + 'secret' + '");\n');
    assert.equal(verdict.allow, false);
    const reason = verdict.allow ? '' : verdict.reason;
    assert.match(reason, /hard-code a Hard-coded JWT signing key/);
    assert.match(reason, /forge tokens/);
    assert.match(reason, /environment variable \(e\.g\. JWT_SECRET\)/);
    assert.ok(!reason.includes('"secret"'));
  });

  it('tells an agent writing a fallback to fail fast instead', async () => {
    const verdict = await write('export const secret = process.env.JWT_SECRET || "' + 'dev-secret' + '";\n');
    const reason = verdict.allow ? '' : verdict.reason;
    assert.match(reason, /Read JWT_SECRET without a fallback and fail at startup/);
    assert.match(reason, /requireEnv\("JWT_SECRET"\)/);
    assert.ok(!reason.includes('dev-secret'));
  });
});
