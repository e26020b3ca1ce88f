// Formats: Plaid docs "API keys" (24-hex client id, 30-hex secrets per environment) and "Items"
// (access tokens `access-<environment>-<uuid>`; link and public tokens are short-lived).
import type { Rule } from '../types';
import { NAME_TAIL, contextRule } from '../ruleKit';

export const plaidRules: readonly Rule[] = [
  contextRule({
    id: 'plaid-secret',
    title: 'Plaid API secret',
    provider: 'Plaid',
    keywords: ['plaid'],
    name: `plaid${NAME_TAIL}`,
    value: '[0-9a-f]{30}',
    valueClass: '[0-9a-f]',
    minEntropy: 3,
    envVar: 'PLAID_SECRET',
    docs: 'https://dashboard.plaid.com/developers/keys',
    risk: 'With the client id it calls the Plaid API: reads linked bank accounts, balances, transactions and identity data of your users.',
    names: ['PLAID_SECRET', 'PLAID_PRODUCTION_SECRET'],
    sample: (fake) => fake.hex(30),
    negatives: [
      { text: (fake) => `PLAID_CLIENT_ID=${fake.hex(24)}`, why: 'client id, an identifier' },
      { text: 'PLAID_ENV=production', why: 'not a secret' },
    ],
  }),
  {
    id: 'plaid-access-token',
    title: 'Plaid access token',
    provider: 'Plaid',
    keywords: ['access-production-', 'access-development-'],
    pattern:
      /(?<![A-Za-z0-9_-])access-(?:production|development)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![A-Za-z0-9_-])/,
    confidence: 'high',
    envVar: 'PLAID_ACCESS_TOKEN',
    docs: 'https://plaid.com/docs/api/items/#itemremove',
    risk: "With the API keys it reads one user's linked bank accounts, balances and transactions for as long as the Item exists.",
    examples: {
      positives: (fake) => [`access-production-${fake.uuid()}`, `access-development-${fake.uuid()}`],
      negatives: [
        { text: (fake) => `access-sandbox-${fake.uuid()}`, why: 'sandbox token, test data only' },
        { text: (fake) => `link-production-${fake.uuid()}`, why: 'short-lived link token' },
        { text: 'access-production-<item-access-token>', why: 'placeholder' },
      ],
    },
  },
];
