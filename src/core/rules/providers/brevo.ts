// Formats: Brevo (formerly Sendinblue) docs "API key authentication" (v3 API keys `xkeysib-` + 64 hex
// + `-` + 16 characters; SMTP keys `xsmtpsib-` in the same shape).
import type { Rule } from '../types';
import { TOKEN_END, TOKEN_START_NO_DOT } from '../ruleKit';

const DOCS = 'https://help.brevo.com/hc/en-us/articles/209467485-Create-and-manage-your-API-keys';

export const brevoRules: readonly Rule[] = [
  {
    id: 'brevo-api-key',
    title: 'Brevo (Sendinblue) API key',
    provider: 'Brevo',
    keywords: ['xkeysib-'],
    pattern: new RegExp(`${TOKEN_START_NO_DOT}xkeysib-[0-9a-f]{64}-[A-Za-z0-9]{16}${TOKEN_END}`),
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'BREVO_API_KEY',
    docs: DOCS,
    risk: 'Reads and exports contacts, sends campaigns and transactional email, and changes the Brevo account.',
    examples: {
      positives: (fake) => [
        `xkeysib-${fake.hex(64)}-${fake.alnum(16)}`,
        `api-key: xkeysib-${fake.hex(64)}-${fake.alnum(16)}`,
      ],
      negatives: [
        { text: 'BREVO_API_KEY=xkeysib-your-api-key', why: 'placeholder' },
        { text: (fake) => `xkeysib-${fake.hex(40)}-${fake.alnum(16)}`, why: 'hex part too short' },
      ],
    },
  },
  {
    id: 'brevo-smtp-key',
    title: 'Brevo (Sendinblue) SMTP key',
    provider: 'Brevo',
    keywords: ['xsmtpsib-'],
    pattern: new RegExp(`${TOKEN_START_NO_DOT}xsmtpsib-[0-9a-f]{64}-[A-Za-z0-9]{16}${TOKEN_END}`),
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'BREVO_SMTP_KEY',
    docs: DOCS,
    risk: "Relays email through Brevo's SMTP servers as your account, from your verified senders.",
    examples: {
      positives: (fake) => [
        `xsmtpsib-${fake.hex(64)}-${fake.alnum(16)}`,
        `smtp_password = "xsmtpsib-${fake.hex(64)}-${fake.alnum(16)}"`,
      ],
      negatives: [
        { text: 'SMTP_PASSWORD=xsmtpsib-...', why: 'elided' },
        { text: (fake) => `xsmtpsib-${fake.hex(64)}`, why: 'suffix missing' },
      ],
    },
  },
];
