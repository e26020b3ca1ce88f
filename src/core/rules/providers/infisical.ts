// Format: Infisical docs "Service tokens" (`st.`, the token id in 24 hex characters, then two groups of
// 32 hex characters, separated by dots).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const infisicalRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'infisical-service-token',
      title: 'Infisical service token',
      provider: 'Infisical',
      prefix: 'st.',
      body: String.raw`[a-f0-9]{24}\.[a-f0-9]{32}\.[a-f0-9]{32}`,
      minEntropy: 3,
      envVar: 'INFISICAL_TOKEN',
      docs: 'https://infisical.com/docs/documentation/platform/token',
      risk: 'Reads, and with write scope changes, every secret of the project environments the token was scoped to.',
      token: (fake) => `st.${fake.hex(24)}.${fake.hex(32)}.${fake.hex(32)}`,
      usage: (t) => `infisical export --token=${t}`,
      negatives: [{ text: (fake) => `st.${fake.hex(24)}.${fake.hex(32)}`, why: 'a part is missing' }],
    }),
  ),
];
