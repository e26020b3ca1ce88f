import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { isPublicAdId } from '../../src/core/rules/judge/publicAdIds';

// Every value below is generated at runtime by FakeTokens; nothing here is a committed secret.
const detector = new Detector(builtinRules);
const fake = new FakeTokens(0xad7e);

function ruleIds(text: string, path: string): string[] {
  return detector.scan(text, { path }).map((f) => f.ruleId);
}

describe('public marketing identifiers (judge/publicAdIds)', () => {
  it('reads an Adjust app token under an app-token name as public, and only that shape', () => {
    assert.equal(isPublicAdId('app_token', fake.lowerAlnum(12)), true);
    assert.equal(isPublicAdId('ADJUST_APP_TOKEN', fake.lowerAlnum(12)), true);
    assert.equal(isPublicAdId('app_token__in', fake.lowerAlnum(12)), true);
    // Adjust's API token, or an app token of another shape, stays a secret.
    assert.equal(isPublicAdId('app_token', fake.alnum(20)), false);
    assert.equal(isPublicAdId('api_token', fake.lowerAlnum(12)), false);
    assert.deepEqual(ruleIds(`adjust:\n  app_token: ${fake.lowerAlnum(12)}\n`, 'config/mmp.yml'), []);
    assert.deepEqual(ruleIds(`adjust:\n  api_token: ${fake.alnum(20)}\n`, 'config/mmp.yml'), [
      'generic-secret-assignment',
    ]);
  });

  it('reads a Mixpanel project token as public but not its API secret', () => {
    assert.equal(isPublicAdId('MIXPANEL_PROJECT_TOKEN', fake.hex(32)), true);
    assert.equal(isPublicAdId('mixpanelToken', fake.hex(32)), true);
    assert.equal(isPublicAdId('MIXPANEL_API_SECRET', fake.hex(32)), false);
    const env = `MIXPANEL_PROJECT_TOKEN=${fake.hex(32)}\nMIXPANEL_API_SECRET=${fake.hex(32)}\n`;
    const secondLine = env.indexOf('\n') + 1;
    const found = detector.scan(env, { path: '.env' });
    assert.equal(found.length, 1);
    assert.ok(found[0]!.start > secondLine);
  });

  it("reads a Salesforce connected app's consumer key as its OAuth client id", () => {
    assert.equal(isPublicAdId('sf_consumer_key', '3MVG9' + fake.alnum(80)), true);
    assert.equal(isPublicAdId('sf_consumer_secret', fake.upperHex(64)), false);
    assert.deepEqual(ruleIds(`    sf_consumer_key="${'3MVG9' + fake.alnum(80)}",\n`, 'pardot/client.py'), []);
  });
});
