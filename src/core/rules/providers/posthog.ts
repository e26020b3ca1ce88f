// Format: PostHog docs "Personal API keys" (personal keys start `phx_`; project keys start `phc_` and are
// public by design, so they are not reported).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const posthogRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'posthog-personal-api-key',
      title: 'PostHog personal API key',
      provider: 'PostHog',
      prefix: 'phx_',
      body: String.raw`[A-Za-z0-9]{39,60}`,
      minEntropy: 3.5,
      envVar: 'POSTHOG_PERSONAL_API_KEY',
      docs: 'https://posthog.com/docs/api/personal-api-keys',
      risk: "Calls PostHog's private API as the user: reads persons and events, edits feature flags and deletes data in every project the user can see.",
      token: (fake) => `phx_${fake.alnum(43)}`,
      usage: (t) => `curl -H 'Authorization: Bearer ${t}' https://us.posthog.com/api/projects/`,
      negatives: [
        { text: (fake) => `phc_${fake.alnum(43)}`, why: 'a project API key: public by design' },
        { text: (fake) => `phx_${fake.alnum(20)}`, why: 'too short' },
      ],
    }),
  ),
];
