// Payment-gateway and shop-platform credentials whose shape or name only their provider's docs
// explain (issue 11, ecommerce-payments corpus):
// - PayPal NVP/SOAP "API signature" credentials (PayPal docs "NVP/SOAP API credentials": an API
//   username ending in `_api1.<domain>`, a 16-character API password and a 56-character signature
//   that begins `A`). Other settings called signature hold a computed signature, so only that shape.
// - Worldpay Online service keys (`T_S_`/`L_S_` + a UUID; the `T_C_`/`L_C_` client keys are public).
// - Shopware Admin API integration access key ids (`SWIA` + 22 upper-case characters), the id half of
//   the integration's pair, found as an AWS access key id is.
// - Adyen API keys written without a name, as SDK constructors take them (`new Client("AQE...")`):
//   `AQE`, a base64 part, `=-`, a 43-character base64 part, `=-` and a short tail.
import type { Rule } from '../types';
import { UUID, contextRule, prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

/** An Adyen API key's parts: `AQE` and base64, `-`, 43 base64 characters and padding, `-`, the tail. */
const ADYEN_KEY_PARTS = /^AQE[A-Za-z0-9+/]{20,}={0,2}-[A-Za-z0-9+/]{43}={0,2}-[A-Za-z0-9+/=_-]{8,}$/;

const PAYPAL_SIGNATURE_DOCS = 'https://developer.paypal.com/api/nvp-soap/apiCredentials/';

export const commerceGatewayRules: readonly Rule[] = [
  contextRule({
    id: 'paypal-api-signature',
    title: 'PayPal NVP/SOAP API signature',
    provider: 'PayPal',
    keywords: ['signature'],
    // `signature`, `API_SIGNATURE`, `acct1.Signature`, `PAYPAL_API_SIGNATURE` (a longer head starts
    // the match later: only a letter or digit may not stand before it).
    name: '(?:[A-Za-z0-9]{1,20}[_.])?(?:api[_.-]?)?signature',
    // Exactly 56 characters and no base64 or base64url-only character around it: a computed
    // signature (hex, base64 with `+/=`, base64url with `_`) in that length is rare.
    value: 'A[A-Za-z0-9.-]{55}',
    valueClass: '[A-Za-z0-9.+/=_-]',
    minEntropy: 4,
    envVar: 'PAYPAL_API_SIGNATURE',
    docs: PAYPAL_SIGNATURE_DOCS,
    risk: 'With the API username and password it calls the NVP/SOAP APIs for the account: charges, refunds and mass payments.',
    names: ['signature', 'PAYPAL_API_SIGNATURE', "'SIGNATURE'", 'acct1.Signature'],
    sample: (fake) => `A${fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-', 55)}`,
    validate: (secret) => /[a-z]/.test(secret) && /[A-Z].*[A-Z]/.test(secret.slice(1)) && /\d/.test(secret),
    negatives: [
      { text: (fake) => `verify_sign=A${fake.alnum(55)}`, why: "an IPN message's signature, not the credential" },
      { text: (fake) => `signature: ${fake.base64url(56)}_`, why: 'a base64url signature' },
      { text: (fake) => `"signature": "${fake.hex(56)}"`, why: 'a hex digest' },
    ],
  }),
  atKeyword({
    ...prefixedRule({
      id: 'worldpay-service-key',
      title: 'Worldpay Online service key',
      provider: 'Worldpay',
      prefix: 'T_S_',
      body: UUID,
      envVar: 'WORLDPAY_SERVICE_KEY',
      docs: 'https://developer.worldpay.com/',
      risk: 'Authorises, settles and refunds card payments for the merchant account.',
      token: (fake) => `T_S_${fake.uuid()}`,
      usage: (t) => `$worldpay = new Worldpay('${t}');`,
      more: (fake) => [`WORLDPAY_SERVICE_KEY=L_S_${fake.uuid()}`],
      negatives: [
        { text: (fake) => `clientKey: 'T_C_${fake.uuid()}'`, why: 'client key, public by design' },
        { text: (fake) => `clientKey: 'L_C_${fake.uuid()}'`, why: 'client key, public by design' },
      ],
    }),
    keywords: ['t_s_', 'l_s_'],
    pattern:
      /(?<![A-Za-z0-9_-])[TL]_S_[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![A-Za-z0-9_-])/,
  }),
  atKeyword(
    prefixedRule({
      id: 'shopware-integration-access-key-id',
      title: 'Shopware Admin API integration access key id',
      provider: 'Shopware',
      prefix: 'SWIA',
      body: '[A-Z0-9]{22}',
      minEntropy: 3.5,
      envVar: 'SHOPWARE_ACCESS_KEY_ID',
      docs: 'https://shopware.stoplight.io/docs/admin-api/ZG9jOjEwODA3NjQx-authentication',
      risk: "The id half of an integration's client credentials; with the secret it gets Admin API tokens that read and change orders, customers and products.",
      token: (fake) => `SWIA${fake.upperAlnum(22)}`,
      usage: (t) => `'client_id' => '${t}',`,
      negatives: [
        {
          text: (fake) => `SHOPWARE_ACCESS_TOKEN=SWSC${fake.upperAlnum(22)}`,
          why: 'a sales-channel access key, used by storefronts',
        },
      ],
    }),
  ),
  atKeyword(
    prefixedRule({
      id: 'adyen-api-key-format',
      title: 'Adyen API key',
      provider: 'Adyen',
      prefix: 'AQE',
      // The existing named rule's alphabet and length; the structure (two `=-` joints) is checked after.
      body: '[A-Za-z0-9+/=_-]{60,300}',
      validate: (secret) => ADYEN_KEY_PARTS.test(secret),
      minEntropy: 4,
      // Not ADYEN_API_KEY: under that name the named rule (./adyen.ts) reports the key first.
      envVar: 'PAYMENTS_API_KEY',
      docs: 'https://docs.adyen.com/development-resources/api-credentials/',
      risk: "Makes payments, refunds and payouts and reads transaction data within the API credential's roles.",
      token: (fake) => `AQE${fake.base64(90)}==-${fake.base64(43)}=-${fake.alnum(16)}`,
      usage: (t) => `return new Client("${t}", Environment.LIVE, "prefix");`,
      negatives: [{ text: (fake) => `AQE${fake.base64(90)}==`, why: 'the first part alone' }],
    }),
  ),
];
