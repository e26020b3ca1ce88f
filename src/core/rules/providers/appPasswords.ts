// App passwords written as their issuer displays them: Google shows one (for Gmail's SMTP and IMAP
// when two-step verification is on) as four groups of four lowercase letters, `abcd efgh ijkl mnop`,
// and mail settings are pasted with the blanks. The assignment rules take no blank inside a value, so
// this form has its own pattern; the shared judge (../judge) decides, on the letters without blanks.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgedByNameGroup } from '../judge/judge';
import { nameThen } from '../keywordGates';
import type { Rule } from '../types';

/** A password-named setting (name, quote, operator), then the four groups, quoted or ending the value. */
const GROUPED_APP_PASSWORD_ASSIGNMENT =
  /(?<![\w.-])(?<name>(?:[A-Za-z_][\w.-]{0,40})?(?:[Pp](?:[Aa][Ss][Ss](?:[Ww](?:[Oo][Rr])?[Dd])?|[Ww][Dd])))["']?\s{0,4}(?::=|=>|[:=])\s{0,4}["'`]?(?<secret>[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4})(?![\w ])/;

/**
 * Keyword gate: after the name, a closing quote, the operator and the value's first two groups, as
 * the pattern requires (most `pass` hits are code).
 */
const groupsAssigned = nameThen(/["']?\s{0,4}(?::=|=>|[:=])\s{0,4}["'`]?[a-z]{4} [a-z]{4} /y);

export const appPasswordRules: readonly Rule[] = [
  {
    id: 'grouped-app-password',
    title: 'App password written in groups (Google: four groups of four letters)',
    provider: 'Google',
    keywords: ['pass', 'pwd'],
    pattern: GROUPED_APP_PASSWORD_ASSIGNMENT,
    keywordGate: groupsAssigned,
    confidence: 'medium',
    envVar: 'SMTP_PASSWORD',
    docs: 'https://support.google.com/accounts/answer/185833',
    risk: 'Signs in to the Google account by SMTP or IMAP (read and send its mail) until revoked.',
    validate: judgedByNameGroup(GROUPED_APP_PASSWORD_ASSIGNMENT, { form: (name) => `app password in ${name}` }),
    examples: {
      embed: false,
      positives: (fake) => {
        const groups = () => [0, 1, 2, 3].map(() => fake.lower(4)).join(' ');
        return [
          `EMAIL_HOST_PASSWORD = "${groups()}"`, // Django settings
          `    auth: { user: 'alerts@gmail.com', pass: '${groups()}' },`, // nodemailer
          `SMTP_PASSWORD="${groups()}"`,
          `spring.mail.password=${groups()}`,
          `  smtp_pwd: ${groups()}`,
        ];
      },
      negatives: [
        { text: 'SMTP_PASSWORD="abcd efgh ijkl mnop"', why: "Google's own illustration: letters in sequence" },
        { text: 'SMTP_PASSWORD="xxxx xxxx xxxx xxxx"', why: 'a mask' },
        { text: '# password: "your gmail app password"', why: 'prose' },
        { text: 'bypass = "this will work fine"', why: 'not a password name' },
      ],
    },
  },
];
