// Format: PubNub docs "Keysets" (secret keys start `sec-c-`, then base64 characters; publish keys
// `pub-c-` and subscribe keys `sub-c-` ship in clients and are not reported).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const pubnubRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'pubnub-secret-key',
      title: 'PubNub secret key',
      provider: 'PubNub',
      prefix: 'sec-c-',
      body: '[A-Za-z0-9+/]{40,60}={0,2}',
      minEntropy: 3.5,
      envVar: 'PUBNUB_SECRET_KEY',
      docs: 'https://www.pubnub.com/docs/general/setup/application-setup',
      risk: "Grants and revokes access tokens for every channel of the keyset and signs administrative calls: reads and writes any user's messages.",
      token: (fake) => `sec-c-${fake.base64(48)}`,
      usage: (t) => `pnconfig.secret_key = "${t}"`,
      negatives: [{ text: (fake) => `pub-c-${fake.uuid()}`, why: 'a publish key: public by design' }],
    }),
  ),
];
