import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { isExamplePath, isRenderedDocs, isSampleKeyPath } from '../../src/core/rules/judge/context';
import { isRfcExampleCredential } from '../../src/core/rules/judge/notIssued';
import { isExamplePassword } from '../../src/core/rules/judge/values';

// Examples that packages ship (sample keys, example inventories, documented stand-ins), each beside
// the credential the same rules must still report. Every key, token and password below is
// generated at runtime by FakeTokens or is a published stand-in; nothing here is a committed secret.
const detector = new Detector(builtinRules);
const fake = new FakeTokens(0xe8a3);

function found(text: string, path: string): string[] {
  return detector.scan(text, { path }).map((f) => f.ruleId);
}

describe('examples shipped with packages', () => {
  it('reads a key its folder or file name calls a sample as one, and any other key as a key', () => {
    for (const path of [
      'usr/share/doc/openvpn/examples/sample-keys/server.key',
      'examples/sample-config-files/loopback-client',
      'docs/example-certs/client.pem',
      'dummy_key.pem',
      'config/sample.key',
    ])
      assert.equal(isSampleKeyPath(path), true, path);
    for (const path of ['deploy/keys/server.key', 'examples/app/id_rsa', 'src/samples.py', 'certs/server-sample.pem'])
      assert.equal(isSampleKeyPath(path), false, path);
    const pem = fake.pem('PRIVATE KEY');
    assert.deepEqual(found(pem, 'doc/openvpn/examples/sample-keys/client.key'), []);
    assert.deepEqual(found(pem, 'examples/sample-config-files/loopback-server'), []);
    // An example folder alone does not make a key a sample: it may be a deploy key left there.
    assert.deepEqual(found(pem, 'examples/deploy/id_rsa'), ['private-key']);
    assert.deepEqual(found(pem, 'keys/server.key'), ['private-key']);
  });

  it("reads a published default in an example file as the example, and in a deployment's file as a default", () => {
    assert.equal(isExamplePath('fortios/examples/httpapi/inventory/hosts'), true);
    assert.equal(isExamplePath('captures/session.har'), false);
    assert.equal(isExamplePath('inventory/hosts'), false);
    // The value is a published default (documentation text, not a credential).
    const line = `fortigate01 ansible_host=192.0.2.7 ansible_user="admin" ansible_password="${'admin'}"\n`;
    assert.deepEqual(found(line, 'fortios/examples/httpapi/inventory/hosts'), []);
    assert.deepEqual(found(`password: "${'password'}"\n`, 'ibox_vars/iboxNNNN_example.yaml'), []);
    assert.ok(found(line, 'inventory/hosts').includes('known-default-secret'));
    assert.ok(found(`password: "${'password'}"\n`, 'group_vars/ibox.yaml').includes('known-default-secret'));
  });

  it('reads a distributed template (`.dist` last) as an example, and the file installed from it as config', () => {
    assert.equal(isExamplePath('plugins/mailer/config.inc.php.dist'), true);
    assert.equal(isExamplePath('phpunit.xml.dist'), true);
    for (const path of ['dist/app.js', 'config/distance.php', 'plugins/mailer/config.inc.php'])
      assert.equal(isExamplePath(path), false, path);
    const line = `$config['mailer_password'] = '${'sec' + 'ret'}';\n`;
    assert.deepEqual(found(line, 'plugins/mailer/config.inc.php.dist'), []);
    assert.ok(found(line, 'plugins/mailer/config.inc.php').includes('known-default-secret'));
    // A random value in the template is still reported, at low confidence.
    const key = detector.scan(`$config['mailer_api_key'] = '${fake.alnum(32)}';\n`, {
      path: 'plugins/mailer/config.inc.php.dist',
    });
    assert.deepEqual(
      key.map((f) => f.confidence),
      ['low'],
    );
  });

  it('reads "whatever" as a stand-in password, and a typed password beside it as a password', () => {
    assert.equal(isExamplePassword('whatever'), true);
    assert.deepEqual(found(`private_key_password = ${'whatever'}\n`, 'etc/freeradius/3.0/mods-available/eap'), []);
    assert.notDeepEqual(
      found(`private_key_password = ${fake.alnum(10)}7\n`, 'etc/freeradius/3.0/mods-available/eap'),
      [],
    );
  });

  it('reads a keyboard walk with the digits documentation writes as a stand-in, and with digits of its own as a password', () => {
    // Stand-ins: the walk alone, a count, a repeated digit, a year, a `!`.
    for (const standIn of [
      'qwerty',
      'qwerty123',
      'asdf1234',
      'qwerty2024',
      'qwerty1!',
      'asdf0000',
      'zxcvbn',
      'qwertyuiop',
    ])
      assert.equal(isExamplePassword(standIn), true, standIn);
    // Set by someone: digits and symbols that are not a count, a repeat or a year.
    for (const own of ['qwerty699', 'asdfgh#9', 'qwerty!6', 'asdfgh695', 'zxcv2468'])
      assert.equal(isExamplePassword(own), false, own);
    // Other dummy words keep their digits' reading: `admin699` is still the dummy with digits added.
    assert.equal(isExamplePassword('admin699'), true);
    assert.notDeepEqual(found(`rcon.password=${'qwerty'}699\n`, 'server.properties'), []);
    assert.deepEqual(found(`rcon.password=${'qwerty'}123\n`, 'server.properties'), []);
  });

  it("reads a passwd-file record's uid and gid after `pass` as no password", () => {
    const record = `user:{plain}${'pass'}:1000:1000::/home/user::userdb_mail=maildir:~/Maildir\n`;
    assert.deepEqual(found(record, 'usr/share/doc/dovecot-core/wiki/AuthDatabase.PasswdFile.txt'), []);
    // A password written after its label in the same notes is still found.
    assert.notDeepEqual(
      found(`pass: ${fake.alnum(8)}7!Q\n`, 'usr/share/doc/dovecot-core/wiki/AuthDatabase.PasswdFile.txt'),
      [],
    );
  });

  it("reads an OAuth RFC's example token with a form body's `&` after it as the example", () => {
    // RFC 5849 section 1.2's temporary credentials, as libraries quote the response body.
    assert.equal(isRfcExampleCredential(`${'hdhd0244k9j7ao03'}&`), true);
    const body = `            oauth_token=${'hh5s93j4hdidpola'}&oauth_token_secret=${'hdhd0244k9j7ao03'}&\n`;
    assert.deepEqual(found(body, 'authlib/oauth1/rfc5849/authorization_server.py'), []);
    assert.equal(isRfcExampleCredential(`${fake.alnum(16)}&`), false);
  });

  it("reads a type's declaration as no assignment, and the same name assigned as one", () => {
    assert.deepEqual(found('    public class AccessToken : IDisposable\n', 'plugins/modules/win_whoami.ps1'), []);
    assert.deepEqual(found('struct ApiKey: Codable {\n', 'Sources/App/Models.swift'), []);
    assert.notDeepEqual(found(`$AccessToken = "${fake.alnum(28)}Q7"\n`, 'scripts/deploy.ps1'), []);
  });

  it("reads a rendered manual's config listing as its source's example, and notes and sources as themselves", () => {
    for (const path of [
      'usr/share/doc/bacula-doc/html/main/Configuring_Director.html',
      'docs/_build/html/config.html',
      'doc/html/index.htm',
    ])
      assert.equal(isRenderedDocs(path), true, path);
    for (const path of ['docs/access.html', 'wiki/accounts.html', 'site/html/login.html', 'doc/html/config.rst'])
      assert.equal(isRenderedDocs(path), false, path);
    const listing = `  Password = "${fake.base64(33)}"\n`;
    assert.deepEqual(found(listing, 'usr/share/doc/bacula-doc/html/main/Configuring_Director.html'), []);
    // The manual's source, a notes page and a config file keep theirs.
    assert.notDeepEqual(found(listing, 'docs/configuring-director.rst'), []);
    assert.notDeepEqual(found(listing, 'docs/access.html'), []);
    assert.notDeepEqual(found(listing, 'etc/bacula/bacula-dir.conf'), []);
  });
});
