// Format: SettleMint docs "Personal access tokens" and "Application access tokens" (tokens start `sm_pat_`,
// `sm_aat_` or `sm_sat_`, then 16 alphanumerics).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const settlemintRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'settlemint-access-token',
      title: 'SettleMint access token',
      provider: 'SettleMint',
      prefix: 'sm_',
      body: String.raw`(?:aat|pat|sat)_[A-Za-z0-9]{16}`,
      minEntropy: 3,
      envVar: 'SETTLEMINT_ACCESS_TOKEN',
      docs: 'https://console.settlemint.com/documentation/platform-components/security-and-authentication/personal-access-tokens',
      risk: "Calls the SettleMint platform's APIs as the user or application: blockchain nodes, middleware and storage.",
      token: (fake) => `sm_pat_${fake.alnum(16)}`,
      usage: (t) => `curl -H 'x-auth-token: ${t}' https://console.settlemint.com/api`,
      more: (fake) => [`sm_aat_${fake.alnum(16)}`],
      negatives: [{ text: (fake) => `sm_pat_${fake.alnum(8)}`, why: 'too short' }],
    }),
  ),
];
