import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { fileKindOf } from '../../src/core/fileKind';

// Shapes met in a third held-out set of Debian packages (PHP web applications, Perl libraries, Go
// modules, Emacs Lisp and Tcl, Puppet modules, OpenStack services, documentation packages), each
// beside a credential in the same shape that the rules must still report. Every credential below
// is generated at runtime by FakeTokens; nothing here is a committed secret.
const detector = new Detector(builtinRules);
const fake = new FakeTokens(0x7e57);

function found(text: string, path: string): string[] {
  return detector.scan(text, { path }).map((f) => f.ruleId);
}

describe('held-out packages: test vectors, namespaces, markup and built names', () => {
  it("reads a test-vector file's hex fields as an algorithm's inputs and outputs", () => {
    const line = (secret: string): string =>
      `[{"mode":0,"kem_id":32,"shared_secret":"${secret}","key":"${fake.hex(32)}","base_nonce":"${fake.hex(24)}"}]\n`;
    assert.deepEqual(found(line(fake.hex(64)), 'circl/hpke/testdata/vectors_v08_779d028.json'), []);
    assert.deepEqual(found(`  "sk" : "${fake.hex(64)}",\n`, 'sign/ed25519/testdata/wycheproof_Ed25519.json'), []);
    // The same field in a test file not named for vectors, or a vectors file outside the tests, is judged as usual.
    assert.notDeepEqual(found(line(fake.hex(64)), 'hpke/testdata/server_config.json'), []);
    assert.notDeepEqual(found(line(fake.hex(64)), 'deploy/vectors.json'), []);
    // A random (non-hex) secret in a vectors file is no vector field.
    assert.notDeepEqual(found(`{"client_secret": "${fake.alnum(30)}Q7"}\n`, 'testdata/vectors.json'), []);
    // A vector's pre-shared key is no device's key either; in a device's config it is.
    const psk = (secret: string): string => `{"mode":1,"psk":"${secret}","psk_id":"${fake.hex(16)}"}\n`;
    assert.deepEqual(found(psk(fake.hex(64)), 'circl/hpke/testdata/vectors_v08_779d028.json'), []);
    assert.notDeepEqual(found(psk(fake.hex(64)), 'config/device.json'), []);
  });

  it("reads a package path as a name, in prose and under a table's password column", () => {
    const man = '.IX Item "Authen::Passphrase::MD5Crypt->from_crypt(PASSWD)"\nAuthen::Passphrase::MD5Crypt.\n';
    assert.deepEqual(found(man, 'usr/share/man/man3/Authen::Passphrase::MD5Crypt.3pm'), []);
    assert.notDeepEqual(found(`Passphrase: ${fake.alnum(10)}7!\n`, 'notes/access.md'), []);
    const table = [
      '  Option             Defined in       Default',
      '  log                Mail::Reporter   WARNINGS',
      '  password                            undef',
      '  remove_when_empty  Mail::Box        false',
      '  trace              Mail::Reporter   WARNINGS',
    ].join('\n');
    assert.deepEqual(found(`${table}\n`, 'usr/share/perl5/Mail/Box/Net.pod'), []);
  });

  it('reads a constant beside a constant-named column as a sibling of its enumeration', () => {
    const rows = [
      '    NID_pkcs9_challengePassword             X509_V_ERR_INVALID_CA',
      '    NID_pkcs9_contentType                   X509_V_ERR_OUT_OF_MEM',
      '    NID_rc2_40_cbc                          X509_V_ERR_SUBJECT_ISSUER_MISMATCH',
    ].join('\n');
    assert.deepEqual(found(`${rows}\n`, 'Net/SSLeay.pod'), []);
    // A random value under a password column is still read.
    const creds = `user      password\nadmin     ${fake.alnum(12)}7#\n`;
    assert.notDeepEqual(found(creds, 'ops/accounts.txt'), []);
  });

  it("reads an HTML page's quote references as the end of a word, not part of a password", () => {
    const page = '<p>Your username and password didn&#39;t match. Please try again.</p>\n';
    assert.deepEqual(found(page, 'doc/html/topics/auth/default.html'), []);
    const title = '<h1>otp &quot;RFC 2289 A One-Time Password System&quot;</h1>\n';
    assert.deepEqual(found(title, 'doc/tcllib/html/otp.html'), []);
    assert.notDeepEqual(found(`<p>Password: ${fake.alnum(10)}7!</p>\n`, 'notes/handover.html'), []);
  });

  it("reads a stylesheet's selectors as selectors", () => {
    const css = '.wp-hide-pw > .dashicons,\n.wp-cancel-pw > .dashicons {\n\tposition: relative;\n}\n';
    assert.deepEqual(found(css, 'wp-admin/css/forms.css'), []);
    // A provider's token keeps its own rule wherever it stands.
    const token = `/* ${fake.githubStyle('gh' + 'p_')} */\n`;
    assert.notDeepEqual(found(token, 'wp-admin/css/forms.css'), []);
  });

  it("reads a literal ending in a separator and opening a concatenation as a built name's prefix", () => {
    assert.deepEqual(found("\t$key = 'Horde_Ldap_Schema_' . md5(serialize($dn));\n", 'Horde/Ldap.php'), []);
    assert.deepEqual(found("\t$key = 'turba_fb_getEntry|' . $GLOBALS['registry'];\n", 'Driver/Facebook.php'), []);
    assert.notDeepEqual(found(`\t$key = '${fake.alnum(26)}Rt5';\n`, 'lib/Client.php'), []);
    // Concatenated without a separator at its end, a random literal is still a key.
    assert.notDeepEqual(found(`\t$key = '${fake.alnum(26)}Rt5' . $suffix;\n`, 'lib/Client.php'), []);
  });

  it("reads Babel's class output and private method names as names", () => {
    const babel = '  }, {\n    key: "_prepareSizeAndPosition",\n    value: function _prepareSizeAndPosition(size) {\n';
    assert.deepEqual(found(babel, 'wp-includes/js/dist/block-library.js'), []);
    assert.notDeepEqual(found(`    key: "${fake.alnum(24)}Zk3",\n`, 'src/client.js'), []);
  });

  it('reads Emacs Lisp as code: a regular expression in a defvar is no prose credential', () => {
    const el = '(defvar ietf-drums-atext-token "-^a-zA-Z0-9!#$%&\'*+/=?_`{|}~"\n';
    assert.deepEqual(found(el, 'lisp/mail/ietf-drums.el'), []);
    assert.notDeepEqual(found(`(setq my-service-api-key "${fake.alnum(30)}Q7")\n`, 'lisp/init.el'), []);
  });

  it("reads a test's self-named password as a fixture, and the same value elsewhere as a password", () => {
    for (const value of ['novapass', 'glancepass2', 'normalpwd', 'adminsecret'])
      assert.deepEqual(found(`      :password => '${value}',\n`, 'spec/classes/nova_db_mysql_spec.rb'), [], value);
    // A typed test password, and the same self-named value outside the tests, are reported.
    const typed = `Falcon${fake.digits(3)}!`;
    assert.notDeepEqual(found(`      :password => '${typed}',\n`, 'spec/classes/nova_db_mysql_spec.rb'), []);
    // (A manifest's body assignment: a class parameter's default, `$db_password = 'novapass',`, is a published default.)
    assert.notDeepEqual(found("  $db_password = 'novapass'\n", 'manifests/db.pp'), []);
  });

  it("reads a long option after a placeholder's name as an option, and a password after it as a password", () => {
    const upgrading = 'mysql --user=root --password=<MySQL-root-password> --skip-column-names --batch\n';
    assert.deepEqual(found(upgrading, 'doc/php-horde-ingo/UPGRADING'), []);
    assert.notDeepEqual(found(`mysql --user=root --password=${fake.alnum(12)}7# --batch\n`, 'bin/backup.sh'), []);
  });

  it('reads a search filter and a mail sender named for a password as settings about one', () => {
    assert.deepEqual(
      found("$config['password_ldap_search_filter'] = '(uid=%login)';\n", 'plugins/password/config.inc.php'),
      [],
    );
    assert.deepEqual(found(`$wgPasswordSender = "wiki@${'example'}.org";\n`, 'LocalSettings.php'), []);
    assert.notDeepEqual(found(`$config['password_ldap_searchPW'] = '${fake.alnum(12)}7#';\n`, 'config.inc.php'), []);
  });

  it("reads DokuWiki's `_test/` folders as tests and an `UPGRADING` file as prose", () => {
    assert.equal(fileKindOf('lib/plugins/authpdo/_test/mysql/mybb.sql').test, true);
    assert.equal(fileKindOf('lib/plugins/authpdo/my_test/mybb.sql').test, false);
    assert.equal(fileKindOf('doc/php-horde-ingo/UPGRADING').docs, true);
    assert.equal(fileKindOf('bin/upgrade.sh').docs, false);
  });

  it('reads no .netrc entry in a listing of its keywords or a quoted word introducing a listing', () => {
    assert.deepEqual(found('\t\t\t\t  machine login password account)\n', 'lisp/net/ange-ftp.el'), []);
    const word = fake.alnum(8) + '7';
    assert.equal(found(`password "${word}":\n`, 'lib/MongoDB/MongoClient.pm').includes('netrc-password'), false);
    assert.deepEqual(found(`password "${word}"\n`, 'home/.msmtprc'), ['netrc-password']);
  });
});
