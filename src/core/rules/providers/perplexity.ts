// Formats: Perplexity API docs "Getting started" (keys start `pplx-`, 48 characters follow).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';

export const perplexityRules: readonly Rule[] = [
  prefixedRule({
    id: 'perplexity-api-key',
    title: 'Perplexity API key',
    provider: 'Perplexity',
    prefix: 'pplx-',
    body: '[A-Za-z0-9]{48}',
    envVar: 'PERPLEXITY_API_KEY',
    docs: 'https://docs.perplexity.ai/guides/api-key-management',
    risk: "Runs Sonar search and chat requests on the account's credit.",
    minEntropy: 3.5,
    token: (fake) => `pplx-${fake.alnum(48)}`,
    usage: (t) => `Authorization: Bearer ${t}`,
    negatives: [{ text: (fake) => `pplx-${fake.alnum(32)}`, why: 'too short to be a key' }],
  }),
];
