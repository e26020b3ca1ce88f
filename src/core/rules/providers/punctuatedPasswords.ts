// Passwords holding the punctuation the generic assignment stops at (`;`, `,`, `:`, `=`, brackets,
// `<`, `>`): people pick them because policies ask for symbols, so real passwords have them. The
// quotes delimit the value; the generic rule keeps everything else; the shared judge decides. Fixture note: positives are generated at runtime.
import { shannonEntropy } from '../../entropy';
import { judgeCandidate, nameBefore } from '../judge/judge';
import type { MatchContext, Rule, Verdict } from '../types';
import { quotedLiteralFollows } from '../literalGates';
import { passwordNames } from '../ruleKit';

/** The name's forms and keywords: a bare `pass` before what may follow it here (a name character, a quote or `]`, blanks, the operator). */
const PASSWORD = passwordNames('_."\'=: \t]-');
const NAME = String.raw`${PASSWORD.name}[A-Za-z0-9_.-]{0,24}`;

// Kept to delimiters the value cannot hold (quotes), so the pattern is provably linear; an unquoted
// value holding `:` or `=` could not be told from another assignment by a linear pattern.
const QUOTED = new RegExp(
  String.raw`(?<name>${NAME})["'\]]{0,2}[ \t]{0,8}[:=]{1,2}>?[ \t]{0,4}[rbu]?["'\x60](?<secret>[^\s"'\x60\\]{6,128})["'\x60]`,
  'i',
);

/**
 * An OAuth client's or an app's secret under its own name (`client_secret`, `appSecret`), quoted and
 * holding what the generic assignment stops at: generated secrets draw punctuation too (a
 * ServiceNow OAuth client secret with `(`, `)`, `^`, `$` in the construction-field-service corpus).
 */
const CLIENT_SECRET_NAMES = ['client', 'app', 'api', 'consumer'];
const CLIENT_SECRET_KEYWORDS = CLIENT_SECRET_NAMES.flatMap((q) => ['_', '-', '.', ''].map((sep) => `${q}${sep}secret`));
const QUOTED_CLIENT_SECRET = new RegExp(
  String.raw`(?<name>(?:${CLIENT_SECRET_NAMES.join('|')})[_.-]?secret[A-Za-z0-9_.-]{0,24})["'\]]{0,2}[ \t]{0,8}[:=]{1,2}>?[ \t]{0,4}[rbu]?["'\x60](?<secret>[^\s"'\x60\\]{12,128})["'\x60]`,
  'i',
);

