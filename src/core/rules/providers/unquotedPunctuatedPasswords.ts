// An unquoted password holding `:`, `=` or a bracket in a config file (`password = ab:c=D9x!` in .ini,
// .conf, .properties, YAML, .env) or a listing saved as text (PowerShell's `Password   : x9i]gj#F`):
// the generic assignment stops its value at the first of them, and the
// quoted rule (punctuatedPasswords.ts) needs quotes. Here the line's end delimits the value: the
// setting stands alone on its line, so everything after the operator is the value. Config files
// only (`paths`): in code an unquoted value is an expression. Fixture note: positives are generated
// at runtime.
import { judgeCandidate, nameBefore } from '../judge/judge';
import { isNameChar, isSpace, skipBlanks, BACKTICK, COLON, EQUALS } from '../gateChars';
import type { MatchContext, Rule, Verdict } from '../types';
import { passwordNames } from '../ruleKit';

/** The name's forms and keywords: a bare `pass` before a name character, a blank or the operator. */
const PASSWORD = passwordNames('_.=: -');
const NAME = String.raw`${PASSWORD.name}[A-Za-z0-9_.-]{0,24}`;

/** The setting's name, `:` or `=`, then the value up to a blank (the line's end or a ` #` comment: `judgeUnquoted`). */
const UNQUOTED = new RegExp(String.raw`(?<name>${NAME})[ \t]{0,24}[:=][ \t]{0,4}(?<secret>[^\s"'\x60;]{6,128})`, 'i');

/** What ends the generic assignment's unquoted value (generic.ts): a value holding one is this rule's. */
const CUTS_GENERIC_VALUE = /[:=<>,(){}[\]\\]/;

/**
 * The files whose settings are one to a line: INI/conf, Java properties, YAML, dotenv; and text and
 * logs, where a command's listing is saved (`Get-LapsADPassword` prints `Password   : …`).
 */
const CONFIG_PATHS = /\.(?:ini|conf|cfg|cnf|properties|ya?ml|env|txt|log)$|(?:^|\/)\.env(?:\.[\w-]{1,30}){0,3}$/i;

/** What may follow the value on its line: blanks, then nothing or a `#` comment. */
const LINE_TAIL = /^\s*$|^[ \t]+#/;

/** Only the name (and `export `, a YAML list dash) stands before the keyword's name. */
const LINE_HEAD = /^[ \t]{0,40}(?:export[ \t]{1,4}|-[ \t]{1,4})?$/;

