// Format: Portainer docs "Access tokens" (tokens start `ptr_`, then the base64 of 32 random bytes).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const portainerRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'portainer-access-token',
      title: 'Portainer access token',
      provider: 'Portainer',
      prefix: 'ptr_',
      body: String.raw`[A-Za-z0-9+/]{43}=?`,
      minEntropy: 3.5,
      envVar: 'PORTAINER_API_KEY',
      docs: 'https://docs.portainer.io/api/access',
      risk: 'Calls the Portainer API as the user: deploys stacks and runs containers on every environment the user manages.',
      token: (fake) => `ptr_${fake.base64(43)}=`,
      usage: (t) => `curl -H 'X-API-Key: ${t}' https://portainer.example.com/api/endpoints`,
      negatives: [{ text: (fake) => `ptr_${fake.base64(20)}`, why: 'too short' }],
    }),
  ),
];
