// App passwords written as their issuer displays them: Google shows one (for Gmail's SMTP and IMAP
// when two-step verification is on) as four groups of four lowercase letters, `abcd efgh ijkl mnop`,
// and mail settings are pasted with the blanks; Apple shows an app-specific password (altool,
// notarytool, fastlane's FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD) as `abcd-efgh-ijkl-mnop`. The assignment rules take no blank inside a value, so
// this form has its own pattern; the shared judge (../judge) decides, on the letters without blanks.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgeCandidate, nameBefore } from '../judge/judge';
import { nameThen } from '../keywordGates';
import type { MatchContext, Rule, Verdict } from '../types';

/**
 * From a password word (the keyword: the pattern starts there, so on an over-long line it is tried
 * only where the gate holds), quote, operator, then the four groups, quoted or ending the value.
 * The rest of the name, before the word, is read back by nameHeadStart.
 */
const GROUPED_APP_PASSWORD_ASSIGNMENT =
  /(?<name>[Pp](?:[Aa][Ss][Ss](?:[Ww](?:[Oo][Rr])?[Dd])?|[Ww][Dd]))["']?\s{0,4}(?::=|=>|[:=])\s{0,4}["'`]?(?<secret>[a-z]{4}(?: [a-z]{4}){3}|[a-z]{4}(?:-[a-z]{4}){3})(?![\w -])/;

/** The longest name head before the password word. */
const NAME_HEAD_MAX = 41;

/**
 * Where the setting's name starts, read back from the password word at `wordAt` (judge's
 * nameBefore: the whole run of name characters, `EMAIL_HOST_`, `smtp_`, none), opening with a
 * letter or `_`; -1 when the run is longer than a name or opens otherwise.
 */
function nameHeadStart(line: string, wordAt: number): number {
  const i = nameBefore(line, wordAt);
  if (i === wordAt) return i;
  if (wordAt - i > NAME_HEAD_MAX || !/[A-Za-z_]/.test(line.charAt(i))) return -1;
  return i;
}

function judgeGroupedAppPassword(secret: string, match: string, context: MatchContext): Verdict | false {
  const word = GROUPED_APP_PASSWORD_ASSIGNMENT.exec(match)?.groups?.['name'];
  const headStart = nameHeadStart(context.line, context.matchIndex);
  // One group written four times (`word-word-word-word`) is a mask or a filler, never one the issuer drew.
  if (word === undefined || headStart < 0 || new Set(secret.split(/[ -]/)).size === 1) return false;
  const name = context.line.slice(headStart, context.matchIndex) + word;
  return judgeCandidate({
    name,
    // Apple's dashes judged as Google's blanks: the value checks read dashed words as an identifier.
    value: secret.replace(/-/g, ' '),
    quoted: /["'`]$/.test(match.slice(0, match.length - secret.length)),
    context,
    nameStart: headStart,
    valueEnd: context.matchIndex + match.length,
    form: `app password in ${name}`,
  });
}

/**
 * Keyword gate: after the name, a closing quote, the operator and the value's first two groups, as
 * the pattern requires (most `pass` hits are code).
 */
const groupsAssigned = nameThen(/["']?\s{0,4}(?::=|=>|[:=])\s{0,4}["'`]?[a-z]{4}[ -][a-z]{4}[ -]/y);

export const appPasswordRules: readonly Rule[] = [
  {
    id: 'grouped-app-password',
    title: 'App password written in groups (Google: four groups of four letters; Apple: dashed)',
    provider: 'Google, Apple',
    keywords: ['pass', 'pwd'],
    pattern: GROUPED_APP_PASSWORD_ASSIGNMENT,
    startsAtKeyword: true,
    keywordGate: groupsAssigned,
    confidence: 'medium',
    envVar: 'SMTP_PASSWORD',
    docs: 'https://support.google.com/accounts/answer/185833',
    risk: 'Signs in to the Google account by SMTP or IMAP (read and send its mail) until revoked.',
    validate: judgeGroupedAppPassword,
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
          `FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=${groups().replace(/ /g, '-')}`, // fastlane .env
          `  app_specific_password: "${groups().replace(/ /g, '-')}"`,
        ];
      },
      negatives: [
        { text: 'SMTP_PASSWORD="abcd efgh ijkl mnop"', why: "Google's own illustration: letters in sequence" },
        { text: 'SMTP_PASSWORD="xxxx xxxx xxxx xxxx"', why: 'a mask' },
        { text: 'FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=xxxx-xxxx-xxxx-xxxx', why: 'a mask' },
        { text: 'password: "word-word-word-word"', why: 'a repeated word, not a generated password' },
        { text: '# password: "your gmail app password"', why: 'prose' },
        { text: 'bypass = "this will work fine"', why: 'not a password name' },
        {
          text: (fake) => `user.bypass = "${fake.lower(4)} ${fake.lower(4)} ${fake.lower(4)} ${fake.lower(4)}"`,
          why: 'not a password name',
        },
      ],
    },
  },
];
