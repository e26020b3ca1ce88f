// What a candidate value looks like: a credential, or a word, identifier, reference, template,
// documentation example or dummy. Cheap checks only: this runs on every generic candidate.
import { LOCAL_SECRET_WORD_IN_VALUE } from './localNames';
import { BRIGHTCOVE_POLICY_KEY, PUBLIC_KEY } from './publicKeys';
import { anyOf } from './anyOf';
import { shannonEntropy } from '../../entropy';
import { isEmulatorKey, isPlaceholder, isRandomPunctuated } from '../placeholders';
import { classCount, decodeBase64Text } from '../valueChecks';
import type { SecretKind } from './names';
import { isAscendingRuns, isCamelIdentifier, isRfcExampleCredential } from './notIssued';

/** Values that are types, keywords or words standing for a value, never the value itself. */
const NON_SECRET_WORD =
  /^(?:true|false|null|nil|none|undefined|string|number|boolean|object|required|optional|secret|password|passphrase|passwd|passcode|token|bearer|basic|str|int|bytes|char|any|unknown|void|empty|hidden|text|varchar|default|auto|option|flag|argument|parameter|switch)$/i;

/** Member access: config.apiKey, match.groups?.password (unless a part is random: see judgePlain). */
const MEMBER_ACCESS = /^[A-Za-z_$][\w$]*(?:[?!]?\.[A-Za-z_$][\w$]*)+[?!]?$/;
/** A part of a dotted value no identifier looks like: long, with digits and both cases (`s.Th7kQ…`, a bot token's parts). */
function isRandomPart(part: string): boolean {
  return part.length >= 16 && /\d/.test(part) && /[a-z]/.test(part) && /[A-Z]/.test(part) && !isCamelIdentifier(part);
}

function hasRandomPart(value: string): boolean {
  // No part of a value under 16 characters is that long: the split is skipped (member access in code).
  return value.length >= 16 && value.split('.').some(isRandomPart);
}

const FILE_PATH = /^(?:\.{1,2}|~)?\/[\w.-]+(?:\/[\w.-]*)*$|^[A-Za-z]:\\/;

/**
 * An absolute or home-relative path. A base64 key can start with `/` too (an AWS secret key does one
 * time in 64) and then reads as a path when it holds no `+`; a path's parts are not random.
 */
function isFilePath(value: string): boolean {
  return FILE_PATH.test(value) && !value.split('/').some(isRandomPart);
}

/** A PowerShell cmdlet (an approved verb, a dash, a noun): what an unquoted value after `=` is in a script. */
const POWERSHELL_COMMAND =
  /^(?:Add|Approve|Assert|Backup|Block|Checkpoint|Clear|Close|Compare|Complete|Compress|Confirm|Connect|Convert|ConvertFrom|ConvertTo|Copy|Debug|Deny|Disable|Disconnect|Dismount|Edit|Enable|Enter|Exit|Expand|Export|Find|ForEach|Format|Get|Grant|Group|Hide|Import|Initialize|Install|Invoke|Join|Limit|Lock|Measure|Merge|Mount|Move|New|Open|Out|Pop|Protect|Publish|Push|Read|Receive|Redo|Register|Remove|Rename|Repair|Request|Reset|Resize|Resolve|Restart|Restore|Resume|Revoke|Save|Search|Select|Send|Set|Show|Skip|Sort|Split|Start|Step|Stop|Submit|Suspend|Switch|Sync|Test|Trace|Unblock|Undo|Uninstall|Unlock|Unprotect|Unpublish|Unregister|Update|Use|Wait|Watch|Where|Write)-[A-Z][A-Za-z]{1,60}$/;

