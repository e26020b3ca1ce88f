import { shannonEntropy } from '../entropy';

/**
 * The shared false-positive filter: values that have a secret's shape but are placeholders,
 * references, documentation examples or dummy data. Applied to every rule's secret unless the rule
 * opts out. Each branch is exercised by test/unit/placeholders.test.ts.
 */

/**
 * Words that mark a value as a stand-in for a real credential (`[MASKED]`: what GitLab CI prints
 * for a masked variable; `[FILTERED]`: what Rails' parameter filter logs; `*SENSITIVE*DATA*DELETED*`: what
 * Windows Setup writes over the passwords of an unattend.xml it consumed). They are five letters or longer, or
 * (like `xxxx`) too unlikely in random text to matter, so finding one inside a random key is
 * vanishingly rare. An angle-bracket slot is a word (`<your token>`) or the whole value: random
 * punctuation (a WordPress salt) has `<` and `>` with anything between.
 */
const PLACEHOLDER_WORDS =
  /changeme|change[-_]me|placeholder|redacted|example|sample|dummy|replace[-_]?me|insert[-_]|xxxx|\[masked\]|\[filtered\]|fixme|lorem|notasecret|not[-_]a[-_]secret|secret[-_]?here|key[-_]?here|token[-_]?here|random[-_]?(?:chars|characters|string)|\*sensitive\*data\*deleted\*/i;

/** Elisions and slots: `***`, `...`, `<your token>` (or a value that is one slot). */
const PLACEHOLDER_SLOTS = /\*\*\*|\.\.\.|<[A-Za-z][\w .-]{0,60}>|^<.{0,80}>$/;

/**
 * Four-letter placeholder words. Any four letters turn up by chance in about one random 40-character
 * key in two thousand, so these count only as a word of their own: at the start or end of the value
 * or next to a separator, written in one case (`your-key`, `YOUR_KEY`, `yourApiKey`, `sk-todo`).
 */
const SHORT_PLACEHOLDER_WORD = /(?<![A-Za-z0-9])(?:your|todo|fake)|(?:your|todo|fake)(?![A-Za-z0-9])/gi;

function hasShortPlaceholderWord(value: string): boolean {
  SHORT_PLACEHOLDER_WORD.lastIndex = 0;
  for (let m = SHORT_PLACEHOLDER_WORD.exec(value); m; m = SHORT_PLACEHOLDER_WORD.exec(value)) {
    const word = m[0];
    if (
      word === word.toLowerCase() ||
      word === word.toUpperCase() ||
      word === word[0]!.toUpperCase() + word.slice(1).toLowerCase()
    )
      return true;
  }
  return false;
}

/**
 * A value that names what belongs there, in one case: `MYTOKEN1`, `MY_API_KEY`, `AUTH_TOKEN`,
 * `mysecret` (npm's docs write `_authToken=MYTOKEN1`). A word glued to `key` is not one (`monkey`).
 */
const NAMED_STAND_IN =
  /^(?:(?:MY|YOUR|SOME|THE|AN?)[-_]?)?(?:[A-Z]{2,12}[-_])?(?:API[-_]?)?(?:TOKEN|KEY|SECRET|PASSWORD|PASSWD)[-_]?\d{0,3}$/;

function isNamedStandIn(value: string): boolean {
  if (value !== value.toUpperCase() && value !== value.toLowerCase()) return false;
  return NAMED_STAND_IN.test(value.toUpperCase());
}

/** The UUIDs that specifications and encyclopaedias print as their example (RFC 9562's and Wikipedia's). */
const DOCUMENTATION_UUIDS = new Set(['123e4567-e89b-12d3-a456-426614174000', '550e8400-e29b-41d4-a716-446655440000']);

/**
 * The credentials the OAuth RFCs print in their examples (RFC 6749 codes, tokens, client secret and
 * Basic header; RFC 6750's bearer token; RFC 5849's keys and tokens), which every OAuth library's
 * docstrings repeat. Stored in halves so no scanner reads this list as credentials.
 */
const RFC_EXAMPLE_CREDENTIALS = new Set(
  [
    ['2YotnFZFEjr1', 'zCsicMWpAA'],
    ['tGzv3JOkF0XG', '5Qx2TlKWIA'],
    ['SplxlOBeZQQY', 'bYS6WxSbIA'],
    ['czZCaGRSa3F0', 'MzpnWDFmQmF0M2JW'],
    ['gX1fB', 'at3bV'],
    ['7Fjfp0ZBr1Kt', 'DRbnfVdmIw'],
    ['mF_9.B5f', '-4.1JqM'],
    ['dpf43f3p', '2l4k3l03'],
    ['kd94hf93', 'k423kf44'],
    ['hh5s93j4', 'hdidpola'],
    ['hdhd0244', 'k9j7ao03'],
    ['nnch734d', '00sl2jdk'],
    ['pfkkdhi9', 'sl3r4s00'],
    ['0685bd91', '84jfhq22'],
    ['ad180jjd', '733klru7'],
    ['9djdj82h', '48djs9d2'],
    ['kkk9d7dh', '3k39sjv7'],
  ].map(([a, b]) => a! + b!),
);

/**
 * Secrets self-hosted apps ship in their default configuration and print in their install docs:
 * Grafana's defaults.ini `secret_key`, Harbor's harbor.yml `harbor_admin_password`, Roundcube's
 * defaults.inc.php `des_key`. Every install that never changed them shares them, so they name a
 * default, not a leak. Stored in parts so no scanner reads this list as credentials.
 */
