// Credentials of content management systems in the forms their own files write them (cms-sites
// corpus, issue 11):
// - WordPress keys and salts (`AUTH_KEY`, `SECURE_AUTH_SALT`...): 64 printable characters from the
//   secret-key service, spaces included, in wp-config.php `define()`s or Bedrock's `.env`
//   (developer.wordpress.org, wp-config.php "Security Keys");
// - Ghost Admin API keys: a 24-hex key id, a colon, the 64-hex secret (ghost.org/docs/admin-api,
//   "Token Authentication"); the 26-hex Content API key is public by Ghost's design and not read;
// - PHP-serialized plugin settings in option dumps (UpdraftPlus, WP Mail SMTP: `s:4:"pass";s:12:"..."`),
//   judged by the setting's name as any assignment is;
// - the fluent and SDK calls that take a secret as their one argument: Craft's
//   `GeneralConfig::create()->securityKey('...')`, Directus SDK's `staticToken('...')`;
// - Kentico's `CMSHashStringSalt` (a GUID that signs macros and hashed query strings);
// - premium-plugin licence keys and the Akismet key in wp-config.php `define()`s (`ACF_PRO_LICENSE`,
//   `WPFORMS_LICENSE_KEY`, `WP_ROCKET_KEY`, `WPCOM_API_KEY`).
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { shannonEntropy } from '../../entropy';
import { judgeCandidate } from '../judge/judge';
import type { MatchContext, Rule, Verdict } from '../types';
import { classCount } from '../valueChecks';
import {
  APOSTROPHE,
  BACKTICK,
  CLOSE_BRACKET,
  COLON,
  EQUALS,
  GREATER,
  QUOTE,
  isLowerHex,
  isWordChar,
  skipBlanks,
} from '../gateChars';

/** WordPress's placeholder and the phrases people leave in its place. */
const SALT_PLACEHOLDER = /unique phrase|put your|change ?me|your[ _-]?(?:key|salt)|x{8}/i;

/** A salt as the secret-key service draws them: long, high-entropy, at least three character classes. */
function isDrawnSalt(value: string): boolean {
  if (SALT_PLACEHOLDER.test(value) || /\$\{|getenv|env\(/.test(value)) return false;
  return classCount(value) >= 3 && shannonEntropy(value) >= 4.5;
}

/**
 * Hex a generator drew: most neighbouring digits neither repeat nor count up by one (not
 * `0123456789abcdef...` or `aaaa...`), and the digits are mixed.
 */
function isDrawnHex(value: string): boolean {
  let steps = 0;
  for (let i = 1; i < value.length; i++) {
    const d = parseInt(value[i]!, 16) - parseInt(value[i - 1]!, 16);
    if (d === 0 || d === 1) steps++;
  }
  return steps * 2 < value.length && shannonEntropy(value) >= 3;
}

/** A PHP-serialized string setting: `s:<n>:"name";s:<n>:"value"`, quotes escaped in SQL dumps. */
const SERIALIZED_SETTING =
  /s:\d{1,3}:\\?"(?<name>[A-Za-z][\w-]{1,40})\\?";s:\d{1,4}:\\?"(?<secret>[^"\\\n]{1,300})\\?"/;

function judgeSerialized(secret: string, match: string, context: MatchContext): Verdict | false {
  const name = SERIALIZED_SETTING.exec(match)?.groups?.['name'];
  if (name === undefined) return false;
  return judgeCandidate({
    name,
    value: secret,
    quoted: true,
    context,
    nameStart: context.matchIndex,
    valueEnd: context.matchIndex + match.length,
    form: `serialized setting "${name}"`,
  });
}

/** The one argument of a call that takes a secret (`->securityKey('...')`, `staticToken('...')`). */
function judgeCallSecret(secret: string, match: string, context: MatchContext): Verdict | false {
  const call = /^[A-Za-z]+/.exec(match)![0];
  return judgeCandidate({
    value: secret,
    quoted: true,
    context,
    nameStart: context.matchIndex,
    valueEnd: context.matchIndex + match.length,
    // `staticToken` names a token; Craft's `securityKey` is judged as the secret key it is.
    name: call === 'staticToken' ? call : 'security_secret_key',
    form: `${call}() argument`,
  });
}

