// Symmetric keys, HMAC secrets, salts and peppers written into code as decoded literals or byte
// arrays: `bytes.fromhex("…")`, `Buffer.from("…", "hex")`, `Convert.FromBase64String("…")`,
// `["…"].pack("H*")`, `new byte[] { 0x.., … }`, `[]byte{…}`, `b"\x..\x.."`, `new Uint8Array([…])`.
// Formats: the languages' own literal syntax; Fernet keys (cryptography.io: 32 bytes, urlsafe
// base64); defuse/php-encryption ASCII-safe keys (header DEF00000, 32-byte key, SHA-256 checksum).
import { judgedPassword, nameBefore } from '../judge/judge';
import { nodeCrypto } from '../../nodeCrypto';
import type { FakeTokens } from '../fakeTokens';
import type { MatchContext, Rule, Verdict } from '../types';
import { decodeBase64 } from '../valueChecks';
import { byteValues, escapedByteValues, isKeyMaterialName, isRandomKeyBytes } from './keyMaterialChecks';
import { keyLiteralFollows } from '../literalGates';

/**
 * The Android SDK's debug keystore (`~/.android/debug.keystore`, alias `androiddebugkey`) has the
 * documented password `android`: public, and it signs only debug builds.
 */
const DEBUG_KEYSTORE_PASSWORD = 'android';
const signingPassword = judgedPassword('a Gradle signingConfig password', true);

/** The name words a key's variable ends with, spelled with what follows them for the prefilter. */
const NAME_ENDS = ['key', 'secret', 'salt', 'pepper', 'seed'];
const ASSIGN_KEYWORDS = NAME_ENDS.flatMap((w) => [`${w} =`, `${w}=`, `${w} :=`, `${w}[`]);
/** One assignment per keyword spelling, so each stays reachable through the prefilter (rule examples). */
function perKeyword(value: (fake: FakeTokens) => string, fake: FakeTokens): string[] {
  return ASSIGN_KEYWORDS.map((kw) => `app_${kw.endsWith('[') ? kw + '32] =' : kw} ${value(fake)}`);
}
const NAME_END = String.raw`(?:key|secret|salt|pepper|seed)(?:\s{0,2}\[\d{0,3}\])?\s{0,4}(?::=|=)\s{0,4}`;

/** Calls that turn a hex or base64 literal into bytes, and Ruby's `["…"].pack("H*")`. */
const DECODER = String.raw`(?:bytes\.fromhex|(?:binascii\.)?(?:unhexlify|a2b_hex)|hex\.DecodeString|Convert\.From(?:Base64|Hex)String|(?:base64\.)?(?:b64decode|urlsafe_b64decode|decodebytes)|base64\.(?:Raw)?(?:Std|URL)Encoding\.DecodeString|Buffer\.from|Hex\.decode(?:Hex)?|Base64\.get(?:Url)?Decoder\(\)\.decode|Base64\.decode|hexToBytes|fromHex)\(\s{0,2}|\[\s{0,2}`;

const DECODED_LITERAL = new RegExp(
  String.raw`${NAME_END}(?:${DECODER})[bru]?["'](?<secret>[A-Za-z0-9+/_=-]{22,200})["']`,
  'i',
);
const ESCAPED_BYTES = new RegExp(
  String.raw`${NAME_END}[bB]["'](?<secret>(?:\\x[0-9a-fA-F]{2}|\\[nrt0'"\\]|[!#-&(-\[\]-~]){12,128})["']`,
  'i',
);
const BYTE = String.raw`(?:\(byte\)\s{0,2})?(?:0x[0-9a-fA-F]{1,2}|\d{1,3})`;
const BYTE_ARRAY = new RegExp(
  String.raw`${NAME_END}(?:(?:new\s{1,2}Uint8Array|Uint8Array\.from|Buffer\.from|bytes|bytearray)\(\s{0,2}|new\s{1,2}(?:byte|sbyte|Uint8Array)\s{0,2}\[\d{0,3}\]\s{0,2}|\[\]byte\s{0,2})?[\[{]\s{0,4}(?<secret>${BYTE}(?:\s{0,4},\s{0,4}${BYTE}){15,63})`,
  'i',
);

/** The whole name the match's keyword ends (`aes_key`, `app.secret_key`, `PASSWORD_PEPPER`). */
function fullName(match: string, context: MatchContext): string {
  return context.line.slice(nameBefore(context.line, context.matchIndex), context.matchIndex) + /^\w+/.exec(match)![0];
}

function judgeKeyBytes(bytes: Uint8Array | undefined, match: string, context: MatchContext): false | Verdict {
  if (bytes === undefined || bytes.length > 64 || !isRandomKeyBytes(bytes)) return false;
  const name = fullName(match, context);
  if (!isKeyMaterialName(name)) return false;
  return {
    confidence: context.file.test || context.file.docs ? 'low' : 'medium',
    why: `${bytes.length} random bytes written into the code as ${name}`,
  };
}

