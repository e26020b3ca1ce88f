// Format: ClickUp API docs "Authentication" (personal tokens start `pk_`, the user id, `_`, then 32
// upper-case alphanumerics).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const clickupRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'clickup-personal-token',
      title: 'ClickUp personal API token',
      provider: 'ClickUp',
      prefix: 'pk_',
      body: String.raw`[0-9]{5,12}_[A-Z0-9]{32}`,
      minEntropy: 3,
      envVar: 'CLICKUP_API_TOKEN',
      docs: 'https://clickup.com/api/developer-portal/authentication/',
      risk: 'Acts as the user in every ClickUp workspace they belong to: reads and edits tasks, docs and comments.',
      token: (fake) => `pk_${fake.digits(8)}_${fake.upperAlnum(32)}`,
      usage: (t) => `curl -H 'Authorization: ${t}' https://api.clickup.com/api/v2/user`,
      negatives: [
        { text: (fake) => `pk_live_${fake.alnum(24)}`, why: 'a Stripe publishable key' },
        { text: (fake) => `pk_${fake.digits(8)}_${fake.upperAlnum(20)}`, why: 'too short' },
      ],
    }),
  ),
];
