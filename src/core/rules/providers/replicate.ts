// Formats: Replicate docs "API tokens" (tokens start `r8_`, 40 characters in all).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';

export const replicateRules: readonly Rule[] = [
  prefixedRule({
    id: 'replicate-api-token',
    title: 'Replicate API token',
    provider: 'Replicate',
    prefix: 'r8_',
    body: '[A-Za-z0-9]{37}',
    envVar: 'REPLICATE_API_TOKEN',
    docs: 'https://replicate.com/account/api-tokens',
    risk: "Runs models and deployments on the account's bill and reads its predictions, trainings and private models.",
    minEntropy: 3.5,
    token: (fake) => `r8_${fake.alnum(37)}`,
    usage: (t) => `curl -H "Authorization: Bearer ${t}" https://api.replicate.com/v1/predictions`,
    negatives: [{ text: (fake) => `r8_${fake.alnum(36)}`, why: 'wrong length' }],
  }),
];