/** 16 random bytes as `\x..` escapes (rule examples). */
function escaped(fake: FakeTokens): string {
  return Buffer.from(fake.hex(32), 'hex').reduce((out, b) => out + '\\x' + b.toString(16).padStart(2, '0'), '');
}

/** Hex when it reads as hex (an even number of hex digits), else base64. */
function decodeKeyText(text: string): Uint8Array | undefined {
  if (/^(?:[0-9a-fA-F]{2}){11,}$/.test(text)) return Buffer.from(text, 'hex');
  return decodeBase64(text.replace(/-/g, '+').replace(/_/g, '/'));
}

/** A defuse/php-encryption key: DEF00000, 32 key bytes, SHA-256 of both (first 32 bytes). */
function isDefuseKey(hex: string): boolean {
  const bytes = Buffer.from(hex, 'hex');
  const sum = nodeCrypto().createHash('sha256').update(bytes.subarray(0, 36)).digest();
  return sum.equals(bytes.subarray(36)) && isRandomKeyBytes(bytes.subarray(4, 36));
}

function fakeDefuseKey(hex64: string): string {
  const body = Buffer.from('def00000' + hex64, 'hex');
  return body.toString('hex') + nodeCrypto().createHash('sha256').update(body).digest('hex');
}

const COMMON = {
  provider: 'Key material',
  confidence: 'medium' as const,
  envVar: 'ENCRYPTION_KEY',
  docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Cryptographic_Storage_Cheat_Sheet.html#key-storage',
  risk: 'Decrypts or forges whatever the key protects (stored data, sessions, signed tokens) for anyone who reads the code.',
};

