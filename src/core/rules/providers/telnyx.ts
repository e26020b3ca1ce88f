// Format: Telnyx docs "API keys" (v2 keys start `KEY`, then the key id in 32 upper-case hex characters,
// which begins `01`, `_` and 22 alphanumerics).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const telnyxRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'telnyx-api-key',
      title: 'Telnyx API v2 key',
      provider: 'Telnyx',
      prefix: 'KEY01',
      body: String.raw`[0-9A-F]{30}_[A-Za-z0-9]{22}`,
      minEntropy: 3.5,
      envVar: 'TELNYX_API_KEY',
      docs: 'https://developers.telnyx.com/docs/overview/authentication',
      risk: "Places calls and sends SMS on the account's balance, buys numbers and reads call recordings and messages.",
      token: (fake) => `KEY01${fake.upperHex(30)}_${fake.alnum(22)}`,
      usage: (t) => `telnyx.api_key = "${t}"`,
      negatives: [{ text: (fake) => `KEY01${fake.upperHex(30)}`, why: 'the key id alone' }],
    }),
  ),
];
