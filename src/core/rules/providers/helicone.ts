// Format: Helicone docs "API keys" (keys start `sk-helicone-`, an optional region such as `eu-`, then
// four groups of seven lower-case alphanumerics).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const heliconeRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'helicone-api-key',
      title: 'Helicone API key',
      provider: 'Helicone',
      prefix: 'sk-helicone-',
      body: String.raw`(?:[a-z]{2}-)?[a-z0-9]{7}(?:-[a-z0-9]{7}){3}`,
      minEntropy: 3,
      envVar: 'HELICONE_API_KEY',
      docs: 'https://docs.helicone.ai/helicone-headers/helicone-auth',
      risk: "Reads the organisation's logged LLM requests (prompts and completions) and routes calls through its gateway keys.",
      token: (fake) =>
        `sk-helicone-${fake.lowerAlnum(7)}-${fake.lowerAlnum(7)}-${fake.lowerAlnum(7)}-${fake.lowerAlnum(7)}`,
      usage: (t) => `headers={"Helicone-Auth": "Bearer ${t}"}`,
      more: (fake) => [
        `sk-helicone-eu-${fake.lowerAlnum(7)}-${fake.lowerAlnum(7)}-${fake.lowerAlnum(7)}-${fake.lowerAlnum(7)}`,
      ],
      negatives: [{ text: (fake) => `sk-helicone-${fake.lowerAlnum(7)}`, why: 'one group only' }],
    }),
  ),
];
