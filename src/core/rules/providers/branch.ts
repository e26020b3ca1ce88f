// Format: Branch docs "Credentials" (the Branch Key `key_live_`/`key_test_` is public, "designed to
// be used in client-side code"; the Branch Secret authenticates server-side API calls and webhook
// signatures and must never ship in an app). Live secrets start `secret_live_`, then 32 base62
// characters, as the key does (test-mode secrets reach only the test app's data).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const branchRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'branch-secret',
      title: 'Branch secret',
      provider: 'Branch',
      prefix: 'secret_live_',
      body: String.raw`[A-Za-z0-9]{32}`,
      minEntropy: 3.5,
      envVar: 'BRANCH_SECRET',
      docs: 'https://help.branch.io/account-hub/credentials-new',
      risk: "Calls Branch's server-side APIs as the app (reads and changes its link configuration) and forges webhook signatures.",
      token: (fake) => `secret_live_${fake.alnum(32)}`,
      usage: (t) => `BRANCH_SECRET=${t}`,
      negatives: [
        { text: (fake) => `branch_key: key_live_${fake.alnum(32)}`, why: 'the Branch key, public by design' },
        { text: (fake) => `secret_live_${fake.alnum(20)}`, why: 'too short' },
      ],
    }),
  ),
];
