import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { judgeName } from '../../src/core/rules/judge/names';
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
});
