// Credentials written in prose and notes, as people leave them in READMEs, wikis, runbooks,
// handover notes, commit messages, chat exports and code comments: `Password: ...`, `- DB password:
// ...`, `the API key is ...`, `pw ...`, `Mot de passe : ...`, and a label whose value stands on the next
// line or in a fenced block. No assignment syntax: the candidate is a credential noun (in several
// human languages) and what follows it; the prose judge (../judge/prose) decides on the form and
// the value. Fixture note: every positive below is generated at runtime from FakeTokens.
import { nameBefore } from '../judge/judge';
import { judgeName } from '../judge/names';
import { isIssuedKey, judgeProse, proseMayStand, type ProseJoin, type ProseKind } from '../judge/prose';
import type { MatchContext, Rule, Verdict } from '../types';
import { classCount } from '../valueChecks';
import {
  headerEndsLine,
  loginNounEndsLine,
  labelEndsLine,
  loginPairFollows,
  proseLabelFollows,
  ROTATION_WORDS,
} from '../proseGates';

const DOCS = 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html';

/**
 * Nouns for a key or token; a bare `key` says too little (cache keys, sort keys), so it needs a
 * qualifier: its kind (`api key`) or which one of a rotation it is (`New key: ...` in a commit message).
 */
const KEY_NOUN = String.raw`(?:api|access|secret|app|license|master|private|deploy|${ROTATION_WORDS.join('|')})[ -]?key|apikey|(?:(?:api|access|auth|bot|deploy|bearer|refresh|session|personal access)[ -]?)?token|(?:client[ -])?secret|api-schl(?:\u00fc|ue)ssel|clave de (?:la )?api|chave (?:de )?api`;

/** Nouns for a password (and a Wi-Fi network's key, its passphrase), in English, German, French, Spanish, Portuguese, Italian, Dutch, Polish, Turkish, Swedish, Czech. */
const PASSWORD_NOUN = String.raw`(?:wpa[23]?|wi-?fi|wlan)[ -]?key|pass(?:word|wd|phrase|code)?|passwort|kennwort|pwd|psw|pw|mot de passe|mdp|contrase(?:\u00f1|n)a|clave|senha|parola d'ordine|parola|wachtwoord|haslo|sifre|losenord|heslo|parool`;

/** The noun, as a word of its own (`db_password` and `apiKey` are names, which the assignment rules read). */
const NOUN = String.raw`(?<![A-Za-z0-9_])(?:(?<key>${KEY_NOUN})|(?<pw>${PASSWORD_NOUN}))(?![A-Za-z0-9_])`;

/** Bold or a table header closing around the label: `**Password**: ...`, `<b>Password:</b> ...`. */
const CLOSE_MARKUP = String.raw`(?:\*\*|__|<\/(?:b|strong|th|dt)>)?`;

/** `: `, `::`, ` : `, `(full-width colon)`, `->`, ` - `, after an optional `(prod)` or `for the reporting user`. */
const LABEL_JOIN = String.raw`(?<label>(?:[ \t]{0,2}\([^()\n]{1,30}\)|[ \t](?:for|of|on|de|f\u00fcr|pour|da|del|do|van|dla)[ \t][^\n:\uff1a()=]{1,30})?[ \t]{0,2}(?:[:\uff1a]{1,2}|->|=>|\u2192|\u2013|-(?=[ \t])))(?:[ \t]{0,4}(?:\*\*|__|<\/(?:b|strong)>))?[ \t]{0,4}`;

/** `the password is ...`, `old password was ...`, `set the admin password to ...`, `lautet`, `est`, `es`. */
const VERB_JOIN = String.raw`(?<verb>(?:[ \t][\w@.-]{1,20}){0,2}[ \t]{1,3}(?:is(?:[ \t]now)?|was|to|ist|lautet|est|es|\u00e9|\u00e8|jest|\u00e4r|er|je)[ \t]{1,3})`;

/** The value: up to a space, quote, markup or backslash, without the sentence's closing punctuation. */
const VALUE = String.raw`(?:<(?:code|kbd|b|strong|td|dd)>)?(?<quote>[\x60"']?)(?<secret>[^\s\x60"'<>|\\]{5,63}[^\s\x60"'<>|\\.,;:)\]])(?=[\s\x60"'<>|\\.,;:)\]]|$)`;

