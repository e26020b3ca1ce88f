import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { judgeName } from '../../src/core/rules/judge/names';
import { judgeValue } from '../../src/core/rules/judge/values';

// Every credential below is generated at runtime by FakeTokens; nothing here is a committed secret.
const detector = new Detector(builtinRules);
const fake = new FakeTokens(0x11);

function findings(text: string, path?: string) {
  return detector.scan(text, path === undefined ? undefined : { path }).filter((f) => f.ruleId !== 'jwt');
}

describe('judge: name, value, context and file kind', () => {
  it('reports a weak but real password in a config file and says why', () => {
    const [f, ...rest] = findings(`DB_PASSWORD=Summer${fake.digits(4)}!\n`, 'conf/app.properties');
    assert.equal(rest.length, 0);
    assert.equal(f?.ruleId, 'generic-secret-assignment');
    assert.equal(f?.confidence, 'medium');
    assert.match(f?.why ?? '', /^value of DB_PASSWORD in a \.properties file: a password-named setting/);
  });

  it('drops weak values in documentation but keeps a strong one there at low confidence', () => {
    assert.deepEqual(findings(`password: Summer${fake.digits(4)}!\n`, 'README.md'), []);
    const strong = findings(`SECRET_KEY = '${fake.alnum(40)}'\n`, 'docs/setup.md');
    assert.equal(strong.length, 1);
    assert.equal(strong[0]!.confidence, 'low');
  });

  it('reads an unquoted value in code as a name or a type, a quoted one as a literal', () => {
    assert.deepEqual(findings(`  clientSecret: SensitiveString${fake.digits(4)};\n`, 'src/api.d.ts'), []);
    assert.deepEqual(findings(`const password = defaultPassword${fake.digits(2)};\n`, 'src/db.ts'), []);
    assert.equal(findings(`const password = "${fake.alnum(10)}!4";\n`, 'src/db.ts').length, 1);
  });

  it("reads PowerShell's environment drive as an assignment, and other colon-joined names as identifiers", () => {
    assert.equal(findings(`$env:API_KEY = "${fake.alnum(32)}"\n`, 'scripts/setup.ps1').length, 1);
    assert.equal(findings(`$Env:DB_PASSWORD = "${fake.alnum(10)}!7"\n`, 'scripts/setup.ps1').length, 1);
    assert.deepEqual(findings(`arn:aws:sm:secret = "${fake.alnum(32)}"\n`, 'conf/policy.ini'), []);
  });

  it("ends an unquoted value at a URL's next query parameter", () => {
    const token = fake.alnum(40);
    const line = `const u = "https://graph.internal/me?access_token=${token}&fields=id";\n`;
    const [f, ...rest] = findings(line, 'src/api.ts');
    assert.equal(rest.length, 0);
    assert.equal(line.slice(f!.start, f!.end), token);
  });

  it('takes a lowercase word as a password only where a password stands: its name in config, a code literal, a password form', () => {
    // A word no dummy list holds, built at runtime.
    const word = ['mar', 'malade', 'tree'].join('');
    assert.equal(findings(`mail.smtp.password = ${word}\n`, 'conf/mail.properties').length, 1);
    assert.equal(findings(`[remote]\npass = ${word}\n`, 'conf/backup.ini').length, 1);
    assert.equal(findings(`const password = "${word}";\n`, 'src/login.ts').length, 1, 'code: a literal');
    assert.deepEqual(findings(`password = ${word}\n`, 'src/login.py'), [], 'code: a variable');
    assert.equal(findings(`mysql -uroot -p${word} shop\n`, 'scripts/reset.sh').length, 1, 'a password flag');
    assert.deepEqual(findings(`mysql -uroot -p${word} shop\n`, 'README.md'), [], 'a password flag in documentation');
    assert.deepEqual(findings(`password: ${word}\n`, 'docs/setup.md'), [], 'documentation');
    assert.deepEqual(findings(`passwordEncoder = ${word}\n`, 'conf/app.properties'), [], 'not the password itself');
    for (const mode of ['interactive', 'keyring', 'changeit'])
      assert.deepEqual(findings(`password = ${mode}\n`, 'conf/client.cfg'), [], mode);
    assert.deepEqual(findings(`"m": "Fast-pass ${word} detected"\n`, 'dist/log-strings.json'), [], 'prose');
  });

  it('keeps a generated password that opens with a sigil, not a tag or a decorator', () => {
    const generated = `!${fake.alnum(6)}-${fake.digits(2)}Qz`;
    assert.ok(judgeValue(generated, false, 'password'), generated.slice(0, 2));
    assert.equal(judgeValue('!ImportValue', false, 'password'), undefined);
    assert.equal(judgeValue('@SuppressWarnings', true, 'password'), undefined);
    assert.equal(judgeValue('@cluster0.mongodb.net/', false, 'password'), undefined, 'a host after <password>');
    assert.equal(judgeValue(generated, false, 'token'), undefined, 'a token with a sigil is an expression');
  });

  it('ignores translation catalogues', () => {
    assert.deepEqual(findings(`  "password": "${fake.alnum(12)}",\n`, 'src/locales/de.json'), []);
  });

  it('reports test-file credentials one confidence step lower', () => {
    const [f] = findings(`  password: "${fake.alnum(12)}3"\n`, 'test/fixtures/db.yml');
    assert.equal(f?.confidence, 'low');
  });

  it('decodes Kubernetes Secret data and judges what it holds', () => {
    const real = Buffer.from(`${fake.alnum(10)}!2`).toString('base64');
    const [f] = findings(`data:\n  db-password: ${real}\n`, 'k8s/secret.yaml');
    assert.match(f?.why ?? '', /base64-decoded/);
    assert.deepEqual(
      findings(`data:\n  db-password: ${Buffer.from('changeme').toString('base64')}\n`, 'k8s/secret.yaml'),
      [],
    );
  });

  it('tells credential names from names about credentials', () => {
    assert.equal(judgeName('DB_PASSWORD')?.kind, 'password');
    assert.equal(judgeName('PGPASSWD')?.kind, 'password');
    assert.equal(judgeName('SECURE_AUTH_KEY')?.kind, 'secret');
    assert.equal(judgeName('refreshToken')?.kind, 'token');
    // Spellings seen in real configs: a head glued to `pass`, short forms, a qualifier glued to `key`.
    for (const name of ['dbpass', 'ROOTPASS', 'smtp_psw', 'userPword', 'passcode']) {
      assert.equal(judgeName(name)?.kind, 'password', name);
    }
    for (const name of ['privkey', 'SSH_KEY', 'encKey', 'consumer_key', 'LICENSE_KEY', 'aws_creds']) {
      assert.equal(judgeName(name)?.kind, 'secret', name);
    }
    for (const name of [
      'NextToken',
      'cancelToken',
      'exclamationToken',
      'password_url',
      'tokenCount',
      'secretName',
      'passwordHash',
      'bypass',
      'compass',
      'surpass',
      'cacheKey',
      'sortKey',
    ]) {
      assert.equal(judgeName(name), undefined, name);
    }
  });

  it('tells credential values from identifiers, templates, examples and dummies', () => {
    assert.ok(judgeValue(`Summer${fake.digits(4)}!`, true, 'password'));
    assert.ok(judgeValue(fake.alnum(32), true, 'secret')?.strong);
    // A random password can fall into a CamelCase shape by chance; with a digit it stays a password.
    assert.ok(judgeValue('kukbTfzQdc' + '2', true, 'password'));
    assert.equal(judgeValue('RetryAfterSeconds2', true, 'token'), undefined);
    for (const value of [
      'ContinuationToken',
      'password123',
      'MySecretKey1',
      'Bearer %s',
      '{username}',
      '__WEBPACK_TOKEN__',
      'A1B2C3D4E5',
      '********',
    ]) {
      assert.equal(judgeValue(value, true, 'password'), undefined, value);
    }
  });
});
