// Format: Flagsmith docs "Server-side SDKs" (server-side environment keys start `ser.`, then 22
// alphanumerics; client-side keys carry no prefix and are public).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';
import { hasLetterAndDigit } from '../valueChecks';

export const flagsmithRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'flagsmith-server-key',
      title: 'Flagsmith server-side environment key',
      provider: 'Flagsmith',
      prefix: 'ser.',
      body: String.raw`[A-Za-z0-9]{22}`,
      minEntropy: 3.5,
      envVar: 'FLAGSMITH_ENVIRONMENT_KEY',
      docs: 'https://docs.flagsmith.com/clients/server-side',
      risk: 'Reads every flag, segment and identity trait of the environment, including traits that hold user data.',
      validate: (token) => hasLetterAndDigit(token.slice(4)),
      token: (fake) => `ser.${fake.alnum(21)}${fake.digits(1)}`,
      usage: (t) => `flagsmith = Flagsmith(environment_key="${t}")`,
      negatives: [
        { text: 'user.preferencesAndSettings', why: 'a property path' },
        { text: (fake) => `ser.${fake.alnum(12)}`, why: 'too short' },
      ],
    }),
  ),
];