const PROSE_LABEL = new RegExp(
  String.raw`${NOUN}${CLOSE_MARKUP}(?:${LABEL_JOIN}|${VERB_JOIN}|(?<space>[ \t]{1,3}))${VALUE}`,
  'i',
);

/** A label line ending the line (`Admin password:`, `**API key**`, `API token is::`), then the value alone on a later line. */
const PROSE_NEXT_LINE = new RegExp(
  String.raw`${NOUN}(?:[ \t][^\n:\uff1a*<]{1,30})?[ \t]{0,2}(?:[:\uff1a]{1,2}|\*\*:?|<\/(?:b|strong)>:?)[ \t]{0,4}\r?\n(?:[ \t]{0,8}\r?\n){0,2}(?:[ \t]{0,8}(?:\x60\x60\x60|~~~)[\w-]{0,12}[ \t]{0,4}\r?\n)?[ \t]{0,12}(?<quote>)(?<secret>[^\s\x60"'<>|\\]{8,200})[ \t]{0,4}(?=\r?\n|$)`,
  'i',
);

/**
 * A login written as a pair after the verb (`Log in as \x60deploy\x60 / \x60...\x60`, `login with bob/...`,
 * `log in as the local admin (\x60admin\x60 / \x60...\x60)`,
 * `credentials: admin / ...`, `Test account: qa / ...`, `test with jdoe / ...`),
 * or as `user:password` written together (`credentials: admin:...`): the part after the slash or
 * colon is the password. `account` counts only as a label (`the account (arn:...:user/Name)` is a path).
 */
const LOGIN_PAIR = new RegExp(
  String.raw`(?<![A-Za-z0-9_])(?:(?:log(?:ged)?[ -]?in|sign(?:ed)?[ -]?in|signin|credentials?|creds|(?<tested>test(?:ed|ing)?)(?=[ \t]{1,3}(?:as|with|using)[ \t]))(?![A-Za-z0-9_])[^\n/]{0,60}?(?:[ \t](?:as|with|using)[ \t]{1,3}(?:[A-Za-z][\w .-]{0,40}\()?|:[ \t]{0,3})|accounts?[ \t]{0,2}:[ \t]{0,3})\x60?(?<user>[\w.@-]{2,40})\x60?(?:[ \t]{0,2}\/[ \t]{0,2}|(?<colon>:))(?<quote>\x60?)(?<secret>[^\s\x60"'<>|\\/]{5,63}[^\s\x60"'<>|\\/.,;:)\]])(?=[\s\x60"'<>|\\.,;:)\]]|$)`,
  'i',
);

/**
 * A heading naming a login (`### Test account`, `**Staging credentials:**`), then on the next line
 * (or the one after a blank line) the pair alone: `admin / ...`, a list item or in backticks.
 */
const HEADED_LOGIN_PAIR = new RegExp(
  String.raw`(?<![A-Za-z0-9_])(?:accounts?|credentials?|creds|logins?)[ \t]{0,4}:?[ \t]{0,4}(?:\*\*)?:?[ \t]{0,4}\r?\n(?:[ \t]{0,4}\r?\n)?[ \t]{0,4}(?:[-*][ \t]{1,3})?\x60?[\w.@-]{2,40}\x60?[ \t]{0,2}\/[ \t]{0,2}(?<quote>\x60?)(?<secret>[^\s\x60"'<>|\\/]{5,63}[^\s\x60"'<>|\\/.,;:)\]])\x60?[ \t]{0,4}(?=\r?\n|$)`,
  'i',
);

