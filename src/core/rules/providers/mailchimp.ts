// Formats: Mailchimp docs "About API keys" (32 hex and a `-us<N>` data-center suffix) and Mailchimp
// Transactional (Mandrill) "Authentication" (22-character API keys).
import type { Rule } from '../types';
import { NAME_TAIL, contextRule } from '../ruleKit';

export const mailchimpRules: readonly Rule[] = [
  {
    id: 'mailchimp-api-key',
    title: 'Mailchimp API key',
    provider: 'Mailchimp',
    keywords: ['-us'],
    pattern: /(?<![A-Za-z0-9_-])[0-9a-f]{32}-us[0-9]{1,2}(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    confidence: 'high',
    envVar: 'MAILCHIMP_API_KEY',
    docs: 'https://mailchimp.com/help/about-api-keys/',
    risk: 'Full Marketing API access: exports the audience (names, emails), sends campaigns and changes the account.',
    examples: {
      positives: (fake) => [
        `${fake.hex(32)}-us${1 + fake.int(20)}`,
        `mailchimp.setConfig({ apiKey: '${fake.hex(32)}-us6', server: 'us6' });`,
      ],
      negatives: [
        { text: 'MAILCHIMP_API_KEY=your-api-key-us6', why: 'placeholder' },
        { text: '0123456789abcdef0123456789abcdef-us6', why: 'sequential dummy value' },
        { text: (fake) => `${fake.hex(30)}-us6`, why: 'too short' },
      ],
    },
  },
  contextRule({
    id: 'mailchimp-transactional-api-key',
    title: 'Mailchimp Transactional (Mandrill) API key',
    provider: 'Mailchimp',
    keywords: ['mandrill', 'transactional'],
    name: `(?:mandrill|mailchimp[_.-]?transactional)${NAME_TAIL}`,
    value: '[A-Za-z0-9_-]{22}',
    valueClass: '[A-Za-z0-9_-]',
    minEntropy: 3.5,
    envVar: 'MANDRILL_API_KEY',
    docs: 'https://mailchimp.com/developer/transactional/docs/authentication/',
    risk: 'Sends transactional email from your verified domains and reads message content and activity.',
    names: ['MANDRILL_API_KEY', 'MAILCHIMP_TRANSACTIONAL_API_KEY'],
    sample: (fake) => fake.base64url(22),
    negatives: [{ text: 'mandrill_template_name: "order-confirmation"', why: 'a template name' }],
  }),
];
