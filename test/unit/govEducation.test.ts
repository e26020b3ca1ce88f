import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { judgeName } from '../../src/core/rules/judge/names';
import { isSocrataAppToken } from '../../src/core/rules/judge/publicSdkInit';

// Every value below is generated at runtime by FakeTokens; nothing here is a committed secret.
const fake = new FakeTokens(0x90ed);
const detector = new Detector(builtinRules);
const rulesOn = (text: string, path: string) => detector.scan(text, { path }).map((f) => f.ruleId);

describe('credentials of government and education IT (gov-education corpus)', () => {
  it("takes a Socrata app token under Socrata's header or parameter as public, not other X-App-Tokens", () => {
    const token = fake.alnum(25);
    assert.ok(isSocrataAppToken('X-App-Token', token));
    assert.ok(isSocrataAppToken('$$app_token', token));
    assert.ok(!isSocrataAppToken('SOCRATA_APP_TOKEN_SECRET', token));
    assert.ok(!isSocrataAppToken('X-App-Token', fake.alnum(32)), 'another length is another service');
    assert.deepEqual(rulesOn(`fetch(url, { headers: { 'X-App-Token': '${token}' } });\n`, 'public/js/map.js'), []);
    // Sumsub's X-App-Token is its own format and stays a credential.
    const sumsub = `prd:${fake.alnum(24)}.${fake.alnum(32)}`;
    assert.deepEqual(rulesOn(`headers['X-App-Token'] = '${sumsub}';\n`, 'src/kyc.js'), ['sumsub-app-token']);
  });

  it("reads a service principal's key by its name", () => {
    assert.notEqual(judgeName('LF_SERVICE_PRINCIPAL_KEY'), undefined);
    assert.notDeepEqual(rulesOn(`LF_SERVICE_PRINCIPAL_KEY=${fake.alnum(20)}\n`, '.env'), []);
    assert.deepEqual(rulesOn('LF_SERVICE_PRINCIPAL_KEY=${LF_KEY}\n', '.env'), []);
  });

  it('reads EZproxy accounts only in an EZproxy user.txt, and not its directives', () => {
    const text = `::LDAP\nBindPassword ${fake.alnum(16)}\n/LDAP\nlibadmin:${fake.alnum(14)}:Admin\n`;
    assert.deepEqual(rulesOn(text, 'ezproxy/user.txt').sort(), ['ezproxy-bind-password', 'ezproxy-user-account']);
    assert.deepEqual(rulesOn(`libadmin:${fake.alnum(14)}:Admin\n`, 'docs/user.txt'), []);
  });
});
