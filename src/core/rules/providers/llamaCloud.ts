// Format: LlamaCloud docs "API keys" (keys start `llx-`, then 48 alphanumerics); SDKs read
// LLAMA_CLOUD_API_KEY.
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const llamaCloudRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'llamacloud-api-key',
      title: 'LlamaCloud (LlamaParse) API key',
      provider: 'LlamaIndex',
      prefix: 'llx-',
      body: String.raw`[A-Za-z0-9]{48}`,
      minEntropy: 3.5,
      envVar: 'LLAMA_CLOUD_API_KEY',
      docs: 'https://docs.cloud.llamaindex.ai/api_key',
      risk: "Parses documents and queries the project's indexes on the organisation's credits; reads the indexed documents.",
      token: (fake) => `llx-${fake.alnum(48)}`,
      usage: (t) => `parser = LlamaParse(api_key="${t}")`,
      negatives: [{ text: (fake) => `llx-${fake.alnum(24)}`, why: 'too short' }],
    }),
  ),
];
