import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { isPublicKey } from '../../src/core/rules/judge/publicKeys';
import { isPublicSdkKeyArgument, isPublicSdkKeyValue } from '../../src/core/rules/judge/publicSdkInit';

// Every key below is generated at runtime by FakeTokens; nothing here is a committed secret.
const fake = new FakeTokens(0x30b1);
const detector = new Detector(builtinRules);
const rulesOn = (text: string, path: string) => detector.scan(text, { path }).map((f) => f.ruleId);

const mapboxToken = (kind: 'pk' | 'sk') =>
  `${kind}.${Buffer.from(JSON.stringify({ u: 'acme', a: fake.lowerAlnum(25) })).toString('base64url')}.${fake.base64url(22)}`;

describe('client-side keys of mobile apps (mobile-client corpus, issue 11)', () => {
  it('reads the public SDK keys providers document as shippable as public', () => {
    for (const key of [
      `appl_${fake.alnum(27)}`, // RevenueCat public SDK keys
      `goog_${fake.alnum(27)}`,
      `amzn_${fake.alnum(27)}`,
      `ios_sdk-${fake.hex(40)}`, // Intercom mobile SDK keys
      `android_sdk-${fake.hex(40)}`,
      `key_live_${fake.alnum(32)}`, // Branch key
      mapboxToken('pk'),
    ])
      assert.ok(isPublicKey(key), key.slice(0, 8));
  });

  it('keeps the secret halves of the same providers secret', () => {
    for (const key of [
      `sk_${fake.alnum(32)}`, // RevenueCat secret key
      `secret_live_${fake.alnum(32)}`, // Branch secret
      mapboxToken('sk'),
      `appl_${fake.alnum(8)}`, // too short for an SDK key
    ])
      assert.ok(!isPublicKey(key), key.slice(0, 8));
  });

  it("tells a client SDK initialiser's key argument from other calls", () => {
    for (const before of [
      'Mixpanel.initialize(token: "',
      "mixpanel.init('",
      'MixpanelAPI.getInstance(context, "',
      'Amplitude.instance().initializeApiKey("',
      'let amplitude = Amplitude(configuration: Configuration(apiKey: "',
      'Mixpanel.initialize(',
    ])
      assert.ok(isPublicSdkKeyArgument(before), before);
    for (const before of [
      'MIXPANEL_API_SECRET="',
      'mixpanel.people.set("',
      'Amplitude.secretKey = "',
      'Mailgun.init("',
      'const token = "',
    ])
      assert.ok(!isPublicSdkKeyArgument(before), before);
    const token = fake.hex(32);
    const line = `Mixpanel.initialize(token: "${token}", trackAutomaticEvents: false)`;
    assert.ok(isPublicSdkKeyValue(line, token, line.indexOf(token) + token.length + 1));
    assert.ok(!isPublicSdkKeyValue(`let apiSecret = "${token}"`, token, 40));
  });

  it('finds the secrets and leaves the public keys on the same mobile lines', () => {
    const projectToken = fake.hex(32);
    const apiSecret = fake.hex(32);
    assert.deepEqual(
      rulesOn(`Mixpanel.initialize(token: "${projectToken}", trackAutomaticEvents: false)\n`, 'App/Analytics.swift'),
      [],
    );
    assert.deepEqual(rulesOn(`Amplitude.instance().initializeApiKey("${projectToken}")\n`, 'App/Analytics.swift'), []);
    assert.notDeepEqual(rulesOn(`MIXPANEL_API_SECRET=${apiSecret}\n`, 'scripts/.env'), []);
    assert.deepEqual(rulesOn(`Purchases.configure(withAPIKey: "appl_${fake.alnum(27)}")\n`, 'App/Store.swift'), []);
    assert.deepEqual(rulesOn("    storePassword 'android'\n    keyPassword 'android'\n", 'app/build.gradle'), []);
    assert.deepEqual(rulesOn(`    storePassword '${fake.alnum(16)}'\n`, 'app/build.gradle'), [
      'android-signing-password',
    ]);
  });

  it('reads passwords given to macOS security import and EAS secret commands, and Apple app-specific passwords', () => {
    const dashed = [0, 1, 2, 3].map(() => fake.lower(4)).join('-');
    assert.deepEqual(rulesOn(`FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=${dashed}\n`, 'fastlane/.env'), [
      'grouped-app-password',
    ]);
    assert.deepEqual(
      rulesOn(`security import dist.p12 -k build.keychain -P "${fake.alnum(14)}" -T /usr/bin/codesign\n`, 'ci.sh'),
      ['password-command-argument'],
    );
    assert.deepEqual(
      rulesOn(
        `eas secret:create --scope project --name API_SECRET --value ${fake.alnum(32)} --type string\n`,
        'setup.sh',
      ),
      ['password-command-argument'],
    );
    assert.deepEqual(rulesOn('security import dist.p12 -k build.keychain -P "$P12_PASSWORD" -A\n', 'ci.sh'), []);
  });
});
