// Format: Stytch docs "API keys" (project secrets start `secret-test-` or `secret-live-`, then 36
// base64url characters).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const stytchRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'stytch-project-secret',
      title: 'Stytch project secret',
      provider: 'Stytch',
      prefix: 'secret-',
      body: String.raw`(?:test|live)-[A-Za-z0-9_=-]{36}`,
      minEntropy: 3.5,
      envVar: 'STYTCH_SECRET',
      docs: 'https://stytch.com/docs/api/authentication',
      risk: 'Calls the Stytch API for the project: creates and logs in users, reads their sessions and changes authentication settings.',
      token: (fake) => `secret-live-${fake.base64url(36)}`,
      usage: (t) => `client = stytch.Client(project_id=pid, secret="${t}")`,
      more: (fake) => [`secret-test-${fake.base64url(36)}`],
      negatives: [{ text: (fake) => `secret-live-${fake.base64url(16)}`, why: 'too short' }],
    }),
  ),
];
