// Format: Tailscale KB "Key prefixes" (every key starts `tskey-` and its type: `api`, `auth`, `client`,
// `scim`, `webhook`; then the key id, which ends `CNTRL`, `-` and the secret; keys are case-sensitive).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const tailscaleRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'tailscale-key',
      title: 'Tailscale API access token, auth key, OAuth client secret or webhook key',
      provider: 'Tailscale',
      prefix: 'tskey-',
      body: String.raw`(?:api|auth|client|scim|webhook)-[A-Za-z0-9]{4,32}-[A-Za-z0-9]{16,64}`,
      minEntropy: 3,
      envVar: 'TS_AUTHKEY',
      docs: 'https://tailscale.com/kb/1277/key-prefixes',
      risk: "Joins devices to the tailnet or calls the Tailscale API: reaches every machine the ACLs allow, or changes the tailnet's policy and keys.",
      token: (fake) => `tskey-auth-k${fake.alnum(7)}CNTRL-${fake.alnum(33)}`,
      usage: (t) => `sudo tailscale up --authkey=${t}`,
      more: (fake) => [
        `tskey-api-k${fake.alnum(8)}CNTRL-${fake.alnum(30)}`,
        `TS_OAUTH_CLIENT_SECRET=tskey-client-k${fake.alnum(8)}CNTRL-${fake.alnum(40)}`,
      ],
      negatives: [
        { text: (fake) => `tskey-auth-k${fake.alnum(7)}CNTRL`, why: 'the key id alone' },
        { text: (fake) => `tskey-login-k${fake.alnum(7)}CNTRL-${fake.alnum(33)}`, why: 'not a key type' },
      ],
    }),
  ),
];
