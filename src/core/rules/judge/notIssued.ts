// Values that are plainly not issued secrets, whatever name they stand under: the name of a
// credential, lower-case words joined into a host, path, flag or scope, a regular expression, and
// a hand-typed run of keyboard letters. Each is cheap and checked only once a candidate is judged.
import { LINE_REACH } from '../lineReach';

/**
 * One word of an identifier-shaped value that is a credential word (`KEY`, `Secret`, `apikey`,
 * `passwd`), not a word that merely ends like one: `Monkey_ncheux`, `Whiskey_Tango` are passwords.
 */
const CREDENTIAL_WORD =
  /^(?:api|access|secret|private|auth|master|signing|session|client|app)?(?:keys?|secrets?|tokens?|passw\w*|pass|pwd|credentials?|auth\w*)(?:id)?$/i;

/** `AWS_SECRET_ACCESS_KEY`, `AWSAccessKeyId`, `aws_secret_access_key`: the credential's name, not its value. */
export function isCredentialName(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z_]{2,60}$/.test(value)) return false;
  // Two words at least (`secret` alone is a weak value, not a name): joined by `_` or camel humps.
  const words = value.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+/g) ?? [];
  return words.length >= 2 && words.some((w) => CREDENTIAL_WORD.test(w));
}

/**
 * Field names that credential files and signed requests define (the AWS shared credentials file's
 * keys, AWS query parameters, OAuth and service-account JSON fields), compared as lower-case letters:
 * a value that spells one is where a credential is looked up (`SECRET_KEY = 'AWSSecretKey'`).
 */
const CREDENTIAL_FIELD_NAMES = new Set([
  'awsaccesskeyid',
  'awssecretaccesskey',
  'awssecretkey',
  'awssessiontoken',
  'accesskeyid',
  'secretaccesskey',
  'sessiontoken',
  'clientsecret',
  'refreshtoken',
  'privatekeyid',
]);

/** Whether `value`, written as a name (`aws_secret_access_key`, `AWSSecretKey`), is a credential field's name. */
export function isCredentialFieldName(value: string): boolean {
  return (
    /^[A-Za-z][A-Za-z_.-]{5,40}$/.test(value) && CREDENTIAL_FIELD_NAMES.has(value.toLowerCase().replace(/[_.-]/g, ''))
  );
}

/** `AWS_SECRET_ACCESS_KEY`: an environment variable's name in upper snake case. */
export function isUpperSnakeName(value: string): boolean {
  return /^[A-Z][A-Z0-9]{1,40}(?:_[A-Z0-9]{1,40}){1,8}$/.test(value);
}

/**
 * Lower-case words (each letters with at most a few digits, as `v1alpha1`) joined by `-`, `_`, `/`,
 * `.` or `:`: `auth-request-type/at`, `sql-component.googleapis.com`, `--service-account-key-file`.
 * A random token's parts are not words: `k3j4h5k6` fails, and issued tokens mix case or lead with digits.
 */
// Written so that a run of letters splits one way only (two `[a-z]{1,20}` side by side would try
// every split of a long run on every failing value): the same words as letters{1,20}, digits{0,3},
// then optionally letters{1,20} and digits{0,3}.
const WORD = '(?:[a-z]{1,40}|[a-z]{1,20}[0-9]{1,3}[a-z]{1,20})[0-9]{0,3}';
// After the first word a part may be a number (`optional_content_1`, `receiver.2.port`).
const JOINED_WORDS = new RegExp(`^-{0,2}${WORD}(?:[-_/.:]{1,2}(?:${WORD}|[0-9]{1,4})){1,12}$`);

export function isJoinedWords(value: string): boolean {
  return value.length <= 160 && JOINED_WORDS.test(value);
}

