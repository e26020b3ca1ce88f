// Keys named after the service they open (`WEATHER_KEY=…`, `openAiKey: '…'`, `CODEPUSH_DEPLOYMENT_KEY`)
// and a JSON `"Jwt": { "Key": "…" }` section (ASP.NET appsettings). The word before `key` is most
// often a service's name, which no list can hold, so the name is judged by what it must not be
// (cache, sort, primary, public, site... keys) and the value by what issued keys look like.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgeCandidate, nameBefore } from '../judge/judge';
import { judgeName, nameWords } from '../judge/names';
import { judgeValue } from '../judge/values';
import { gluedNameAssigned } from '../keywordGates';
import type { MatchContext, Rule, RuleExamples, Verdict } from '../types';
import { classCount } from '../valueChecks';
import { isRandomKeyHex } from './keyMaterialChecks';
import { namesTableService } from '../services/serviceRules';
import { sinkVerdict } from './knownDefaults';

const OWASP = 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html';

/**
 * `<name>key` (a name character glued before `key`, as the gate requires) then an assignment spelled
 * as the keywords spell it (a quoted name is followed by `:`), and an
 * unquoted or quoted value of 16 to 200 characters.
 */
const NAMED_KEY = new RegExp(
  String.raw`(?<=[A-Za-z0-9_.-])key(?:_b64|_base64|b64|-b64|_?[1-9]\d?)?(?:["'][ ]?:(?!:)|["']\][ ]?=(?!=)|["'][ ]{1,4}value[ ]?=|>|[ ]?(?::=|=>|=(?!=)|:(?!:)))\s{0,4}(?:[rbfu]?["'\x60])?(?<secret>[^\s"'\x60<>;,\\(){}\[\]=:]{16,200}={0,2})(?=["'\x60<;,\s\\)]|$)`,
  'i',
);

/**
 * Words in a key's name that make it a key of something else than a service: a data structure's
 * or store's key, a UI or i18n key, a public half (site, search, publishable, VAPID, anon keys are
 * published by design), a musical or keyboard key.
 */
const NOT_A_SERVICE_KEY = new Set([
  'cache',
  'sort',
  'primary',
  'foreign',
  'partition',
  'row',
  'range',
  'composite',
  'unique',
  'lookup',
  'storage',
  'local',
  'store',
  'persist',
  'redux',
  'query',
  'route',
  'mutation',
  'request',
  'response',
  'idempotency',
  'dedupe',
  'dedup',
  'object',
  'bucket',
  's3',
  'file',
  'path',
  'folder',
  'map',
  'dict',
  'entry',
  'item',
  'group',
  'index',
  'field',
  'column',
  'table',
  'list',
  'node',
  'child',
  'parent',
  'component',
  'react',
  'state',
  'event',
  'hot',
  'keyboard',
  'shortcut',
  'music',
  'i18n',
  'translation',
  'message',
  'msg',
  'error',
  'locale',
  'lang',
  'label',
  'title',
  'text',
  'public',
  'pub',
  'publishable',
  'site',
  'search',
  'vapid',
  'anon',
  'verify',
  'verification',
  'host',
  'gpg',
  'pgp',
  'cursor',
  'page',
  'next',
  'prev',
  'config',
  'setting',
  'settings',
  'env',
  'var',
  'variable',
  'name',
  'id',
  'type',
  'tracking',
  'analytics',
  // An affiliate key attributes transactions to an integration (SumUp's card-reader SDK ships it in
  // the app, bound to the app's id): an identifier, as a tracking key is.
  'affiliate',
  'write',
  'browser',
  'frontend',
  'widget',
  'embed',
  'test',
  'dummy',
  'fake',
  'example',
  'sample',
  'my',
  'your',
  'foo',
  'result', // a paginator's result key names a field
  'header',
  'headers',
  'unit',
  'units',
  'activation', // a product activation code, printed in docs and on invoices
  // Telemetry ingestion keys (Application Insights' instrumentation key; `aiKey` below): write-only
  // by design, shipped in every published package.
  'instrumentation',
  'telemetry',
  // A key as stored encrypted or wrapped (a JWE's `encrypted_key`, a data key's wrapped copy):
  // ciphertext, which opens nothing without the key that unwraps it.
  'encrypted',
  'wrapped',
]);

/**
 * Mixed-case words (`Ipv6CidrAssociations`, `heightOfGeoidAboveWGS84Units`, a header name such as
 * `X-Amz-Server-Side-Encryption-Customer-Key`): its words average four letters or more, where a
 * random key's case and digit runs average under two.
 */
