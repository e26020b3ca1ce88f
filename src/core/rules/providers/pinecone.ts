// Formats: Pinecone API reference "APIKeyWithSecret" (keys are `<prefix>_<public label>_<unique key>`;
// console keys start `pcsk_`, then a short label, `_`, and the random part).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';

export const pineconeRules: readonly Rule[] = [
  prefixedRule({
    id: 'pinecone-api-key',
    title: 'Pinecone API key',
    provider: 'Pinecone',
    prefix: 'pcsk_',
    body: '[A-Za-z0-9]{4,10}_[A-Za-z0-9]{40,90}',
    envVar: 'PINECONE_API_KEY',
    docs: 'https://docs.pinecone.io/guides/projects/manage-api-keys',
    risk: "Reads, overwrites and deletes the project's indexes and vectors (often embeddings of private documents).",
    minEntropy: 3.5,
    token: (fake) => `pcsk_${fake.alnum(6)}_${fake.alnum(63)}`,
    usage: (t) => `pc = Pinecone(api_key="${t}")`,
    negatives: [{ text: (fake) => `pcsk_${fake.alnum(6)}_${fake.alnum(20)}`, why: 'too short to be a key' }],
  }),
];