/** A licence key people could not have typed from memory: letters and digits, mixed. */
function isIssuedLicence(value: string): boolean {
  if (!/\d/.test(value) || !/[A-Za-z]/.test(value)) return false;
  if (/^[x-]+$|^(?:your|enter|license|licence|demo|test)/i.test(value)) return false;
  // Akismet's 12 hex digits cannot reach the entropy of a longer key.
  return shannonEntropy(value.replace(/-/g, '')) >= (value.length <= 12 ? 2.5 : 3);
}

/**
 * The gate of the Ghost key rule: the name the keyword `key` starts (at most 24 more name
 * characters), up to two closing quotes or brackets, spaces, `:` or `=`, then within the operator's
 * reach the key id's 24 hex digits and `:`. Most `key` hits in code are followed by `(`, `)`, `,`,
 * `.` or `]`, and most keys assigned are no Ghost key: the pattern tries neither.
 */
function ghostKeyAssignedHere(text: string, at: number, lineEnd: number): boolean {
  let p = at + 3;
  const nameEnd = Math.min(lineEnd, p + 24);
  while (p < nameEnd && isWordChar(text.charCodeAt(p))) p++;
  for (let closers = 0; closers < 2 && p < lineEnd && isCloser(text.charCodeAt(p)); closers++) p++;
  p = skipBlanks(text, p, lineEnd, 8);
  const op = text.charCodeAt(p);
  if (p >= lineEnd || (op !== COLON && op !== EQUALS)) return false;
  // `:=` or `=>`, blanks, a quote, then the id's 24 hex digits and `:`, as the pattern reads them.
  const next = text.charCodeAt(p + 1);
  p += (op === COLON && next === EQUALS) || (op === EQUALS && next === GREATER) ? 2 : 1;
  p = skipBlanks(text, p, lineEnd, 8);
  const q = text.charCodeAt(p);
  if (q === QUOTE || q === APOSTROPHE || q === BACKTICK) p++;
  const idEnd = p + 24;
  if (idEnd >= lineEnd) return false;
  for (; p < idEnd; p++) if (!isLowerHex(text.charCodeAt(p))) return false;
  return text.charCodeAt(idEnd) === COLON;
}

/** `["'\]]` */
function isCloser(c: number): boolean {
  return c === QUOTE || c === APOSTROPHE || c === CLOSE_BRACKET;
}