/** Generated, not typed: upper and lower case, digits and punctuation, spread over many characters. */
function looksGeneratedPunctuated(value: string): boolean {
  return (
    /[A-Z]/.test(value) &&
    /[a-z]/.test(value) &&
    /\d/.test(value) &&
    /[^A-Za-z0-9]/.test(value) &&
    shannonEntropy(value) >= 3.5 &&
    // Azure Pipelines' `$(CLIENT_SECRET)` and similar macro references.
    !/^\$\(|^%\w+%$/.test(value)
  );
}

/** What the generic assignment's value stops at: a value holding one is this module's to judge. */
const GENERIC_STOP = /[;,(){}[\]=:<>\\]/;

/** Rules joined by `|`, each a lower-case word with an optional `:argument`. */
const VALIDATION_RULES = /^(?:[a-z_]{2,20}(?::[^|\s]{1,60})?\|){1,12}[a-z_]{2,20}(?::[^|\s]{1,60})?$/;
const VALIDATION_WORD =
  /(?:^|\|)(?:required|nullable|sometimes|confirmed|string|min|max|between|size|regex|same|different)(?:$|[|:])/;

function judgePunctuated(secret: string, match: string, context: MatchContext): Verdict | false {
  return judgePunctuatedValue(secret, match, context, () => {
    const nameStart = nameBefore(context.line, context.matchIndex);
    return { name: context.line.slice(nameStart, context.matchIndex) + /^[A-Za-z0-9_.-]*/.exec(match)![0], nameStart };
  });
}

/**
 * A quoted value holding what the generic assignment stops at, under the name `nameOf` finds (and
 * where it starts in the line), read only once the value's shapes here have not ruled it out:
 * judged as the generic assignment judges.
 */
export function judgePunctuatedValue(
  secret: string,
  match: string,
  context: MatchContext,
  nameOf: () => { readonly name: string; readonly nameStart: number },
): Verdict | false {
  if (!GENERIC_STOP.test(secret)) return false;
  // Text between two strings (`"Password:")).toBeVisible()`): the quote before it closed one.
  if (/^[)\]};,.]/.test(secret) || /\.\w{2,40}\(/.test(secret)) return false;
  // A template or format field (`{password}`, `%(pwd)s`, `<password>`, FreeRADIUS's `%{Tmp-String-0}`,
  // an ARM template's `[parameters('adminPassword')]`) is filled in elsewhere.
  if (/^\{[^{}]*\}$|^<[^<>]*>$|^\[[^\]]*\]$|^%\(|^%\{|^\$\{|^\{\{|^\[[a-z]\w{0,40}\($/i.test(secret)) return false;
  // PHP's and Ruby's interpolation (`"{$this->values['wgDBpassword']}"`, `"#{opts[:password]}"`): a variable.
  if (/^\{\$|^#\{/.test(secret)) return false;
  // A type in a string annotation (`password: "Optional[str]" = None`) is no value.
  if (/^(?:Optional|Union|List|Dict|Sequence|Mapping|Iterable|Tuple|Set|Type|Literal|Callable)\[/.test(secret))
    return false;
  // A timestamp (`PasswordLastUsed: "2016-09-08T21:47:36Z"`) or a time of day is about the password.
  if (/^\d{4}-\d\d-\d\d[T ]\d\d:\d\d|^\d{1,2}:\d\d(?::\d\d)?$/.test(secret)) return false;
  // A validation rule list (Laravel's `'password' => 'required|string|min:8|confirmed'`) says what a password must be.
  if (VALIDATION_RULES.test(secret) && VALIDATION_WORD.test(secret)) return false;
  // `Host=…;Password=…;` is a connection string: its own rule reads the password out of it.
  if (/^(?:[\w .-]{1,40}=[^;]{0,200};){1,}/.test(secret)) return false;
  const { name, nameStart } = nameOf();
  return judgeCandidate({
    name,
    value: secret,
    quoted: true,
    context,
    nameStart,
    valueEnd: context.matchIndex + match.length,
  });
}

const COMMON = {
  provider: 'Generic',
  keywords: PASSWORD.keywords,
  startsAtKeyword: true,
  keywordGate: quotedLiteralFollows,
  confidence: 'medium',
  envVar: 'DB_PASSWORD',
  docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
  risk: 'A password written into source or config logs in as its user for everyone with the file, its history and any AI assistant that reads it.',
} as const;

export const punctuatedPasswordRules: readonly Rule[] = [
  {
    ...COMMON,
    id: 'password-with-punctuation-quoted',
    title: 'Password literal holding punctuation (;, :, =, brackets) in quotes',
    pattern: QUOTED,
    validate: judgePunctuated,
    examples: {
      embed: false,
      positives: (fake) => [
        `db_password = "${fake.alnum(4)};${fake.alnum(4)},7"`,
        `  "password": "${fake.alnum(5)}:${fake.alnum(3)}[1]",`,
        `const adminPwd = '${fake.alnum(3)}(${fake.alnum(3)})9=';`,
        `$passphrase = '${fake.alnum(6)}<${fake.digits(2)}>';`,
        `smtp_passwd = "${fake.alnum(6)};${fake.digits(2)}"`,
        `db_pass_main = "${fake.alnum(6)},${fake.digits(2)}"`,
        `ftp.pass.main = "${fake.alnum(6)}=${fake.digits(2)}"`,
        `ftp-pass-main = "${fake.alnum(6)}:${fake.digits(2)}"`,
        `{"pass": "${fake.alnum(6)};${fake.digits(2)}"}`,
        `{'pass': '${fake.alnum(6)};${fake.digits(2)}'}`,
        `pass="${fake.alnum(6)}(${fake.digits(2)})"`,
        `pass: "${fake.alnum(6)}[${fake.digits(2)}]"`,
        `pass = "${fake.alnum(6)};${fake.digits(2)}"`,
        `pass\t= "${fake.alnum(6)};${fake.digits(2)}"`,
        `$cfg[pass] = '${fake.alnum(6)};${fake.digits(2)}'`,
      ],
      negatives: [
        { text: 'password = "{password}"', why: 'a format field' },
        { text: 'pwd = "%(password)s"', why: 'a format field' },
        { text: 'password = "<password>"', why: 'a placeholder' },
        { text: 'password = "${DB_PASSWORD}"', why: 'a reference' },
        {
          text: '\\$wgDBpassword = \\"{$this->values[\'wgDBpassword\']}\\";',
          why: "PHP's interpolation of a variable, in a generated settings file's template",
          path: 'includes/installer/LocalSettingsGenerator.php',
        },
        { text: '\t\t&User-Password := "%{string:Tmp-String-0}"', why: "a FreeRADIUS attribute's expansion" },
        { text: '"adminPassword": "[parameters(\'adminPassword\')]",', why: "an ARM template's parameter expression" },
        {
          text: '        password: "Optional[str]" = None,',
          why: "a string annotation's type",
          path: 'azure/keyvault/certificates/_models.py',
        },
        { text: '"PasswordLastUsed": "2016-09-08T21:47:36Z",', why: 'a timestamp' },
        { text: 'expect(screen.getByText("Password:")).toBeVisible(\'x\')', why: 'code between two strings' },
        { text: 'PASSWORD_PATTERN = "^(?=.*[A-Z]).{8,}$"', why: 'a pattern, not a password' },
        {
          text: "            'password' => 'required|string|min:8|confirmed',",
          why: 'a Laravel validation rule list',
          path: 'app/Http/Requests/RegisterRequest.php',
        },
        { text: "'new_password' => 'nullable|min:12|different:password',", why: 'a Laravel validation rule list' },
      ],
    },
  },
  {
    ...COMMON,
    id: 'client-secret-with-punctuation-quoted',
    title: 'OAuth client or app secret holding punctuation ((, ), :, =) in quotes',
    keywords: CLIENT_SECRET_KEYWORDS,
    envVar: 'CLIENT_SECRET',
    risk: 'Gets access tokens as the application: whoever reads it calls the API with the scopes the app was granted.',
    pattern: QUOTED_CLIENT_SECRET,
    validate: (secret, match, context) => looksGeneratedPunctuated(secret) && judgePunctuated(secret, match, context),
    examples: {
      embed: false,
      positives: (fake) => [
        `  client_secret: "${fake.alnum(6)}(${fake.alnum(5)}^${fake.digits(2)}Qx"`,
        `clientSecret = '${fake.alnum(8)}Zq)${fake.digits(3)}!${fake.alnum(4)}';`,
        `"app_secret": "${fake.alnum(5)}Ab=${fake.digits(2)}:${fake.alnum(6)}",`,
        // One name per keyword spelling, so each stays reachable through the prefilter.
        ...CLIENT_SECRET_KEYWORDS.map((k) => `${k} = "${fake.alnum(7)}(Kq${fake.digits(3)})${fake.alnum(5)}"`),
      ],
      negatives: [
        { text: 'client_secret: "$(CLIENT_SECRET)"', why: 'an Azure Pipelines variable' },
        { text: 'clientSecret: "{{ .Values.oauth.clientSecret }}"', why: 'a template' },
        { text: 'client_secret = "getSecret(vault, name)"', why: 'words, not a generated value' },
        { text: 'api_secret = "${API_SECRET}"', why: 'a reference' },
        { text: 'consumer_secret = "YOUR(CONSUMER)SECRET"', why: 'a placeholder' },
      ],
    },
  },
];
