import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { documentsInStrings, inDocumentationBlock } from '../../src/core/rules/judge/docBlocks';

// Modules that document themselves in string blocks (an Ansible plugin's DOCUMENTATION, EXAMPLES
// and RETURN): the lines of those blocks illustrate, the module's code does not. Every key and
// password below is generated at runtime by FakeTokens; nothing here is a committed secret.
const detector = new Detector(builtinRules);
const fake = new FakeTokens(0xd0cb);

function found(text: string, path: string): string[] {
  return detector.scan(text, { path }).map((f) => f.ruleId);
}

const MODULE = 'ansible_collections/community/general/plugins/modules/datadog_monitor.py';

describe('self-documenting modules (Ansible plugins)', () => {
  it('knows an Ansible plugin by its path, and shared code or other Python by theirs', () => {
    for (const path of [
      MODULE,
      'plugins/lookup/cpm_plugconfig.py',
      'lib/ansible/modules/uri.py',
      'plugins/modules/network/nxos/nxos_snmp_server.py',
    ])
      assert.equal(documentsInStrings(path), true, path);
    for (const path of [
      'plugins/module_utils/postgres.py',
      'plugins/modules/win_whoami.ps1',
      'app/settings.py',
      'roles/x/files/plugins.py',
      undefined,
    ])
      assert.equal(documentsInStrings(path), false, String(path));
  });

  it("reads YAML, comments, doctests and a PEM block's first line as documentation lines", () => {
    const key = fake.hex(32);
    for (const line of [
      `    api_key: ${key}`,
      `    api_key: "${key}"`,
      `    pwd: '${fake.alnum(30)}='`,
      `  - password: ${key}`,
      `#           password: "0x${key}"`,
      `>>> client.login(password="${key}")`,
      '      -----BEGIN EC PRIVATE KEY-----',
      `            "otp_secret": "${fake.alnum(16)}",`,
      `    "passwd":"${fake.alnum(12)}!"`,
      `    <secret>$1$${fake.alnum(4)}$${fake.alnum(22)}</secret>`,
      `    export SUMOLOGIC_URL=https://collectors.sumologic.com/receiver/v1/http/${fake.base64url(64)}`,
      `    url = https://collectors.sumologic.com/receiver/v1/http/${fake.base64url(64)}`,
    ])
      assert.equal(inDocumentationBlock(`before\n${line}\nafter`, 'before\n'.length + line.length - 3), true, line);
    for (const line of [
      `API_KEY = "${key}"`,
      `    password: str = "${key}"`,
      `    else: token = "${key}"`,
      `        module.params["api_key"] = "${key}"`,
      `PRIVATE_KEY = """-----BEGIN EC PRIVATE KEY-----`,
      '        "password": module.params["password"],',
      `        result = {"token": "${key}"}`,
      `    url = "https://collectors.sumologic.com/receiver/v1/http/${fake.base64url(64)}"`,
    ])
      assert.equal(inDocumentationBlock(line, line.length - 3), false, line);
  });

  it("finds nothing in an Ansible module's EXAMPLES and RETURN blocks", () => {
    const key = fake.hex(32);
    const text = [
      'EXAMPLES = r"""',
      '- name: Create a monitor',
      '  community.general.datadog_monitor:',
      `    api_key: "${key}"`,
      `    app_key: ${fake.hex(40)}`,
      '    private_key: |',
      fake
        .pem('EC PRIVATE KEY')
        .split('\n')
        .map((l) => `      ${l}`)
        .join('\n'),
      '"""',
      'RETURN = r"""',
      'otp:',
      '  sample: {',
      `        "otp_secret": "${fake.alnum(16)}",`,
      `        "client_secret": "${fake.alnum(32)}"`,
      '  }',
      '# sample:',
      `#   secret: "${fake.base64(32)}"`,
      '"""',
      '',
    ].join('\n');
    assert.deepEqual(found(text, MODULE), []);
    // The same blocks in a script that is no plugin are found (at low confidence).
    assert.ok(found(text, 'tools/monitor.py').length >= 3);
  });

  it("still finds a credential in the module's code, and the same lines in a README, a playbook or other Python", () => {
    const key = fake.hex(32);
    assert.notDeepEqual(found(`DATADOG_API_KEY = "${key}"\n`, MODULE), []);
    assert.notDeepEqual(found(`        headers = {"DD-API-KEY": "${key}"}\n`, MODULE), []);
    const example = `    api_key: "${key}"\n`;
    assert.notDeepEqual(found(example, 'README.md'), []);
    assert.notDeepEqual(found(example, 'playbooks/monitor.yml'), []);
    assert.notDeepEqual(found(`CONFIG = """\n    api_key: "${key}"\n"""\n`, 'tools/render_config.py'), []);
    assert.notDeepEqual(found(fake.pem('RSA PRIVATE KEY'), 'plugins/modules/files/id_rsa'), []);
  });
});
