// A password written after its label in a language whose word for it is not in ASCII: Russian and
// Ukrainian "пароль", Chinese "密码"/"密碼", Japanese "パスワード", Korean "비밀번호", Polish
// "hasło", Turkish "şifre", Swedish "lösenord" (the English-alphabet spellings are prose-credential's),
// with each script's colon (the full-width one in Chinese and Japanese). The keywords reach the
// prefilter as their characters' low bytes (see KeywordMatcher): rare in any text, so no gate. The
// prose judge decides on the value. Fixture note: every positive below is generated at runtime.
import { judgeProse } from '../judge/prose';
import type { MatchContext, Rule, Verdict } from '../types';

/**
 * The labels, \u-escaped (the bundle is ASCII): [Пп]ароль, 密码, 密碼, パスワード, 비밀번호,
 * [Hh]asło, [Şş]ifre, [Ll]ösenord.
 */
const LABEL = String.raw`(?:[\u041f\u043f]\u0430\u0440\u043e\u043b\u044c|\u5bc6(?:\u7801|\u78bc)|\u30d1\u30b9\u30ef\u30fc\u30c9|\ube44\ubc00\ubc88\ud638|[Hh]as\u0142o|[\u015e\u015f]ifre|[Ll]\u00f6senord)`;

/**
 * Lower-case keyword spellings: where the capital is another character (Пароль, Şifre), the word
 * from its second letter; `senord` is ASCII (ö is Latin-1, which the prefilter does not take).
 */
const KEYWORDS = [
  '\u0430\u0440\u043e\u043b\u044c',
  '\u5bc6\u7801',
  '\u5bc6\u78bc',
  '\u30d1\u30b9\u30ef\u30fc\u30c9',
  '\ube44\ubc00\ubc88\ud638',
  'as\u0142o',
  'ifre',
  'senord',
];

/** Printable ASCII except quotes, `<>`, `|` and `\`: what a recorded password is written with. */
const VALUE_CHAR = String.raw`[\x21\x23-\x26\x28-\x3b\x3d\x3f-\x5b\x5d-\x5f\x61-\x7b\x7d\x7e]`;

/** The label, a colon (ASCII or full-width) or ` - `, then the value, without a sentence's closing punctuation. */
const NON_LATIN_LABEL = new RegExp(
  String.raw`${LABEL}(?:[ \t]{0,2}[:\uff1a]|[ \t]{1,2}[-\u2013](?=[ \t]))[ \t]{0,4}(?<quote>\x60?)(?<secret>${VALUE_CHAR}{3,63}[\x21\x23-\x26\x28\x2a\x2b\x2d\x2f-\x39\x3d\x3f-\x5b\x5e\x5f\x61-\x7b\x7d\x7e])(?=[^\x21-\x7e]|[.,;:)\]"'\x60<>|\\]|$)`,
);

function judgeNonLatin(secret: string, match: string, context: MatchContext): Verdict | false {
  return judgeProse({
    kind: 'password',
    join: 'label',
    value: secret,
    quote: match.includes('\x60' + secret) ? '\x60' : '',
    context,
  });
}

export const proseNonLatinRules: readonly Rule[] = [
  {
    id: 'prose-password-non-latin',
    title: 'Password after its label in Russian, Chinese, Japanese, Korean, Polish, Turkish or Swedish notes',
    provider: 'Notes',
    keywords: KEYWORDS,
    pattern: NON_LATIN_LABEL,
    confidence: 'medium',
    envVar: 'SERVICE_PASSWORD',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    risk: 'Notes and docs are read by everyone with the repository and its forks; the password logs in as whoever it belongs to.',
    validate: judgeNonLatin,
    examples: {
      embed: false,
      path: 'docs/notes.md',
      positives: (fake) => [
        `\u041f\u0430\u0440\u043e\u043b\u044c: ${fake.alnum(10)}7!`,
        `- \u043f\u0430\u0440\u043e\u043b\u044c \u2013 ${fake.alnum(9)}#4`,
        `\u5bc6\u7801\uff1a${fake.alnum(10)}3\u3002`,
        `\u5bc6\u78bc: ${fake.alnum(11)}8`,
        `\u30d1\u30b9\u30ef\u30fc\u30c9\uff1a${fake.alnum(10)}2`,
        `\ube44\ubc00\ubc88\ud638: \x60${fake.alnum(10)}5\x60`,
        `\ube44\ubc00\ubc88\ud638: ${fake.alnum(10)}#8^`,
        `Has\u0142o: ${fake.alnum(10)}6`,
        `\u015eifre: ${fake.alnum(10)}9`,
        `L\u00f6senord: ${fake.alnum(10)}1.`,
      ],
      negatives: [
        {
          text: '\u041f\u0430\u0440\u043e\u043b\u044c: <\u0432\u0430\u0448 \u043f\u0430\u0440\u043e\u043b\u044c>',
          why: 'a placeholder',
        },
        { text: '\u5bc6\u7801\uff1a********', why: 'masked' },
        {
          text: '\u30d1\u30b9\u30ef\u30fc\u30c9\uff1a\u7ba1\u7406\u8005\u306b\u78ba\u8a8d',
          why: 'a pointer in words, not a value',
        },
        { text: '\ube44\ubc00\ubc88\ud638: 8\uc790 \uc774\uc0c1', why: 'a policy' },
        { text: 'Has\u0142o: https://vault.acme.internal/db', why: 'a link' },
        { text: '\u5bc6\u7801\uff1aYOUR_PASSWORD', why: 'a placeholder' },
      ],
    },
  },
];
