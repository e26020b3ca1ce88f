import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { isCamelIdentifier, respellsNameBefore } from '../../src/core/rules/judge/notIssued';

// Shapes met in source trees the detector was never tuned on (Debian's server docs and example
// configs, Ansible collections, generated cloud SDK models, Rust crates, Go SDKs), each beside a
// credential the same rules must still report. Every credential below is generated at runtime by
// FakeTokens; nothing here is a committed secret.
const detector = new Detector(builtinRules);
const fake = new FakeTokens(0x5eed);

function found(text: string, path: string): string[] {
  return detector.scan(text, { path }).map((f) => f.ruleId);
}

describe('held-out trees: generated models, docstrings and test vectors', () => {
  it("reads a generated model's camelCase wire names, numbers in them, as names", () => {
    for (const name of ['netIpv4TcpMaxSynBacklog', 'use32BitWorkerProcess', 'startIPv6Address', 'oauth2Permissions'])
      assert.equal(isCamelIdentifier(name), true, name);
    // Random keys break into short, vowelless pieces; words alone are the CamelCase check's.
    for (let i = 0; i < 50; i++) assert.equal(isCamelIdentifier(fake.alnum(32)), false);
    assert.equal(isCamelIdentifier('ErrorDocumentPath'), false);
    const model = '    "net_ipv4_tcp_fin_timeout": {"key": "netIpv4TcpFinTimeout", "type": "int"},\n';
    assert.deepEqual(found(model, 'azure/mgmt/models/_models_py3.py'), []);
    assert.notDeepEqual(found(`    "key": "${fake.alnum(30)}Q7",\n`, 'app/settings.py'), []);
  });

  it('reads a value spelling a name written before it as that name', () => {
    const before = '"net_ipv4_tcp_fin_timeout": {"key": ';
    assert.equal(respellsNameBefore('netIpv4TcpFinTimeout', before, before.length), true);
    const key = fake.alnum(24);
    // The same text written earlier is the value itself (a form naming the setting after it).
    const asserted = `assertEquals("${key}", `;
    assert.equal(respellsNameBefore(key, asserted, asserted.length), false);
    // Only names before the value's own name count: the same line asked at an earlier name.
    const line = `{"key": "netIpv4TcpFinTimeout", "net_ipv4_tcp_fin_timeout": 1}`;
    assert.equal(respellsNameBefore('netIpv4TcpFinTimeout', line, 1), false);
    assert.equal(respellsNameBefore('netIpv4TcpFinTimeout', line, line.indexOf(', "net') + 30), true);
  });

  it('answers as reading every name before the value would, on random lines', () => {
    // The plain reading: every name-shaped run before `nameStart`, spelled and compared.
    const spelled = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
    const plain = (value: string, line: string, nameStart: number) => {
      const wanted = spelled(value);
      if (wanted.length < 6 || wanted.length > 120) return false;
      return (line.slice(0, nameStart).match(/[A-Za-z_][\w.-]{5,119}/g) ?? []).some(
        (name) => name !== value && spelled(name) === wanted,
      );
    };
    const pieces = [
      'net_ipv4',
      'Net-IPv4',
      'tcp.fin',
      'TcpFin',
      '_timeout',
      'Timeout',
      ' ',
      '"',
      ': ',
      '{',
      'K',
      'é',
      '9',
    ];
    let agreed = 0;
    for (let n = 0; n < 3000; n++) {
      let line = '';
      for (let i = fake.int(12); i >= 0; i--) line += pieces[fake.int(pieces.length)];
      const value = ['netIpv4TcpFinTimeout', 'tcpFinTimeout', 'netipv4', line.slice(fake.int(line.length))][
        fake.int(4)
      ]!;
      const nameStart = fake.int(line.length + 1);
      assert.equal(
        respellsNameBefore(value, line, nameStart),
        plain(value, line, nameStart),
        `${line} | ${value} | ${nameStart}`,
      );
      if (plain(value, line, nameStart)) agreed++;
    }
    assert.ok(agreed > 50, `only ${agreed} respelled cases drawn`);
  });

  it("reads YAML in a Python module's docstring as an example, and Python assignments as code", () => {
    assert.deepEqual(found(`    password: "${'changeme'}"\n`, 'plugins/modules/foreman_user.py'), []);
    assert.deepEqual(found(`      login_password: '${'admin'}'\n`, 'plugins/modules/grafana_user.py'), []);
    // The same line in a playbook is a setting; an assignment in Python is code.
    assert.notDeepEqual(found(`    password: "${'changeme'}"\n`, 'playbooks/site.yml'), []);
    assert.notDeepEqual(found(`DB_PASSWORD = "${fake.alnum(14)}7"\n`, 'app/settings.py'), []);
    assert.notDeepEqual(found(`    password: str = "${fake.alnum(14)}7"\n`, 'app/config.py'), []);
  });

  it("reads salts and seeds in tests as test vectors, and an application's salt as a secret", () => {
    assert.deepEqual(found(`SEED = ${fake.hex(64)}\n`, 'ring/tests/ed25519_tests.txt'), []);
    assert.deepEqual(found(`Seed = ${fake.hex(40)}\n`, 'third_party/NIST/SHAVS/SHA1Monte.rsp'), []);
    assert.notDeepEqual(found(`HASH_SALT = "${fake.hex(24)}"\n`, 'config/app.php'), []);
  });

  it("reads a Go store's record keys as names, and a signing key as a key", () => {
    assert.deepEqual(found('\trevisionKey = []byte("authRevision")\n', 'auth/store.go'), []);
    assert.deepEqual(found('\tkey := []byte("abc")\n', 'server/kv.go'), []);
    assert.notDeepEqual(found(`var jwtKey = []byte("${fake.alnum(24)}")\n`, 'auth/jwt.go'), []);
  });

  it('reads a path listed by `git log --name-status` as no column header', () => {
    const log = ['M\tdoc/man/doveadm-proxy.1.in', 'M\tdoc/man/doveadm-pw.1.in', 'M\tdoc/man/doveadm-search-query.7'];
    assert.deepEqual(found(`${log.join('\n')}\n`, 'ChangeLog'), []);
    // A real table with a password column still is one.
    assert.notDeepEqual(found(`user\tpassword\nalice\t${fake.alnum(12)}7!\n`, 'export/users.tsv'), []);
  });

  it("reads a dashless UUID in a row whose columns name it uuid as the row's id", () => {
    const row = (id: string) =>
      `INSERT INTO \`triggers\` (\`triggerid\`,\`description\`,\`uuid\`) values ('17455','GitLab: open files too high','${id}');\n`;
    assert.deepEqual(found(row(`${fake.hex(12)}4${fake.hex(3)}a${fake.hex(15)}`), 'data.sql'), []);
  });

  it('reads template expansions, annotations and anchors as no values', () => {
    assert.deepEqual(found('\t\t&User-Password := "%{string:Tmp-String-0}"\n', 'raddb/policy.d/filter'), []);
    assert.deepEqual(found('    password: "Optional[str]" = None,\n', 'sdk/models.py'), []);
    assert.deepEqual(
      found('<a class="reference" href="#protecting-the-private-key">Protecting/storing keys</a>\n', 'site/guide.html'),
      [],
    );
    assert.notDeepEqual(found(`\t\tUser-Password := "${fake.alnum(10)};7x"\n`, 'raddb/users.conf'), []);
  });

  it("reads the OAuth RFCs' example credentials and typed sequences as examples", () => {
    // Interpolated so this file itself holds no literal for the scanner.
    const rfc6749 = `    grant_type=password&username=johndoe&password=${'A3ddj3w'}\n`;
    assert.deepEqual(found(rfc6749, 'oauth2/rfc6749/grants/password.py'), []);
    assert.notDeepEqual(
      found(`    grant_type=password&username=jo&password=${fake.alnum(12)}7\n`, 'notes/login.txt'),
      [],
    );
    const sequence = '1234abcd-1234-abcd-1234-abcd1234adcd';
    assert.deepEqual(found(`SOCIAL_AUTH_KEYCLOAK_SECRET = '${sequence}'\n`, 'backends/kc.py'), []);
    assert.notDeepEqual(found(`SOCIAL_AUTH_KEYCLOAK_SECRET = '${fake.alnum(32)}'\n`, 'backends/kc.py'), []);
  });

  it('reads format strings, option names, import paths and JWTs the JWT rule refused as no values', () => {
    const format = '%sFailed';
    assert.deepEqual(found(`    ciphered_pw = '${format} to decrypt: %s' % (exc, ciphered_pw)\n`, 'v2/servers.py'), []);
    const flag = '--password';
    assert.deepEqual(found(`            'exclusive with the ${flag} option'\n`, 'compute/v2/server.py'), []);
    const generator = "OAUTH2_ACCESS_TOKEN_GENERATOR = 'your_project.generators.gen_token'\n";
    assert.deepEqual(found(generator, 'flask_oauth2/authorization_server.py'), []);
    // A tutorial's token under a token's name; an issued one is the JWT rule's finding.
    assert.deepEqual(found(`    >>> token = '${fake.jwt({ a: 'b' })}'\n`, 'jose/jws.py'), []);
    assert.deepEqual(
      found(`let token = "${fake.jwt({ sub: '1234567890', name: 'John Doe' })}";\n`, 'benches/jwt.rs'),
      [],
    );
    assert.deepEqual(found(`    token = "${fake.jwt().split('.')[0]!}"\n`, 'src/hmac.rs'), []);
    assert.notDeepEqual(found(`let token = "${fake.jwt()}";\n`, 'src/client.rs'), []);
  });
});
