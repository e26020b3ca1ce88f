// A setting stored as a slash-separated config path and its value, side by side as two quoted
// strings: Magento's `core_config_data` rows in SQL dumps and seeds
// (`('default', 0, 'payment/braintree/private_key', '...')`), the same pairs in PHP arrays and
// deployment scripts (`['carriers/ups/password', '...']`). The path's last segment names the
// setting; the shared judge (../judge) decides on that name and the value (issue 11,
// ecommerce-payments corpus).
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgedByNameGroup } from '../judge/judge';
import type { Rule } from '../types';

/** The credential words a path's last segment ends with; with the closing quote and comma they are the keywords. */
const LAST_WORDS = ['password', 'passwd', 'secret', 'key', 'token'];
const KEYWORDS = LAST_WORDS.flatMap((w) => [`${w}',`, `${w}",`]);

/**
 * A quoted path of 2-7 lower-case segments ending in a credential word, a comma, then a quoted
 * literal. Segments are `[a-z0-9_]` and separated by `/`, so the pattern stays linear.
 */
const CONFIG_PATH_VALUE =
  /(?<quote>["'])(?<name>[a-z0-9_]{1,40}(?:\/[a-z0-9_]{1,40}){1,6})\k<quote>\s{0,4},\s{0,4}["'](?<secret>[^"'\n\\]{1,200})["']/;

export const configPathValueRules: readonly Rule[] = [
  {
    id: 'config-path-secret-value',
    title: 'Secret stored under a config path (Magento core_config_data and the like)',
    provider: 'Secret settings',
    keywords: KEYWORDS,
    pattern: CONFIG_PATH_VALUE,
    confidence: 'medium',
    envVar: 'PAYMENT_PRIVATE_KEY',
    docs: 'https://developer.adobe.com/commerce/php/development/build/component-file-structure/',
    risk: 'Whoever reads the dump or script has the gateway, carrier or service credential the store is configured with.',
    validate: judgedByNameGroup(CONFIG_PATH_VALUE, {
      form: 'value stored under its config path',
      // The path's last segment (`private_key` of `payment/braintree/private_key`) is the setting's name.
      rename: (path) => path.slice(path.lastIndexOf('/') + 1),
      alwaysQuoted: true,
    }),
    examples: {
      embed: false,
      positives: (fake) => [
        `('default', 0, 'payment/braintree/private_key', '${fake.hex(32)}'),`,
        `INSERT INTO core_config_data (path, value) VALUES ('carriers/ups/password', '${fake.alnum(14)}7');`,
        `['payment/stripe_payments_basic/sk_live_secret', '${fake.alnum(32)}'],`,
        `setConfig("payment/adyen_abstract/notification_password","${fake.alnum(16)}");`,
        `['admin/integration/access_token','${fake.alnum(24)}']`,
        `["carriers/fedex/meter_passwd", "${fake.alnum(12)}9"]`,
        `['carriers/dhl/passwd','${fake.alnum(12)}4']`,
        `["payment/checkout/secret_key", "${fake.alnum(30)}"]`,
        `["web/api/client_secret","${fake.alnum(30)}"]`,
        `["sales/integration/api_token", "${fake.alnum(28)}"]`,
      ],
      negatives: [
        { text: "('default', 0, 'payment/braintree/private_key', ''),", why: 'empty' },
        { text: "('default', 0, 'payment/braintree/public_key', 'abcdefgh12345678'),", why: 'a public key' },
        { text: "('default', 0, 'payment/braintree/merchant_id', 'k7mz2n4qp9w8x3vt'),", why: 'not a credential name' },
        { text: "['payment/braintree/private_key', '{{BRAINTREE_KEY}}']", why: 'a template reference' },
        { text: "('default', 0, 'web/cookie/cookie_path', '/'),", why: 'a path setting' },
      ],
    },
  },
];
