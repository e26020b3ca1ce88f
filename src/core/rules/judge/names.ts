// How strongly a setting's name says it holds a credential. Names are split into lower-case words
// (camelCase, snake_case, kebab-case, dotted) so `dbPassword`, `DB_PASSWORD` and `db.password` agree.
import { endsWithLocalPasswordWord, judgeLocalWords } from './localNames';
import type { SecretKind } from './secretKind';

export type { SecretKind };

export interface NameJudgement {
  readonly kind: SecretKind;
  /** The name as written, for the hover. */
  readonly name: string;
}

const PASSWORD_WORDS = new Set([
  'password',
  'passwd',
  'pwd',
  'pw',
  'pass',
  'passphrase',
  'passwort',
  'passcode',
  'psw',
  'pswd',
  'pword',
  'psk', // a VPN's or Wi-Fi network's pre-shared key: a passphrase people type
]);
/** What a one-word `<head>pass` or `<head>pw` name starts with when it is a password (`dbpass`, `rootpw`), not `bypass` or `compass`. */
const PASS_HEADS = new Set([
  'db',
  'user',
  'root',
  'admin',
  'mysql',
  'sql',
  'pg',
  'ftp',
  'sftp',
  'smtp',
  'mail',
  'email',
  'imap',
  'ldap',
  'redis',
  'ssh',
  'my',
  'login',
  'auth',
  'api',
  'app',
  'web',
  'proxy',
  'vpn',
  'wifi',
  'master',
  'store', // keytool's -storepass, a jarsigner <storepass>
  'key', // keytool's -keypass
  'steam', // LinuxGSM's steampass (SteamCMD login)
  'rcon', // game servers' remote console (`RCONPW`, `rconpass`)
  'mgr', // a manager interface's login (FreePBX's `AMPMGRPASS`: Asterisk's AMI)
  'sip', // a SIP account's (`sippass`, `SIPPW`)
  'config', // OpenLDAP's cn=config password (the slapd images' `LDAP_CONFIGPASS`)
]);
const SECRET_WORDS = new Set([
  'secret',
  'secrets',
  'credential',
  'credentials',
  'creds',
  'apikey',
  'salt',
  'pepper',
  'seed',
  'privatekey',
  'clientsecret',
  'secretkey',
  'accesskey',
  'authkey',
  'masterkey',
  'signingkey',
  'encryptionkey',
  'accountkey',
  'subscriptionkey',
  'servicekey',
  'adminkey',
  'serverkey',
  'aeskey',
  'hmackey',
  'cryptokey',
  'sessionkey',
  'cookiekey',
  'deploykey',
]);
/**
 * Words before `key` that make it a credential's name and that the generic assignment rule spells
 * as prefilter keywords (`api_key`, `signing-key`, `AES_KEY`, `deployKey`): kept short, every one
 * costs keyword hits.
 */
export const CANDIDATE_KEY_QUALIFIERS = [
  'api',
  'access',
  'auth',
  'private',
  'signing',
  'encryption',
  'master',
  'account', // an Azure Storage AccountKey, a cloud service-account key
  'subscription', // an Azure API Management subscription key
  'service', // a backend's service key (Supabase service_role and the like)
  'admin', // a search or CMS admin key
  'server', // a push service's server key
  'aes',
  'hmac',
  'crypto',
  'session',
  'cookie',
  'deploy',
  'priv',
  'ssh',
  'encrypt',
  'enc',
  'consumer',
  'license',
  'shared', // a pre-shared key (`preshared_key`, `<pre-shared-key>`), an Azure SharedKey
  'des', // a (3)DES key (Roundcube's `des_key`, which encrypts the IMAP passwords it keeps in sessions)
  'crypt', // an application's encryption key (`crypt_key`, `CRYPT_KEY`)
  'principal', // a service principal's key (Laserfiche Cloud's `LF_SERVICE_PRINCIPAL_KEY`), a Kerberos principal's
] as const;
/** Words before `key` that make it a credential (`auth.key`, `AUTH_KEY`), other rules' keywords included. */
const KEY_QUALIFIERS = new Set<string>([
  ...CANDIDATE_KEY_QUALIFIERS,
  'secret',
  'in',
  'nonce',
  'secure',
  'app',
  'shared',
  'preshared', // `preshared_key`, WireGuard's PresharedKey
  'jwt',
  'cipher', // a cipher key (`cipher_key`): the salt rule's keyword
  'nwk', // a LoRaWAN network key (`nwk_key`, a ChirpStack export's column)
]);
const TOKEN_WORDS = new Set(['token', 'apitoken', 'accesstoken', 'authtoken']);
/**
 * What a Wi-Fi network's key is called in hand-over notes and router labels (`WPA2 key`, `Wi-Fi key`,
 * `WLAN key`): its passphrase, which people type, so a password.
 */