/**
 * A UUID: under a token name an idempotency, change or request token (AWS ClientToken and the like);
 * under a key or secret name it can be the credential (Heroku-style API keys are UUIDs).
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const NON_SECRET_SHAPES: readonly RegExp[] = [
  /^(?:sha(?:1|256|384|512)|md5)[-:]/i, // SRI / lockfile integrity, digests
  /^(?:data|https?|file|s3|gs|ftp|arn):/i, // URIs and ARNs (credentials in URLs have their own rule)
  /^(?:exec|builtin):\//, // a program that prints the passphrase (Apache's SSLPassPhraseDialog exec:/path)
  /^[\w.-]+(?:\/[\w.-]+)+\.[A-Za-z][A-Za-z0-9]{0,7}$/, // relative file paths: "bin": { "x-secret": "dist/cli.js" }
  /^[\w-]{1,100}(?:\.[\w-]{1,40}){0,3}\.(?:pgp|gpg|asc|pem|crt|cer|der|key|pub|p12|pfx|jks|keystore|json|ya?ml|xml|txt|cfg|conf|ini|toml)$/, // a key or config file's name: key: "alice-ed25519.pgp"
  /^\d+(?:\.\d+)*$/, // numbers, versions
  /^(?:\d{1,3}:)?\d{1,4}(?:\.\d{1,6}){1,3}(?:[-+~][a-z0-9]{1,20}(?:[.+~-][a-z0-9]{1,20}){0,6})?$/, // package versions: 1:4.13+dfsg1-1+deb12u1, 2.0.1-rc.1
  /^\d[\d_]{0,40}(?:\.[\d_]{0,40})?(?:[eE][+-]?\d{1,5})?i?$/, // decimal literals with exponent or imaginary unit: 2.5e-10i
  /^0[xX][\da-fA-F_]{0,40}(?:\.[\da-fA-F_]{0,40})?[pP][+-]?\d{1,5}i?$/, // hexadecimal floats: 0x1.8p+3
  /^[a-z]+(?:[-_][a-z]+)+$/, // kebab/snake words: "my-secret-name"
  /^_{1,2}[a-z]+(?:_[a-z]+)*_{0,2}$|^[a-z]+(?:_[a-z]+)*_{1,2}$/, // key names and prefixes: '_auth_user_id', 'compose_data_' . $id
  /^\+[A-Za-z_$][\w$.]{0,60}\+$/, // the middle of a concatenation: "a" +e.accessKeyId+ "b" in minified code
  /^\+[A-Za-z_$][\w$]{0,40}(?:\.[A-Za-z_$][\w$]{0,40}){0,4}$/, // the end of one: "PWD="+cmd.Dir
  /^(?:[A-Z0-9]{1,8}-){0,3}(?:HMAC|SHA\d{0,3}|RSA|AES\d{0,3}|ECDSA|MD5)(?:-[A-Z0-9]{1,8}){0,3}$/, // algorithm ids: AWS4-HMAC-SHA256
  /^[a-z]+(?:\/[a-z]+)+$/, // words joined by slashes: a salt named "vendor/salt", a route
  /^[a-z]{2,30}(?:\.(?:[a-z]{2,30}|\d{1,4})){2,10}$/, // a dotted option's name with an index: key='snmp.receiver.1.community'
  /^[a-z]+[.,;]$/, // a word ending a sentence or clause: the name was prose (`the C<password> argument.`)
  /^[\w.+-]{1,64}@(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}$|^-?anonymous@$/i, // anonymous FTP's password: an e-mail address or `-anonymous@`
  /^_{0,2}[A-Z][A-Z0-9]*(?:(?:_|--?)[A-Z0-9]+)+_{0,2}$/, // CONSTANT_NAMES, __WEBPACK_MARKER__, __LIB--CUSTOM-MARKER__
  // DER public keys in base64 (SubjectPublicKeyInfo of EC P-256/P-384, RSA 2048/4096, Ed25519): a
  // `key:` holding one verifies signatures (corepack's npm keys) and is public by design.
  /^(?:MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE|MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE|MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA|MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEA|MCowBQYDK2VwAyEA)/,
  /^_{1,2}(?:[A-Z]{1,8}[a-z]{1,40}){2,12}$/, // a private class's name: `private_key: "_RSAPrivateKey"` (a Python forward reference)
  /^_{1,2}[a-z]{1,30}(?:[A-Z][a-z0-9]{1,30}){1,8}$/, // a private method's name: Babel's class output `{ key: "_getDefaultColor", value: ... }`
  /^--[a-z][a-z0-9]{0,30}(?:-[a-z0-9]{1,30}){0,8}$/, // a long option: `--password=<MySQL-root-password> --skip-column-names`
  /^[A-Za-z_]\w{0,40}(?:::[A-Za-z_]\w{0,40}){1,8}$/, // a package path (Perl, Ruby, C++, Rust): `password   Mail::Box   undef` in a POD option table
  POWERSHELL_COMMAND, // `$password = Read-Host -AsSecureString`: a command's output, not a literal
  PUBLIC_KEY, // a provider's public key or app id (Razorpay key id, Paystack pk_, WeChat AppID): ./publicKeys
  BRIGHTCOVE_POLICY_KEY, // a Brightcove player's policy key (`BCpk...`), served to every player: ./publicKeys
];
const nonSecretShape = anyOf(NON_SECRET_SHAPES);

/** A password typed with accented Latin letters: printable ASCII and Latin-1/Extended-A letters, no spaces. */
const TYPED_ACCENTED = /^[\x21-\x7e\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f]{6,64}$/;

