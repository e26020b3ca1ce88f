import * as assert from 'node:assert/strict';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { isServiceKeyName, looksIssued } from '../../src/core/rules/providers/namedKeys';

describe('keys named after a service', () => {
  // Values are generated at runtime (FakeTokens), so nothing here is a committed token.
  const fake = new FakeTokens(11);

  it('reads <service> key names as keys and data-structure, UI or public keys as not', () => {
    for (const name of ['WEATHER_KEY', 'openAiKey', 'CODEPUSH_DEPLOYMENT_KEY', 'geocoder-key'])
      assert.ok(isServiceKeyName(name), name);
    for (const name of [
      'CACHE_KEY',
      'sortKey',
      'RECAPTCHA_SITE_KEY',
      'vapidKey',
      'MONKEY',
      'hotkey',
      'KEY',
      'aiKey',
      'INSTRUMENTATION_KEY',
    ])
      assert.ok(!isServiceKeyName(name), name);
  });

  it('takes issued-looking values and leaves ids, paths and uniform strings', () => {
    for (const value of [fake.alnum(32), fake.hex(32), fake.lowerAlnum(30) + '7k3', fake.base64url(40)])
      assert.ok(looksIssued(value, true), value);
    for (const value of [fake.uuid(), 'uploads/avatars/2024', 'settings.display.theme', 'abcdefghijklmnopqrstu'])
      assert.ok(!looksIssued(value, true), value);
  });
});
