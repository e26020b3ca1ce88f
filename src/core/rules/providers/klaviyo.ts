// Format: Klaviyo developer docs "Authenticate API requests" (private API keys start `pk_`, then 34 hex
// characters; the six-character public key / site id ships in web pages and is not reported).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';
import { hasLetterAndDigit } from '../valueChecks';

export const klaviyoRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'klaviyo-private-api-key',
      title: 'Klaviyo private API key',
      provider: 'Klaviyo',
      prefix: 'pk_',
      body: '[a-f0-9]{34}',
      minEntropy: 3,
      confidence: 'medium',
      envVar: 'KLAVIYO_PRIVATE_API_KEY',
      docs: 'https://developers.klaviyo.com/en/docs/authenticate_',
      risk: "Reads and exports the account's profiles (emails, phone numbers), lists and campaigns, and sends campaigns to them.",
      validate: (token) => hasLetterAndDigit(token.slice(3)),
      token: (fake) => `pk_${fake.hex(33)}${fake.digits(1)}`,
      usage: (t) => `curl -H 'Authorization: Klaviyo-API-Key ${t}' https://a.klaviyo.com/api/profiles/`,
      negatives: [{ text: (fake) => `pk_live_${fake.alnum(24)}`, why: 'a Stripe publishable key' }],
    }),
  ),
];