/** An HTTP header's name (`X-Forwarded-Prefix`): under a key's name, never under a password's, where words may be one. */
const HEADER_NAME = /^(?:[A-Z][a-z]{1,20}|[A-Z]{1,5})(?:-(?:[A-Z][a-z]{1,20}|[A-Z]{1,5}|\d{1,3})){1,6}$/;

/**
 * An unquoted sum of identifiers (`key=kernelThreadName+pid+tid` in minified script): an expression.
 * Each part is a lower-case or camelCase word, which the parts of a base64 key split at `+` are not.
 */
const IDENTIFIER_SUM = /^[a-z]{2,40}(?:[A-Z][a-z]{1,40}){0,8}(?:\+[a-z]{2,40}(?:[A-Z][a-z]{1,40}){0,8}){1,8}$/;

/** CamelCase identifiers: ContinuationToken, exclusiveStartKey (with digits, under a password name, a password). */
const CAMEL_CASE = /^[A-Za-z][a-z]{1,40}(?:[A-Z][a-z]{1,40}){1,10}\d{0,3}$/;

/** Shapes a long random punctuated string (a WordPress salt) has by chance, so they count only outside one. */
const CHANCE_SHAPES: readonly RegExp[] = [
  /:$/, // a label or header line, not a value
  // Format templates: %s, %(name)s, {0}, {name}. A `%s` glued to letters, digits or a password's
  // symbols on either side (`ap%sJWP`, `G%ea`, `Gb^%d*WT`) is a generated password's chance pair,
  // not a field a template fills.
  /(?<![A-Za-z0-9^*!$&@~])%[-+ #0-9.]{0,6}[sdifxXq](?![A-Za-z0-9^*!$&@~])|%\(\w{1,40}\)[sd]|\{\d{0,2}\}|\{[a-z_]{1,30}\}/,
  /^%[sd](?=[A-Z])/, // a format string whose field is glued to the next word: '%sFailed to decrypt: %s' % (exc, pw)
];
const chanceShape = anyOf(CHANCE_SHAPES);
/** Decorators, package scopes, negations, expressions, YAML tags (`!Ref`, `!vault`): also a shape of chance. */
const LEADING_SIGIL = /^[@!?&|]/;

/**
 * A value that opens with a sigil but is generated all the same: of all four classes, ten or more
 * characters under a password's name (`!L2G-!Spjf…`), sixteen under a key's (a payment gateway's
 * merchant key `&t&%…`). Tags, decorators and hosts (`!ImportValue`, `@Override`,
 * `@cluster0.mongodb.net`) lack digits or capitals.
 */
function isSigilLedPassword(value: string, kind: SecretKind): boolean {
  return value.length >= (kind === 'password' ? 10 : 16) && classCount(value) === 4;
}

/**
 * What a password setting in a configuration file holds when it holds no password: a mode, a
 * mechanism, a source or a well-known default (`password = prompt`, `password: keyring`).
 */
const CONFIG_PASSWORD_WORD =
  /^(?:enabled?|disabled?|plain(?:text)?|prompt|ask|keyring|keychain|inherit(?:ed)?|generated?|random|required|optional|hidden|masked|redacted|encrypted|unset|notset|blank|anonymous|nobody|unknown|ignored?|always|never|strict|native|bcrypt|scrypt|argon|pbkdf|ldap|kerberos|oauth|saml|basic|digest|ntlm|trust|reject|ident|peer|cert|none|empty|environment|variable|vault|file|stdin|input|manual|automatic|interactive|changeit|passwort|kennwort|contrasena|motdepasse|senha|wachtwoord)$/;

/** A credential word inside a value: `SomeKindOfPassword123`, `VERYLONGSECRET…`, `isBase64UserPassword`. */
const SECRET_WORD_IN_VALUE = /secret|passw(?:or)?d|api_?key|credential|token/i;

/**
 * `PSK` as a word of a cipher suite's or key management's name (`ECDHE-PSK-AES128-CBC-SHA256`,
 * `WPA2-PSK`): upper case between dashes, which three random characters seldom are.
 */
const PSK_WORD_IN_VALUE = /(?:^|-)PSK(?:-|$)/;

/** Documentation-style examples: `MySecret…`, `A1B2C3…`, `abc123`. */
const DOC_EXAMPLE =
  /^my[-_]?(?:secret|pass|key|token|api|app|db|super)|^(?:a1b2c3|1a2b3c|abc123|123abc|abcd|12345)|^s3cr[3e]t|^p@ss/i;

/** Digits and symbols written for letters (`s3cret`, `p@ssw0rd`), read back as the letters. */
const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};