/** What opens a heading line before its noun: Markdown's `#` to `######` or bold markup, then at most 60 characters. */
const HEADING_BEFORE = /^[ \t]{0,4}(?:#{1,6}[ \t]|\*\*)[^\n]{0,60}$/;

/**
 * A table header's noun: a column headed `Key` beside a vendor or account column holds the key
 * itself, where in a sentence `key` alone says too little.
 */
const TABLE_NOUN = String.raw`(?<![A-Za-z0-9_])(?:(?<key>${KEY_NOUN}|key)|(?<pw>${PASSWORD_NOUN}))(?![A-Za-z0-9_])`;

/**
 * A table whose last column is headed by the noun (Markdown and AsciiDoc pipes, HTML `<th>`), and
 * its first row's last cell. Later rows are not read: a multi-line match starts at its keyword.
 */
const PROSE_TABLE = new RegExp(
  String.raw`${TABLE_NOUN}(?:[ \t]{0,4}\|?[ \t]{0,4}\r?\n(?:[ \t]{0,4}\|?[ \t]{0,4}:?-{3,40}[-:| \t]{0,200}\r?\n|[ \t]{0,4}\r?\n)?[ \t]{0,4}\|[^\n]{0,300}\|[ \t]{0,4}|<\/th>[ \t]{0,4}<\/tr>[ \t]{0,4}\r?\n[ \t]{0,8}<tr>[^\n]{0,300}<td>)(?<secret>[^\s|<>]{6,64})(?:[ \t]{0,4}\|?[ \t]{0,4}(?=\r?\n|$)|<\/td>[ \t]{0,4}<\/tr>)`,
  'i',
);

/**
 * Every word a label match can start with (the pattern is tried only where one starts). A
 * qualifier (`api`, `session`, `client`) is a keyword only with its second word: alone, it is one
 * of the commonest words of code, and no label starts there.
 */
const PROSE_LABEL_KEYWORDS = [
  ...['pass', 'pwd', 'psw', 'pw', 'passwort', 'kennwort', 'mot de passe', 'mdp', 'contrase', 'clave', 'senha'],
  ...['parola', 'wachtwoord', 'haslo', 'sifre', 'losenord', 'heslo', 'parool', 'token', 'secret'],
  ...spelledWith(['api', 'access', 'auth', 'bot', 'deploy', 'bearer', 'refresh', 'session'], 'token'),
  ...spelledWith(['api', 'access', 'app', 'license', 'master', 'private', 'deploy', ...ROTATION_WORDS], 'key'),
  ...['personal access', 'client secret', 'client-secret', 'api-schl', 'chave de api', 'chave api'],
  // A Wi-Fi network's key on a router label or in hand-over notes (`WPA2 key: ...`): its passphrase.
  ...spelledWith(['wpa', 'wpa2', 'wpa3', 'wifi', 'wi-fi', 'wlan'], 'key'),
];

/** The rest of the noun a keyword is the start of. */
const NOUN_REST: Readonly<Record<string, string>> = {
  'api-schl': '\u00fcssel',
  contrase: '\u00f1a',
  'personal access': ' token',
};

/** Each qualifier joined to `word` as the noun pattern joins them: with a space, a hyphen or nothing. */
function spelledWith(qualifiers: readonly string[], word: string): string[] {
  return qualifiers.flatMap((q) => [`${q} ${word}`, `${q}-${word}`, `${q}${word}`]);
}

/** Login verbs as the pair pattern spells them (`log in`, `logged-in`, `signin`, `credentials`). */
const LOGIN_KEYWORDS = [
  ...['log', 'logged', 'sign', 'signed'].flatMap((verb) => [`${verb} in`, `${verb}-in`, `${verb}in`]),
  'credential',
  'creds',
  'account',
  ...['test', 'tested', 'testing'].flatMap((verb) => ['as', 'with', 'using'].map((join) => `${verb} ${join}`)),
];

/** What stands before a colon in a URL or an address, not a user name before a password. */
const NOT_A_LOGIN_USER = /^(?:https?|s?ftp|ssh|tcp|udp|wss?|file|mailto|localhost|[\d.]+|[\w-]+\.[a-z]{2,})$/i;

/** Words that are a verb as often as a noun: a credential only as a label (`Pass: ...`, `Clave: ...`). */
const LABEL_ONLY_NOUN = /^(?:pass|clave|parola)$/i;

/**
 * `pass` and a space before a value only an issuing system writes (`pass` then a random token in a chat
 * export): 16 or more letters and digits, strong. As a verb, `pass` is followed by a word or an
 * option (`pass ac97_quirk=hp_only`, `pass KrbKdcRep.check:73`).
 */
function isPassedToken(noun: string, join: ProseJoin, value: string): boolean {
  return join === 'space' && /^pass$/i.test(noun) && /^[A-Za-z0-9]{16,}$/.test(value) && isIssuedKey(value);
}

/** Three or more character classes and no `name` + version shape (`Django4.2`, `node-v20.1`). */
function looksTypedByHand(value: string): boolean {
  return classCount(value) >= 3 && !/^[A-Za-z]+[-_]?v?\d+(?:\.\d+)*$/.test(value);
}

/**
 * The noun ends a hyphenated setting's name (`a=ice-pwd:` in an SDP offer) that names no credential:
 * the whole name is judged, as an assignment's is.
 */
function isNamedElsewise(context: MatchContext, noun: string): boolean {
  const at = context.matchIndex;
  if (at === 0 || context.line.charCodeAt(at - 1) !== 45) return false;
  return judgeName(context.line.slice(nameBefore(context.line, at), at + noun.length)) === undefined;
}

function proseValidator(pattern: RegExp, nextLine: boolean, asLabel = false) {
  return (secret: string, match: string, context: MatchContext): Verdict | false => {
    // Most matches in code stand outside comments: rejected before the match is parsed again.
    if (!proseMayStand(context)) return false;
    const groups = pattern.exec(match)?.groups;
    if (groups === undefined) return false;
    if (pattern === LOGIN_PAIR) {
      // What a change was tested with is usually software (`Chrome / Firefox`, `python3.11 / Django4.2`).
      if (groups['tested'] !== undefined && !looksTypedByHand(secret)) return false;
      // `user:password` written together; a scheme, a host and port or a time are no login.
      if (
        groups['colon'] !== undefined &&
        (NOT_A_LOGIN_USER.test(groups['user']!) || /^\d+(?::\d+)*(?:[ap]m)?$/i.test(secret))
      )
        return false;
      return judgeProse({ kind: 'password', join: 'label', value: secret, quote: groups['quote'] ?? '', context });
    }
    // In a sentence a bare `secret` is a password as often as a key (`its secret is ...`: an AMI user's,
    // a RADIUS client's): judged as either. As a label (`secret: X`, an ARN's `:secret:name`) it stays a key's.
    const kind: ProseKind =
      groups['key'] === undefined || (groups['verb'] !== undefined && /^secret$/i.test(groups['key']))
        ? 'password'
        : 'key';
    const join: ProseJoin = nextLine
      ? 'next-line'
      : asLabel || groups['label'] !== undefined
        ? 'label'
        : groups['verb'] !== undefined
          ? 'verb'
          : 'space';
    const noun = groups['key'] ?? groups['pw'] ?? '';
    if ((join === 'space' || join === 'verb') && LABEL_ONLY_NOUN.test(noun) && !isPassedToken(noun, join, secret))
      return false;
    if (isNamedElsewise(context, noun)) return false;
    // Under a bare `Key` column, hex of a key id's or a fingerprint's length names a public key.
    if (/^key$/i.test(noun) && /^(?:[0-9A-Fa-f]{8}|[0-9A-Fa-f]{16}|[0-9A-Fa-f]{40})$/.test(secret)) return false;
    return judgeProse({ kind, join, value: secret, quote: groups['quote'] ?? '', context });
  };
}

export const proseCredentialRules: readonly Rule[] = [
  {
    id: 'prose-credential',
    title: 'Password, API key or token written in prose or notes (Password: ..., the API key is ...)',
    provider: 'Notes',
    keywords: PROSE_LABEL_KEYWORDS,
    pattern: PROSE_LABEL,
    startsAtKeyword: true,
    keywordGate: proseLabelFollows,
    commentsOnlyInCode: true,
    confidence: 'medium',
    envVar: 'SERVICE_PASSWORD',
    docs: DOCS,
    risk: 'Notes and docs are read by everyone with the repository and its forks; the credential logs in as whoever it belongs to.',
    validate: proseValidator(PROSE_LABEL, false),
    examples: {
      embed: false,
      path: 'docs/notes.md',
      positives: (fake) => [
        `Password: ${fake.alnum(10)}7!`,
        `- DB password: ${fake.alnum(9)}#4`,
        `Login: deploy  Pass: ${fake.alnum(8)}2`,
        `The API key is ${fake.hex(32)}.`,
        `For the staging API use this token ${fake.alnum(30)}`,
        `vpn jdoe pw ${fake.alnum(10)}3`,
        `Its password is \`${fake.alnum(9)}!5\`.`,
        `**Password:** ${fake.alnum(9)}@1`,
        `<!-- admin pass: ${fake.alnum(9)}%6 -->`,
        `deploy token -> ${fake.hex(40)}`,
        `- Secret key: ${fake.alnum(36)}`,
        `Mot de passe : ${fake.alnum(10)}8`,
        `Passwort: ${fake.alnum(10)}?3`,
        `Contrase\u00f1a: ${fake.alnum(10)}2`,
        `Senha: ${fake.alnum(10)}*1`,
        `Wachtwoord: ${fake.alnum(10)}9`,
        `losenord: ${fake.alnum(10)}5`,
        `Der API-Schl\u00fcssel lautet ${fake.hex(32)}.`,
        `La clave de API de pruebas es ${fake.alnum(32)}`,
        `Kennwort: ${fake.alnum(10)}0`,
        `Parola: ${fake.alnum(10)}1`,
        `Heslo: ${fake.alnum(10)}4`,
        `haslo: ${fake.alnum(10)}6`,
        `sifre: ${fake.alnum(10)}7`,
        `parool: ${fake.alnum(10)}3`,
        `mdp: ${fake.alnum(10)}8`,
        `pwd: ${fake.alnum(10)}!`,
        `psw: ${fake.alnum(10)}#`,
        `Use api-key ${fake.alnum(32)} for staging`,
        `apikey -> ${fake.alnum(32)}`,
        `access key - ${fake.alnum(32)}`,
        `chave de API: ${fake.alnum(32)}`,
        `the auth token is ${fake.alnum(32)}`,
        `bot token - ${fake.alnum(35)}`,
        `use bearer token ${fake.alnum(40)}`,
        `refresh token -> ${fake.alnum(40)}`,
        `session token is ${fake.alnum(40)}`,
        `personal access token -> ${fake.alnum(36)}`,
        `app key -> ${fake.alnum(32)}`,
        `license key is ${fake.alnum(24)}9`,
        `master key -> ${fake.hex(32)}`,
        `private key -> ${fake.hex(64)}`,
        `client secret -> ${fake.alnum(40)}`,
        `New key: ${fake.alnum(40)} (old one revoked)`,
        `prod key is ${fake.alnum(32)}`,
        `AMI user is \`dialer\`; its secret is ${fake.alnum(12)}7Q (rotate after the migration).`,
        `[09:15] alice: pass ${fake.alnum(18)}4z`, // a chat export
        // One label per keyword spelling, so each stays reachable through the prefilter.
        ...PROSE_LABEL_KEYWORDS.map((k) => `${k}${NOUN_REST[k] ?? ''} -> ${fake.alnum(28)}7`),
      ],
      negatives: [
        { text: 'a=ice-pwd:Fq3kZ0pTy8mWc2sLx9vB4nRd', why: "an SDP offer's per-call ICE password (RFC 8839)" },
        { text: 'Password: <your-password>', why: 'placeholder' },
        { text: 'API key: YOUR_API_KEY', why: 'placeholder' },
        { text: 'Password: ********', why: 'masked' },
        { text: 'Password: see vault', why: 'a pointer, not a value' },
        { text: 'A password is required for every account.', why: 'ordinary prose' },
        { text: 'Click the password reset link in the email.', why: 'ordinary prose' },
        { text: 'Password: at least 12 characters, with one digit', why: 'a policy' },
        { text: 'The token is in `GITHUB_TOKEN` on CI.', why: 'an environment variable name' },
        { text: 'API key: see https://docs.acme.io/authentication', why: 'a link' },
        { text: 'Login: ok  Pass: 120  Fail: 0', why: 'test results' },
        {
          text: (fake) => `password: '${'Summer'}${fake.digits(4)}!'`,
          why: 'quoted: code, which the assignment rules judge',
        },
        { text: 'pass -Wl,--as-needed to the linker', why: 'a verb and a flag' },
        { text: 'pass ValidationContext2 to the factory', why: 'a verb before an identifier' },
        { text: 'but only Headphone does, pass ac97_quirk=hp_only module option.', why: 'a verb before an option' },
        { text: '"pattern":"arn:([a-z\\d-]+):.*:.*:secret:AmazonLookoutMetrics-.+"', why: "an ARN's resource type" },
        { text: 'The secret is stored in Vault under kv/app.', why: 'prose about a secret' },
        { text: 'token: resetToken', why: 'an identifier' },
        { text: 'password: P@ssw0rd1', why: 'a documentation dummy' },
        { text: 'const password: string = input;', path: 'src/login.ts', why: 'a declaration in code' },
        { text: 'Passwort: beim Admin erfragen', why: 'words' },
        {
          text: 'user:{plain}password::::::allow_nets=192.168.0.0/24',
          why: "a passwd-file line's empty fields after its dummy password",
          path: 'doc/wiki/AuthDatabase.PasswdFile.txt',
        },
        {
          text: '    auth: db-oauth2 - Add token parameter to db_oauth2_local_validation',
          why: "a changelog naming a function, words joined with a version's digit",
          path: 'debian/changelog',
        },
        {
          text: '\t\tmdp: mdp@1a01000 {',
          why: "a device tree's labelled node opening its block",
          path: 'Documentation/devicetree/bindings/display/msm/mdp5.txt',
        },
        // No path tells a scan of stdin or an untitled buffer that this is code.
        { text: 'def f(session: str, password: Optional[int] = None) -> dict:', why: 'a type annotation' },
      ],
    },
  },
  {
    id: 'prose-credential-next-line',
    title: 'Password, API key or token on the line after its label in notes (Admin password: newline value)',
    provider: 'Notes',
    keywords: ['pass', 'pwd', 'passwort', 'kennwort', 'mot de passe', 'senha', 'api key', 'apikey', 'token', 'secret'],
    pattern: PROSE_NEXT_LINE,
    multiline: { maxSpan: 400 },
    keywordGate: labelEndsLine,
    commentsOnlyInCode: true,
    confidence: 'medium',
    envVar: 'SERVICE_PASSWORD',
    docs: DOCS,
    risk: 'Notes and docs are read by everyone with the repository and its forks; the credential logs in as whoever it belongs to.',
    validate: proseValidator(PROSE_NEXT_LINE, true),
    examples: {
      embed: false,
      path: 'docs/notes.md',
      positives: (fake) => [
        `Admin password:\n\n    ${fake.alnum(10)}!2`,
        `API key for the staging project:\n\n\`\`\`\n${fake.hex(32)}\n\`\`\``,
        `**Analytics API key**\n\n${fake.alnum(32)}`,
        `The internal API token is::\n\n    ${fake.alnum(40)}`,
        `Passwort:\n${fake.alnum(10)}#1`,
        `Kennwort:\n${fake.alnum(10)}#4`,
        `Mot de passe :\n${fake.alnum(10)}#2`,
        `Senha:\n${fake.alnum(10)}#3`,
        `pwd:\n${fake.alnum(10)}#5`,
        `apikey:\n${fake.alnum(32)}`,
        `Client secret:\n${fake.alnum(40)}`,
        // Notes written on Windows end their lines with CR LF.
        `Admin password:\r\n\r\n    ${fake.alnum(10)}!6\r\n`,
      ],
      negatives: [
        { text: 'Password:\n\n    The password of the admin account.', why: 'prose on the next line' },
        { text: 'API key:\n\n```\nYOUR_API_KEY\n```', why: 'placeholder' },
        { text: 'password:\n  from_env: DB_PASSWORD', why: 'YAML: a nested mapping' },
        { text: 'Token:\n    ********', why: 'masked' },
      ],
    },
  },
  {
    id: 'prose-login-pair',
    title: 'User and password written as a pair in notes (log in as admin / ...)',
    provider: 'Notes',
    keywords: LOGIN_KEYWORDS,
    pattern: LOGIN_PAIR,
    startsAtKeyword: true,
    keywordGate: loginPairFollows,
    commentsOnlyInCode: true,
    confidence: 'medium',
    envVar: 'SERVICE_PASSWORD',
    docs: DOCS,
    risk: 'Notes and docs are read by everyone with the repository and its forks; the pair logs in as that user.',
    validate: proseValidator(LOGIN_PAIR, false),
    examples: {
      embed: false,
      path: 'docs/notes.md',
      positives: (fake) => [
        `2. Log in to the shared Jenkins as \`deploy\` / \`${fake.alnum(10)}3\` until your account exists.`,
        `3. Log in as the local admin (\`storeadmin\` / \`${fake.alnum(12)}4\`).`,
        `Login with grafana/${fake.alnum(10)}!7 on the staging host`,
        `Logged in as admin / ${fake.alnum(12)}`,
        `Sign in with ops@acme.io / ${fake.alnum(10)}#2`,
        `signin as root / ${fake.alnum(10)}5`,
        `Credentials: svc_backup / ${fake.alnum(10)}%1`,
        `use the shared creds as deploy/${fake.alnum(11)}9`,
        `// test with jdoe / ${fake.alnum(9)}!4 against the staging directory`,
        `Test account: qa.bot / ${fake.alnum(10)}#8`,
        `Tested as ops / ${fake.alnum(10)}%2 on the VPN`,
        `credentials: admin:${fake.alnum(10)}7`,
        `Logged in as deploy:${fake.alnum(12)}4 on the bastion`,
        // `account` counts only as a label.
        ...LOGIN_KEYWORDS.map((k) => `${k}${k === 'account' ? ':' : ' as'} ops / ${fake.alnum(10)}#3`),
      ],
      negatives: [
        { text: 'Log in as admin / <password>', why: 'placeholder' },
        { text: 'Sign in with Google / Microsoft accounts', why: 'words' },
        { text: 'Login as admin/admin123 the first time', why: 'a published default' },
        { text: 'Log in with your username / password', why: 'words' },
        { text: 'Login with text/html forms', why: 'a media type' },
        { text: 'Tested with Chrome / Firefox on macOS', why: 'browsers' },
        { text: 'Tested with python3.11 / Django4.2 and postgres15', why: 'software and versions' },
        { text: 'Account: Settings / Profile', why: 'a menu path' },
        { text: 'the account (arn:aws:iam::123456789012:user/Mary_Major) and a role', why: 'an ARN' },
        { text: 'Login: https://grafana.corp.internal/login', why: 'a URL after the label' },
        { text: 'Log in at localhost:3000 with admin:admin', why: 'a host and port, and a default login' },
        { text: 'Sign in at 10:30:45 and check the logs', why: 'a time' },
        { text: 'credentials: user:password', why: 'words' },
        { text: 'creds are in vault:secret/app/deploy', why: 'a secret path' },
        { text: 'login: grafana.corp.internal:3000', why: 'a host and port' },
      ],
    },
  },
  {
    id: 'prose-login-pair-under-heading',
    title: 'User and password written as a pair under a heading that names a login (### Test account)',
    provider: 'Notes',
    keywords: ['account', 'credential', 'creds', 'login'],
    pattern: HEADED_LOGIN_PAIR,
    multiline: { maxSpan: 300 },
    keywordGate: loginNounEndsLine,
    // Headings are Markdown's and plain text's: in code a `#` line is a comment and the pair below it code.
    paths: /\.(?:md|markdown|mdx|txt|rst|adoc|asciidoc|wiki|org)$/i,
    confidence: 'medium',
    envVar: 'SERVICE_PASSWORD',
    docs: DOCS,
    risk: 'Issue templates, runbooks and docs are read by everyone with the repository and its forks; the pair logs in as that user.',
    validate: (secret, match, context) => {
      if (!proseMayStand(context) || !HEADING_BEFORE.test(context.line.slice(0, context.matchIndex))) return false;
      // Letters alone are a word or a menu (`Settings / Profile`); the pair needs a digit or a symbol.
      if (classCount(secret) < 2 || /^[A-Za-z]+$/.test(secret)) return false;
      const quote = HEADED_LOGIN_PAIR.exec(match)?.groups?.['quote'] ?? '';
      return judgeProse({ kind: 'password', join: 'label', value: secret, quote, context });
    },
    examples: {
      embed: false,
      path: '.github/ISSUE_TEMPLATE/bug_report.md',
      positives: (fake) => [
        `### Test account\nadmin / ${fake.alnum(10)}_3`,
        `## Staging credentials\n\n- deploy / ${fake.lower(8)}${fake.digits(2)}`,
        `**Demo login:**\n\`qa.bot\` / \`${fake.alnum(9)}!4\``,
        `#### Creds\nops@acme.io / ${fake.alnum(10)}#1`,
        `### Accounts\nreporting / ${fake.lower(10)}82`,
      ],
      negatives: [
        { text: '### Test account\nadmin / <password>', why: 'placeholder' },
        { text: '### Account\nSettings / Profile', why: 'a menu path' },
        { text: '## Login\nusername / password', why: 'words' },
        { text: '### Login\nGET /api/login', why: 'an endpoint' },
        { text: 'The account\nread / write', why: 'not a heading' },
        { text: '### Credentials\nSee 1Password / Vault', why: 'words' },
        { text: '## Service account\nroles/storage.admin', why: 'a role path' },
        { text: '### Login\nv1.2 / 2024-01-15', why: 'a version and a date' },
      ],
    },
  },
  {
    id: 'prose-table-credential',
    title: 'Password, API key or token in a table of notes (| host | user | password |)',
    provider: 'Notes',
    // A bare `key` only as a header cell (`Key |`, `Key</th>`): as a word it is everywhere in code.
    keywords: [
      ...['pass', 'pwd', 'passwort', 'kennwort', 'heslo', 'senha', 'api key', 'token', 'secret'],
      ...['key |', 'key|', 'key</th>'],
    ],
    pattern: PROSE_TABLE,
    multiline: { maxSpan: 800 },
    keywordGate: headerEndsLine,
    commentsOnlyInCode: true,
    confidence: 'medium',
    envVar: 'SERVICE_PASSWORD',
    docs: DOCS,
    risk: 'Notes and docs are read by everyone with the repository and its forks; the credential logs in as whoever it belongs to.',
    validate: proseValidator(PROSE_TABLE, false, true),
    examples: {
      embed: false,
      path: 'wiki/Servers.md',
      positives: (fake) => [
        `| host | user | password |\n|------|------|----------|\n| db-01.corp.local | deploy | ${fake.alnum(10)}!3 |`,
        `|System |User |Password\n\n|Grafana |admin |${fake.alnum(10)}#2\n|===`,
        `<tr><th>System</th><th>Login</th><th>Password</th></tr>\n<tr><td>Router</td><td>admin</td><td>${fake.alnum(10)}%4</td></tr>`,
        `| Server | Benutzer | Kennwort |\n|---|---|---|\n| nas | backup | ${fake.alnum(10)}5 |`,
        `| Server | Benutzer | Passwort |\n|---|---|---|\n| nas | backup | ${fake.alnum(10)}6 |`,
        `| System | Uzivatel | Heslo |\n|---|---|---|\n| Jenkins | ci | ${fake.alnum(10)}7 |`,
        `| Sistema | Usuario | Senha |\n|---|---|---|\n| ERP | ops | ${fake.alnum(10)}8 |`,
        `| user | pwd |\n|---|---|\n| etl | ${fake.alnum(10)}1 |`,
        `| Service | API key |\n|---|---|\n| Geocoder | ${fake.hex(32)} |`,
        `| Bot | Token |\n|---|---|\n| deploy | ${fake.alnum(32)} |`,
        `| App | Client secret |\n|---|---|\n| portal | ${fake.alnum(32)} |`,
        `| host | password |\r\n|---|---|\r\n| db-02 | ${fake.alnum(10)}!4 |\r\n`,
        `| Vendor | Account | Key |\n|---|---|---|\n| Geocoder | ops@acme.io | ${fake.alnum(32)} |`,
        `| Vendor | Key|\n|---|---|\n| Mailer | ${fake.alnum(36)}|`,
        `<tr><th>Vendor</th><th>Key</th></tr>\n<tr><td>Maps</td><td>${fake.alnum(39)}</td></tr>`,
      ],
      negatives: [
        { text: '| host | user | password |\n|---|---|---|\n| db-01 | deploy | (in vault) |', why: 'a pointer' },
        { text: '| host | user | password |\n|---|---|---|\n| db-01 | deploy | ******** |', why: 'masked' },
        { text: '| en | de |\n|---|---|\n| Password | Passwort |\n| Username | Benutzername |', why: 'translations' },
        { text: '| Option | Token |\n|---|---|\n| required | yes |', why: 'words' },
        { text: '| Action | Key |\n|---|---|\n| Save | Ctrl+S |', why: 'a keyboard shortcut' },
        { text: '| Setting | Key |\n|---|---|\n| Font size | editor.fontSize |', why: 'a setting name' },
        {
          text: (fake) => `| Maintainer | Key |\n|---|---|\n| Dana | ${fake.hex(40).toUpperCase()} |`,
          why: 'a signing key fingerprint',
        },
        {
          text: (fake) => `| Host | Key |\n|---|---|\n| git.acme.io | SHA256:${fake.base64(43)} |`,
          why: 'a host key fingerprint',
        },
      ],
    },
  },
];
