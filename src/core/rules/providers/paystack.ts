// Format: Paystack docs "Authentication" (secret keys sk_live_/sk_test_ and public keys
// pk_live_/pk_test_, each followed by 40 lowercase hex characters).
import type { Rule } from '../types';
import { TOKEN_END, TOKEN_START_NO_DOT } from '../ruleKit';

function paystackRule(id: string, title: string, prefix: string, confidence: Rule['confidence'], risk: string): Rule {
  return {
    id,
    title,
    provider: 'Paystack',
    keywords: [prefix],
    pattern: new RegExp(`${TOKEN_START_NO_DOT}${prefix}[0-9a-f]{40}${TOKEN_END}`),
    minEntropy: 3,
    confidence,
    envVar: 'PAYSTACK_SECRET_KEY',
    docs: 'https://paystack.com/docs/api/authentication/',
    risk,
    examples: {
      positives: (fake) => [`${prefix}${fake.hex(40)}`, `Authorization: Bearer ${prefix}${fake.hex(40)}`],
      negatives: [
        { text: (fake) => `${prefix.replace('sk_', 'pk_')}${fake.hex(40)}`, why: 'public key, safe in the browser' },
        { text: `PAYSTACK_SECRET_KEY=${prefix}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`, why: 'placeholder' },
      ],
    },
  };
}

export const paystackRules: readonly Rule[] = [
  paystackRule(
    'paystack-secret-key',
    'Paystack live secret key',
    'sk_live_',
    'high',
    'Full live API access: initiates transfers and refunds and reads customers and transactions.',
  ),
  paystackRule(
    'paystack-test-secret-key',
    'Paystack test secret key',
    'sk_test_',
    'medium',
    "Test-mode API access to the integration's test data and settings.",
  ),
];