/** The letters of `value`, lower-cased, with leetspeak read back (`MySekretPa$$word` -> `mysekretpassword`). */
function leetLetters(value: string): string {
  return value
    .toLowerCase()
    .replace(/[013457@$]/g, (c) => LEET[c]!)
    .replace(/[^a-z]/g, '');
}

/**
 * A role or owner word and a password word, the way documentation names a password (`proxypass`,
 * `dbpassword`), or the way a test names the one it expects refused (`wrongpassword`).
 */
const ROLE_PASSWORD_WORD =
  /^(?:a|my|your|the|some|proxy|db|database|user|admin|root|app|test|dev|smtp|mail|ftp|sql|pg|redis|bind|wrong|bad|invalid|incorrect|other|new|old|not|notthe|notmy)?(?:pass|passwd|password|pwd|secret)$/;

/**
 * A password documentation writes: a well-known dummy (plain, with digits added, or in leetspeak:
 * `s3cret`, `pass;word`), a `MySecretKey`-style example, a role word and a password word (`proxypass`),
 * ascending runs (`1234abcd-1234-abcd`), or an example credential of the OAuth RFCs.
 */
export function isExamplePassword(value: string): boolean {
  if (isPolicyShapedWeakPassword(value) || isOwnKeyboardWalk(value)) return false;
  if (
    DOC_EXAMPLE.test(value) ||
    isDummyPassword(value) ||
    isDummyWords(value) ||
    isAscendingRuns(value) ||
    isRfcExampleCredential(value)
  )
    return true;
  // Both readings of a symbol: `foo@bar` is `foobar`, `p@ss` is `pass`.
  return [value.toLowerCase().replace(/[^a-z]/g, ''), leetLetters(value)].some(
    (letters) => letters.length > 0 && (DUMMY_PASSWORDS.has(letters) || ROLE_PASSWORD_WORD.test(letters)),
  );
}

/**
 * Common words people make passwords of when a policy asks for more (not the placeholders
 * documentation writes: `password`, `secret`, `changeme`, `test`, `example` stay examples).
 */
// `oracle`: the database's demo default alone, but `Oracle2019#` is what a DBA sets to pass a policy.
const WEAK_PASSWORD_STEMS = new Set([
  'welcome',
  'admin',
  'master',
  'qwerty',
  'secure',
  'service',
  'login',
  'letmein',
  'oracle',
]);

/**
 * A weak password typed to pass a complexity policy: one of those words, capitalised, with digits
 * and a symbol (`Welcome2024!`, `Admin@2023`): what an administrator sets on a real account, not a
 * stand-in, which documentation writes plain (`admin`, `admin123`).
 */
function isPolicyShapedWeakPassword(value: string): boolean {
  if (value.length < 9 || !/^[A-Z]/.test(value) || !/[a-z]/.test(value) || !/\d/.test(value)) return false;
  if (!/[^A-Za-z0-9]/.test(value)) return false;
  const stem = value
    .toLowerCase()
    .replace(/[^a-z]+$/, '')
    .replace(/[^a-z].*$/, '');
  return WEAK_PASSWORD_STEMS.has(stem);
}

