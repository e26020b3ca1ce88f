// Formats: Twilio docs "REST API: Auth Token" (Account SID `AC` + 32 hex, 32-hex Auth Token) and
// "REST API: API Keys" (API key SID `SK` + 32 hex, with a separate 32-character secret).
import type { Rule } from '../types';
import { NAME_TAIL, contextRule } from '../ruleKit';
import { isLowerHex } from '../gateChars';
import { casedPrefixAt } from '../prefixAnchored';

export const twilioRules: readonly Rule[] = [
  contextRule({
    id: 'twilio-auth-token',
    title: 'Twilio Auth Token',
    provider: 'Twilio',
    keywords: ['twilio'],
    name: `twilio${NAME_TAIL}`,
    value: '[0-9a-f]{32}',
    valueClass: '[0-9a-f]',
    minEntropy: 3,
    confidence: 'high',
    envVar: 'TWILIO_AUTH_TOKEN',
    docs: 'https://www.twilio.com/docs/iam/api/authtoken',
    risk: 'With the Account SID it is full access to the Twilio account: sends SMS and calls at your cost, reads message logs and changes numbers.',
    names: ['TWILIO_AUTH_TOKEN', 'TWILIO_TOKEN'],
    sample: (fake) => fake.hex(32),
    negatives: [
      { text: (fake) => `TWILIO_ACCOUNT_SID=AC${fake.hex(32)}`, why: 'account SID, an identifier' },
      { text: (fake) => `twilio_message_sid: "SM${fake.hex(32)}"`, why: 'message SID, an identifier' },
    ],
  }),
  {
    id: 'twilio-api-key',
    title: 'Twilio API key SID',
    provider: 'Twilio',
    keywords: ['sk'],
    pattern: /(?<![A-Za-z0-9_-])SK[0-9a-f]{32}(?![A-Za-z0-9_-])/,
    // `sk` stands in `task`, `risk`, `skip`: a line is scanned only where an upper-case `SK` opens a
    // token of 32 hex digits.
    keywordGate: casedPrefixAt('SK', 32, isLowerHex),
    minEntropy: 3,
    confidence: 'medium',
    envVar: 'TWILIO_API_KEY',
    docs: 'https://www.twilio.com/docs/iam/api-keys',
    risk: "Names a Twilio API key; its secret is usually stored next to it, and together they call the Twilio API with the key's permissions.",
    examples: {
      positives: (fake) => [`SK${fake.hex(32)}`, `api_key_sid: SK${fake.hex(32)}`],
      negatives: [
        { text: 'TWILIO_API_KEY=SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
        { text: (fake) => `SK${fake.hex(31)}`, why: 'one character short' },
        { text: (fake) => `AC${fake.hex(32)}`, why: 'account SID, an identifier' },
      ],
    },
  },
  contextRule({
    id: 'twilio-api-key-secret',
    title: 'Twilio API key secret',
    provider: 'Twilio',
    keywords: ['twilio'],
    name: 'twilio[A-Za-z0-9_.-]{0,16}secret[A-Za-z0-9_.-]{0,8}',
    value: '[A-Za-z0-9]{32}',
    valueClass: '[A-Za-z0-9]',
    minEntropy: 3.5,
    envVar: 'TWILIO_API_SECRET',
    docs: 'https://www.twilio.com/docs/iam/api-keys',
    risk: "With its API key SID it calls the Twilio API (messages, calls, numbers) with the key's permissions.",
    names: ['TWILIO_API_SECRET', 'TWILIO_API_KEY_SECRET'],
    sample: (fake) => fake.alnum(32),
    negatives: [{ text: 'twilio_secret_name: "prod/twilio/api"', why: 'a secret-manager path, not the secret' }],
  }),
];
