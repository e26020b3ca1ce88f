// Formats: Jina AI "API key manager" (keys start `jina_`, 32 hex characters, then about 28 more
// base64url characters).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';

export const jinaRules: readonly Rule[] = [
  prefixedRule({
    id: 'jina-api-key',
    title: 'Jina AI API key',
    provider: 'Jina AI',
    prefix: 'jina_',
    body: '[0-9a-f]{32}[A-Za-z0-9_-]{24,32}',
    envVar: 'JINA_API_KEY',
    docs: 'https://jina.ai/api-dashboard/key-manager',
    risk: "Calls Jina's embeddings, reranker and reader APIs on the key's token balance.",
    minEntropy: 3.5,
    token: (fake) => `jina_${fake.hex(32)}${fake.alnum(28)}`,
    usage: (t) => `curl -H "Authorization: Bearer ${t}" https://r.jina.ai/https://news.ycombinator.com`,
    negatives: [{ text: (fake) => `jina_${fake.hex(32)}`, why: 'too short to be a key' }],
  }),
];
