// Format: Rancher docs "API keys" (the bearer token is the access key `token-` plus five lower-case
// alphanumerics, `:`, and the 54-character secret key).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const rancherRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'rancher-api-token',
      title: 'Rancher API bearer token',
      provider: 'Rancher',
      prefix: 'token-',
      body: String.raw`[a-z0-9]{5}:[a-z0-9]{54}`,
      minEntropy: 3.5,
      envVar: 'RANCHER_TOKEN',
      docs: 'https://ranchermanager.docs.rancher.com/reference-guides/user-settings/api-keys',
      risk: 'Calls the Rancher API as the user: reaches every downstream Kubernetes cluster the user can, often as cluster owner.',
      token: (fake) => `token-${fake.lowerAlnum(5)}:${fake.lowerAlnum(54)}`,
      usage: (t) => `rancher login https://rancher.example.com --token ${t}`,
      negatives: [{ text: (fake) => `token-${fake.lowerAlnum(5)}`, why: 'the access key alone' }],
    }),
  ),
];
