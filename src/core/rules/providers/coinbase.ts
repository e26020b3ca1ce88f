// Format: Coinbase Developer Platform docs "CDP API keys" (a key name or id and a secret: base64, or an
// EC private key in PEM, which the private-key rules cover); legacy Coinbase API secrets are 32
// alphanumerics. No prefix, so only with the name.
import type { Rule } from '../types';
import { contextRule } from '../ruleKit';

export const coinbaseRules: readonly Rule[] = [
  contextRule({
    id: 'coinbase-api-secret',
    title: 'Coinbase API secret',
    provider: 'Coinbase',
    keywords: ['coinbase'],
    name: 'coinbase[A-Za-z0-9_.-]{0,16}secret[A-Za-z0-9_.-]{0,8}',
    value: '[A-Za-z0-9+/]{32,88}={0,2}',
    valueClass: '[A-Za-z0-9+/=]',
    minEntropy: 3.8,
    envVar: 'COINBASE_API_SECRET',
    docs: 'https://docs.cdp.coinbase.com/coinbase-business/introduction/get-started',
    risk: 'Signs API requests for the account: reads balances and, with trade or transfer permission, moves funds.',
    names: ['COINBASE_API_SECRET', 'COINBASE_API_KEY_SECRET'],
    sample: (fake) => fake.base64(88),
    negatives: [
      {
        text: (fake) => `COINBASE_API_KEY_NAME=organizations/${fake.uuid()}/apiKeys/${fake.uuid()}`,
        why: 'key name, an identifier',
      },
    ],
  }),
];
