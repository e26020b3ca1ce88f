// Format: MailerSend docs "Managing API tokens" (tokens start `mlsn.`, then 64 hex characters).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const mailersendRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'mailersend-api-token',
      title: 'MailerSend API token',
      provider: 'MailerSend',
      prefix: 'mlsn.',
      body: String.raw`[a-f0-9]{64}`,
      minEntropy: 3,
      envVar: 'MAILERSEND_API_KEY',
      docs: 'https://www.mailersend.com/help/managing-api-tokens',
      risk: "Sends email from the account's verified domains (phishing from a trusted sender) and reads its activity and recipients.",
      token: (fake) => `mlsn.${fake.hex(64)}`,
      usage: (t) => `const mailerSend = new MailerSend({ apiKey: '${t}' });`,
      negatives: [{ text: (fake) => `mlsn.${fake.hex(32)}`, why: 'too short' }],
    }),
  ),
];