/** Dummy words joined by symbols (`foo:bar=bar`, `secret=password`, as URL-encoding tests write them). */
function isDummyWords(value: string): boolean {
  const words = value.toLowerCase().split(/[^a-z]+/);
  return words.length >= 2 && words.every((w) => DUMMY_PASSWORDS.has(w));
}

/** Passwords that documentation and local defaults use: never a leaked credential, even with digits added. */
const DUMMY_PASSWORDS = new Set([
  'password',
  'passwd',
  'pass',
  'pwd',
  'secret',
  'key',
  'changeme',
  'admin',
  'root',
  'guest',
  'test',
  'user',
  'example',
  'foobar',
  'foo',
  'bar',
  'letmein',
  'hunter',
  'postgres',
  'mysql',
  'default',
  'qwerty',
  'qwertz',
  'azerty',
  'asdf',
  'asdfgh',
  'zxcv',
  'zxcvbn',
  'qwertyuiop',
  'welcome',
  'demo',
  'sample',
  'temp',
  'secure',
  'mypassword',
  'yourpassword',
  'pa',
  'p',
  'abc',
  'xyz',
  'testing',
  'tester',
  'login',
  'master',
  'service',
  'oracle',
  'sa',
  'dev',
  'local',
  'docker',
  // Published defaults a lowercase word in a password form would otherwise pass for: redis.conf's
  // example, Vagrant boxes, Raspberry Pi OS.
  'foobared',
  'vagrant',
  'raspberry',
  // The HTTP Basic example of RFC 7617 (Aladdin's "open sesame"), which HTTP libraries' tests repeat.
  'opensesame',
  // What documentation writes where any value will do (FreeRADIUS's shipped test certificates).
  'whatever',
  // What a test types to be refused: no account's password.
  'wrong',
  'invalid',
  'incorrect',
  'bogus',
]);

/** The shortest value `judgeValue` may call strong: a shorter one counts only where a weak value does. */
export const STRONG_MIN_LENGTH = 16;

export interface ValueJudgement {
  /** Long, varied, high-entropy: a value that stands on its own as a key. */
  readonly strong: boolean;
  /** The decoded text, when the value was base64 of printable text and was judged as that. */
  readonly decoded?: string;
}

/** Keyboard walks: the stems of weak passwords people set, which a set suffix makes theirs. */
const KEYBOARD_WALKS = new Set(['qwerty', 'qwertz', 'azerty', 'asdf', 'asdfgh', 'zxcv', 'zxcvbn', 'qwertyuiop']);

