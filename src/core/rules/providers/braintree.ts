// Formats: Braintree docs "Important gateway credentials" (merchant id, public key, 32-hex private
// key) and PayPal/Braintree SDK access tokens `access_token$<environment>$<merchant id>$<32 hex>`.
import type { Rule } from '../types';
import { NAME_TAIL, contextRule } from '../ruleKit';

const DOCS = 'https://developer.paypal.com/braintree/articles/control-panel/important-gateway-credentials';

function accessTokenRule(
  id: string,
  title: string,
  environment: string,
  confidence: Rule['confidence'],
  risk: string,
): Rule {
  return {
    id,
    title,
    provider: 'Braintree',
    keywords: [`access_token$${environment}$`],
    pattern: new RegExp(`(?<![A-Za-z0-9_])access_token\\$${environment}\\$[0-9a-z]{16}\\$[0-9a-f]{32}(?![A-Za-z0-9_])`),
    minEntropy: 3.5,
    confidence,
    envVar: 'BRAINTREE_ACCESS_TOKEN',
    docs: DOCS,
    risk,
    examples: {
      positives: (fake) => [
        `access_token$${environment}$${fake.lowerAlnum(16)}$${fake.hex(32)}`,
        `braintree.BraintreeGateway(access_token="access_token$${environment}$${fake.lowerAlnum(16)}$${fake.hex(32)}")`,
      ],
      negatives: [
        { text: `access_token$${environment}$<merchant_id>$<token>`, why: 'placeholder' },
        { text: (fake) => `access_token$${environment}$${fake.lowerAlnum(16)}$${fake.hex(16)}`, why: 'too short' },
      ],
    },
  };
}

export const braintreeRules: readonly Rule[] = [
  accessTokenRule(
    'braintree-access-token',
    'Braintree / PayPal production access token',
    'production',
    'high',
    'Charges and refunds real payments and reads transactions through the merchant account.',
  ),
  accessTokenRule(
    'braintree-sandbox-access-token',
    'Braintree / PayPal sandbox access token',
    'sandbox',
    'medium',
    "Sandbox only, but it reads and changes the sandbox merchant's data and configuration.",
  ),
  contextRule({
    id: 'braintree-private-key',
    title: 'Braintree private key',
    provider: 'Braintree',
    keywords: ['braintree'],
    name: `braintree${NAME_TAIL}`,
    value: '[0-9a-f]{32}',
    valueClass: '[0-9a-f]',
    minEntropy: 3,
    envVar: 'BRAINTREE_PRIVATE_KEY',
    docs: DOCS,
    risk: 'With the public key and merchant id it makes any gateway call: charges, refunds, vault reads.',
    excludeName: /public|merchant/i,
    names: ['BRAINTREE_PRIVATE_KEY', 'BRAINTREE_API_PRIVATE_KEY'],
    sample: (fake) => fake.hex(32),
    negatives: [
      { text: (fake) => `BRAINTREE_PUBLIC_KEY=${fake.lowerAlnum(16)}`, why: 'public key, an identifier' },
      { text: (fake) => `braintree_merchant_id: "${fake.lowerAlnum(16)}"`, why: 'merchant id, an identifier' },
    ],
  }),
];
