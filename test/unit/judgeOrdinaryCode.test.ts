import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { judgeName } from '../../src/core/rules/judge/names';
import { isCredentialFieldName } from '../../src/core/rules/judge/notIssued';
import { isTestVerdict } from '../../src/core/rules/judge/testReport';
import { isExamplePassword, judgeValue } from '../../src/core/rules/judge/values';

// Shapes met in ordinary source trees (standard libraries, compilers, frameworks) that hold no
// credential, each beside a credential the same rules must still report. Every credential below is
// generated at runtime by FakeTokens; nothing here is a committed secret.
const detector = new Detector(builtinRules);
const fake = new FakeTokens(0x0dd5);

function found(text: string, path: string): string[] {
  return detector.scan(text, { path }).map((f) => f.ruleId);
}

describe('ordinary code: test verdicts, link references and lexer tokens are not credentials', () => {
  it("reads a test runner's PASS verdict as a verdict, in logs, JSON events and scripts", () => {
    assert.deepEqual(found('    --- PASS: TestParse/empty_input (0.02s)\n', 'testdata/run.golden'), []);
    assert.deepEqual(
      found(
        '{"Action":"output","Output":"        --- PASS: TestParse/nested/deep (1.50s)\\n"}\n',
        'testdata/events.json',
      ),
      [],
    );
    assert.deepEqual(found("stdout '--- PASS: FuzzDecode/keepsgoing'\n", 'testdata/script/fuzz.txt'), []);
    assert.equal(isTestVerdict('PASS: suite/case_two (12ms)', 0), true);
    // A PASS label without the runner's marker or duration is still a password's label.
    assert.equal(isTestVerdict('PASS: suite/case_two', 0), false);
    assert.notDeepEqual(found(`PASS: ${fake.alnum(10)}9!\n`, 'notes/handover.txt'), []);
    assert.notDeepEqual(found(`PASS="${fake.alnum(12)}7"\n`, 'deploy/app.env'), []);
  });

  it('reads a Markdown link reference definition as a link, whatever its label says', () => {
    assert.deepEqual(found('[_AccessToken_]: tokens.md#bearer-section\n', 'book/src/grammar.md'), []);
    assert.deepEqual(found('[secret-pass-notes]: #how-the-rewrite-pass-works\n', 'guide/src/passes.md'), []);
    assert.notDeepEqual(found(`access_token: ${fake.alnum(40)}\n`, 'book/src/setup.md'), []);
    // A log line's bracketed level is no link label: the name after it still counts.
    assert.notDeepEqual(found(`[DEBUG]: using api_key=${fake.alnum(32)}\n`, 'logs/app.log'), []);
  });

  it("reads a lexer's token kind as a name, and number literals as numbers", () => {
    assert.equal(judgeName('token.FLOAT'), undefined);
    assert.equal(judgeName('Token.Keyword'), undefined);
    assert.equal(judgeName('token.AccessKey')?.kind, 'secret');
    assert.equal(judgeName('token')?.kind, 'token');
    for (const literal of ['6.0221e-23i', '1234.5678e+90', '0x1.fffp-1022', '0xbeef.cafp+12i'])
      assert.equal(judgeValue(literal, true, 'token'), undefined, literal);
    assert.notEqual(judgeValue(`0x${fake.hex(64)}`, true, 'secret'), undefined);
    const table = [
      '\t{token.FLOAT, "1234.5678e+90", literal},',
      '\t{token.FLOAT, "0x1AB2P7CD", "0x1AB2P 7CD", "bad"},',
    ];
    assert.deepEqual(found(`${table.join('\n')}\n`, 'go/scanner/scan_test.go'), []);
  });
});

