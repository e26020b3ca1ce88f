// Formats: OpenRouter docs "API keys" / "API key rotation" (keys start `sk-or-v1-`, 64 lowercase hex
// characters follow).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';

export const openRouterRules: readonly Rule[] = [
  prefixedRule({
    id: 'openrouter-api-key',
    title: 'OpenRouter API key',
    provider: 'OpenRouter',
    prefix: 'sk-or-v1-',
    body: '[0-9a-f]{64}',
    envVar: 'OPENROUTER_API_KEY',
    docs: 'https://openrouter.ai/docs/guides/guides/api-key-rotation',
    risk: "Calls any model routed by OpenRouter on the account's credit, up to the key's limit.",
    minEntropy: 3,
    token: (fake) => `sk-or-v1-${fake.hex(64)}`,
    usage: (t) => `Authorization: Bearer ${t}`,
    negatives: [{ text: (fake) => `sk-or-v1-${fake.hex(63)}`, why: 'wrong length' }],
  }),
];