const WIFI_KEY_HEADS = new Set(['wpa', 'wpa2', 'wpa3', 'wifi', 'fi', 'wlan']);

/** The last word of a name that holds something about a secret, not the secret. */
const NON_SECRET_LAST = new Set([
  'url',
  'uri',
  'urls',
  'path',
  'file',
  'files',
  'filename',
  'filepath',
  'dir',
  'name',
  'names',
  'id',
  'ids',
  // A stored secret's identifier (libvirt's `rbd_secret_uuid`, `SECRET_UUID`): it names the secret object.
  'uuid',
  'guid',
  'type',
  'types',
  'length',
  'len',
  'size',
  'count',
  'expiry',
  'expires',
  'expiration',
  'expire',
  'ttl',
  'timeout',
  'format',
  'header',
  'prefix',
  'suffix',
  'field',
  'label',
  'policy',
  'endpoint',
  'version',
  'hint',
  'identity', // a TLS-PSK identity (`psk_identity`): the name the key is looked up by
  'regex',
  'pattern',
  // A search filter and a reminder mail's sender (`password_ldap_search_filter`, `wgPasswordSender`).
  'filter',
  'sender',
  'placeholder',
  'env',
  'var',
  'enabled',
  'required',
  'mode',
  'kind',
  'location',
  'param',
  'parameter',
  'column',
  'attribute',
  'attr',
  'prop',
  'property',
  'option',
  'key_name',
  'ref',
  'reference',
  'store',
  'manager',
  'provider',
  'service',
  'class',
  'host',
  'port',
  'user',
  'username',
  'method',
  'strategy',
  'handler',
  'callback',
  'validator',
  'input',
  'button',
  'link',
  'icon',
  'title',
  'text',
  'message',
  'msg',
  'error',
  'errors',
  'description',
  'desc',
  'help',
  'prompt',
  'tooltip',
  'changed',
  'reset',
  'storage',
  'scope',
  'scopes',
  'schema',
  'spec',
  'index',
  'list',
  'map',
  'arn',
  'secretid',
  'resource',
  'source',
  'algorithm', // SECRET_KEY_ALGORITHM = "HmacSHA256"
  'algorithms',
  'algo',
  'alg',
  'cipher',
  'scheme',
  'encoding',
  'signature', // a value signed with the secret (`seedSignature`, `request_signature`), not the secret
  'signatures',
  'ssid', // a Wi-Fi network's name (`SECRET_SSID`, `WIFI_CREDENTIALS_SSID`): broadcast to anyone nearby
  'eui', // a LoRaWAN device or join EUI (`SECRET_APP_EUI`): an identifier printed on the device
  // When a password was set or changes (`PasswordLastSet`, `PasswordUpdateTime`, AD and LAPS output).
  'time',
  'date',
  'timestamp',
  'set',
]);
/** Words anywhere in a name that make its value derived, public or descriptive. */
const NON_SECRET_ANY = new Set([
  'hash',
  'hashed',
  'sha',
  'sha1',
  'sha256',
  'sha512',
  'md5',
  'digest',
  'checksum',
  'fingerprint',
  'integrity',
  'publishable',
  'public',
  'min',
  'max',
  'strength',
  'regex',
  'validation',
  'i18n',
  'translation',
  'placeholder',
  'example',
  'sample',
  'dummy',
]);
/** Names of the HA1 digest a SIP server stores for a user (md5 of user:realm:password): it authenticates as the password does. */
const DIGEST_CREDENTIAL_NAMES = new Set(['md5secret', 'md5cred']);
/** A secret that is a password people type: Asterisk's manager interface (AMI) logs in with one (`AMI_SECRET`). */
const TYPED_SECRET_NAMES = new Set(['amisecret']);
/**
 * Whole names that hold no stored credential: SDP's `a=ice-pwd:` is the per-session ICE password a
 * WebRTC or SIP endpoint makes up for one call and sends in the offer (RFC 8839).
 */
