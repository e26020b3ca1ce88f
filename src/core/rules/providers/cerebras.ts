// Formats: Cerebras Cloud "API keys" (keys start `csk-`, 48 alphanumeric characters follow).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';

export const cerebrasRules: readonly Rule[] = [
  prefixedRule({
    id: 'cerebras-api-key',
    title: 'Cerebras Cloud API key',
    provider: 'Cerebras',
    prefix: 'csk-',
    body: '[A-Za-z0-9]{48}',
    envVar: 'CEREBRAS_API_KEY',
    docs: 'https://inference-docs.cerebras.ai/api-reference/authentication',
    risk: "Runs inference on Cerebras Cloud on the account's quota and bill.",
    minEntropy: 3.5,
    token: (fake) => `csk-${fake.lowerAlnum(48)}`,
    usage: (t) => `client = Cerebras(api_key="${t}")`,
    negatives: [{ text: (fake) => `csk-${fake.lowerAlnum(47)}`, why: 'wrong length' }],
  }),
];