const PUBLISHED_APP_DEFAULTS = new Set([
  ['SW2Y', 'cwTIb9zp', 'OOhoPsMm'].join(''),
  ['Harbor', '12345'].join(''),
  ['rcmail-!24', 'ByteDESkey*Str'].join(''),
]);

/**
 * A whole `${name}` / `${call(args)}` interpolation: a template even inside a long random-looking
 * string (`"test_${fake.alnum(28)}"`), where a generated salt holds a stray `${` but not this shape.
 */
const WHOLE_INTERPOLATION = /\$\{[A-Za-z_$][\w$.]{0,40}(?:\([^(){}]{0,40}\))?\}/;

/** Template and interpolation markers inside a value: `${`, `{{`, `$(`, `#{`, `%(`, `%VAR%`, a leading `$NAME`. */
const INTERPOLATION = /\$\{|\{\{|\}\}|\$\(|#\{|%\(|%[A-Z_]+%|^\$[A-Za-z_]/;

/**
 * Environment and secret-store references by their leading form: the value is looked up, not written
 * here. MuleSoft Secure Configuration Properties' encrypted values (`"![<base64>]"`) are ciphertext
 * the runtime decrypts with its `mule.key`.
 */
const REFERENCE =
  /^process\.env\b|^import\.meta\.env\b|^os\.(?:environ|getenv)\b|^env\(|^ENV\[|^System\.getenv|^getenv\(|^secrets\.|^vars\.|^var\.|^@Microsoft\.KeyVault|^op:\/\/|^vault:|^arn:aws:secretsmanager|^ssm:|^secretsmanager:|^ref\+|^!\[[A-Za-z0-9+/]{8,4000}={0,2}\]$/;

/** Keys every developer machine shares (Azurite, the Cosmos DB emulator): documented, not secret. */
const WELL_KNOWN_EMULATOR_KEYS = new Set([
  ['Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq', '/K1SZFPTOtr/KBHBeksoGMGw=='].join(''),
  ['C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbI', 'ZnqyMsEcaGQy67XIw/Jw=='].join(''),
]);

/** True for a key every developer machine shares (Azurite, the Cosmos DB emulator). */
export function isEmulatorKey(value: string): boolean {
  return WELL_KNOWN_EMULATOR_KEYS.has(value);
}

/**
 * True when `value` is a placeholder, a reference or dummy data rather than a credential.
 */
export function isPlaceholder(value: string): boolean {
  if (
    PLACEHOLDER_WORDS.test(value) ||
    REFERENCE.test(value) ||
    WHOLE_INTERPOLATION.test(value) ||
    isNamedStandIn(value) ||
    DOCUMENTATION_UUIDS.has(value.toLowerCase()) ||
    RFC_EXAMPLE_CREDENTIALS.has(value) ||
    PUBLISHED_APP_DEFAULTS.has(value)
  )
    return true;
  // In a long random string of letters, digits and punctuation, `%(`, `${`, `<ab>`, `...` or a
  // four-letter word turn up by chance (one WordPress salt in ten): only whole words count there.
  if (isRandomPunctuated(value)) return isLowVariety(value);
  if (PLACEHOLDER_SLOTS.test(value) || INTERPOLATION.test(value) || hasShortPlaceholderWord(value)) return true;
  return isLowVariety(value);
}

/** Distinct punctuation characters a generated salt or key has and a template or reference lacks. */
const MIN_PUNCTUATION_KINDS = 5;

/**
 * A long random string over letters, digits and punctuation, as WordPress salts and Django keys are
 * generated: at least 40 characters, five kinds of punctuation, a fifth of it digits and punctuation
 * other than the `_-./` that join words in names, paths and URLs, and 4.5 bits of entropy per
 * character. Templates, references and prose stay well below that.
 */
export function isRandomPunctuated(value: string): boolean {
  if (value.length < 40) return false;
  let kinds = '';
  let nonWord = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) nonWord++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c <= 32 || c >= 127) continue;
    else {
      if (kinds.length < MIN_PUNCTUATION_KINDS && !kinds.includes(value[i]!)) kinds += value[i];
      if (c !== 95 && c !== 45 && c !== 46 && c !== 47) nonWord++;
    }
  }
  return kinds.length >= MIN_PUNCTUATION_KINDS && nonWord * 5 >= value.length && shannonEntropy(value) >= 4.5;
}

/**
 * Repeated or sequential characters (`aaaaaaaa`, `12345678`, `abcdefgh`), or a value built from very
 * few distinct characters.
 */
export function isLowVariety(value: string): boolean {
  if (value.length === 0) return true;
  if (value.length >= 8 && atMostThreeDistinct(value)) return true;
  let run = 1;
  let seq = 1;
  for (let i = 1; i < value.length; i++) {
    const d = value.charCodeAt(i) - value.charCodeAt(i - 1);
    run = d === 0 ? run + 1 : 1;
    seq = d === 1 || d === -1 ? seq + 1 : 1;
    if (run >= 6 || seq >= 8) return true;
  }
  return false;
}

/** Whether `value` has at most three distinct code points (a loop, not a Set: it runs on every candidate match). */
function atMostThreeDistinct(value: string): boolean {
  let a = -1;
  let b = -1;
  let c = -1;
  for (let i = 0; i < value.length;) {
    const cp = value.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    if (cp === a || cp === b || cp === c) continue;
    if (a === -1) a = cp;
    else if (b === -1) b = cp;
    else if (c === -1) c = cp;
    else return false;
  }
  return true;
}
