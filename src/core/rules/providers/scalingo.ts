// Format: Scalingo docs "API tokens" (tokens start `tk-us-`, then 48 base64url characters).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const scalingoRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'scalingo-api-token',
      title: 'Scalingo API token',
      provider: 'Scalingo',
      prefix: 'tk-us-',
      body: String.raw`[A-Za-z0-9_-]{48}`,
      minEntropy: 3.5,
      envVar: 'SCALINGO_API_TOKEN',
      docs: 'https://doc.scalingo.com/platform/user-management/api-tokens',
      risk: "Manages the user's Scalingo apps: deploys, reads environment variables (database URLs, keys) and deletes apps.",
      token: (fake) => `tk-us-${fake.base64url(48)}`,
      usage: (t) => `scalingo login --api-token ${t}`,
      negatives: [{ text: (fake) => `tk-us-${fake.base64url(24)}`, why: 'too short' }],
    }),
  ),
];
