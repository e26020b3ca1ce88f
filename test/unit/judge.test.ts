import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { judgeName } from '../../src/core/rules/judge/names';
import { isExamplePassword, judgeValue } from '../../src/core/rules/judge/values';

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
    // The assignment judge drops a weak value in a README; the prose rule reads it as a recorded
    // password in notes, at low confidence (judgeProse.test.ts).
    assert.deepEqual(
      findings(`password: Summer${fake.digits(4)}!\n`, 'README.md').map((f) => [f.ruleId, f.confidence]),
      [['prose-credential', 'low']],
    );
    const strong = findings(`SECRET_KEY = '${fake.alnum(40)}'\n`, 'docs/setup.md');
    assert.equal(strong.length, 1);
    assert.equal(strong[0]!.confidence, 'low');
  });

  it('reads a tool recording (HAR, Postman export, Terraform state) as real use, whatever folder holds it', () => {
    const pair = `{\n  "key": "password",\n  "value": "Summer${fake.digits(4)}!",\n  "type": "string"\n}\n`;
    // A hand-written example file under docs/ illustrates: a weak value there is no finding.
    assert.deepEqual(findings(pair, 'docs/api-example.json'), []);
    // An exported collection, a capture or a state file under docs/ or named `.example-` was used.
    for (const path of [
      'docs/api.postman_collection.json',
      'docs/api/collection.json', // a Postman export renamed
      'docs/postman/billing.json',
      'debug/app.example-session.har',
      'docs/terraform.tfstate',
    ])
      assert.equal(findings(pair, path).length, 1, path);
  });

  it("reads a saved command listing's password to its line's end, brackets and all", () => {
    // Get-LapsADPassword's Format-List output pasted into a ticket: the value holds a bracket.
    const value = `${fake.alnum(4)}]${fake.alnum(3)}#${fake.alnum(5)}`;
    const listing = `Account             : Administrator\nPassword            : ${value}\nPasswordUpdateTime  : 12/1/2026\n`;
    const found = findings(listing, 'tickets/INC1042.txt');
    assert.deepEqual(
      found.map((f) => f.ruleId),
      ['password-with-punctuation-unquoted'],
    );
    assert.equal(listing.slice(found[0]!.start, found[0]!.end), value);
    assert.deepEqual(findings('Password            : [not shown]\n', 'tickets/INC1042.txt'), []);
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

  it('reads a Pulumi stack setting (one namespace opening the YAML key) as an assignment, not an ARN part', () => {
    // Its own generator, so the values later tests draw from `fake` stay the same.
    const fake = new FakeTokens(0x12);
    assert.equal(findings(`config:\n  billing:dbPassword: ${fake.alnum(10)}!7\n`, 'Pulumi.prod.yaml').length, 1);
    assert.deepEqual(findings(`  arn:aws:sm:secret: ${fake.alnum(32)}\n`, 'conf/policy.yaml'), []);
    assert.deepEqual(findings(`const k = ns:password = "${fake.alnum(12)}";\n`, 'src/a.ts'), []);
  });

  it('takes a password holding a credential word inside another word (Monkey_…) as a password, not a name', () => {
    const fake = new FakeTokens(0x13);
    assert.equal(findings(`mysql_root_password: Monkey_${fake.lower(6)}\n`, 'roles/db/vars/main.yml').length, 1);
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

  it('takes a CamelCase word as a password in a form that takes nothing else, not under a name in code', () => {
    // Two capitalised words, built at runtime: read as an identifier under a name, a password when piped to a reader.
    const camel = ['Blue', 'Harbor', 'Kite'].join('');
    assert.equal(
      findings(`echo "${camel}" | docker login -u ci --password-stdin registry.example.net\n`, 'ci/publish.sh').length,
      1,
    );
    assert.equal(findings(`echo "${camel}" | sudo -S systemctl restart app\n`, 'deploy.sh').length, 1);
    assert.deepEqual(
      findings(`const password = "${camel}";\n`, 'src/login.ts'),
      [],
      'a code literal: an identifier-like word',
    );
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
    // A slot's number glued to the credential word names a second key as the spaced one does (`API_KEY_2`).
    assert.equal(judgeName('apiKey2')?.kind, 'secret');
    assert.equal(judgeName('accessKey1')?.kind, 'secret');
    assert.equal(judgeName('authToken2')?.kind, 'token');
    assert.equal(judgeName('monkey2'), undefined);
    // Spellings seen in real configs: a head glued to `pass`, short forms, a qualifier glued to `key`.
    for (const name of [
      'dbpass',
      'ROOTPASS',
      'smtp_psw',
      'userPword',
      'passcode',
      'steampass',
      'rootpw',
      'CS2_RCONPW',
      'java.naming.security.credentials', // JNDI's simple-authentication password
    ]) {
      assert.equal(judgeName(name)?.kind, 'password', name);
    }
    // Only a known head makes a glued `pass` or `pw` a password: not a word that ends so.
    for (const name of ['bypass', 'compass', 'overpass', 'firstpw']) {
      assert.equal(judgeName(name), undefined, name);
    }
    // A versioned API's key: the version is no word of its meaning (WeChat Pay's `apiV3Key`).
    for (const name of ['apiV3Key', 'wxpay.apiV3Key', 'API_V2_KEY', 'apiv3key']) {
      assert.equal(judgeName(name)?.kind, 'secret', name);
    }
    for (const name of ['privkey', 'SSH_KEY', 'encKey', 'consumer_key', 'LICENSE_KEY', 'aws_creds', 'db_credential']) {
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
      'X-Amz-Credential',
      'X-Goog-Credential',
    ]) {
      assert.equal(judgeName(name), undefined, name);
    }
  });

  it('takes assigned values up to 400 characters whole, on short lines and inside an over-long one', () => {
    const token = fake.base64url(400);
    const line = `OAUTH_ACCESS_TOKEN=${token}`;
    for (const text of [line, `${'x'.repeat(5000)};${line};${'y'.repeat(5000)}`]) {
      const found = findings(text, 'config/app.env');
      assert.equal(found.length, 1, `${text.length} characters`);
      assert.equal(text.slice(found[0]!.start, found[0]!.end), token);
    }
    // Longer, it is no assignment the generic rule reads (a blob, or cut by the line's window).
    assert.deepEqual(findings(`OAUTH_ACCESS_TOKEN=${fake.base64url(401)}`, 'config/app.env'), []);
  });

  it('leaves a JSON Web Token under a secret name to the jwt rule, which reads its claims', () => {
    const rule = builtinRules.find((r) => r.id === 'generic-secret-assignment')!;
    const part = (json: string) => Buffer.from(json).toString('base64url');
    // Built at runtime: a header, claims and a random signature.
    const jwt = `${part('{"alg":"HS256","typ":"JWT"}')}.${part('{"sub":"42","exp":1700000000}')}.${fake.base64url(43)}`;
    assert.deepEqual(new Detector([rule]).scan(`id_token = "${jwt}"`, { path: 'src/auth.py' }), []);
    assert.equal(new Detector([rule]).scan(`id_token = "${fake.base64url(120)}"`, { path: 'src/auth.py' }).length, 1);
  });

  it('calls random hex of 24 digits or more strong, as random letters and digits of 16', () => {
    // Uniform hex built at runtime (SHA-256 of a counter). Under the flat 3.5 bits a character the
    // other alphabets must reach, one 32-digit key in five and half of the 24-digit ones fell short.
    for (const length of [24, 32, 40, 64]) {
      let strong = 0;
      for (let i = 0; i < 1000; i++) {
        const key = createHash('sha256').update(`${length} ${i}`).digest('hex').slice(0, length);
        if (judgeValue(key, true, 'secret')?.strong === true) strong++;
      }
      assert.ok(strong >= 990, `${strong} of 1000 random ${length}-digit hex keys strong`);
    }
    // Shorter hex counts at all (not strong) at the entropy 99% of random keys of its length reach;
    // under a flat 3 bits one 16-digit key in seven was no value.
    for (const length of [12, 16, 20]) {
      let taken = 0;
      for (let i = 0; i < 1000; i++) {
        const key = createHash('sha256').update(`weak ${length} ${i}`).digest('hex').slice(0, length);
        if (judgeValue(key, true, 'secret') !== undefined) taken++;
      }
      assert.ok(taken >= 970, `${taken} of 1000 random ${length}-digit hex keys taken`);
    }
    // Four symbols repeated (2 bits a character): below even hex's floor at 24 digits.
    assert.notEqual(judgeValue('ab12'.repeat(6), true, 'secret')?.strong, true);
    // Short hex (trace ids, key ids) keeps the flat floor: 16 digits reach it only when all differ.
    assert.notEqual(judgeValue('a1b2c3d4a1b2c3d4', true, 'secret')?.strong, true);
  });

  it('judges an app password written in four groups of four letters by its letters', () => {
    // Random groups, built here; a sequence, a mask and the same letters under a token's name are not.
    const grouped = [0, 1, 2, 3].map(() => fake.lower(4)).join(' ');
    assert.ok(judgeValue(grouped, true, 'password'), grouped.slice(0, 2));
    assert.equal(judgeValue('abcd efgh ijkl mnop', true, 'password'), undefined);
    assert.equal(judgeValue('xxxx xxxx xxxx xxxx', true, 'password'), undefined);
    assert.equal(judgeValue(grouped, true, 'token'), undefined);
    assert.equal(judgeValue(`${grouped} ${fake.lower(4)}`, true, 'password'), undefined, 'five groups');
  });

  it('takes a long run of random digits as a salt or key, not a number, an id or a sequence', () => {
    // 39 random digits, as Flask-Security's getrandbits(128) prints a salt (built here).
    const digits = fake.digits(39);
    assert.ok(judgeValue(digits, true, 'secret'), digits.slice(0, 2));
    assert.equal(judgeValue(fake.digits(18), true, 'secret'), undefined, 'an id or a timestamp');
    assert.equal(judgeValue('0123456789'.repeat(3), true, 'secret'), undefined, 'typed in sequence');
    assert.equal(judgeValue('1' + '0'.repeat(30) + '7', true, 'secret'), undefined, 'a round number');
  });

  it('takes a generated key that opens with a sigil, not a tag or a decorator', () => {
    // A merchant key of all four classes opening with `&` (built here).
    const key = `&${fake.alnum(6)}%Q${fake.digits(3)}z${fake.alnum(4)}`;
    assert.ok(judgeValue(key, true, 'secret'), key.slice(0, 2));
    assert.equal(judgeValue(key.slice(0, 12), true, 'secret'), undefined, 'too short for a key');
    assert.equal(judgeValue('@Override', true, 'secret'), undefined);
    assert.equal(judgeValue('!ImportValue', true, 'token'), undefined);
  });

  it('tells credential values from identifiers, templates, examples and dummies', () => {
    assert.ok(judgeValue(`Summer${fake.digits(4)}!`, true, 'password'));
    assert.ok(judgeValue(fake.alnum(32), true, 'secret')?.strong);
    // A random password can fall into a CamelCase shape by chance; with a digit it stays a password.
    assert.ok(judgeValue('kukbTfzQdc' + '2', true, 'password'));
    // Without a digit, when most of its parts have no vowel, as random letters do (built here).
    assert.ok(judgeValue('Vgn' + 'GjnNmYisOlwnPd', true, 'password'));
    assert.equal(judgeValue('XmlHttpRequest', true, 'password'), undefined);
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

  it('reads a format field only where it stands apart from letters and digits', () => {
    // Templates: the field opens the value, follows a separator, or ends it.
    for (const value of ['%s', 'user=%s', '%s:%d', 'pw-%05d', 'Bearer %s', 'key_%s;v=%d'])
      assert.equal(judgeValue(value, true, 'password'), undefined, value);
    // Generated passwords (built at runtime) holding `%s`, `%e` or `%f` between letters and digits by chance.
    // ... or between a password's symbols (`^%d*`).
    for (const value of [
      `ap%s${fake.alnum(8)}!W`,
      `c=G%e${fake.alnum(10)}**-3`,
      `+e*g*%f4${fake.alnum(9)}^`,
      `Gb^%d*${fake.alnum(6)}7`,
      `${fake.alnum(6)}!%s@9`,
    ])
      assert.ok(judgeValue(value, true, 'password'), value);
    assert.equal(judgeValue('Item #%d of %d', true, 'password'), undefined);
  });

  it('reads documentation passwords as examples, also in leetspeak, percent-decoded or after a role word', () => {
    for (const value of [
      's3cret',
      'pass;word',
      'proxypass',
      'mypass',
      'P@ssw0rd',
      'dbpassword',
      'bar',
      'foo@bar',
      'key_1234',
      'abcdef12345124',
    ])
      assert.equal(isExamplePassword(value), true, value);
    // Weak but real passwords (built at runtime): a word, digits and a symbol, or a longer word ending in "pass".
    for (const value of [`Ti${'ger'}${fake.digits(4)}*`, `Com${'pass'}${fake.digits(3)}!`, fake.alnum(12)])
      assert.equal(isExamplePassword(value), false, value);
  });

  it('reads a common word made to pass a complexity policy as a real weak password, the plain word as an example', () => {
    // Built at runtime: a capitalised common word, digits and a symbol is what an administrator sets.
    for (const stem of ['Welcome', 'Admin', 'Master', 'Qwerty']) {
      assert.equal(isExamplePassword(`${stem}${fake.digits(4)}!`), false, stem);
      assert.equal(isExamplePassword(`${stem}@${fake.digits(3)}`), false, stem);
      // Documentation's stand-ins: lower case, or without the symbol (a keyboard walk's own digits
      // are read in judgeExamples.test.ts).
      if (stem === 'Qwerty') continue;
      assert.equal(isExamplePassword(`${stem.toLowerCase()}${fake.digits(3)}`), true, stem);
      assert.equal(isExamplePassword(`${stem}${fake.digits(3)}`), true, stem);
    }
    // Placeholder stems stay examples in any dress.
    for (const value of ['P@ssw0rd2024!', 'Password@123', 'Changeme#2024', 'Secret!2024'])
      assert.equal(isExamplePassword(value), true, value);
  });

  it('reads key names, paths, prose, e-mail logins and identifier sums as no secret', () => {
    for (const value of [
      '_auth_user_id',
      '_security_',
      'vendor/salt',
      'information.',
      'guest@ftp.internal.net',
      'AWS4-HMAC-SHA256',
    ])
      assert.equal(judgeValue(value, true, 'password'), undefined, value);
    // Weak real passwords that end in a symbol stay passwords (built at runtime).
    for (const value of [`Summer${fake.digits(4)}@`, `sunshine${fake.digits(2)}!`])
      assert.notEqual(judgeValue(value, true, 'password'), undefined, value);
    assert.equal(judgeValue('__LIB-NAME--CUSTOM-ARGUMENTS__', true, 'token'), undefined, 'an upper-case marker');
    // An EC P-256 public key in base64 (its fixed DER header, then random point bytes built at runtime).
    const publicKey = 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE' + fake.base64(88);
    assert.equal(judgeValue(publicKey, true, 'secret'), undefined, 'a public key');
    for (const annotation of ['_RSAPrivateKey', '__EllipticCurvePrivateKey'])
      assert.equal(judgeValue(annotation, true, 'secret'), undefined, 'a private class name in an annotation');
    for (const path of ['/usr/local/lib/x86_64-linux-gnu/libssl.so.3', '~/.ssh/id_ed25519', '/run/secrets/db_password'])
      assert.equal(judgeValue(path, true, 'secret'), undefined, path);
    // A base64 key that happens to start with '/' and hold no '+' (built at runtime) is not a path.
    const slashLed = `/${fake.alnum(12)}7aQ/${fake.alnum(24)}`;
    assert.notEqual(judgeValue(slashLed, true, 'secret'), undefined, 'a key starting with a slash');
    assert.equal(judgeValue('kernelThreadName+pid+tid', false, 'secret'), undefined);
    assert.equal(judgeValue('+e.accessKeyId+', true, 'secret'), undefined, 'the middle of a concatenation');
    const base64ish = `${fake.alnum(14)}7+${fake.alnum(14)}Q+${fake.alnum(10)}`;
    assert.notEqual(judgeValue(base64ish, false, 'secret'), undefined, 'random parts joined by + stay a value');
  });

  it("reads a batch job's scheduler directives as options, not as comments", () => {
    // A weak password (built at runtime) counts in #SBATCH/#PBS/#BSUB/#$ lines, not in a comment.
    const weak = `Protein${fake.digits(2)}x`;
    for (const head of ['#SBATCH --export=ALL,', '#PBS -v ', '#BSUB -env "all, ', '#$ -v '])
      assert.equal(findings(`${head}PGPASSWORD=${weak}\n`, 'jobs/load.sh').length, 1, head);
    assert.deepEqual(findings(`# PGPASSWORD=${weak}\n`, 'jobs/load.sh'), [], 'a comment');
    assert.deepEqual(findings(`#PGPASSWORD=${weak}\n`, 'jobs/load.sh'), [], 'a commented-out line');
  });

  it('reads package READMEs, Perl POD, doctest lines and API descriptions as documentation', () => {
    // A weak password (built at runtime) is reported in a config file and dropped where it illustrates.
    const weak = `Summer${fake.digits(4)}!`;
    assert.equal(findings(`password: ${weak}\n`, 'conf/app.yaml').length, 1);
    for (const path of ['pkg/PKG-INFO', 'site/pkg-1.0.dist-info/METADATA', 'lib/Net/LDAP.pod', 'api/swagger.yaml'])
      assert.deepEqual(findings(`password: ${weak}\n`, path), [], path);
    assert.deepEqual(findings(`\t\tPassword: "${weak}",\n`, 'tokens/doc.go'), [], "a Go package's doc.go");
    assert.equal(findings(`\t\tPassword: "${weak}",\n`, 'tokens/requests.go').length, 1, 'the same line in Go code');
    assert.deepEqual(findings(`    >>> client.login(password="${weak}")\n`, 'lib/client.py'), [], 'doctest');
    assert.equal(
      findings(`    client.login(password="${weak}")\n`, 'lib/client.py').length,
      1,
      'the same call in code',
    );
    const strong = findings(`    >>> connect(api_key="${fake.alnum(40)}")\n`, 'lib/client.py');
    assert.equal(strong.length, 1, 'a strong value in a doctest is still reported');
    assert.equal(strong[0]!.confidence, 'low');
  });

  it('reads a Perl module as code and a localization folder as translations', () => {
    assert.deepEqual(findings(`my $password = $args{password};\n`, 'lib/Net/Client.pm'), []);
    assert.deepEqual(
      findings(`$labels['password'] = 'Ger-${fake.lower(6)}';\n`, 'program/localization/br/labels.inc'),
      [],
    );
  });

  it("takes the OAuth RFCs' example tokens for documentation", () => {
    // RFC 6749 section 4.1.4's example access token, assembled at runtime.
    const rfcToken = ['2YotnFZFEjr1', 'zCsicMWpAA'].join('');
    assert.deepEqual(findings(`    "access_token": "${rfcToken}",\n`, 'oauth/tokens.py'), []);
    assert.equal(findings(`    "access_token": "${fake.alnum(22)}",\n`, 'oauth/tokens.py').length, 1);
  });

  it('drops a short hand-typed lower-case token in code, and keeps it in a config file', () => {
    const typed = `${fake.lower(6)}${fake.digits(3)}${fake.lower(3)}`;
    assert.deepEqual(findings(`    'access_token': '${typed}',\n`, 'oauth/client.py'), []);
    assert.equal(findings(`ACCESS_TOKEN=${typed}\n`, 'deploy/.env').length, 1);
    assert.equal(findings(`    'access_token': '${fake.alnum(14)}Q7',\n`, 'oauth/client.py').length, 1, 'mixed case');
  });
});
