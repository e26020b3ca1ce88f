// Format: learning.postman.com "Postman API authentication" (API keys: PMAK- + 24 hex + "-" + 34 hex).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';

export const postmanRules: readonly Rule[] = [
  prefixedRule({
    id: 'postman-api-key',
    title: 'Postman API key',
    provider: 'Postman',
    prefix: 'PMAK-',
    body: '[0-9a-f]{24}-[0-9a-f]{34}',
    minEntropy: 3,
    envVar: 'POSTMAN_API_KEY',
    docs: 'https://learning.postman.com/docs/developer/postman-api/authentication/',
    risk: "Reads and changes the user's workspaces, collections and environments, including the secrets saved in them.",
    token: (fake) => `PMAK-${fake.hex(24)}-${fake.hex(34)}`,
    more: (fake) => [`curl -H "X-Api-Key: PMAK-${fake.hex(24)}-${fake.hex(34)}" https://api.getpostman.com/me`],
    negatives: [
      { text: 'PMAK-<your-postman-api-key>', why: 'placeholder' },
      { text: (fake) => `PMAK-${fake.hex(24)}`, why: 'incomplete key' },
    ],
  }),
];
