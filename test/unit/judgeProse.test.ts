import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { fileKindOf } from '../../src/core/fileKind';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { judgeProse, type ProseCandidate } from '../../src/core/rules/judge/prose';

// Every credential below is generated at runtime by FakeTokens; nothing here is a committed secret.
const detector = new Detector(builtinRules);
const fake = new FakeTokens(0x9e05);

function found(text: string, path: string) {
  return detector.scan(text, { path }).map((f) => ({ rule: f.ruleId, value: text.slice(f.start, f.end) }));
}

function candidate(value: string, over: Partial<ProseCandidate> = {}): ProseCandidate {
  const path = 'docs/notes.md';
  return {
    kind: 'password',
    join: 'label',
    value,
    quote: '',
    context: { path, file: fileKindOf(path), line: `Password: ${value}`, matchIndex: 0 },
    ...over,
  };
}

describe('prose judge: credentials written in notes and docs', () => {
  it('takes a weak but recorded password after its label, at low confidence in documentation', () => {
    const verdict = judgeProse(candidate(`Summer${fake.digits(4)}!`));
    assert.ok(verdict);
    assert.equal(verdict.confidence, 'low');
    assert.match(verdict.why ?? '', /password written in prose/);
  });

  it('rejects placeholders, dummies, words, references, identifiers, numbers and links', () => {
    for (const value of [
      '<your-password>',
      'YOUR_API_KEY',
      '********',
      'P@ssw0rd1',
      'changeme123',
      'required',
      'resetToken',
      '$DB_PASSWORD',
      '120',
      'https://id.acme.io/reset',
      'config.password',
      'ansible_port=@PORT',
      'db-01.corp.local',
      'x86_64',
      '--force-with-lease',
      '-Xmx2048m',
      'user=deploy',
      'DB_PASSWORD=secret',
      'PostgreSQLAdministration',
    ])
      assert.equal(judgeProse(candidate(value)), false, value);
  });

  it('takes generated passwords that open with a dash, hold `=` or are letters only', () => {
    // Built at runtime: a dash then letters and digits, a random run then `=`, letters with few vowels.
    for (const value of [`-${fake.alnum(10)}7Q`, `${fake.alnum(9)}7=%=${fake.alnum(5)}`, 'jzpwWwdwntxD'])
      assert.ok(judgeProse(candidate(value)), value);
  });

  it('asks more of a key or token than of a password: long, letters and digits, varied', () => {
    assert.equal(judgeProse(candidate(`Falcon${fake.digits(3)}!`, { kind: 'key' })), false);
    assert.ok(judgeProse(candidate(fake.hex(32), { kind: 'key' })));
  });

  it('in code, reads only comments and docstrings', () => {
    const value = `Kestrel_${fake.lowerAlnum(6)}`;
    const code = (line: string) =>
      candidate(value, { context: { path: 'app/db.py', file: fileKindOf('app/db.py'), line, matchIndex: 6 } });
    assert.ok(judgeProse(code(`# old password was ${value}`)));
    assert.equal(judgeProse(code(`token: ${value}`)), false);
  });

  it('leaves a quoted label value to the assignment rules', () => {
    assert.equal(judgeProse(candidate(`Summer${fake.digits(4)}!`, { quote: "'" })), false);
  });
});

describe('prose rules through the detector', () => {
  it('finds labels, sentences, the next line and login pairs, in several languages', () => {
    const pw = `Harbor${fake.digits(3)}#`;
    const key = fake.hex(40);
    const cases: [string, string][] = [
      [`- DB password: ${pw}\n`, 'wiki/Servers.md'],
      [`The API key is ${key}.\n`, 'docs/geo.md'],
      [`Mot de passe : ${pw}\n`, 'docs/acces.md'],
      [`Admin password:\n\n    ${pw}\n`, 'docs/admin.md'],
      [`Log in as \`deploy\` / \`${pw}\` until your account exists.\n`, 'docs/onboarding.md'],
      [`/* temp token ${key} until provisioning works */\n`, 'firmware/upload.c'],
    ];
    for (const [text, path] of cases) {
      const value = text.includes(key) ? key : pw;
      assert.deepEqual(
        found(text, path).map((f) => f.value),
        [value],
        text,
      );
    }
  });

  it('finds nothing in prose about credentials', () => {
    const text = [
      'Set your API key in the `GEOCODER_API_KEY` environment variable.',
      'Password: at least 12 characters, with one digit and one symbol',
      'Click the password reset link in the email.',
      'Password: see vault',
      'Login: ok  Pass: 120  Fail: 0',
      `- Fix token refresh race (${fake.hex(7)})`,
      '| Password | Passwort | Mot de passe |',
      '',
    ].join('\n');
    assert.deepEqual(found(text, 'README.md'), []);
  });
});
