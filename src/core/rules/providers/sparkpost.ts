// Format: SparkPost docs "Create API keys" (40 hex characters; no prefix, so only with the name).
import type { Rule } from '../types';
import { NAME_TAIL, contextRule } from '../ruleKit';

export const sparkpostRules: readonly Rule[] = [
  contextRule({
    id: 'sparkpost-api-key',
    title: 'SparkPost API key',
    provider: 'SparkPost',
    keywords: ['sparkpost'],
    name: `sparkpost${NAME_TAIL}`,
    value: '[0-9a-f]{40}',
    valueClass: '[0-9a-f]',
    minEntropy: 3,
    envVar: 'SPARKPOST_API_KEY',
    docs: 'https://support.sparkpost.com/docs/getting-started/create-api-keys',
    risk: 'Sends email from your sending domains and, depending on its grants, reads recipient lists, templates and events.',
    names: ['SPARKPOST_API_KEY', 'SPARKPOST_KEY'],
    sample: (fake) => fake.hex(40),
    negatives: [{ text: 'SPARKPOST_API_ENDPOINT=https://api.eu.sparkpost.com', why: 'an endpoint' }],
  }),
];
