// Format: Twilio SendGrid docs "API Keys" (69-character keys: `SG.`, a 22-character key id, `.`, a
// 43-character secret).
import type { Rule } from '../types';
import { TOKEN_END, TOKEN_START_NO_DOT } from '../ruleKit';

export const sendgridRules: readonly Rule[] = [
  {
    id: 'sendgrid-api-key',
    title: 'SendGrid API key',
    provider: 'SendGrid',
    keywords: ['sg.'],
    pattern: new RegExp(`${TOKEN_START_NO_DOT}SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}${TOKEN_END}`),
    minEntropy: 4,
    confidence: 'high',
    envVar: 'SENDGRID_API_KEY',
    docs: 'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys',
    risk: 'Sends email as your verified domains (phishing that passes SPF/DKIM) and, with full access, reads contacts and changes account settings.',
    examples: {
      positives: (fake) => [
        `SG.${fake.base64url(22)}.${fake.base64url(43)}`,
        `sgMail.setApiKey('SG.${fake.base64url(22)}.${fake.base64url(43)}');`,
      ],
      negatives: [
        {
          text: 'SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
          why: 'placeholder',
        },
        { text: (fake) => `SG.${fake.base64url(22)}.${fake.base64url(20)}`, why: 'secret part too short' },
      ],
    },
  },
];
