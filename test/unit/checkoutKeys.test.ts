import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { judgeName } from '../../src/core/rules/judge/names';
import { isPublicKey } from '../../src/core/rules/judge/publicKeys';

// Every key below is generated at runtime by FakeTokens; nothing here is a committed secret.
const fake = new FakeTokens(0xec0);
const detector = new Detector(builtinRules);
const found = (text: string, path: string) => detector.scan(text, { path }).map((f) => f.ruleId);

describe('shop and payment-gateway keys (ecommerce-payments corpus, issue 11)', () => {
  it('reads the checkout keys providers hand to browsers as public', () => {
    for (const key of [
      `test_${fake.upperAlnum(32)}`, // Adyen client key
      `live_${fake.upperAlnum(32)}`,
      `T_C_${fake.uuid()}`, // Worldpay client key
      `L_C_${fake.uuid()}`,
      `live_${fake.hex(27)}`, // Paddle client-side token
      `SWSC${fake.upperAlnum(22)}`, // Shopware sales-channel access key
    ])
      assert.ok(isPublicKey(key), key.slice(0, 6));
  });

  it('keeps the secret halves of the same providers secret', () => {
    for (const key of [
      `T_S_${fake.uuid()}`, // Worldpay service key
      `test_${fake.alnum(30)}`, // Mollie API key: mixed case, 30 characters
      `SWIA${fake.upperAlnum(22)}`, // Shopware integration access key id
      `live_${fake.upperAlnum(31)}`, // one short of an Adyen client key
    ])
      assert.ok(!isPublicKey(key), key.slice(0, 6));
  });

  it('reads a search-only key as public and a vendor auth code as a secret', () => {
    for (const name of ['ALGOLIA_SEARCH_ONLY_API_KEY', 'searchOnlyApiKey', 'algolia.search-only.key'])
      assert.equal(judgeName(name), undefined, name);
    for (const name of ['ALGOLIA_ADMIN_API_KEY', 'vendor_auth_code', 'vendorAuthCode', 'PADDLE_VENDOR_AUTH_CODE'])
      assert.equal(judgeName(name)?.kind, 'secret', name);
    // An OAuth flow's one-time code is no vendor credential.
    assert.equal(judgeName('auth_code'), undefined);
  });

  it('finds a long key pair on a continued line of a curl command, not a user:group elsewhere', () => {
    const pair = `A${fake.base64url(79)}:E${fake.base64url(79)}`;
    const text = `curl -v https://api-m.paypal.com/v1/oauth2/token \\\n  -u "${pair}" \\\n  -d "grant_type=client_credentials"\n`;
    assert.deepEqual(found(text, 'scripts/token.sh'), ['http-client-user-password']);
    const docker = `docker run --rm \\\n  -u 1000:1000 \\\n  -v "$PWD:/src" app:latest\n`;
    assert.deepEqual(found(docker, 'run.sh'), []);
  });

  it('reads a Magento core_config_data row by its path, and not a public or empty one', () => {
    const row = (path: string, value: string) => `('default', 0, '${path}', '${value}'),`;
    assert.deepEqual(found(row('payment/braintree/private_key', fake.hex(32)), 'dump.sql'), [
      'config-path-secret-value',
    ]);
    assert.deepEqual(found(row('payment/braintree/public_key', fake.lowerAlnum(16)), 'dump.sql'), []);
    assert.deepEqual(found(row('payment/braintree/private_key', ''), 'dump.sql'), []);
  });
});
