// Formats: Anyscale Endpoints "Authenticate" (Endpoints API keys, generated on the Credentials page,
// start `esecret_`). The Endpoints API moved to the hosted Anyscale platform in August 2024; such
// keys may still be live there.
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';

export const anyscaleRules: readonly Rule[] = [
  prefixedRule({
    id: 'anyscale-api-key',
    title: 'Anyscale Endpoints API key',
    provider: 'Anyscale',
    prefix: 'esecret_',
    body: '[A-Za-z0-9]{20,64}',
    envVar: 'ANYSCALE_API_KEY',
    docs: 'https://docs.anyscale.com/auth/api-keys',
    risk: "Calls the account's Anyscale-hosted model endpoints on its bill.",
    confidence: 'medium',
    minEntropy: 3.5,
    token: (fake) => `esecret_${fake.alnum(26)}`,
    usage: (t) => `ANYSCALE_API_KEY=${t}`,
    negatives: [{ text: (fake) => `esecret_${fake.alnum(10)}`, why: 'too short to be a key' }],
  }),
];
