// Values that are plainly not issued secrets, whatever name they stand under: the name of a
// credential, lower-case words joined into a host, path, flag or scope, a regular expression, and
// a hand-typed run of keyboard letters. Each is cheap and checked only once a candidate is judged.

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
const JOINED_WORDS = new RegExp(`^-{0,2}${WORD}(?:[-_/.:]{1,2}${WORD}){1,12}$`);

export function isJoinedWords(value: string): boolean {
  return value.length <= 160 && JOINED_WORDS.test(value);
}

/** A regular expression: `.*`, `.+`, `\d`, `[^`, `(?`. */
export function isPattern(value: string): boolean {
  return /\.[*+]|\\[dwsSbB]|\[\^|\(\?/.test(value);
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