export const keyLiteralRules: readonly Rule[] = [
  {
    ...COMMON,
    id: 'key-decoded-literal',
    title: 'Encryption or signing key decoded from a hex or base64 literal',
    keywords: ASSIGN_KEYWORDS,
    pattern: DECODED_LITERAL,
    startsAtKeyword: true,
    keywordGate: keyLiteralFollows,
    // Letters only is a name that happens to be valid base64 (`'DescribeScalingParametersResponse'`).
    validate: (secret, match, context) =>
      !/^[A-Za-z]+$/.test(secret) && judgeKeyBytes(decodeKeyText(secret), match, context),
    examples: {
      embed: false,
      positives: (fake) => [
        `aes_key = bytes.fromhex("${fake.hex(64)}")`,
        `const key = Buffer.from('${fake.hex(64)}', 'hex');`,
        `private static readonly byte[] Key = Convert.FromBase64String("${fake.base64(43)}=");`,
        `SECRET = ["${fake.hex(64)}"].pack("H*")`,
        `hmac_key = binascii.unhexlify("${fake.hex(64)}")`,
        ...perKeyword((f) => `bytes.fromhex("${f.hex(64)}")`, fake),
      ],
      negatives: [
        {
          text: "    refresh_key=['DescribeScalingParametersResponse',",
          why: 'an identifier that happens to be valid base64',
          path: 'boto/domain.py',
        },
        { text: `key = bytes.fromhex("${'00'.repeat(32)}")`, why: 'an all-zero key' },
        { text: (fake) => `iv = bytes.fromhex("${fake.hex(32)}")`, why: 'an IV is public' },
        { text: (fake) => `public_key = bytes.fromhex("${fake.hex(64)}")`, why: 'a public key' },
        {
          text: `key = bytes.fromhex("${[...Array(32).keys()].map((b) => b.toString(16).padStart(2, '0')).join('')}")`,
          why: 'a 00 01 02 … test vector',
        },
      ],
    },
  },
  {
    ...COMMON,
    id: 'key-escaped-bytes',
    title: 'Key written as an escaped byte string (b"\\x..")',
    keywords: ASSIGN_KEYWORDS,
    pattern: ESCAPED_BYTES,
    startsAtKeyword: true,
    keywordGate: keyLiteralFollows,
    // Mostly escapes: printable runs are text (`b"Authorization"`), a repr of random bytes is not.
    validate: (secret, match, context) =>
      (secret.match(/\\x/g)?.length ?? 0) >= 8 && judgeKeyBytes(escapedByteValues(secret), match, context),
    examples: {
      embed: false,
      positives: (fake) => [`app.secret_key = b'${escaped(fake)}'`, ...perKeyword((f) => `b"${escaped(f)}"`, fake)],
      negatives: [{ text: `NULL_KEY = b"${'\\x00'.repeat(16)}"`, why: 'all zero' }],
    },
  },
  {
    ...COMMON,
    id: 'key-byte-array',
    title: 'Key written as an array of byte values',
    keywords: ASSIGN_KEYWORDS,
    pattern: BYTE_ARRAY,
    startsAtKeyword: true,
    keywordGate: keyLiteralFollows,
    validate: (secret, match, context) => judgeKeyBytes(byteValues(secret), match, context),
    examples: {
      embed: false,
      positives: (fake) => {
        const list = (cast = '') =>
          [...Buffer.from(fake.hex(32), 'hex')].map((b) => `${cast}0x${b.toString(16).padStart(2, '0')}`).join(', ');
        return [
          `private static final byte[] KEY = new byte[] { ${list('(byte) ')} };`,
          `var aesKey = []byte{${list()}}`,
          `const secretKey = new Uint8Array([${[...Buffer.from(fake.hex(64), 'hex')].join(', ')}]);`,
          `static const uint8_t key[16] = { ${list()} };`,
          ...perKeyword(() => `{ ${list()} }`, fake),
        ];
      },
      negatives: [
        { text: 'var pngMagic = []byte{0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a}', why: 'not a key name' },
        {
          text: `static const uint8_t test_key[16] = { ${[...Array(16).keys()].map((b) => '0x0' + b.toString(16)).join(', ')} };`,
          why: 'a test vector (00 01 02 …)',
        },
      ],
    },
  },
  {
    ...COMMON,
    id: 'fernet-key',
    title: 'Fernet key (Python cryptography)',
    keywords: ['fernet'],
    pattern:
      /fernet[A-Za-z0-9_]{0,30}["']?\s{0,4}(?:=|:|=>)\s{0,4}(?:\[\s{0,4})?[bru]?["']?(?<secret>[A-Za-z0-9_-]{43}=)(?![A-Za-z0-9_=-])/i,
    envVar: 'FERNET_KEY',
    docs: 'https://cryptography.io/en/latest/fernet/',
    validate: (secret) => {
      const bytes = decodeBase64(secret.replace(/-/g, '+').replace(/_/g, '/'));
      return bytes !== undefined && bytes.length === 32 && isRandomKeyBytes(bytes);
    },
    examples: {
      positives: (fake) => [
        `FERNET_KEY = b"${Buffer.from(fake.hex(64), 'hex').toString('base64url')}="`,
        `  fernet_keys: ["${Buffer.from(fake.hex(64), 'hex').toString('base64url')}="]`,
      ],
      negatives: [{ text: 'FERNET_KEY = Fernet.generate_key()', why: 'generated at run time' }],
    },
  },
  {
    ...COMMON,
    id: 'defuse-encryption-key',
    title: 'defuse/php-encryption key (ASCII-safe, DEF00000…)',
    keywords: ['def00000'],
    pattern: /(?<![0-9A-Za-z])(?<secret>def00000[0-9a-f]{128})(?![0-9A-Za-z])/,
    confidence: 'high',
    docs: 'https://github.com/defuse/php-encryption/blob/master/docs/classes/Key.md',
    validate: isDefuseKey,
    examples: {
      positives: (fake) => [`$key = Key::loadFromAsciiSafeString('${fakeDefuseKey(fake.hex(64))}');`],
      negatives: [
        { text: (fake) => `$key = '${fakeDefuseKey(fake.hex(64)).slice(0, -4)}0000';`, why: 'checksum does not match' },
      ],
    },
  },
  {
    id: 'android-signing-password',
    title: 'Android keystore password in a Gradle signingConfig (Groovy call syntax)',
    provider: 'Android',
    keywords: ['storepassword', 'keypassword'],
    // Groovy's `storePassword 'x'` (no `=`), which the generic assignment does not read.
    pattern: /\b(?:storePassword|keyPassword)\s{1,4}["'](?<secret>[^"'\s$]{1,200})["']/,
    confidence: 'medium',
    envVar: 'KEYSTORE_PASSWORD',
    docs: 'https://developer.android.com/studio/publish/app-signing#secure-shared-keystore',
    risk: 'With the keystore, signs app updates as the publisher.',
    validate: (secret, match, context) => secret !== DEBUG_KEYSTORE_PASSWORD && signingPassword(secret, match, context),
    examples: {
      embed: false,
      positives: (fake) => [`            storePassword '${fake.alnum(14)}'`, `    keyPassword "${fake.alnum(12)}7"`],
      negatives: [
        { text: "            storePassword 'android'", why: "the SDK debug keystore's documented password" },
        { text: "    storePassword keystoreProperties['storePassword']", why: 'read from a properties file' },
        { text: '    keyPassword System.getenv("KEY_PASSWORD")', why: 'read from the environment' },
      ],
    },
  },
];
