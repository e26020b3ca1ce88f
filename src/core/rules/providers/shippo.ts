// Format: Shippo docs "Authentication" (live tokens `shippo_live_`, test tokens `shippo_test_`, then
// 40 hex characters).
import type { Rule } from '../types';
import { TOKEN_END, TOKEN_START_NO_DOT } from '../ruleKit';

function shippoRule(id: string, title: string, prefix: string, confidence: Rule['confidence'], risk: string): Rule {
  return {
    id,
    title,
    provider: 'Shippo',
    keywords: [prefix],
    pattern: new RegExp(`${TOKEN_START_NO_DOT}${prefix}[0-9a-f]{40}${TOKEN_END}`),
    minEntropy: 3,
    confidence,
    envVar: 'SHIPPO_API_TOKEN',
    docs: 'https://docs.goshippo.com/docs/guides_general/authentication',
    risk,
    examples: {
      positives: (fake) => [`${prefix}${fake.hex(40)}`, `Authorization: ShippoToken ${prefix}${fake.hex(40)}`],
      negatives: [
        { text: `SHIPPO_API_TOKEN=${prefix}...`, why: 'elided' },
        { text: `Authorization: ShippoToken ${prefix}<your-token>`, why: 'placeholder' },
      ],
    },
  };
}

export const shippoRules: readonly Rule[] = [
  shippoRule(
    'shippo-live-api-token',
    'Shippo live API token',
    'shippo_live_',
    'high',
    'Buys shipping labels billed to the account and reads shipments, addresses and customer details.',
  ),
  shippoRule(
    'shippo-test-api-token',
    'Shippo test API token',
    'shippo_test_',
    'medium',
    "Test mode only, but it reads the account's test shipments and addresses.",
  ),
];