/** A regular expression: `.*`, `.+`, `\d`, `[^`, `(?`, a repeated class (`[0-9a-z]{1,12}`, `[A-Z]+`). */
export function isPattern(value: string): boolean {
  return /\.[*+]|\\[dwsSbB]|\[\^|\(\?|\[[^\]\s]{1,40}\](?:[*+]|\{\d{1,3}(?:,\d{0,3})?\})/.test(value);
}

const HOME_ROW = new Set('asdfghjkl');

/**
 * Letters typed along the keyboard's home row (`sdf0o9823sjdfsdf`, `2kjshdfp92i34asdasd`): in a
 * random lower-case token a quarter of the letters are home-row ones, in a typed stand-in three
 * quarters or more.
 */
export function isKeyboardMash(value: string): boolean {
  // Hex is half home-row letters (a, d, f) by its alphabet, not by typing.
  if (value.length < 12 || value.length > 40 || !/^[a-z0-9]+$/.test(value) || /^[0-9a-f]+$/.test(value)) return false;
  let letters = 0;
  let home = 0;
  for (const ch of value) {
    if (ch >= 'a' && ch <= 'z') {
      letters++;
      if (HOME_ROW.has(ch)) home++;
    }
  }
  return letters >= 8 && home * 4 >= letters * 3;
}

/** The parts of an identifier: a word (`Gateway`, `net`), an acronym (`IP`, `S`) or a number (`4`, `8601`). */
const HUMP = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+/g;

/** A word's letters as a language writes them: a vowel in every five, no four consonants running. */
function isPronounceable(word: string): boolean {
  const vowels = word.replace(/[^aeiouy]/gi, '').length;
  return vowels * 5 >= word.length && !/[^aeiouy]{4}/i.test(word);
}

/**
 * A camelCase identifier with a number in it (`netIpv4TcpTwReuse`, `use32BitWorkerProcess`,
 * `p2SConnectionConfigurations`): generated models and APIs name their fields so. Its words are
 * capitalised, long and mostly pronounceable, its numbers and acronyms few; a random token's case
 * and digits change every character or two, so its humps are short, many, often vowelless, and
 * lower-case ones follow digits.
 */
export function isCamelIdentifier(value: string): boolean {
  if (value.length > 80 || !/^[A-Za-z][A-Za-z0-9]{5,79}$/.test(value)) return false;
  const humps = value.match(HUMP) ?? [];
  let numbers = 0;
  let acronyms = 0;
  let words = 0;
  let letters = 0;
  let vowelless = 0;
  let longest = 0;
  let short = 0;
  for (let i = 0; i < humps.length; i++) {
    const hump = humps[i]!;
    if (hump.length <= 2 || !/[a-z]/.test(hump)) short++;
    if (/^\d/.test(hump)) {
      if (++numbers > 2 || hump.length > 4) return false;
    } else if (!/[a-z]/.test(hump)) {
      if (++acronyms > 2 || hump.length > 4) return false;
    } else {
      // Only the first word starts lower-case; a word is two letters or more.
      // (A plural or variant letter may follow a number at the end: `TableV2s`, `kerberos5p`.)
      const suffix = i === humps.length - 1 && hump.length <= 2 && /^\d/.test(humps[i - 1] ?? '');
      if (!suffix && i > 0 && (/^[a-z]/.test(hump) || hump.length < 2)) return false;
      // Abbreviations (`Tcp`, `Tw`) are few and short; other words are pronounceable.
      if (hump.length >= 2 && !/[aeiouy]/i.test(hump) && (++vowelless > 2 || hump.length > 3)) return false;
      if (hump.length >= 4 && !isPronounceable(hump)) return false;
      words++;
      letters += hump.length;
      longest = Math.max(longest, hump.length);
    }
  }
  // Random text breaks into short pieces: an identifier has about as many long words.
  // Words of a language are a quarter vowels or more; random letters under a quarter (12 of 52).
  const vowels = value.replace(/[^aeiouy]/gi, '').length;
  return (
    words >= 2 &&
    numbers > 0 &&
    longest >= 5 &&
    letters >= 3 * words &&
    short <= humps.length - short + 1 &&
    vowels * 4 >= letters
  );
}

/** Letters and digits, lower-cased: how two spellings of one name (`net_ipv4_x`, `netIpv4X`) compare. */
function spelling(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * The value spells again a name written before `nameStart` on `line` (`"net_ipv4_tcp_fin_timeout":
 * {"key": "netIpv4TcpFinTimeout"`): a field map's wire name for an attribute, not a value.
 */
export function respellsNameBefore(value: string, line: string, nameStart: number): boolean {
  const wanted = spelling(value);
  if (wanted.length < 6 || wanted.length > 120) return false;
  // A name's spelling is a run of the spelling of what stands before it: without the run there,
  // no name spells the value (the common case, told without spelling every name of a long line).
  // Only the stretch a long line's window shows before the name: the whole line before every
  // candidate would make a line of many candidates quadratic.
  const before = line.slice(Math.max(0, nameStart - LINE_REACH), nameStart);
  const spelledBefore = before.replace(/[^A-Za-z0-9]+/g, '').toLowerCase();
  if (!spelledBefore.includes(wanted)) return false;
  // Written the same, it is the value itself (a form that names the setting after its value).
  for (const name of before.match(/[A-Za-z_][\w.-]{5,119}/g) ?? [])
    if (name !== value && spelling(name) === wanted) return true;
  return false;
}

/**
 * The example credentials of the OAuth RFCs, which libraries repeat in their docstrings and tests:
 * RFC 5849 (OAuth 1.0: consumer keys, tokens and their secrets), RFC 6749 (OAuth 2.0: an access
 * token, a refresh token, an authorization code, the client's and the resource owner's passwords).
 */
const RFC_EXAMPLE_CREDENTIALS = new Set([
  'dpf43f3p2l4k3l03',
  'kd94hf93k423kf44',
  'hh5s93j4hdidpola',
  'hdhd0244k9j7ao03',
  'nnch734d00sl2jdk',
  'pfkkdhi9sl3r4s00',
  '2YotnFZFEjr1zCsicMWpAA',
  'tGzv3JOkF0XG5Qx2TlKWIA',
  'SplxlOBeZQQYbYS6WxSbIA',
  'gX1fBat3bV',
  'A3ddj3w',
]);

/** Whether `value` is one of the OAuth RFCs' published example credentials. */
export function isRfcExampleCredential(value: string): boolean {
  // A form-encoded body's separator may follow it (`oauth_token_secret=hdhd0244k9j7ao03&`).
  return RFC_EXAMPLE_CREDENTIALS.has(value.replace(/[&;]$/, ''));
}

/**
 * Ascending runs (`1234abcd-1234-abcd`, `abcdef123456`): a stand-in typed in sequence. Runs of four
 * or more consecutive letters or digits cover three quarters of it; a random value has almost none.
 */
export function isAscendingRuns(value: string): boolean {
  const alnum = value.replace(/[^A-Za-z0-9]/g, '');
  if (alnum.length < 8) return false;
  let covered = 0;
  let run = 1;
  for (let i = 1; i <= alnum.length; i++) {
    if (i < alnum.length && alnum.charCodeAt(i) === alnum.charCodeAt(i - 1) + 1) {
      run++;
      continue;
    }
    if (run >= 4) covered += run;
    run = 1;
  }
  return covered * 4 >= alnum.length * 3;
}