/** The suffixes documentation writes: nothing, a count from 0 or 1, a repeated digit, a year, with a `!` or `#`. */
const DOC_SUFFIX =
  /^[!@#$._-]?(?:0?1(?:2(?:3(?:4(?:5(?:6(?:7(?:8(?:9(?:0)?)?)?)?)?)?)?)?)?|0|0{2,}|1{2,}|2{2,}|3{2,}|4{2,}|5{2,}|6{2,}|7{2,}|8{2,}|9{2,}|(?:19|20)\d\d)?[!@#$._-]?$/;

/**
 * True for a password-like string that is a well-known dummy, alone or with the digits and symbols
 * documentation appends (`admin123`, `password1!`, `qwerty2024`), but not a keyboard walk with a
 * suffix of someone's own (see `isOwnKeyboardWalk`).
 */
export function isDummyPassword(value: string): boolean {
  const lower = value.toLowerCase();
  if (DUMMY_PASSWORDS.has(lower)) return true;
  const { stem, suffix } = splitTrailingSuffix(lower);
  if (!DUMMY_PASSWORDS.has(stem)) return false;
  return !KEYBOARD_WALKS.has(stem) || DOC_SUFFIX.test(suffix);
}

/**
 * A keyboard walk with digits or symbols documentation does not write (`qwerty699`, `asdfgh#9`):
 * the weak password someone really set, where `qwerty123` is the stand-in.
 */
function isOwnKeyboardWalk(value: string): boolean {
  const { stem, suffix } = splitTrailingSuffix(value.toLowerCase());
  return KEYBOARD_WALKS.has(stem) && suffix.length > 0 && !DOC_SUFFIX.test(suffix);
}

/** `admin123!` -> `admin` and `123!`; leading digits and symbols are dropped from the stem. */
function splitTrailingSuffix(lower: string): { stem: string; suffix: string } {
  let letters = lower.length;
  while (letters > 0 && !isLowerLetter(lower.charCodeAt(letters - 1))) letters--;
  return { stem: lower.slice(0, letters).replace(/^[^a-z]+/, ''), suffix: lower.slice(letters) };
}

function isLowerLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

function isWordLike(value: string, quoted: boolean): boolean {
  if (!/^[A-Za-z]+$/.test(value)) return false;
  // A quoted mixed-case literal that is not a CamelCase word can be a password or key in letters only.
  return !(
    quoted &&
    value.length >= 10 &&
    /[a-z]/.test(value) &&
    /[A-Z]/.test(value) &&
    !(/^[A-Za-z][a-z]{1,40}(?:[A-Z][a-z]{1,40}){0,10}$/.test(value) && vowellessHumps(value) < 3)
  );
}

/**
 * The parts of a CamelCase value with no vowel (`Gjn`, `Nm`): identifiers have a few (`Xml`,
 * `Http`); random letters falling into the shape by chance have many (`VgnGjnNmYisOlwnPd`).
 */
function vowellessHumps(value: string): number {
  return value.split(/(?=[A-Z])/).filter((hump) => !/[aeiouy]/i.test(hump)).length;
}

/** Hex digits of one case: the alphabet whose entropy floors depend on length. */
const HEX_DIGITS = /^(?:[0-9a-f]+|[0-9A-F]+)$/;

/**
 * The entropy (bits per character) a strong value reaches. Sixteen symbols cap hex at 4 bits, and a
 * short random sample falls well under its alphabet's: one random 32-digit hex key in five, and half
 * of 24-digit ones, measure under 3.5. For hex of 24 digits or more the floor is the entropy 99.9%
 * of random values of that length reach; for hex under 24 digits (trace ids, key ids, short hashes)
 * and every other alphabet it stays 3.5.
 */
function strongEntropyFloor(value: string): number {
  if (value.length < 24 || !HEX_DIGITS.test(value)) return 3.5;
  return value.length < 32 ? 2.85 : value.length < 40 ? 3.1 : 3.25;
}

/** The reason-free verdict on a value, without decoding; `plainWord`: see `judgeValue`. */
function judgePlain(
  value: string,
  quoted: boolean,
  kind: SecretKind,
  plainWord: boolean,
  passwordOnly: boolean,
): ValueJudgement | undefined {
  const randomDigits = isRandomDigits(value);
  if (!randomDigits && (NON_SECRET_WORD.test(value) || isFilePath(value) || nonSecretShape(value))) return undefined;
  if (
    CAMEL_CASE.test(value) &&
    !(kind === 'password' && (/\d/.test(value) || passwordOnly || vowellessHumps(value) >= 3))
  )
    return undefined;
  // With digits or acronyms (`netIpv4TcpTwReuse`) an identifier still, except under a password's name.
  if (kind !== 'password' && isCamelIdentifier(value)) return undefined;
  if (MEMBER_ACCESS.test(value) && !hasRandomPart(value)) return undefined;
  if (!quoted && IDENTIFIER_SUM.test(value)) return undefined;
  if (kind === 'token' && UUID.test(value)) return undefined;
  if (kind !== 'password' && HEADER_NAME.test(value)) return undefined;
  if (chanceShape(value) && !isRandomPunctuated(value)) return undefined;
  if (LEADING_SIGIL.test(value) && !isRandomPunctuated(value) && !isSigilLedPassword(value, kind)) return undefined;
  // Issued secrets are ASCII; letters beyond it are prose (translated messages, i18n catalogues),
  // except in a password people typed: a Latin word with its accents and a digit (German Groesse with its umlaut and sharp s, then 40*).
  if (/[^\x21-\x7e]/.test(value) && !(kind === 'password' && TYPED_ACCENTED.test(value) && /\d/.test(value)))
    return undefined;
  if (
    SECRET_WORD_IN_VALUE.test(value) ||
    SECRET_WORD_IN_VALUE.test(leetLetters(value)) ||
    PSK_WORD_IN_VALUE.test(value) ||
    LOCAL_SECRET_WORD_IN_VALUE.test(value) ||
    isExamplePassword(value) ||
    isPlaceholder(value) ||
    isEmulatorKey(value)
  )
    return undefined;
  // A lowercase word is a password only where it stands alone under a password's name in a config file;
  // a capitalised or CamelCase one only in a form that takes nothing but a password.
  const configWord =
    plainWord &&
    (/^[a-z]{6,32}$/.test(value) || (passwordOnly && /^[A-Za-z]{6,32}$/.test(value))) &&
    !CONFIG_PASSWORD_WORD.test(value);
  if (!configWord && !randomDigits && (isWordLike(value, quoted) || classCount(value) < 2)) return undefined;
  const entropy = shannonEntropy(value);
  const strong = value.length >= STRONG_MIN_LENGTH && entropy >= strongEntropyFloor(value) && classCount(value) >= 2;
  if (kind === 'password') return value.length >= 6 && entropy >= 2 ? { strong } : undefined;
  return value.length >= 8 && entropy >= weakEntropyFloor(value) ? { strong } : undefined;
}

/**
 * Upper-case letters drawn at random, as IBM i (AS/400) and mainframe passwords are written
 * (`TQGFUTQN`): 6 to 12, at most three in ten of them AEIOU and a run of three or more consonants,
 * which words and acronyms spelled as constants (`SYSTEM`, `MANAGER`) seldom have.
 */
export function isDrawnUpperLetters(value: string): boolean {
  if (!/^[A-Z]{6,12}$/.test(value) || /([A-Z])\1\1/.test(value)) return false;
  const vowels = value.replace(/[^AEIOU]/g, '').length;
  return vowels * 10 <= value.length * 3 && /[B-DF-HJ-NP-TV-XZ]{3}/.test(value);
}

/**
 * A salt or key of decimal digits alone (Flask-Security's `secrets.SystemRandom().getrandbits(128)`
 * printed, 39 digits): 24 or more, as mixed as 99% of random digits of that length are (2.6 bits a
 * digit), and not typed in sequence. Shorter runs of digits are ids, timestamps and phone numbers.
 */
function isRandomDigits(value: string): boolean {
  return LONG_DIGITS.test(value) && shannonEntropy(value) >= 2.6 && !isAscendingRuns(value);
}

const LONG_DIGITS = /^\d{24,128}$/;

/**
 * The entropy a key or token reaches at all: 3 bits a character, which hex of 12 to 23 digits
 * often falls short of by chance (one random 16-digit key in seven). There the floor is what 99%
 * of random hex of that length reaches.
 */
function weakEntropyFloor(value: string): number {
  if (value.length < 12 || value.length >= 24 || !HEX_DIGITS.test(value)) return 3;
  return value.length < 16 ? 2.4 : value.length < 20 ? 2.6 : 2.75;
}

/** An app password as Google displays it: `abcd efgh ijkl mnop` (four groups of four lowercase letters). */
const GROUPED_APP_PASSWORD = /^[a-z]{4}(?: [a-z]{4}){3}$/;

/**
 * Whether `value` could be the credential its name announces. Base64 of printable text (a
 * Kubernetes Secret's `data:`) is judged by what it decodes to. With `plainWord` (where only a
 * password can stand: see judgeCandidate), a lowercase word counts (`password = tangerine`). With
 * `passwordOnly` (a form that takes nothing but a password: `echo "..." | sudo -S`, `-p`), a
 * CamelCase word is a password too, not an identifier.
 */
export function judgeValue(
  value: string,
  quoted: boolean,
  kind: SecretKind,
  plainWord = false,
  passwordOnly = false,
): ValueJudgement | undefined {
  // Google shows an app password (SMTP/IMAP for Gmail) as four groups of four letters; the blanks
  // are display only, so the letters are judged as the password they are.
  if (kind === 'password' && GROUPED_APP_PASSWORD.test(value))
    return judgePlain(value.replace(/ /g, ''), quoted, kind, true, passwordOnly);
  if (value.length >= 12 && value.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(value)) {
    const decoded = decodeBase64Text(value);
    if (decoded !== undefined && decoded.length >= 4) {
      const inner = judgePlain(decoded, true, kind === 'token' ? 'secret' : kind, false, false);
      return inner === undefined ? undefined : { strong: inner.strong, decoded };
    }
  }
  return judgePlain(value, quoted, kind, plainWord, passwordOnly);
}