const NON_SECRET_NAMES = new Set(['icepwd', 'aicepwd']);
/** Words that, right before `token`, mean a parser token, a pagination cursor or an idempotency key. */
const TOKEN_NON_SECRET_BEFORE = new Set([
  'next',
  'prev',
  'previous',
  'last',
  'first',
  'current',
  'start',
  'end',
  'cancel',
  'cancellation',
  'continuation',
  'page',
  'pagination',
  'input',
  'output',
  'significant',
  'client',
  'idempotency',
  'csrf',
  'xsrf',
  'sync',
  'request',
  'exclamation',
  'question',
  'lexer',
  'parser',
  'syntax',
  'scope',
  'theme',
  'forward',
  'backward',
  'open',
  'close',
  'closing',
  'opening',
  'expected',
  'unexpected',
  'marker',
  'max',
  'design',
  'color',
  'semantic',
  'this',
  'jsx',
  'css',
  'string',
  'template',
  'word',
  'tokens',
  'punctuation',
  'dot',
  'comma',
  'colon',
  'keyword',
  'identifier',
  'operator',
  'literal',
  'regex',
  'eof',
  'new',
  'contract',
  'erc20',
  'native',
  'nft',
  'fungible',
  // A payment's token (Pushpay's `paymentToken`, a tokenised card's `payment_token`): the payment's
  // or card's reference, which only the merchant's own API credentials can use.
  'payment',
]);

/** Splits `dbPassword`, `DB_PASSWORD`, `db.password`, `x-api-key` into lower-case words. */
export function nameWords(name: string): string[] {
  return (
    name
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
      .toLowerCase()
      // Letters of other alphabets are word characters too (Spanish with its tilde, Polish, Chinese: ./localNames).
      .split(/[^a-z0-9\u00c0-\uffff]+/)
      .filter((w) => w.length > 0)
  );
}

/** Names repeat across a scan (`token`, `apiKey`): their judgements are kept, up to a bound. */
const judged = new Map<string, NameJudgement | undefined>();
const MAX_REMEMBERED = 4096;

/** The kind of credential `name` announces, or undefined when it names something else. */
export function judgeName(name: string): NameJudgement | undefined {
  if (judged.has(name)) return judged.get(name);
  if (judged.size >= MAX_REMEMBERED) judged.clear();
  const verdict = judgeNameWords(name);
  judged.set(name, verdict);
  return verdict;
}

function isHeadedPass(word: string): boolean {
  return (
    (word.length > 4 && word.endsWith('pass') && isPassHead(word.slice(0, -4))) ||
    // The same heads glued to `pw` (`rootpw`, `dbpw`, `rconpw`): a short `<head>pw` word is no other word.
    (word.length > 2 && word.endsWith('pw') && isPassHead(word.slice(0, -2)))
  );
}

/**
 * A head, also behind a short product prefix (FreePBX's `AMPDBPASS`, kamctlrc's `DBROOTPW`) or
 * before a read-write or read-only qualifier (kamctlrc's `DBRWPW`, `DBROPW`). Heads of two letters
 * or more only behind a prefix: `bypass` and `compass` end in none.
 */
function isPassHead(head: string): boolean {
  if (PASS_HEADS.has(head) || PASS_HEADS.has(head.replace(/r[wo]$/, ''))) return true;
  if (head.length > 10) return false;
  for (let i = 1; i < head.length - 1; i++) if (PASS_HEADS.has(head.slice(i))) return true;
  return false;
}

/**
 * A lexer's token kind (`token.FLOAT`, `Token.Keyword`): a member of the token module or enum, not
 * a credential, unless the member itself names one.
 */
const TOKEN_KIND = /^[Tt]oken\.[A-Z][A-Za-z0-9_]{0,40}$/;

