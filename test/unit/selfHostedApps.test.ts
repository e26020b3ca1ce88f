import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { isFallbackStandIn } from '../../src/core/rules/fallbackStandIns';
import { judgeName } from '../../src/core/rules/judge/names';
import { assignmentFollows } from '../../src/core/rules/keywordGates';
import { isPlaceholder } from '../../src/core/rules/placeholders';

// Every credential below is generated at runtime by FakeTokens; nothing here is a committed secret.
// The published defaults are assembled from parts, as the judge stores them.
const fake = new FakeTokens(0x5e1f);
const detector = new Detector(builtinRules);
const rulesOn = (text: string, path: string) => detector.scan(text, { path }).map((f) => f.ruleId);

describe('configuration of self-hosted apps (self-hosted-apps corpus, issue 11)', () => {
  it('reads an XML element value wrapped in CDATA (Magento 1 local.xml)', () => {
    const pw = `${fake.alnum(12)}#4`;
    assert.deepEqual(rulesOn(`<password><![CDATA[${pw}]]></password>\n`, 'app/etc/local.xml'), ['xml-secret-element']);
    assert.deepEqual(rulesOn('<password><![CDATA[]]></password>\n', 'app/etc/local.xml'), []);
    assert.deepEqual(rulesOn('<password><![CDATA[changeme]]></password>\n', 'app/etc/local.xml'), []);
  });

  it("names Rails' key bases and a DES key as secrets, not other `key` names", () => {
    for (const name of ['db_key_base', 'otp_key_base', 'secret_key_base', 'des_key'])
      assert.equal(judgeName(name)?.kind, 'secret', name);
    for (const name of ['key_name', 'database', 'primary_key', 'base_key'])
      assert.equal(judgeName(name), undefined, name);
    const json = `{\n  "gitlab_rails": {\n    "db_key_base": "${fake.hex(128)}"\n  }\n}\n`;
    assert.deepEqual(rulesOn(json, '/etc/gitlab/gitlab-secrets.json'), ['generic-secret-assignment']);
    const php = `$config['des_key'] = '${fake.alnum(24)}';\n`;
    assert.deepEqual(rulesOn(php, 'config/config.inc.php'), ['generic-secret-assignment']);
  });

  it('takes the defaults apps ship and document for defaults, and a changed value for a secret', () => {
    const grafanaDefault = ['SW2Y', 'cwTIb9zp', 'OOhoPsMm'].join('');
    const harborDefault = ['Harbor', '12345'].join('');
    assert.ok(isPlaceholder(grafanaDefault));
    assert.ok(isPlaceholder(harborDefault));
    const roundcubeDefault = ['rcmail-!24', 'ByteDESkey*Str'].join('');
    assert.deepEqual(rulesOn(`$config['des_key'] = '${roundcubeDefault}';\n`, 'config/defaults.inc.php'), []);
    assert.deepEqual(rulesOn(`secret_key = ${grafanaDefault}\n`, 'conf/defaults.ini'), []);
    assert.deepEqual(rulesOn(`harbor_admin_password: ${harborDefault}\n`, 'harbor.yml'), []);
    assert.deepEqual(rulesOn(`secret_key = ${fake.alnum(20)}\n`, '/etc/grafana/grafana.ini'), [
      'generic-secret-assignment',
    ]);
    const mm = (pw: string) => `"DataSource": "postgres://mmuser:${pw}@localhost/mattermost?sslmode=disable",\n`;
    assert.deepEqual(rulesOn(mm('mostest'), 'config/config.json'), []);
    assert.deepEqual(rulesOn(mm(`${fake.alnum(14)}9`), 'config/config.json'), ['url-credentials']);
  });

  it('reads a triple-quoted ini value and a value after an encoding prefix', () => {
    const pw = `${fake.alnum(10)}#7;`;
    assert.deepEqual(rulesOn(`password = """${pw}"""\n`, '/etc/grafana/grafana.ini'), ['generic-secret-assignment']);
    const hex = fake.hex(64);
    assert.deepEqual(rulesOn(`encryption.key = hex2bin:${hex}\n`, '.env'), ['generic-secret-assignment']);
    assert.deepEqual(rulesOn('encryption.key = hex2bin:\n', 'env'), []);
    const line = `password = """${pw}"""`;
    assert.ok(assignmentFollows(line, 0, line.length));
    const prefixed = `key = hex2bin:${hex}`;
    assert.ok(assignmentFollows(prefixed, 0, prefixed.length));
    const empty = 'password = """"""';
    assert.ok(!assignmentFollows(empty, 0, empty.length));
  });

  it("names Rails' Active Record encryption keys as secrets", () => {
    for (const name of ['ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY', 'ACTIVE_RECORD_ENCRYPTION_DETERMINISTIC_KEY'])
      assert.equal(judgeName(name)?.kind, 'secret', name);
    for (const name of ['encryption_public_key', 'encryption_key_id', 'primary_key'])
      assert.equal(judgeName(name), undefined, name);
    const env = `ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY=${fake.alnum(32)}\n`;
    assert.deepEqual(rulesOn(env, '.env.production'), ['generic-secret-assignment']);
  });

  it("reads a salt fallback, not an installer's substitution slot", () => {
    assert.ok(isFallbackStandIn('__SALT__', 'SECURITY_SALT'));
    assert.ok(!isFallbackStandIn(fake.hex(64), 'SECURITY_SALT'));
    const php = (v: string) => `        'salt' => env('SECURITY_SALT', '${v}'),\n`;
    assert.deepEqual(rulesOn(php(fake.hex(64)), 'config/app_local.php'), ['generic-env-fallback-secret']);
    assert.deepEqual(rulesOn(php('__SALT__'), 'config/app_local.example.php'), []);
  });

  it('reads generated secrets holding the punctuation an assignment value stops at (Synapse, Sentry)', () => {
    const synapse = () => fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.,;:^&*-_+=#~@', 50);
    let found = 0;
    for (let i = 0; i < 20; i++)
      found += rulesOn(`registration_shared_secret: "${synapse()}"\n`, 'homeserver.yaml').length > 0 ? 1 : 0;
    assert.ok(found >= 18, `found ${found} of 20`);
    assert.deepEqual(rulesOn('form_secret: "{{ SYNAPSE_FORM_SECRET }}"\n', 'homeserver.yaml'), []);
    const url = 'secret_source: "https://Vault.Corp.Local:8200/v1/kv/data/App9?version=2&fields=(a,b)"\n';
    assert.deepEqual(rulesOn(url, 'app.yaml'), []);
  });

  it('reads the secrets install commands of these apps take (MinIO client, Synapse, Nextcloud occ)', () => {
    const rules = (line: string) => rulesOn(line + '\n', 'scripts/setup.sh');
    assert.equal(rules(`mc alias set backup https://s3.corp.local ${fake.upperAlnum(20)} ${fake.alnum(40)}`).length, 1);
    assert.deepEqual(rules('mc alias set backup https://s3.corp.local "$MINIO_ACCESS" "$MINIO_SECRET"'), []);
    const pw = `${fake.alnum(12)}7`;
    assert.equal(rules(`register_new_matrix_user -u admin -p '${pw}' -a -c homeserver.yaml`).length, 1);
    assert.deepEqual(rules('register_new_matrix_user -u admin -a -c homeserver.yaml http://localhost:8008'), []);
    assert.equal(rules(`php occ config:system:set mail_smtppassword --value='${pw}'`).length, 1);
    assert.deepEqual(rules(`php occ config:system:set mail_smtphost --value=smtp.${fake.lower(6)}.com`), []);
  });

  it("reads a Matrix homeserver's signing key file, not its published verify key", () => {
    const seed = fake.base64(43);
    assert.deepEqual(rulesOn(`ed25519 a_${fake.alnum(4)} ${seed}\n`, 'matrix.example.org.signing.key'), [
      'matrix-signing-key',
    ]);
    assert.deepEqual(rulesOn(`      "ed25519:a_${fake.alnum(4)}": "${seed}"\n`, 'homeserver.yaml'), []);
  });

  it("reads the apps' secret settings whose names do not say secret, judged as secrets", () => {
    assert.deepEqual(rulesOn(`$wgUpgradeKey = "${fake.hex(16)}";\n`, 'LocalSettings.php'), ['app-secret-setting']);
    assert.deepEqual(rulesOn(`$cc_encryption_hash = '${fake.alnum(64)}';\n`, 'configuration.php'), [
      'app-secret-setting',
    ]);
    assert.deepEqual(rulesOn('$wgUpgradeKey = getenv( "MW_UPGRADE_KEY" );\n', 'LocalSettings.php'), []);
    assert.deepEqual(rulesOn(`"PublicLinkSalt": "${'*'.repeat(32)}",\n`, 'config/config.json'), []);
    assert.deepEqual(rulesOn(`"PublicLinkSalt": "",\n`, 'config/config.json'), []);
  });
});
