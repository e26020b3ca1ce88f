// Format: Infracost docs "API key" (keys start `ico-`, then 32 alphanumerics); the CLI reads INFRACOST_API_KEY.
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const infracostRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'infracost-api-key',
      title: 'Infracost API key',
      provider: 'Infracost',
      prefix: 'ico-',
      body: String.raw`[A-Za-z0-9]{32}`,
      minEntropy: 3.5,
      envVar: 'INFRACOST_API_KEY',
      docs: 'https://www.infracost.io/docs/features/environment_variables/',
      risk: "Uses the organisation's Infracost Cloud account: reads its cost estimates and repositories and posts as its integration.",
      token: (fake) => `ico-${fake.alnum(32)}`,
      usage: (t) => `infracost configure set api_key ${t}`,
      negatives: [{ text: (fake) => `ico-${fake.alnum(16)}`, why: 'too short' }],
    }),
  ),
];