describe('ordinary code: typed Go constants, module paths and fixtures', () => {
  it('reads `Name Type = value` in Go as a constant of that type', () => {
    // The word is interpolated so the project's own scan does not read this line as Go.
    assert.deepEqual(found(`\tDepthFirst     Lowering${'Pass'} = "depthfirst"\n`, 'internal/passes/kinds.go'), []);
    assert.notDeepEqual(found(`var rootPrivateKeyHex = "${fake.hex(64)}"\n`, 'crypto/keys_test.go'), []);
    assert.notDeepEqual(found(`const dbPassword = "${fake.alnum(10)}!4"\n`, 'internal/db/conn.go'), []);
    // Elsewhere the type comes first and the word before the name is the type.
    assert.notDeepEqual(found(`    String dbPassword = "${fake.alnum(10)}!4";\n`, 'src/Db.java'), []);
  });

  it('reads a service name inside a module path or a checksum as no name', () => {
    const revision = fake.hex(40);
    assert.deepEqual(found(`github.com/acme/cockroachdb-ext ${revision}\n`, 'testdata/deps.lock'), []);
    const checksum = `h1:${fake.alnum(6)}9/htX+${fake.alnum(22)}8Q=`;
    assert.deepEqual(found(`example.net/x/tool.v1,v1.3.2,${checksum},${fake.hex(64)}\n`, 'testdata/sums.csv'), []);
    assert.notDeepEqual(found(`Mailjet API key: ${fake.hex(32)}\n`, 'notes/accounts.txt'), []);
  });

  it(".netrc text inside code: an anonymous login's e-mail and a fixture's words are no password", () => {
    const fixture = [
      'const netrc = `',
      'machine mirror.internal login anonymous',
      'password visitor@files.somehost.net',
    ];
    assert.deepEqual(found(`${[...fixture, 'password far-too-late', '`'].join('\n')}\n`, 'auth/netrc_test.go'), []);
    assert.deepEqual(found('password far-too-late\n', '.netrc'), ['netrc-password']);
    assert.deepEqual(found(`password ${fake.alnum(16)}\n`, 'auth/netrc_test.go'), ['netrc-password']);
  });

  it("reads a user-and-password setter's first literal as the user, and RFC 7617's example as an example", () => {
    assert.deepEqual(found('\tu.User = url.UserPassword("mallory", "zz")\n', 'net/url/url_test.go'), []);
    assert.notDeepEqual(found(`conn.setPassword("${fake.alnum(12)}!");\n`, 'src/Conn.java'), []);
    assert.equal(isExamplePassword('open:sesame'), true);
    assert.equal(isExamplePassword('OpenSesame'), true);
    // Dummy words joined by symbols, as URL-encoding tests write them; a word with a random part is not.
    assert.equal(isExamplePassword('bar=bar'), true);
    assert.equal(isExamplePassword('secret&password'), true);
    assert.equal(isExamplePassword(`bar=${fake.alnum(8)}`), false);
    assert.deepEqual(
      found("$client->request('GET', 'http://foo:bar%3Dbar@localhost:8057');\n", 'tests/ClientTest.php'),
      [],
    );
  });

  it('reads a credential noun as a value as the name of an option, not its value', () => {
    assert.deepEqual(found("            \\CURLOPT_SSLKEYPASSWD => 'passphrase',\n", 'src/Client/Curl.php'), []);
    assert.deepEqual(found(' *   char[] passphrase = "passphrase".toCharArray();\n', 'src/net/package-info.java'), []);
    assert.notDeepEqual(
      found(`            \\CURLOPT_SSLKEYPASSWD => '${fake.alnum(12)}!',\n`, 'src/Client/Curl.php'),
      [],
    );
  });
});

describe('ordinary code: options, lists and field names beside credentials', () => {
  it('reads a URL after -a, a list element and a dotted call as no credential', () => {
    assert.deepEqual(found('  gsutil du -a gs://nightly-builds  # https://cloud.example\n', 'scripts/sizes.sh'), []);
    assert.notDeepEqual(found(`curl -u deploy:${fake.alnum(12)}! https://ci.internal/job\n`, 'scripts/ci.sh'), []);
    assert.deepEqual(found("    choices=['none', 'private-token', 'pbkdf2-sha-384'],\n", 'lib/flags.py'), []);
    assert.notDeepEqual(found(`res.setHeader('Private-Token', '${fake.alnum(24)}');\n`, 'src/client.js'), []);
    assert.deepEqual(found('  _password = _proto.StringField(3)\n', 'lib/api/messages.py'), []);
    assert.notDeepEqual(found(`_password=${fake.alnum(24)}\n`, '.npmrc'), []);
  });

  it("reads a credential file field's name as a name, and a scaffold's weak key as a key", () => {
    const names = ['AWSAccessKeyId', 'aws_secret_access_key', 'AWS.Session.Token'];
    for (const name of names) assert.equal(isCredentialFieldName(name), true, name);
    assert.equal(isCredentialFieldName('my_super_secret_key'), false);
    // Interpolated so the project's own scan does not read these lines as secrets.
    assert.deepEqual(found(`    SECRET_KEY = '${'aws_secret_access_key'}'\n`, 'lib/credentials.py'), []);
    assert.notDeepEqual(found(`app.secret_key = '${'my_super_secret_key'}'\n`, 'app/__init__.py'), []);
  });
});

describe('ordinary code: enumerations, header names, signatures and expressions', () => {
  it("reads an enumeration's member named for a kind of login as a name, and keeps a real default", () => {
    // Interpolated so the project's own scan does not read these lines as secrets.
    assert.deepEqual(found(`\tLoginMethodTypePassword = "${'password'}"\n`, 'service/auth/enums.go'), []);
    assert.deepEqual(found(`\tcurrentPassword = "${'password'}"\n`, 'internal/db/conn.go'), ['known-default-secret']);
  });

  it('reads an HTTP header name, a signature and the end of a concatenation as no secret', () => {
    assert.deepEqual(found('\t\tkey:   "Content-Security-Policy",\n', 'http2/frames_test.go'), []);
    assert.notDeepEqual(found(`    key: "${fake.alnum(30)}Q7",\n`, 'http2/frames.go'), []);
    // Capitalised words joined by dashes may be a passphrase.
    assert.notEqual(judgeValue('Velvet-Harbor-Lantern', true, 'password', true), undefined);
    assert.deepEqual(found(`\tseedSignature = "${fake.hex(64)}"\n`, 'signer/stream_test.go'), []);
    assert.notDeepEqual(found(`\tnodeSeed = "${fake.hex(64)}"\n`, 'signer/stream.go'), []);
    assert.deepEqual(found('\tcmd.Env = append(cmd.Env, "PWD="+cmd.Dir)\n', 'integration_test.go'), []);
    assert.equal(isExamplePassword('notthepass'), true);
  });

  it("reads a signed URL on a documentation domain as a test vector, and keeps a real host's", () => {
    const query = (host: string) =>
      `"https://${host}/v.mp4?Expires=1767225600&Signature=${fake.base64url(120)}&Key-Pair-Id=K${fake.upperAlnum(13)}",\n`;
    assert.deepEqual(found(query('example.com'), 'sign/sign_url_test.go'), []);
    assert.deepEqual(found(query('d1.cloudfront.net'), 'sign/sign_url_test.go'), ['signed-url-signature']);
  });
});
