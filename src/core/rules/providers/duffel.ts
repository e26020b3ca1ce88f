// Format: Duffel docs "Authentication" (access tokens start `duffel_test_` or `duffel_live_`, then 43
// base64url characters).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const duffelRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'duffel-access-token',
      title: 'Duffel access token',
      provider: 'Duffel',
      prefix: 'duffel_',
      body: String.raw`(?:test|live)_[A-Za-z0-9_-]{43}`,
      minEntropy: 3.5,
      envVar: 'DUFFEL_ACCESS_TOKEN',
      docs: 'https://duffel.com/docs/api/overview/making-requests/authentication',
      risk: "Searches and books flights and stays on the organisation's account; a live token spends real money.",
      token: (fake) => `duffel_live_${fake.base64url(43)}`,
      usage: (t) => `const duffel = new Duffel({ token: '${t}' });`,
      more: (fake) => [`duffel_test_${fake.base64url(43)}`],
      negatives: [{ text: (fake) => `duffel_live_${fake.base64url(20)}`, why: 'too short' }],
    }),
  ),
];
