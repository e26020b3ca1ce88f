// Format: Porkbun API v3 "Getting started" (a key pair: the public key `pk1_` and the secret API key
// `sk1_`, each followed by 64 hex digits; requests send both, `X-Secret-API-Key` or `secretapikey`).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const porkbunRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'porkbun-secret-api-key',
      title: 'Porkbun secret API key',
      provider: 'Porkbun',
      prefix: 'sk1_',
      body: String.raw`[0-9a-f]{64}`,
      minEntropy: 3,
      envVar: 'PORKBUN_SECRET_API_KEY',
      docs: 'https://porkbun.com/account/api',
      risk: "With its public half, edits the DNS of every domain the key may reach (mail and TLS can be redirected), and can buy or transfer domains on the account's credit.",
      token: (fake) => `sk1_${fake.hex(64)}`,
      usage: (t) =>
        `curl -X POST https://api.porkbun.com/api/json/v3/ping -d '{"apikey":"pk1_...","secretapikey":"${t}"}'`,
      more: (fake) => [`PORKBUN_SECRET_API_KEY=sk1_${fake.hex(64)}`],
      negatives: [
        { text: (fake) => `sk1_${fake.hex(32)}${'x'.repeat(32)}`, why: 'not hex throughout' },
        { text: (fake) => `sk1_${fake.hex(40)}`, why: 'too short' },
      ],
    }),
  ),
];
