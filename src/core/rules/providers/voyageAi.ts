// Formats: Voyage AI docs "API key and installation" (keys start `pa-`, 43 base64url characters
// follow). The prefix is short, so the rule asks for the exact length and high entropy.
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';

export const voyageAiRules: readonly Rule[] = [
  prefixedRule({
    id: 'voyage-ai-api-key',
    title: 'Voyage AI API key',
    provider: 'Voyage AI',
    prefix: 'pa-',
    body: '[A-Za-z0-9_-]{43}',
    envVar: 'VOYAGE_API_KEY',
    docs: 'https://docs.voyageai.com/docs/api-key-and-installation',
    risk: "Computes embeddings and reranks on the organization's bill.",
    confidence: 'medium',
    minEntropy: 4,
    validate: (secret) => /[A-Z]/.test(secret) && /[a-z]/.test(secret) && /[0-9]/.test(secret),
    token: (fake) => `pa-${fake.base64url(43)}`,
    usage: (t) => `vo = voyageai.Client(api_key="${t}")`,
    negatives: [
      { text: (fake) => `pa-${fake.base64url(42)}`, why: 'wrong length' },
      { text: 'class="spa-navigation-header-container-with-sidebar-left"', why: 'a CSS class, not a key' },
    ],
  }),
];
