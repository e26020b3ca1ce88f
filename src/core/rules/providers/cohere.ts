// Formats: Cohere dashboard "API keys": production and trial keys alike are 40 alphanumeric
// characters with no prefix, so the rule needs a Cohere-named setting (or CO_API_KEY).
import type { Rule } from '../types';
import { assignedRule } from '../ruleKit';

export const cohereRules: readonly Rule[] = [
  assignedRule({
    id: 'cohere-api-key',
    title: 'Cohere API key (production or trial)',
    provider: 'Cohere',
    keywords: ['cohere', 'co_api_key'],
    names: 'cohere|co_api_key',
    secret: '[A-Za-z0-9]{40}',
    envVar: 'COHERE_API_KEY',
    docs: 'https://dashboard.cohere.com/api-keys',
    risk: "Calls Cohere's generate, embed and rerank endpoints on the account's bill (trial keys: its free quota).",
    minEntropy: 3.5,
    key: (fake) => fake.alnum(40),
    calls: ['co = cohere.ClientV2(api_key="$KEY")', 'const cohere = new CohereClient({ token: "$KEY" });'],
    more: (fake) => [`CO_API_KEY=${fake.alnum(40)}`],
    negatives: [
      { text: (fake) => `COHERE_KEY=${fake.alnum(39)}`, why: 'wrong length' },
      { text: 'COHERE_MODEL=command-r-plus-08-2024', why: 'a model name, not a key' },
      { text: 'COHERE_API_KEY=your-cohere-trial-key-goes-here-000000000000', why: 'placeholder' },
    ],
  }),
];
