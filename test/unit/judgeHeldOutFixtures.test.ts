import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { isPattern } from '../../src/core/rules/judge/notIssued';

// Shapes of test fixtures and sample settings in ordinary code (the held-out Debian sets), each
// beside a credential in the same place that the rules must still report. The examples are
// invented here; credentials are generated at runtime by FakeTokens.
const detector = new Detector(builtinRules);
const fake = new FakeTokens(0x11f7);

function found(text: string, path: string): string[] {
  return detector.scan(text, { path }).map((f) => f.ruleId);
}

/** A UUID built at runtime (version 4 shape). */
function uuid(): string {
  return `${fake.hex(8)}-${fake.hex(4)}-4${fake.hex(3)}-a${fake.hex(3)}-${fake.hex(12)}`;
}

describe('held-out fixtures: identifiers, patterns and metasyntactic values', () => {
  it("reads a name ending in uuid or guid as a stored secret's identifier", () => {
    for (const line of [
      `rbd_secret_uuid = '${uuid()}'`,
      `SECRET_UUID = '${uuid()}'`,
      `volume.secret.uuid = "${uuid()}"`,
      `"vaultSecretGuid": "${uuid()}",`,
    ])
      assert.deepEqual(found(`${line}\n`, 'nova/virt/volume.py'), [], line);
    // The secret itself, under the same stem, is still read.
    assert.notDeepEqual(found(`rbd_secret = '${fake.alnum(28)}'\n`, 'nova/virt/volume.py'), []);
  });

  it('reads a repeated character class as a pattern, not a password', () => {
    assert.equal(isPattern('[0-9a-zA-Z]{1,12}'), true);
    assert.equal(isPattern('[A-Z]+'), true);
    assert.equal(isPattern('[a-f0-9]{32}'), true);
    assert.equal(isPattern(`${fake.alnum(10)}]{!`), false);
    assert.equal(isPattern(`Pa[${fake.alnum(6)}]9`), false, 'brackets alone are characters');
    assert.deepEqual(found(`    'password': '[0-9a-zA-Z]{1,12}',\n`, 'app/api_samples_base.py'), []);
    assert.notDeepEqual(found(`    'password': '${fake.alnum(9)}]{7#',\n`, 'app/settings.py'), []);
  });

  it('reads a metasyntactic word where a session secret goes as a stand-in', () => {
    for (const word of ['bar', 'foo', 'baz', 'foobar'])
      assert.deepEqual(found(`secret_key = "${word}"\n`, 'hcl/parser/fixtures/basic.hcl'), [], word);
    assert.deepEqual(found(`my $secret_key = '${'b' + 'ar'}'; # your key\n`, 'lib/Amazon/Queue.pm'), []);
    // A short word that is no stand-in still signs sessions as it stands.
    assert.notDeepEqual(found(`app.secret_key = "${'d' + 'ev'}"\n`, 'app/__init__.py'), []);
    assert.notDeepEqual(found(`SECRET_KEY = "${fake.alnum(12)}"\n`, 'site/settings.py'), []);
  });

  it('reads words and numbers joined by dashes and underscores as a name, not a service key', () => {
    const op = (value: string): string => `<op id="x" operation_key="${value}" interval="20000"/>\n`;
    assert.deepEqual(found(op('p_web-proxy_monitor_20000'), 'cluster/cib.xml'), []);
    assert.deepEqual(found(op('ping_vip__public_monitor_120000'), 'cluster/cib.xml'), []);
    assert.notDeepEqual(found(op(`${fake.alnum(30)}Q7`), 'cluster/cib.xml'), []);
    assert.notDeepEqual(found(op(`${fake.hex(12)}_${fake.hex(20)}`), 'cluster/cib.xml'), [], 'hex runs are no words');
  });

  it("reads a test's plain-word password as a fixture's stand-in, and a typed one as a password", () => {
    for (const word of ['unicorns', 'swordfish', 'supervisor'])
      assert.deepEqual(found(`  :password => '${word}',\n`, 'spec/classes/client_spec.rb'), [], word);
    assert.notDeepEqual(found(`  :password => '${fake.alnum(8)}7!',\n`, 'spec/classes/client_spec.rb'), []);
    assert.deepEqual(found(`    zapi.login("Admin", "${'zab' + 'bix'}")\n`, 'tests/test_agent.py'), []);
    // A test's configuration is read as configuration: a CI workflow's password-only form.
    const workflow = `      - run: mysql -h 127.0.0.1 -uroot -p${'mari' + 'nette'} -e "SELECT 1"\n`;
    assert.notDeepEqual(found(workflow, '.github/workflows/test.yml'), []);
    // Outside the tests a lone word under a password's name is still a password.
    assert.notDeepEqual(found(`  :password => '${'uni' + 'corns'}',\n`, 'manifests/client.rb'), []);
  });

  it("reads a Puppet class's parameter defaults as published defaults, and a body assignment as code", () => {
    const word = ['mario', 'nette'].join('');
    const header = (line: string): string => `class site::mq (\n${line}\n) {\n}\n`;
    assert.deepEqual(found(header(`  $middleware_password = '${word}',`), 'manifests/mq.pp'), []);
    assert.deepEqual(found(header(`  String $admin_password = '${'sec' + 'ret'}',`), 'manifests/mq.pp'), []);
    assert.deepEqual(found(`class galera($status_password = '${word}',\n`, 'manifests/init.pp'), []);
    // A random default still counts, at low confidence; a body's assignment is judged as code.
    const token = fake.alnum(32);
    const low = detector.scan(header(`  Optional[String] $api_token = '${token}',`), { path: 'manifests/mq.pp' });
    assert.deepEqual(
      low.map((f) => f.confidence),
      ['low'],
    );
    assert.notDeepEqual(found(`  $db_password = '${word}'\n`, 'manifests/mq.pp'), []);
    // The same line outside a manifest is no Puppet parameter.
    assert.notDeepEqual(found(`  $middleware_password = '${word}',\n`, 'lib/mq.php'), []);
  });

  it("reads an Ansible role's defaults and a collection's playbooks as published examples", () => {
    const typed = `C${fake.alnum(5)}12345`;
    assert.deepEqual(found(`ise_password: ${typed}\n`, 'roles/ise_deploy/defaults/main.yml'), []);
    const collection = 'ansible_collections/acme/netbox/playbooks/create_site.yml';
    assert.deepEqual(found(`    password: "${'pass' + 'word'}"\n`, collection), []);
    // A random value there is still reported, at low confidence; the role's tasks and the
    // inventory's variables are judged as configuration.
    assert.deepEqual(
      detector
        .scan(`api_token: ${fake.alnum(32)}\n`, { path: 'roles/ise_deploy/defaults/main.yml' })
        .map((f) => f.confidence),
      ['low'],
    );
    assert.notDeepEqual(found(`ise_password: ${typed}\n`, 'inventory/group_vars/all.yml'), []);
    assert.notDeepEqual(found(`ise_password: ${typed}\n`, 'roles/ise_deploy/vars/main.yml'), []);
  });

  it("reads a plain-word password in a test's or a shipped default's URL as a stand-in", () => {
    const url = (password: string): string => `url = "amqp://nova:${password}@mq.internal:5672/"\n`;
    for (const words of [
      ['sec', 'rete'],
      ['an_even_', 'bigger_secret'],
    ])
      assert.deepEqual(found(url(words.join('')), 'nova/tests/unit/test_cells.py'), [], words.join(''));
    assert.deepEqual(
      found(`  $connection = '${url(['sec', 'rete'].join('')).slice(7, -2)}',\n`, 'manifests/db.pp'),
      [],
    );
    const documented = `#   Defaults to 'mysql+pymysql://heat:${['sec', 'rete'].join('')}@localhost/heat'\n`;
    assert.deepEqual(found(documented, 'manifests/db.pp'), []);
    // A typed password there, and the same word in application code, are still read.
    assert.notDeepEqual(found(url(`${fake.alnum(10)}7`), 'nova/tests/unit/test_cells.py'), []);
    assert.notDeepEqual(found(url(['sec', 'rete'].join('')), 'nova/conf/cells.py'), []);
  });
});
