// Format: OneSignal "Keys & IDs" (App API keys and Organization API keys, the "Rich Authentication
// Tokens" that replace the legacy REST keys, are private: "don't store keys in source code"; the
// App ID, a UUID, is public). Keys as the dashboard issues them start `os_v2_app_` / `os_v2_org_`,
// then lower-case base32; the docs give no length, so the body's range is wide.
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const oneSignalRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'onesignal-api-key',
      title: 'OneSignal API key',
      provider: 'OneSignal',
      prefix: 'os_v2_',
      body: String.raw`(?:app|org)_[a-z2-7]{56,160}`,
      minEntropy: 3.5,
      envVar: 'ONESIGNAL_REST_API_KEY',
      docs: 'https://documentation.onesignal.com/docs/keys-and-ids',
      risk: "Sends push, email and SMS to the app's users and reads or changes their subscriptions (an organization key also creates apps and keys).",
      token: (fake) => `os_v2_app_${fake.from('abcdefghijklmnopqrstuvwxyz234567', 113)}`,
      usage: (t) => `headers: { Authorization: 'Key ${t}' },`,
      negatives: [
        { text: (fake) => `os_v2_app_${fake.from('abcdefghijklmnopqrstuvwxyz234567', 30)}`, why: 'too short' },
      ],
    }),
  ),
];