function isMixedCaseWords(value: string): boolean {
  if (!/[A-Z]/.test(value) || !/[a-z]/.test(value)) return false;
  const runs = value.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+/g) ?? [];
  const letters = runs.reduce((n, r) => n + r.length, 0);
  return runs.length > 0 && letters / runs.length >= 4;
}
/**
 * Lower-case words joined by dashes or underscores (`_private_key_pkcs12`, `x-amz-…-key-md5`): a
 * name; numbers may stand among them (a cluster operation's `p_web-server_monitor_20000`).
 */
function isJoinedLowerWords(value: string): boolean {
  const parts = value.split(/[-_]/).filter((p) => p.length > 0);
  let words = 0;
  for (const p of parts) {
    if (/^[a-z]{1,20}\d{0,3}$/.test(p)) words++;
    else if (!/^\d{1,10}$/.test(p)) return false;
  }
  return words >= 2;
}

/** A path of lower-case parts (`uploads/avatars/2024`); a base64 key's `/` splits mixed-case parts. */
const LOWER_PATH = /^[a-z0-9_-]{1,40}(?:\/[a-z0-9_-]{1,40}){1,10}$/;

/** Hex digests and UUIDs: what a `…Key` holds when it is a content address or a record id, not an issued key. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An issued key: accepted by the shared value judge, and a long hex string (many services issue 32
 * or 40 hex characters) or a strong value. Not a UUID, a dotted name, a path or words.
 */
export function looksIssued(secret: string, quoted: boolean): boolean {
  if (
    UUID.test(secret) ||
    secret.includes('.') ||
    LOWER_PATH.test(secret) ||
    isMixedCaseWords(secret) ||
    isJoinedLowerWords(secret)
  )
    return false;
  const judged = judgeValue(secret, quoted, 'secret');
  if (judged === undefined) return false;
  if (/^[0-9a-f]{32,64}$/i.test(secret)) return true;
  if (classCount(secret) >= 3) return judged.strong;
  // One case of letters with digits (`mxzhc5yy3r93…`): random when long and well mixed.
  const digits = secret.replace(/\D/g, '').length;
  return judged.strong && secret.length >= 20 && digits >= 3 && secret.length - digits >= 3;
}

/**
 * A hot wallet's signing key (`HOT_KEY`, `HOT_WALLET_KEY` of an exchange's withdrawal signer): 32
 * random bytes in hex, which no keyboard shortcut (the other `hot key`) is.
 */
function isHotWalletKey(words: readonly string[], value: string | undefined): boolean {
  return (
    words[0] === 'hot' &&
    value !== undefined &&
    /^(?:0x)?[0-9a-fA-F]{64}$/.test(value) &&
    isRandomKeyHex(value.replace(/^0x/, ''))
  );
}

/**
 * `WEATHER_KEY`, `openAiKey`: a key named after a service, not a data structure's, UI's or public key.
 * `value`, when given, tells a hot wallet's key from a keyboard's hot key.
 */
export function isServiceKeyName(name: string, value?: string): boolean {
  const words = nameWords(name);
  if (words.length < 2 || words[words.length - 1] !== 'key') return false; // `monkey`, `hotkey`
  // VS Code extensions' `aiKey`: their Application Insights telemetry key (`openAiKey` is a service's).
  if (words.length === 2 && words[0] === 'ai') return false;
  const hotWallet = isHotWalletKey(words, value);
  return !words.some((w) => (NOT_A_SERVICE_KEY.has(w) && !(hotWallet && w === 'hot')) || /^\d+$/.test(w));
}

/**
 * A value that opens with a prefix (`pk_live_`, `client-`, `phc_`): the shape the catalogue's
 * format rules read, which know which of a service's prefixes are public.
 */
const PREFIXED = /^[A-Za-z]{2,10}[-_.]/;

/** The catalogue's services, by the first word of their rules' environment variables. */
export interface ServiceWords {
  /** Every service with a rule. */
  readonly all: ReadonlySet<string>;
  /** Services with a rule that reads the service's name (`WANDB_API_KEY=<40 hex>`): it knows the unprefixed formats. */
  readonly named: ReadonlySet<string>;
}

/**
 * Whether the key is another rule's to judge: a service of the table or one whose catalogue rule
 * reads its name (each judges the value by the service's formats, and rejects a wrong length), or a
 * service of the catalogue when the value has a prefix. An unprefixed random value under the name of
 * a service whose rules read prefixes only (`adafruitKey`: a legacy key without `aio_`) has no other rule.
 */
