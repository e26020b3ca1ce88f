import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Detector } from '../../src/core/detect/detector';
import type { Finding } from '../../src/core/finding';
import { redact } from '../../src/core/redact';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';

// Every token, key and encoding below is generated at runtime from FakeTokens: nothing here is a
// credential, and no encoded form of one is committed.
const fake = new FakeTokens(2026);
const detector = new Detector(builtinRules);
const b64 = (s: string) => Buffer.from(s, 'latin1').toString('base64');
const hex = (s: string) => Buffer.from(s, 'latin1').toString('hex');
/** Every character as a %XX escape. */
const percentAll = (s: string) =>
  [...s].map((c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')).join('');

const token = fake.githubStyle('ghp_');
const plain = detector.scan(`token = "${token}"`);

function only(text: string, path?: string): Finding {
  const found = detector.scan(text, { path });
  assert.equal(found.length, 1, `one finding expected, got ${JSON.stringify(found.map((f) => f.ruleId))}`);
  return found[0]!;
}

describe('wrapped stage: encoded secrets', () => {
  it('finds a base64-encoded token at its encoded range, with the plain fingerprint and preview', () => {
    const encoded = b64(token);
    const text = `  token: ${encoded}`;
    const f = only(text);
    assert.equal(f.ruleId, plain[0]!.ruleId);
    assert.equal(f.fingerprint, plain[0]!.fingerprint, 'one baseline entry covers both forms');
    assert.equal(f.preview, redact(token));
    assert.match(f.why ?? '', /^base64-encoded GitHub/);
    assert.ok(
      text.slice(f.start, f.end).length >= encoded.length - 4 &&
        encoded.startsWith(text.slice(f.start, f.end).slice(0, 8)),
    );
    assert.ok(!f.preview.includes(encoded.slice(0, 8)));
  });

  it('finds base64 of base64 (depth 2) and says so', () => {
    const f = only(`SECRET_BLOB=${b64(b64(`GITHUB_TOKEN=${token}\n`))}`);
    assert.equal(f.fingerprint, plain[0]!.fingerprint);
    assert.match(f.why ?? '', /^base64-encoded base64-encoded GitHub/);
  });

  it('finds hex, base64url and percent-encoded base64', () => {
    assert.match(only(`value = "${hex(token)}"`).why ?? '', /^hex-encoded /);
    const url = Buffer.from(`{"k":"${token}"}??>>`).toString('base64url');
    assert.equal(only(`blob: ${url}`).fingerprint, plain[0]!.fingerprint);
    const f = only(`https://example.test/cb?state=${percentAll(b64(`${token}\n`))}`);
    assert.equal(f.fingerprint, plain[0]!.fingerprint);
    assert.match(f.why ?? '', /^percent-encoded base64-encoded GitHub/);
  });

  it('finds a base64-encoded PEM private key (a Kubernetes Secret) as a private key', () => {
    const pem = fake.pem('RSA PRIVATE KEY');
    const text = `apiVersion: v1\nkind: Secret\ndata:\n  tls.key: ${b64(pem)}\n`;
    const f = only(text);
    assert.equal(f.ruleId, 'private-key');
    assert.equal(f.fingerprint, only(pem).fingerprint);
    assert.equal(text.slice(f.start, f.start + 8), b64(pem).slice(0, 8));
  });

  it('judges a decoded view by its own PEM blocks, not by where the file has one', () => {
    // A key's body spans the file's first lines; the decoded URL below it starts at offset 0 of its
    // view, inside the file's body range, and must still be read.
    const password = fake.alnum(16);
    const line = `url=https://x.invalid/?t=%3Dpostgres://app:${password}@db.internal:5432/app`;
    const alone = detector.scan(line).map((f) => f.ruleId);
    assert.deepEqual(alone, ['url-credentials']);
    const afterKey = detector.scan(`${fake.pem('RSA PRIVATE KEY', 3)}\n${line}\n`).map((f) => f.ruleId);
    assert.deepEqual(afterKey, ['private-key', 'url-credentials']);
  });

  it('reports nothing for data URIs, hashes, fonts in bundles, plain JWTs and encoded text without a secret', () => {
    const bytes = (n: number) => String.fromCharCode(...Array.from({ length: n }, () => fake.int(256)));
    const negatives = [
      `<img src="data:image/png;base64,${b64('\x89PNG\r\n\x1a\n' + bytes(600))}">`,
      `@font-face{font-family:x;src:url(data:font/woff2;base64,${b64('wOF2' + bytes(900))}) format("woff2")}`,
      `sha256: ${hex(bytes(32))}`,
      `"integrity": "sha512-${b64(bytes(64))}"`,
      `notice: ${b64('This is a perfectly ordinary sentence, encoded for transport and nothing more.')}`,
      `hex_note = "${hex('ordinary configuration text with no credential in it')}"`,
      `url = "https://example.test/search?q=${encodeURIComponent('a+b/c=d and more text')}"`,
    ];
    for (const text of negatives) assert.deepEqual(detector.scan(text), [], text.slice(0, 40));
    const jwt = fake.jwt();
    assert.deepEqual(
      detector
        .scan(`Authorization: Bearer ${jwt}`)
        .map((f) => f.ruleId)
        .filter((id) => !/jwt|bearer|authorization/.test(id)),
      [],
      'a JWT is judged by the JWT rule alone, not decoded',
    );
  });

  it('honours a suppression marker on the encoded line', () => {
    assert.deepEqual(detector.scan(`token: ${b64(token)} # ai-secret-guard:allow`), []);
  });
});

describe('wrapped stage: escaped secrets', () => {
  it('finds a secret in a JSON-escaped string, including \\/ and \\u002b escapes, at its source range', () => {
    const aws = `${fake.alnum(10)}/${fake.alnum(14)}+${fake.alnum(14)}`;
    const json = `{"config": "{\\"aws_secret_access_key\\": \\"${aws.replace('/', '\\/').replace('+', '\\u002b')}\\"}"}`;
    const found = detector.scan(json);
    const direct = detector.scan(`aws_secret_access_key = "${aws}"`);
    assert.equal(direct.length, 1);
    assert.deepEqual(
      found.map((f) => [f.ruleId, f.fingerprint]),
      [[direct[0]!.ruleId, direct[0]!.fingerprint]],
    );
    assert.equal(json.slice(found[0]!.start, found[0]!.end), aws.replace('/', '\\/').replace('+', '\\u002b'));
  });

  it('scans Jupyter notebook cells as code and maps findings back into the .ipynb', () => {
    const notebook = {
      cells: [
        {
          cell_type: 'code',
          metadata: {},
          source: [
            'import os\n',
            `os.environ["GITHUB_TOKEN"] = "${token}"\n`,
            `client = Client(auth=("${fake.hex(32)}", "${fake.hex(32)}"))\n`,
          ],
        },
      ],
      metadata: {},
      nbformat: 4,
      nbformat_minor: 5,
    };
    const text = JSON.stringify(notebook, null, 1);
    const found = detector.scan(text, { path: 'analysis/explore.ipynb' });
    assert.deepEqual(
      found.map((f) => f.ruleId),
      [plain[0]!.ruleId, 'sdk-auth-tuple-secret'],
    );
    assert.equal(text.slice(found[0]!.start, found[0]!.end), token);
  });

  it('reads the \\040 escapes of a libedit history file (.mysql_history) as spaces', () => {
    const password = `${fake.alnum(10)}_${fake.digits(3)}`;
    const history = `_HiStOrY_V2_\nshow\\040databases;\nCREATE\\040USER\\040'app'@'%'\\040IDENTIFIED\\040BY\\040'${password}';\n`;
    const found = detector.scan(history, { path: 'root/.mysql_history' });
    assert.deepEqual(
      found.map((f) => f.ruleId),
      ['sql-user-password'],
    );
    assert.equal(history.slice(found[0]!.start, found[0]!.end), password);
    assert.deepEqual(
      detector.scan("show\\040databases;\\040SELECT\\040'a\\0401';\n"),
      [],
      'escapes alone find nothing',
    );
  });
});

describe('private keys split or buried', () => {
  const pem = fake.pem('RSA PRIVATE KEY');
  const lines = pem.split('\n');
  const pemFingerprintFree = (text: string) => detector.scan(text).map((f) => f.ruleId);

  it('finds a PEM key split over string concatenation (Java/JS +, Python adjacent literals, arrays)', () => {
    const forms = [
      'String key = ' + lines.map((l) => `"${l}\\n"`).join(' +\n    ') + ';',
      'KEY = (\n' + lines.map((l) => `    "${l}\\n"`).join('\n') + '\n)',
      `const key = "${lines[0]}" +\n  "${lines.slice(1).join('" +\n  "')}";`,
      `key = [\n  '${lines.join("',\n  '")}',\n].join('\\n')`,
    ];
    for (const text of forms) assert.deepEqual(pemFingerprintFree(text), ['private-key'], text.slice(0, 30));
  });

  it('finds PEM keys in a long one-line JSON value past the first 16 KB of the line', () => {
    const pad = fake.alnum(40_000).replace(/[0-9]/g, ' ');
    const text = JSON.stringify({ pad, key: pem, pad2: pad, key2: fake.pem('EC PRIVATE KEY'), pad3: pad });
    const found = detector.scan(text);
    assert.deepEqual(
      found.map((f) => f.ruleId),
      ['private-key', 'private-key'],
    );
    assert.ok(text.slice(found[0]!.start).startsWith('-----BEGIN RSA PRIVATE KEY-----'));
    assert.ok(text.slice(found[1]!.start).startsWith('-----BEGIN EC PRIVATE KEY-----'));
  });

  it('does not join a BEGIN marker to an END marker around code', () => {
    const text = `const header = "-----BEGIN RSA PRIVATE KEY-----";\nconst body = load(${'x'.repeat(80)});\nconst footer = "-----END RSA PRIVATE KEY-----";`;
    assert.deepEqual(detector.scan(text), []);
  });
});

describe('wrapped stage: incremental rescan', function () {
  this.timeout(60_000);
  const small = new Detector(builtinRules, { maxLineLength: 200, longLineWindow: 60 });
  const fragments = [
    b64(token),
    b64(b64(`TOKEN=${token}`)),
    hex(token),
    percentAll(b64(token + '\n')),
    b64(fake.pem('PRIVATE KEY', 2)),
    `\\"token\\": \\"${fake.githubStyle('ghp_')}\\"`,
    b64('plain words only, nothing secret in here at all'),
    'token: ',
    ' # ai-secret-guard:allow',
    '# ai-secret-guard:allow-next-line\n',
    '\n',
    '"',
    '=',
    fake.base64(30),
  ];
  const arbText = fc.array(fc.constantFrom(...fragments), { maxLength: 24 }).map((p) => p.join(''));

  it('equals a full scan after random edits of lines with encoded runs and escapes', () => {
    fc.assert(
      fc.property(
        arbText,
        fc.nat(),
        fc.nat(),
        fc.array(fc.constantFrom(...fragments), { maxLength: 3 }),
        (text, a, b, parts) => {
          const start = Math.min(a, b) % (text.length + 1);
          const oldEnd = Math.min(text.length, start + (Math.max(a, b) % 40));
          const insert = parts.join('');
          const next = text.slice(0, start) + insert + text.slice(oldEnd);
          const rescanned = small.rescan(next, small.scan(text), { start, oldEnd, newEnd: start + insert.length });
          assert.deepEqual(rescanned, small.scan(next));
        },
      ),
      { numRuns: 300, seed: 11 },
    );
  });
});