export const cmsSiteRules: readonly Rule[] = [
  {
    id: 'wordpress-auth-salt',
    title: 'WordPress authentication key or salt (wp-config.php, Bedrock .env)',
    provider: 'WordPress',
    keywords: ['auth_key', 'auth_salt', 'logged_in_key', 'logged_in_salt', 'nonce_key', 'nonce_salt'],
    // The name (SECURE_AUTH_* starts at its AUTH_), a define()'s comma or an assignment, the quoted value.
    pattern:
      /(?:AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)['"]?[ \t]{0,4}(?:,[ \t]{0,24}|=[ \t]{0,4})['"](?<secret>[^'"\n]{40,100})['"]/,
    startsAtKeyword: true,
    confidence: 'high',
    envVar: 'AUTH_KEY',
    docs: 'https://developer.wordpress.org/apis/wp-config-php/#security-keys',
    risk: "Forges the site's login cookies and nonces: whoever has the keys logs in as any user, administrators included.",
    validate: (secret) => isDrawnSalt(secret),
    examples: {
      embed: false,
      path: 'wp-config.php',
      positives: (fake) => [
        `define( 'AUTH_KEY',         '${fake.alnum(20)} ${fake.base64(20)}!)${fake.alnum(20)}' );`,
        `define('SECURE_AUTH_SALT', '${fake.from('ABCDEFabcdef0123456789!@#%^&*()-_ []{}<>~+=,.;:/?|', 64)}');`,
        `LOGGED_IN_KEY='${fake.alnum(30)}}>~${fake.alnum(30)}'`,
        `NONCE_SALT="${fake.alnum(30)}[|${fake.alnum(30)}"`,
        `define('LOGGED_IN_SALT', '${fake.alnum(30)} <${fake.alnum(30)}');`,
        `define( 'NONCE_KEY', '${fake.alnum(30)}^ %${fake.alnum(30)}' );`,
      ],
      negatives: [
        { text: "define( 'AUTH_KEY',         'put your unique phrase here' );", why: "WordPress's placeholder" },
        { text: "define( 'NONCE_KEY', getenv( 'WORDPRESS_NONCE_KEY' ) );", why: 'read from the environment' },
        { text: "AUTH_KEY='generateme'", why: 'too short to be drawn' },
        {
          text: "define('LOGGED_IN_KEY', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');",
          why: 'no entropy',
        },
      ],
    },
  },
  {
    id: 'ghost-admin-api-key',
    title: 'Ghost Admin API key (key id:secret)',
    provider: 'Ghost',
    // Every Admin API key is written under a key's name (`GHOST_ADMIN_API_KEY=`, `key: '...'`): the
    // match starts at that name, so the pattern is tried only where a key is assigned.
    keywords: ['key'],
    pattern:
      /[Kk][Ee][Yy][A-Za-z0-9_]{0,24}["'\]]{0,2}[ \t]{0,8}(?::=|=>|=|:)[ \t]{0,8}["'`]?[0-9a-f]{24}:(?<secret>[0-9a-f]{64})(?![0-9A-Za-z])/,
    startsAtKeyword: true,
    keywordGate: ghostKeyAssignedHere,
    confidence: 'high',
    envVar: 'GHOST_ADMIN_API_KEY',
    docs: 'https://ghost.org/docs/admin-api/#token-authentication',
    risk: "Signs Admin API tokens: publishes, edits and deletes the site's posts, pages, members and settings.",
    validate: (secret, match) => isDrawnHex(secret) && isDrawnHex(match.slice(-89, -65)),
    examples: {
      embed: false,
      path: 'scripts/publish.js',
      positives: (fake) => [
        `  key: '${fake.hex(24)}:${fake.hex(64)}',`,
        `GHOST_ADMIN_API_KEY=${fake.hex(24)}:${fake.hex(64)}`,
      ],
      negatives: [
        { text: (fake) => `GHOST_CONTENT_API_KEY=${fake.hex(26)}`, why: 'the Content API key is public' },
        {
          text: `key: '000000000000000000000000:0000000000000000000000000000000000000000000000000000000000000000'`,
          why: 'no entropy',
        },
        { text: (fake) => `sha256 key ${fake.hex(64)}`, why: 'a digest without a key id' },
      ],
    },
  },
  {
    id: 'php-serialized-secret-setting',
    title: 'Password or key in a PHP-serialized setting (WordPress option dumps: UpdraftPlus, WP Mail SMTP)',
    provider: 'WordPress',
    keywords: ['";s:'],
    pattern: SERIALIZED_SETTING,
    confidence: 'medium',
    envVar: 'SMTP_PASSWORD',
    docs: 'https://developer.wordpress.org/reference/functions/maybe_serialize/',
    risk: 'Logs in to the mail relay, backup FTP server or cloud bucket the plugin was set up with.',
    validate: judgeSerialized,
    examples: {
      embed: false,
      path: 'backup/wp_options.sql',
      positives: (fake) => [
        `(412,'updraft_ftp','a:1:{s:4:\\"user\\";s:8:\\"wpbackup\\";s:4:\\"pass\\";s:14:\\"${fake.alnum(14)}\\";}','no'),`,
        `1204\twp_mail_smtp\ta:1:{s:4:"smtp";a:2:{s:4:"user";s:9:"a@b.co.uk";s:4:"pass";s:13:"Harbor${fake.digits(6)}!";}}\tyes`,
        `a:2:{s:9:"secretkey";s:40:"${fake.base64(40)}";s:4:"path";s:4:"/bak";}`,
      ],
      negatives: [
        { text: 'a:2:{s:4:"host";s:14:"smtp.gmail.com";s:4:"port";i:587;}', why: 'no secret-named setting' },
        { text: 'a:1:{s:4:"pass";s:0:"";}', why: 'empty' },
        { text: 'a:1:{s:8:"password";s:8:"password";}', why: 'a placeholder' },
      ],
    },
  },
  {
    id: 'cms-call-secret-argument',
    title: "Secret passed to Craft's securityKey() or Directus SDK's staticToken()",
    provider: 'CMS',
    keywords: ['securitykey(', 'statictoken('],
    pattern: /(?:securityKey|staticToken)\([ \t]{0,4}['"`](?<secret>[^'"`\s]{16,200})['"`][ \t]{0,4}\)/,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'CRAFT_SECURITY_KEY',
    docs: 'https://craftcms.com/docs/5.x/reference/config/general.html#securitykey',
    risk: "Craft's security key signs and encrypts the site's data and sessions; a Directus static token logs in as its user.",
    validate: judgeCallSecret,
    examples: {
      embed: false,
      path: 'config/general.php',
      positives: (fake) => [`    ->securityKey('${fake.base64url(32)}')`, `  .with(staticToken('${fake.alnum(32)}'))`],
      negatives: [
        { text: "    ->securityKey(App::env('CRAFT_SECURITY_KEY'))", why: 'read from the environment' },
        { text: ".with(staticToken(process.env.DIRECTUS_TOKEN ?? ''))", why: 'read from the environment' },
        { text: ".with(staticToken('your-static-token-here'))", why: 'a placeholder' },
      ],
    },
  },
  {
    id: 'kentico-hash-string-salt',
    title: 'Kentico CMSHashStringSalt (web.config appSettings)',
    provider: 'Kentico',
    keywords: ['cmshashstringsalt'],
    pattern:
      /CMSHashStringSalt"[ \t]{1,4}value="(?<secret>[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})"/,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'CMS_HASH_STRING_SALT',
    docs: 'https://docs.kentico.com/13/configuring-xperience/settings/web-config-file-settings',
    risk: 'Signs macros and hashed query strings: whoever has it forges signed macros that run code on the site.',
    validate: (secret) => isDrawnHex(secret.replace(/-/g, '')),
    examples: {
      embed: false,
      path: 'CMS/web.config',
      positives: (fake) => [`    <add key="CMSHashStringSalt" value="${fake.uuid()}" />`],
      negatives: [
        { text: '<add key="CMSHashStringSalt" value="" />', why: 'empty' },
        { text: '<add key="CMSHashStringSalt" value="00000000-0000-0000-0000-000000000000" />', why: 'no entropy' },
      ],
    },
  },
  {
    id: 'wordpress-plugin-licence-key',
    title: 'Premium plugin licence key or Akismet key in a wp-config.php define()',
    provider: 'WordPress',
    keywords: ['define('],
    pattern:
      /define\([ \t]{0,4}['"](?<name>[A-Z][A-Z0-9_]{0,40}_(?:LICEN[CS]E(?:_KEY)?|API_KEY|ROCKET_KEY))['"][ \t]{0,4},[ \t]{0,16}['"](?<secret>[A-Za-z0-9-]{10,80})['"]/,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'PLUGIN_LICENSE_KEY',
    docs: 'https://www.advancedcustomfields.com/resources/how-to-activate/',
    risk: "Activates the paid plugin on any site and reaches the vendor's account (downloads, other activations); an Akismet key files spam checks on the owner's plan.",
    validate: (secret, match) => {
      const name = /['"]([A-Z0-9_]+)['"]/.exec(match)![1]!;
      // `*_API_KEY` only as Akismet's (WPCOM_API_KEY: 12 hex); other API keys are the generic rules'.
      if (name.endsWith('_API_KEY'))
        return name === 'WPCOM_API_KEY' && /^[0-9a-f]{12}$/.test(secret) && isIssuedLicence(secret);
      return isIssuedLicence(secret);
    },
    examples: {
      embed: false,
      path: 'wp-config.php',
      positives: (fake) => [
        `define( 'ACF_PRO_LICENSE', '${fake.upperAlnum(5)}-${fake.upperAlnum(5)}-${fake.upperAlnum(5)}-${fake.upperAlnum(4)}7' );`,
        `define( 'WPCOM_API_KEY', '${fake.hex(11)}7' );`,
        `define( 'WP_ROCKET_KEY', '${fake.hex(31)}9' );`,
        `define( 'WPMDB_LICENCE', '${fake.upperAlnum(5)}-${fake.upperAlnum(5)}-${fake.upperAlnum(4)}8-${fake.upperAlnum(5)}' );`,
      ],
      negatives: [
        { text: "define( 'ACF_PRO_LICENSE', 'YOUR-LICENSE-KEY-1' );", why: 'a placeholder' },
        { text: "define( 'WPCOM_API_KEY', 'abcdefabcdef' );", why: 'letters only' },
        { text: "define( 'GOOGLE_MAPS_API_KEY', 'AIzaSyExampleExample12' );", why: "another service's key" },
      ],
    },
  },
];
