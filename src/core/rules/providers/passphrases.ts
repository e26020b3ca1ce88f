// Passphrases written as words with spaces (`passphrase = "tulip falcon copper ribbon"`): the
// generic assignment reads one token, so a value with blanks is never its candidate. Most quoted
// strings with blanks under a password's name are the UI's own text ("Enter your password",
// "Passwords do not match"), so a phrase counts only when none of its words is a function word or
// a word such text is made of, and only where it is a setting (not documentation, comments, tests).
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { nameBefore } from '../judge/judge';
import { judgeContext } from '../judge/context';
import { assignmentFollows } from '../keywordGates';
import type { FakeTokens } from '../fakeTokens';
import type { MatchContext, Rule, Verdict } from '../types';

/** Words a passphrase generator (diceware) draws from, for the examples. */
const DICE_WORDS =
  'tulip falcon copper ribbon orbit velvet canyon marble lantern pepper quartz willow harbor cobalt meadow thistle'.split(
    ' ',
  );

/** `count` dice words, drawn at runtime: no literal passphrase in the source. */
function diceWords(fake: FakeTokens, count: number): string {
  return Array.from({ length: count }, () => DICE_WORDS[fake.int(DICE_WORDS.length)]).join(' ');
}

const WORD = String.raw`[A-Za-z0-9][A-Za-z0-9!?.,&#@$%*+-]{0,23}`;

const PASSPHRASE_ASSIGNMENT = new RegExp(
  String.raw`(?:passphrase|pass_phrase|password|passwd|psk)(?<suffix>[\w.-]{0,12})["'\]]{0,2}[ \t]{0,8}(?::=|=>|=(?!=)|:(?!:))[ \t]{0,4}[rbu]?["'](?<secret>${WORD}(?: ${WORD}){2,7})["']`,
  'i',
);

/** Words of the sentences an interface says about passwords, and the function words of any sentence. */
const NOT_PASSPHRASE_WORDS = new Set(
  (
    'a an the and or but nor of to in on at by for with from as into onto per via than then else if when where what which who ' +
    'whom whose why how is are was were be been being am do does did done have has had will would can could should must may ' +
    'might shall not no yes this that these those there here it its you your yours my mine me we our us they their them he ' +
    'she his her i all any each every some such too very just only also more most less least new old please enter type ' +
    'confirm repeat retype current show hide forgot forgotten reset change changed update updated invalid incorrect wrong ' +
    'required missing empty match matches mismatch character characters long short length minimum maximum min max field ' +
    'value password passwords passphrase passwd word login log sign username user email account error success failed ' +
    'successfully strength weak strong example sample placeholder dummy test testing secret hidden masked none null ' +
    'undefined true false todo fixme xxx changeme lorem ipsum foo bar baz qux'
  ).split(' '),
);

/** A suffix or prefix of the name that makes the setting about a password, not the password (`password_hint`, `forgot_password`). */
const ABOUT_A_PASSWORD =
  /hint|label|prompt|placeholder|message|msg|error|err|text|title|desc|help|tip|question|policy|rule|pattern|regex|format|field|name|file|path|env|var|example|sample|test|strength|length|reset|confirm|change|expir|remind|forgot|invalid|wrong|new|old/i;

const APP_PASSWORD_GROUPS = /^[a-z]{4}(?: [a-z]{4}){3}$/;
/** The comic's passphrase every article on passphrases quotes. */
const XKCD_EXAMPLE = /^correct horse battery staple$/i;

function isPassphrase(phrase: string): boolean {
  const words = phrase.split(' ');
  // Four groups of four lowercase letters are an app password's display (grouped-app-password).
  if (phrase.length < 14 || XKCD_EXAMPLE.test(phrase) || APP_PASSWORD_GROUPS.test(phrase)) return false;
  let letterWords = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const bare = word.replace(/[^A-Za-z0-9]+$/, '');
    // Punctuation inside a word or ending any but the last: a sentence or an identifier.
    if (/[^A-Za-z0-9]/.test(bare) || (i < words.length - 1 && bare !== word)) return false;
    if (NOT_PASSPHRASE_WORDS.has(bare.toLowerCase())) return false;
    if (/^[A-Za-z]{3,}$/.test(bare)) letterWords++;
  }
  return letterWords >= 3;
}

function judgePassphrase(secret: string, match: string, context: MatchContext): Verdict | false {
  const groups = PASSPHRASE_ASSIGNMENT.exec(match)?.groups;
  if (groups === undefined) return false;
  const nameStart = nameBefore(context.line, context.matchIndex);
  const prefix = context.line.slice(nameStart, context.matchIndex);
  if (ABOUT_A_PASSWORD.test(prefix) || ABOUT_A_PASSWORD.test(groups['suffix'] ?? '')) return false;
  if (context.file.test) return false;
  const where = judgeContext(context, nameStart, context.matchIndex + match.length, true);
  if (where === undefined || where.illustrative || where.file === 'docs') return false;
  if (!isPassphrase(secret)) return false;
  return { why: 'a passphrase of words under a password-named setting' };
}

export const passphraseRules: readonly Rule[] = [
  {
    id: 'passphrase-words',
    title: 'Passphrase of words with spaces under a password-named setting',
    provider: 'Passwords',
    keywords: ['passphrase', 'pass_phrase', 'password', 'passwd', 'psk'],
    pattern: PASSPHRASE_ASSIGNMENT,
    startsAtKeyword: true,
    keywordGate: assignmentFollows,
    confidence: 'medium',
    envVar: 'PASSPHRASE',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    risk: 'A passphrase is a password: it unlocks the key, network or account it protects, wherever the file goes.',
    validate: judgePassphrase,
    examples: {
      embed: false,
      path: 'config/settings.py',
      positives: (fake) => [
        `GPG_PASSPHRASE = "${diceWords(fake, 4)}"`,
        `    wifi_password = "${diceWords(fake, 3)} ${fake.digits(4)}"`,
        `ssh_key_pass_phrase = '${diceWords(fake, 5)}'`,
        `db_passwd = "${diceWords(fake, 3)}"`,
        `NETWORK = {"psk": "${diceWords(fake, 4)}"}`,
      ],
      negatives: [
        { text: 'password_hint = "first pet and city"', why: 'a hint, not the password' },
        { text: 'PASSWORD_PROMPT = "Enter your password"', why: 'interface text' },
        { text: 'password: "Passwords do not match"', why: 'interface text' },
        {
          text: (fake) => `passphrase = "${diceWords(fake, 4)}"`,
          why: 'words in documentation',
          path: 'docs/setup.md',
        },
        { text: 'passphrase = "correct horse battery staple"', why: "xkcd's example, quoted everywhere" },
        { text: (fake) => `# passphrase = "${diceWords(fake, 4)}"`, why: 'a comment' },
        { text: 'password = "Minimum eight characters required"', why: 'a validation message' },
        { text: 'forgot_password = "Send reset link now"', why: 'a label' },
      ],
    },
  },
];