/** Where the value says it is looked up, not written: `${…}`, `%(…)s`, `<…>`, YAML tags and anchors, Maven `@…@`. */
const REFERENCE_OPENER = /^[$%{<!&*@[]/;

/**
 * A lookup by scheme (`env:DB_PASSWORD`, `file:/run/secrets/db`, `vault:secret/db`, wpa_supplicant's
 * external store `ext:wifi_pass`, a URL) or an encrypted value (`ENC(…)`).
 */
const REFERENCE_SCHEME =
  /^(?:env|ext|file|vault|sys|secrets?|ssm|arn|aws|azure|gcp|gcpsm|op|keyvault|kms|k8s|https?|ldaps?|jdbc|classpath|awssecretsmanager|sm|cipher|configserver|base64):|^[A-Z]{2,10}\(/i;

function judgeUnquoted(secret: string, match: string, context: MatchContext): Verdict | false {
  if (!CUTS_GENERIC_VALUE.test(secret)) return false;
  // The value ends its line, or a comment follows it: anything else means the line is not one setting.
  if (!LINE_TAIL.test(context.line.slice(context.matchIndex + match.length))) return false;
  if (REFERENCE_OPENER.test(secret) || REFERENCE_SCHEME.test(secret)) return false;
  const nameStart = nameBefore(context.line, context.matchIndex);
  if (!LINE_HEAD.test(context.line.slice(0, nameStart))) return false;
  return judgeCandidate({
    name: context.line.slice(nameStart, context.matchIndex) + /^[A-Za-z0-9_.-]*/.exec(match)![0],
    value: secret,
    quoted: false,
    context,
    nameStart,
    valueEnd: context.matchIndex + match.length,
  });
}

/**
 * The pattern's opening: the name, blanks, `:` or `=`, blanks and a value that is not quoted (a few
 * reads; the rule runs only in config files, `paths`).
 */
function unquotedValueFollows(text: string, at: number, lineEnd: number): boolean {
  let p = at;
  const nameLimit = Math.min(lineEnd, at + 40);
  while (p < nameLimit && isNameChar(text.charCodeAt(p))) p++;
  p = skipBlanks(text, p, lineEnd, 24);
  const op = text.charCodeAt(p);
  if (op !== COLON && op !== EQUALS) return false;
  p = skipBlanks(text, p + 1, lineEnd, 4);
  const first = text.charCodeAt(p);
  return p < lineEnd && first !== 34 && first !== 39 && first !== BACKTICK && !isSpace(first);
}

export const unquotedPunctuatedPasswordRules: readonly Rule[] = [
  {
    id: 'password-with-punctuation-unquoted',
    title: 'Unquoted config password holding : or = (INI, properties, YAML, .env)',
    provider: 'Generic',
    keywords: PASSWORD.keywords,
    startsAtKeyword: true,
    keywordGate: unquotedValueFollows,
    paths: CONFIG_PATHS,
    pattern: UNQUOTED,
    validate: judgeUnquoted,
    confidence: 'medium',
    envVar: 'DB_PASSWORD',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    risk: 'A password written into a config file logs in as its user for everyone with the file, its history and any AI assistant that reads it.',
    examples: {
      embed: false,
      path: 'config/app.ini',
      positives: (fake) => [
        `password = ${fake.alnum(3)}:${fake.alnum(4)}=${fake.digits(2)}!`,
        `db.password=${fake.alnum(5)}=${fake.alnum(4)}`,
        `  password: ${fake.alnum(4)}:${fake.alnum(5)}7`,
        `DB_PASSWORD=${fake.alnum(6)}:=${fake.digits(3)}`,
        `export SMTP_PASS=${fake.alnum(6)}=${fake.alnum(3)}#`,
        `admin_passwd = ${fake.alnum(4)}:${fake.alnum(6)}   # rotated in May`,
        `root_pwd: ${fake.alnum(5)}=${fake.alnum(5)}`,
        `pass = ${fake.alnum(4)}:${fake.alnum(4)}9`,
        `pass_main: ${fake.alnum(4)}=${fake.alnum(4)}1`,
        `smtp.pass.main = ${fake.alnum(4)}:${fake.alnum(5)}`,
        `ftp-pass-main = ${fake.alnum(4)}=${fake.alnum(5)}`,
        `pass: ${fake.alnum(5)}=${fake.alnum(4)}2`,
        `key_passphrase=${fake.alnum(7)}==${fake.digits(2)}`,
        `db_password = ${fake.alnum(4)}]${fake.alnum(5)}#2`,
      ],
      negatives: [
        { text: 'password = ${env:DB_PASSWORD}', why: 'a reference' },
        { text: 'password = env:DB_PASSWORD', why: 'a lookup by scheme' },
        { text: 'DB_PASSWORD=file:/run/secrets/db_password', why: 'a file reference' },
        { text: 'private_key_passwd=ext:wifi_key_pass', why: "wpa_supplicant's external password store" },
        { text: 'password: ENC(AbCdEfGh0123456789==)', why: 'an encrypted value' },
        { text: 'password = %(db_password)s', why: 'an interpolation' },
        { text: 'password = key=value pairs are split on the first =', why: 'prose after the value' },
        { text: 'password = "%s:%s"', why: 'quoted format fields' },
        { text: 'if password == other:', path: 'app/login.py', why: 'code, not a config file' },
        { text: '# see password: https://wiki.internal/db', why: 'a comment with a URL' },
        { text: 'password: http://vault.internal:8200/v1/secret/db', why: 'a URL' },
      ],
    },
  },
];