function judgedElsewhere(name: string, value: string, services: () => ServiceWords): boolean {
  if (namesTableService(name)) return true;
  const words = nameWords(name);
  const { named, all } = services();
  return words.some((w) => named.has(w) || (PREFIXED.test(value) && all.has(w)));
}

/** An environment mapping's subscript just before a name: `os.environ[`, `ENV[`, `process.env[`, `$_ENV[`. */
const ENV_SUBSCRIPT = /(?:environ|\benv|_ENV)\[["']$/i;

function judgeNamedKey(
  secret: string,
  match: string,
  context: MatchContext,
  services: () => ServiceWords,
): false | Verdict {
  const nameStart = nameBefore(context.line, context.matchIndex);
  if (nameStart === context.matchIndex) return false; // a bare `key`: bare-key-assignment's
  // `munge_key_b64`, `CookieKeyBase64`: a key kept base64-encoded is judged by the key's name; a
  // numbered slot (`SECOC_KEY_1`, AUTOSAR SecOC's keys by index) by the name before its number.
  const keyWord = /^key(?:[_-]?(?:b(?:ase)?64|\d{1,2}))?/i.exec(match)![0];
  const name = context.line.slice(nameStart, context.matchIndex) + keyWord;
  const keyName = context.line.slice(nameStart, context.matchIndex) + match.slice(0, 3);
  // A secret-named key (`api_key`, `jwtKey`) is the generic assignment rule's to judge.
  if (judgeName(name) !== undefined || judgeName(keyName) !== undefined) return false;
  if (!isServiceKeyName(keyName, secret) || judgedElsewhere(keyName, secret, services)) return false;
  // The subscript form only on the environment (`os.environ["X_KEY"] = ...`, `ENV['X_KEY'] = ...`): an
  // application's own settings array (`$config['des_key'] = '...'`) holds documented defaults.
  if (/^["']\]/.test(match.slice(keyWord.length)) && !ENV_SUBSCRIPT.test(context.line.slice(0, nameStart)))
    return false;
  const quoted = /["'\x60]$/.test(match.slice(0, match.length - secret.length));
  if (!looksIssued(secret, quoted)) return false;
  const verdict = judgeCandidate({
    name,
    value: secret,
    quoted,
    context,
    nameStart,
    valueEnd: context.matchIndex + match.length,
    kind: 'secret',
    form: `a random value named ${name}`,
  });
  // The name says little: in documentation, examples and comments (a low-confidence verdict) it is an illustration.
  return verdict !== false && verdict.confidence === 'low' ? false : verdict;
}

/** A JSON `"Jwt": {` section (ASP.NET's appsettings and the like) and its key or secret within a few lines. */
const JWT_JSON_SECTION = new RegExp(
  String.raw`jwt(?:settings)?"\s{0,4}:\s{0,4}\{[^{}]{0,300}?["'](?:key|secret|secretkey|signingkey|securitykey|issuersigningkey)["']\s{0,4}:\s{0,4}["'](?<secret>[^"'\n]{1,200})["']`,
  'i',
);

/** The service-key rule's examples. */
const NAMED_KEY_EXAMPLES: RuleExamples = {
  embed: false,
  path: '.env',
  positives: (fake) => [
    `WEATHER_KEY=${fake.alnum(30)}Q7`,
    `BACKEND_KEY=${fake.hex(32)}`,
    `CODEPUSH_DEPLOYMENT_KEY=${fake.alnum(30)}Q7`,
    `CDN_PURGE_KEY="${fake.alnum(18)}Q7"`,
    `munge_key_b64: "${fake.base64(171)}="`, // a MUNGE key in Ansible vars, base64 of its 128 bytes
    `RELAY_KEY_BASE64=${fake.base64(43)}=`,
    // An ECU's numbered SecOC key slots (AES-128 in hex), one line per keyword `key_1`...`key_9`.
    `keys:\n${[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `  SECOC_KEY_${n}: ${fake.upperHex(32)}`).join('\n')}`,
    // Numbered service keys glued to their digit, `key1`...`key9`.
    [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `GEOCODER_KEY${n}=${fake.alnum(30)}Q7`).join('\n'),
    `"mungeKeyB64": "${fake.base64(43)}="`,
    `vpn-key-b64: ${fake.base64(43)}=`,
    `backend:\n  geocoder_key: ${fake.alnum(30)}Q7`,
    `GEOCODER_KEY = ${fake.alnum(28)}Q7`,
    `  tilesKey : "${fake.alnum(30)}Q7"`,
    `{ 'codepushKey': '${fake.alnum(30)}Q7' }`,
    `{ "codepushKey": "${fake.alnum(30)}Q7" }`,
    `{ 'codepushKey' : '${fake.alnum(30)}Q7' }`,
    `{ "deploymentKey" : "${fake.alnum(30)}Q7" }`,
    `os.environ["BACKEND_KEY"] = "${fake.hex(32)}"`,
    `ENV['GEOCODER_KEY'] = '${fake.alnum(28)}Q7'`,
    `const adafruitKey = '${fake.lowerAlnum(30)}q7';`, // a catalogue service, an unprefixed (legacy) key
    `<geocoderKey>${fake.alnum(30)}Q7</geocoderKey>`,
    `<add key="GeocoderKey" value="${fake.alnum(30)}Q7" />`,
    `<add key='TilesKey' value='${fake.hex(32)}' />`,
    // A withdrawal signer's hot wallet key: 32 random bytes in hex.
    `HOT_KEY=${fake.hex(64)}`,
    `HOT_WALLET_KEY=0x${fake.hex(64)}`,
  ],
  negatives: [
    { text: (fake) => `CACHE_KEY=${fake.alnum(30)}Q7`, why: 'a cache key names an entry, not a service' },
    { text: (fake) => `HOT_KEY=${fake.alnum(30)}Q7`, why: "a hot key's setting: not a wallet's 32 bytes in hex" },
    { text: (fake) => `CACHE_KEY_B64=${fake.base64(40)}`, why: 'a cache key, base64-encoded, is still an entry name' },
    { text: (fake) => `<sortKey>${fake.alnum(30)}Q7</sortKey>`, why: 'an element naming a sort key' },
    {
      text: (fake) => `STATSIG_CLIENT_KEY='client-${fake.alnum(43)}'`,
      why: "a prefixed key of a catalogue service: its rule knows the prefix is the public client key's",
    },
    { text: (fake) => `RECAPTCHA_SITE_KEY=6L${fake.base64url(38)}`, why: 'a reCAPTCHA site key is public' },
    { text: (fake) => `ALGOLIA_SEARCH_KEY=${fake.hex(32)}`, why: "a search-only key, public by Algolia's design" },
    { text: (fake) => `ROW_KEY=${fake.uuid()}`, why: 'a record id' },
    {
      text: '<lrm_rsc_op id="p_web-proxy_monitor_20000" operation_key="p_web-proxy_monitor_20000"/>',
      why: "a cluster manager's operation name: words and an interval",
      path: 'cluster/cib.xml',
    },
    { text: 'WEATHER_KEY=your-weather-api-key-here', why: 'a stand-in' },
    { text: (fake) => `MONKEY=${fake.alnum(30)}Q7`, why: 'not a key name' },
    {
      text: (fake) => `"aiKey": "${fake.hex(32)}-${fake.uuid()}-7255"`,
      why: "a VS Code extension's telemetry key: write-only, public by design",
      path: 'extensions/git/package.json',
    },
    { text: 'STORAGE_BUCKET_KEY=uploads/avatars/2024', why: 'a path' },
    {
      text: (fake) => `  "encrypted_key": "${fake.base64url(43)}",`,
      why: "a JWE's content key, encrypted to its recipient: ciphertext",
      path: 'message.json',
    },
    { text: (fake) => `WRAPPED_DATA_KEY=${fake.base64(48)}`, why: 'a data key wrapped by a master key' },
    { text: 'os.environ["BACKEND_KEY"] = os.environ["STAGING_BACKEND_KEY"]', why: 'read from the environment' },
    {
      text: (fake) => `$config['geocoder_key'] = '${fake.alnum(22)}Q7';`,
      why: "an application's settings array: its defaults file documents the value",
      path: 'config/defaults.inc.php',
    },
    { text: (fake) => `seen["CACHE_KEY"] == "${fake.alnum(30)}Q7"`, why: 'a comparison, and a cache key' },
    { text: (fake) => `WANDB_KEY=${fake.hex(32)}`, why: "a known service's key: its own rule checks the format" },
    { text: 'weatherKey: "abcdefghijklmnopqrstuvwxyzabcd"', why: 'letters only', path: 'src/app.ts' },
    { text: '"result_key": "Ipv6CidrAssociations"', why: 'an identifier' },
    { text: "SSECustomerKey: 'x-amz-server-side-encryption-customer-key-MD5',", why: 'a header name' },
    { text: "    pagination_key = 'X-Account-Container-Count'", why: 'a header name', path: 'obj.py' },
    { text: '            unitKey="heightOfGeoidAboveWGS84Units"', why: 'an identifier', path: 'nmea.py' },
    { text: "_PKCS12_KEY = '_private_key_pkcs12'", why: 'the name of a field', path: 'service_account.py' },
    {
      text: (fake) => `"BackendKey": "${fake.alnum(30)}Q7"`,
      why: 'an API reference example',
      path: 'apis/gateway.examples.json',
    },
    {
      text: (fake) => `  "ListAgentKey": "${fake.hex(32)}",`,
      why: "a RESO Data Dictionary key field: the listing agent's record id",
      path: 'fixtures/property.json',
    },
    {
      text: (fake) =>
        `  src="https://my.matterport.com/show/?m=${fake.alnum(11)}&applicationKey=${fake.alnum(25)}"></iframe>`,
      why: 'a Matterport Showcase SDK key in the showcase URL: made for the browser',
      path: 'templates/tour.html',
    },
    { text: (fake) => `MATTERPORT_SDK_KEY=${fake.alnum(25)}`, why: "Matterport's browser SDK key" },
  ],
};

/**
 * The service-key rule, leaving keys the catalogue's services judge (see `judgedElsewhere`) to their
 * own rules. `services` is asked when a key is first judged: working the words out reads every
 * rule's keywords, which a process that finds no such key never needs.
 */
export function namedKeyRules(services: () => ServiceWords): readonly Rule[] {
  return [namedKeyRule(services), jwtJsonSectionRule];
}

function namedKeyRule(services: () => ServiceWords): Rule {
  return {
    id: 'named-key-assignment',
    title: 'Random value in a setting named <service> key',
    provider: 'Generic',
    // Spelled with what follows, so the prefilter does not wake on every "key" in code.
    // `os.environ["BACKEND_KEY"] = ...`, `ENV['WEATHER_KEY'] = ...`: the subscript assignment.
    // `<geocoderKey>...</geocoderKey>` and .NET's `<add key="GeocoderKey" value="..." />` too.
    keywords: [
      ...['key=', 'key =', 'key:', 'key :', 'key":', "key':", 'key" :', "key' :", 'key"]', "key']"],
      ...['key>', 'key" value', "key' value"],
      // A key kept base64-encoded (`munge_key_b64: ...`, `COOKIE_KEY_BASE64=...`).
      ...['key_b64', 'key_base64', 'keyb64', 'key-b64'],
      // A numbered key slot (`SECOC_KEY_1:`, `relayKey2=`): the digit follows the keyword.
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`key_${n}`, `key${n}`]),
    ],
    pattern: NAMED_KEY,
    startsAtKeyword: true,
    keywordGate: gluedNameAssigned,
    confidence: 'medium',
    envVar: 'WEATHER_KEY',
    docs: OWASP,
    risk: 'A random value under a service-named key is that service’s API key: whoever reads it can call the service as you.',
    validate: (secret, match, context) => judgeNamedKey(secret, match, context, services),
    examples: NAMED_KEY_EXAMPLES,
  };
}

const jwtJsonSectionRule: Rule = {
  id: 'hardcoded-jwt-secret-json-section',
  title: 'JWT signing key in a JSON "Jwt" section (appsettings.json)',
  provider: 'Secret sinks',
  keywords: ['jwt":', 'jwtsettings":'],
  pattern: JWT_JSON_SECTION,
  multiline: { maxSpan: 400 },
  confidence: 'high',
  envVar: 'JWT_KEY',
  docs: 'https://learn.microsoft.com/aspnet/core/security/app-secrets',
  risk: 'Anyone who reads the configuration can forge tokens the service accepts.',
  validate: (secret, match, context) => {
    if (/^(?:true|false|null|\d+)$/i.test(secret)) return false;
    return sinkVerdict('the JWT signing key of an appsettings-style configuration')(secret, match, context);
  },
  examples: {
    embed: false,
    path: 'appsettings.json',
    positives: (fake) => [
      `{\n  "Jwt": {\n    "Key": "${fake.hex(64)}",\n    "Issuer": "api"\n  }\n}`,
      `"JwtSettings": {\n  "Issuer": "api",\n  "SecretKey": "${fake.alnum(40)}"\n}`,
    ],
    negatives: [
      { text: '"Jwt": {\n  "Key": "${JWT_KEY}"\n}', why: 'resolved from the environment' },
      { text: '"Jwt": {\n  "Key": ""\n}', why: 'empty, set from user-secrets' },
      { text: '"Jwt": {\n  "Issuer": "api"\n},\n"Smtp": {\n  "Key": "abc"\n}', why: 'outside the Jwt section' },
    ],
  },
};
