// Format: Defined Networking docs "API keys" (keys start `dnkey-`, then 26 and 52 upper-case base32
// characters separated by `-`).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const definedNetworkingRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'defined-networking-api-key',
      title: 'Defined Networking (Managed Nebula) API key',
      provider: 'Defined Networking',
      prefix: 'dnkey-',
      body: String.raw`[A-Z0-9]{26}-[A-Z0-9]{52}`,
      minEntropy: 3.5,
      envVar: 'DN_API_KEY',
      docs: 'https://docs.defined.net/guides/automating-host-creation/',
      risk: 'Creates hosts and enrollment codes in the Managed Nebula network: lets new machines join it.',
      token: (fake) => `dnkey-${fake.upperAlnum(26)}-${fake.upperAlnum(52)}`,
      usage: (t) => `curl -H 'Authorization: Bearer ${t}' https://api.defined.net/v1/hosts`,
      negatives: [{ text: (fake) => `dnkey-${fake.upperAlnum(26)}`, why: 'first part only' }],
    }),
  ),
];
