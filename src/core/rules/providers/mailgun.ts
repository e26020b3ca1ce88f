// Formats: Mailgun docs "Authentication" (HTTP basic auth `api:<key>`; legacy private keys `key-` +
// 32 hex, current keys 32 hex-8 hex-8 hex; public validation keys `pubkey-...`).
import type { Rule } from '../types';

const DOCS = 'https://documentation.mailgun.com/docs/mailgun/user-manual/api-key-mgmt/rbac-mgmt';
const RISK =
  'Sends mail from your Mailgun domains, reads stored messages and logs, and (account keys) manages domains, routes and webhooks.';

export const mailgunRules: readonly Rule[] = [
  {
    id: 'mailgun-api-key',
    title: 'Mailgun API key',
    provider: 'Mailgun',
    keywords: ['mailgun'],
    // Only on lines that mention Mailgun.
    pattern: /(?<![A-Za-z0-9_-])[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    confidence: 'high',
    envVar: 'MAILGUN_API_KEY',
    docs: DOCS,
    risk: RISK,
    examples: {
      embed: false,
      positives: (fake) => [
        `MAILGUN_API_KEY=${fake.hex(32)}-${fake.hex(8)}-${fake.hex(8)}`,
        `  mailgun_key: "${fake.hex(32)}-${fake.hex(8)}-${fake.hex(8)}"`,
        `const mg = mailgun.client({ username: 'api', key: '${fake.hex(32)}-${fake.hex(8)}-${fake.hex(8)}' });`,
        `curl -s --user 'api:${fake.hex(32)}-${fake.hex(8)}-${fake.hex(8)}' https://api.mailgun.net/v3/mg.shop.io/messages`,
      ],
      negatives: [
        { text: 'MAILGUN_API_KEY=your-mailgun-api-key', why: 'placeholder' },
        { text: (fake) => `mailgun message id ${fake.uuid()}`, why: 'a UUID, not a key' },
        { text: "curl --user 'api:YOUR_API_KEY' https://api.mailgun.net/v3/domains", why: 'documentation placeholder' },
      ],
    },
  },
  {
    id: 'mailgun-legacy-api-key',
    title: 'Mailgun private API key (legacy key- format)',
    provider: 'Mailgun',
    keywords: ['key-'],
    pattern: /(?<![A-Za-z0-9_-])key-[0-9a-f]{32}(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    confidence: 'medium',
    envVar: 'MAILGUN_API_KEY',
    docs: DOCS,
    risk: RISK,
    examples: {
      positives: (fake) => [`key-${fake.hex(32)}`, `auth=("api", "key-${fake.hex(32)}")`],
      negatives: [
        { text: (fake) => `pubkey-${fake.hex(32)}`, why: 'public validation key' },
        { text: 'MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
        { text: (fake) => `cache-key-${fake.hex(32)}`, why: 'part of a longer identifier' },
      ],
    },
  },
];
