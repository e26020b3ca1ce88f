// Format: Akamai TechDocs "Create authentication credentials" (EdgeGrid client and access tokens start
// `akab-`, then two groups of 16 lower-case alphanumerics).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const akamaiRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'akamai-edgegrid-token',
      title: 'Akamai EdgeGrid client or access token',
      provider: 'Akamai',
      prefix: 'akab-',
      // Not the API host `.edgerc` names beside the tokens (`akab-...-....luna.akamaiapis.net`).
      body: String.raw`[a-z0-9]{16}-[a-z0-9]{16}(?!\.luna\.)`,
      minEntropy: 3,
      envVar: 'AKAMAI_ACCESS_TOKEN',
      docs: 'https://techdocs.akamai.com/developer/docs/set-up-authentication-credentials',
      risk: 'With the client secret, signs Akamai API calls: purges caches and changes CDN, DNS and security configurations.',
      token: (fake) => `akab-${fake.lowerAlnum(16)}-${fake.lowerAlnum(16)}`,
      usage: (t) => `access_token = ${t}`,
      negatives: [
        { text: (fake) => `akab-${fake.lowerAlnum(16)}`, why: 'one group only' },
        {
          text: (fake) => `host = akab-${fake.lowerAlnum(16)}-${fake.lowerAlnum(16)}.luna.akamaiapis.net`,
          why: "the credential's API host name",
        },
      ],
    }),
  ),
];
