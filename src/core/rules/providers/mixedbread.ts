// Formats: Mixedbread platform "API keys" (keys start `mxb_`; read by the SDKs and CLI from
// MXBAI_API_KEY).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';

export const mixedbreadRules: readonly Rule[] = [
  prefixedRule({
    id: 'mixedbread-api-key',
    title: 'Mixedbread API key',
    provider: 'Mixedbread',
    prefix: 'mxb_',
    body: '[A-Za-z0-9]{24,100}',
    envVar: 'MXBAI_API_KEY',
    docs: 'https://platform.mixedbread.com/platform?next=api-keys',
    risk: "Reads, writes and searches the organization's Mixedbread stores and runs embeddings on its bill.",
    confidence: 'medium',
    minEntropy: 3.5,
    token: (fake) => `mxb_${fake.alnum(40)}`,
    usage: (t) => `mxbai vs list --api-key ${t}`,
    negatives: [{ text: 'mxbai config keys add mxb_xxxxx work', why: 'placeholder' }],
  }),
];
