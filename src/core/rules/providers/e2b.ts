// Format: E2B docs "API key" (keys start `e2b_`, then 40 hex characters); SDKs read E2B_API_KEY.
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const e2bRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'e2b-api-key',
      title: 'E2B API key',
      provider: 'E2B',
      prefix: 'e2b_',
      body: String.raw`[a-f0-9]{40}`,
      minEntropy: 3,
      envVar: 'E2B_API_KEY',
      docs: 'https://e2b.dev/docs/api-key',
      risk: "Starts code-execution sandboxes on the team's account and reads the running ones.",
      token: (fake) => `e2b_${fake.hex(40)}`,
      usage: (t) => `sandbox = Sandbox(api_key="${t}")`,
      negatives: [{ text: (fake) => `e2b_${fake.alnum(40)}`, why: 'not hexadecimal' }],
    }),
  ),
];