function judgeNameWords(name: string): NameJudgement | undefined {
  if (TOKEN_KIND.test(name)) return judgeNameWords(name.slice(name.indexOf('.') + 1));
  const words = nameWords(name);
  if (words.length === 0) return undefined;
  const last = words[words.length - 1]!;
  const joined = words.join('');
  // A SIP digest's HA1 (Asterisk's `md5secret`, pjsip's `md5_cred`) logs in as the user: not a checksum.
  if (DIGEST_CREDENTIAL_NAMES.has(joined) || TYPED_SECRET_NAMES.has(joined)) return { kind: 'password', name };
  // JNDI's `java.naming.security.credentials` (Context.SECURITY_CREDENTIALS) is the bind password of
  // simple authentication, beside `security.principal`.
  if (last === 'credentials' && words[words.length - 2] === 'security') return { kind: 'password', name };
  if (NON_SECRET_NAMES.has(joined)) return undefined;
  if (NON_SECRET_LAST.has(last) || words.some((w) => NON_SECRET_ANY.has(w))) return undefined;
  // A search-only key (`ALGOLIA_SEARCH_ONLY_API_KEY`): a search service's key made for browsers.
  if (words.some((w, i) => w === 'search' && words[i + 1] === 'only')) return undefined;
  // A Ghost Content API key (`GHOST_CONTENT_API_KEY`): reads published content only, public by Ghost's design.
  if (words.some((w, i) => w === 'ghost' && words[i + 1] === 'content')) return undefined;
  // Mux's `MUX_SIGNING_KEY` is the signing key's id (the playback JWT's `kid`); the key is `MUX_PRIVATE_KEY`.
  if (
    words.some(
      (w, i) =>
        w === 'mux' &&
        words[i + 1] === 'signing' &&
        words[i + 2] === 'key' &&
        (i + 3 === words.length || words[i + 3] === 'id'),
    )
  )
    return undefined;
  let kind: SecretKind | undefined;
  for (let i = 0; i < words.length; i++) {
    // A version glued before `key` is none of its meaning either (`apiv3key`), nor a slot's number
    // glued after a credential word (`apiKey2`, `authToken1`: a second key is a key).
    const w = words[i]!.replace(/(?<=[a-z])v\d{1,2}(?=key$)/, '').replace(/(?<=(?:key|token|secret))\d{1,2}$/, '');
    // A version between the words is none of the name's meaning (`apiV3Key`, WeChat Pay's API v3 key).
    const before = i > 1 && /^v\d{1,2}$/.test(words[i - 1]!) ? words[i - 2]! : i > 0 ? words[i - 1]! : '';
    // A signed URL's `X-Amz-Credential` / `X-Goog-Credential`: the signing key's id and scope, not its secret.
    if (w === 'credential' && (before === 'amz' || before === 'goog')) return undefined;
    if (
      PASSWORD_WORDS.has(w) ||
      /passw(?:or)?d|passphrase/.test(w) ||
      isHeadedPass(w) ||
      (w === 'key' && WIFI_KEY_HEADS.has(before))
    )
      kind = 'password';
    else if (
      SECRET_WORDS.has(w) ||
      (w === 'key' && KEY_QUALIFIERS.has(before)) ||
      // Rails' key bases (`secret_key_base`, GitLab's `db_key_base`, `otp_key_base`): every key derives from them.
      (w === 'key' && words[i + 1] === 'base') ||
      // A key named for encryption, whatever word sits between (Rails' `active_record_encryption.primary_key`,
      // `ACTIVE_RECORD_ENCRYPTION_DETERMINISTIC_KEY`); a public one is ruled out above.
      (w === 'key' && i === words.length - 1 && words.includes('encryption')) ||
      (w.endsWith('key') && KEY_QUALIFIERS.has(w.slice(0, -3))) ||
      /secret|apikey|privatekey/.test(w)
    )
      kind ??= 'secret';
    else if (TOKEN_WORDS.has(w) || /[a-z]token$/.test(w)) {
      if (TOKEN_NON_SECRET_BEFORE.has(before)) return undefined;
      kind ??= 'token';
    }
  }
  // A vendor's auth code (Paddle Classic's `vendor_auth_code`): a long-lived API key, unlike an
  // OAuth flow's one-time `auth_code`.
  if (kind === undefined && words.join('').endsWith('vendorauthcode')) kind = 'secret';
  // Names in other languages (`db_senha`, `smtpPasswort`, Chinese mima); a password word there outranks an English key or token word.
  const local = judgeLocalWords(words);
  if (local === 'password' || kind === undefined) kind = local ?? kind;
  return kind === undefined ? undefined : { kind, name };
}

/**
 * Whether `name`'s last word is a password word (`db.password`, `SMTP_PASS`, glued: `PGPASSWORD`,
 * `rootpassword`): it names the password itself.
 */
export function endsWithPasswordWord(name: string): boolean {
  const words = nameWords(name);
  const last = words[words.length - 1];
  return (
    last !== undefined &&
    (PASSWORD_WORDS.has(last) || /[a-z](?:password|passwd)$/.test(last) || endsWithLocalPasswordWord(words))
  );
}
