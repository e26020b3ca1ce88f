// Formats: Mistral AI console "API keys": 32 alphanumeric characters with no prefix, so the rule
// needs a Mistral-named setting.
import type { Rule } from '../types';
import { assignedRule } from '../ruleKit';

export const mistralRules: readonly Rule[] = [
  assignedRule({
    id: 'mistral-api-key',
    title: 'Mistral AI API key',
    provider: 'Mistral AI',
    keywords: ['mistral'],
    names: 'mistral',
    secret: '[A-Za-z0-9]{32}',
    envVar: 'MISTRAL_API_KEY',
    docs: 'https://docs.mistral.ai/admin/security-access/api-keys',
    risk: "Calls Mistral's chat, embeddings, OCR and fine-tuning APIs on the workspace's bill.",
    minEntropy: 3.5,
    key: (fake) => fake.alnum(32),
    calls: ['client = Mistral(api_key="$KEY")', 'const mistral = new Mistral({ apiKey: "$KEY" });'],
    negatives: [
      { text: (fake) => `MISTRAL_KEY=${fake.alnum(31)}`, why: 'wrong length' },
      { text: 'MISTRAL_MODEL=mistral-large-latest', why: 'a model name, not a key' },
    ],
  }),
];
