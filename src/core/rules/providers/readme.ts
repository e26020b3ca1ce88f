// Format: ReadMe docs "API keys" (keys start `rdme_`, then 70 lower-case alphanumerics).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const readmeRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'readme-api-key',
      title: 'ReadMe API key',
      provider: 'ReadMe',
      prefix: 'rdme_',
      body: String.raw`[a-z0-9]{70}`,
      minEntropy: 3.5,
      envVar: 'README_API_KEY',
      docs: 'https://docs.readme.com/main/docs/api-keys',
      risk: "Edits and publishes the project's developer hub: pages, API definitions and changelogs.",
      token: (fake) => `rdme_${fake.lowerAlnum(70)}`,
      usage: (t) => `npx rdme openapi upload openapi.json --key=${t}`,
      negatives: [{ text: (fake) => `rdme_${fake.lowerAlnum(40)}`, why: 'too short' }],
    }),
  ),
];
