// Private keys in formats other than PEM: JSON Web Keys with private members (RFC 7517/7518: "d"
// of RSA, EC and OKP keys, "k" of symmetric "oct" keys), .NET's RSA XML form (RSA.ToXmlString(true):
// <RSAKeyValue> with <P>, <Q>, <D>…), minisign and signify secret key files ("untrusted comment:"
// then the base64 key line; Ed + KDF header, longer than the 56-character public keys), Matrix
// homeserver signing keys (Synapse's `<server>.signing.key`: `ed25519 <key id> <unpadded base64 seed>`).
import type { Rule } from '../types';
import { decodeBase64 } from '../valueChecks';
import { isRandomKeyBytes } from './keyMaterialChecks';

/** Random enough for key bytes once decoded (base64 or base64url). */
function isRandomBase64Key(secret: string): boolean {
  const bytes = decodeBase64(secret.replace(/-/g, '+').replace(/_/g, '/'));
  return bytes !== undefined && isRandomKeyBytes(bytes);
}

const PRIVATE = {
  provider: 'Private key',
  confidence: 'high' as const,
  envVar: 'PRIVATE_KEY',
  risk: 'Whoever holds a private key can sign, decrypt or log in as its owner wherever the public key is trusted.',
};

/** Whitespace between XML elements, also escaped inside a JSON or code string (`\n  `). */
const GAP = String.raw`(?:\s|\\[nrt]){0,40}`;

/** One member of a JWK and its comma: `"crv": "P-256",`, `e: 'AQAB',`, `"key_ops": ["sign"],`. */
const JWK_MEMBER = String.raw`\s{0,16}["']?[A-Za-z_]{1,12}["']?\s{0,4}:\s{0,4}(?:["'][^"'\n]{0,2000}["']|[\w.-]{1,20}|\[[^\[\]\n]{0,300}\])\s{0,16},`;

/** The first private element .NET writes (P), or the private exponent (D) where it comes first. */
const PRIME_OR_EXPONENT = '(?:P|D)';
const XML_KEY_PART = '[A-Za-z0-9+/]{40,1400}={0,2}';

/** Base64url of a JWK member, as far as the key object allows. */
const JWK_VALUE = '[A-Za-z0-9_-]{22,1400}';

export const keyFileRules: readonly Rule[] = [
  {
    ...PRIVATE,
    id: 'jwk-private-key',
    title: 'JSON Web Key with private members ("d", or "k" of an oct key)',
    keywords: ['kty'],
    // From "kty" over the members before the private one, in the same object: a JWK written with
    // kty first, on one line or pretty-printed. Members are read whole (quoted values hold no
    // quote), so the pattern stays linear.
    pattern: new RegExp(
      String.raw`kty["']?\s{0,4}:\s{0,4}["'](?:RSA|EC|OKP|oct)["']\s{0,16},(?:${JWK_MEMBER}){0,12}\s{0,16}["']?(?:d|k)["']?\s{0,4}:\s{0,4}["'](?<secret>${JWK_VALUE})["']`,
    ),
    multiline: { maxSpan: 8192 },
    docs: 'https://www.rfc-editor.org/rfc/rfc7518#section-6.3.2',
    validate: isRandomBase64Key,
    examples: {
      positives: (fake) => [
        `{"kty":"oct","kid":"hs-1","k":"${fake.base64url(43)}","alg":"HS256"}`,
        `{\n  "kty": "EC",\n  "crv": "P-256",\n  "x": "${fake.base64url(43)}",\n  "y": "${fake.base64url(43)}",\n  "d": "${fake.base64url(43)}"\n}`,
        `const jwk = { kty: 'RSA', n: '${fake.base64url(342)}', e: 'AQAB', d: '${fake.base64url(342)}' };`,
      ],
      negatives: [
        {
          text: (fake) => `{"kty":"RSA","kid":"${fake.hex(8)}","n":"${fake.base64url(342)}","e":"AQAB"}`,
          why: 'a public JWK',
        },
        {
          text: (fake) => `{"kty":"EC","crv":"P-256","x":"${fake.base64url(43)}","y":"${fake.base64url(43)}"}`,
          why: 'a public JWK',
        },
      ],
    },
  },
  {
    ...PRIVATE,
    id: 'jwk-private-key-sorted',
    title: 'JSON Web Key with private members before "kty" (members sorted, as WebCrypto exports them)',
    keywords: ['"d":', '"k":', "'d':", "'k':"],
    pattern: new RegExp(
      String.raw`["'](?:d|k)["']\s{0,4}:\s{0,4}["'](?<secret>${JWK_VALUE})["']\s{0,16},(?:${JWK_MEMBER}){0,12}\s{0,16}["']?kty["']?\s{0,4}:\s{0,4}["'](?:RSA|EC|OKP|oct)["']`,
    ),
    multiline: { maxSpan: 8192 },
    docs: 'https://www.rfc-editor.org/rfc/rfc7518#section-6.3.2',
    validate: isRandomBase64Key,
    examples: {
      positives: (fake) => [
        `{"crv":"P-256","d":"${fake.base64url(43)}","ext":true,"key_ops":["sign"],"kty":"EC","x":"${fake.base64url(43)}","y":"${fake.base64url(43)}"}`,
        `{'alg': 'HS256', 'k': '${fake.base64url(43)}', 'kty': 'oct'}`,
        `{"alg":"HS256","ext":true,"k":"${fake.base64url(43)}","key_ops":["sign","verify"],"kty":"oct"}`,
        `{'crv': 'Ed25519', 'd': '${fake.base64url(43)}', 'kty': 'OKP', 'x': '${fake.base64url(43)}'}`,
      ],
      negatives: [
        {
          text: (fake) =>
            `{"crv":"P-256","ext":true,"kty":"EC","x":"${fake.base64url(43)}","y":"${fake.base64url(43)}"}`,
          why: 'a public JWK',
        },
        { text: (fake) => `{"d": "${fake.base64url(43)}", "type": "point"}`, why: 'no JWK (no kty)' },
      ],
    },
  },
  {
    ...PRIVATE,
    id: 'rsa-xml-private-key',
    title: 'RSA private key in .NET XML form (<RSAKeyValue> with <P>, <D>)',
    keywords: ['<rsakeyvalue>'],
    pattern: new RegExp(
      String.raw`<RSAKeyValue>(?:${GAP}<(?:Modulus|Exponent)>[A-Za-z0-9+/=]{1,1400}</(?:Modulus|Exponent)>){0,2}${GAP}<${PRIME_OR_EXPONENT}>(?<secret>${XML_KEY_PART})</${PRIME_OR_EXPONENT}>`,
    ),
    multiline: { maxSpan: 8192 },
    docs: 'https://learn.microsoft.com/en-us/dotnet/api/system.security.cryptography.rsa.toxmlstring',
    validate: isRandomBase64Key,
    examples: {
      positives: (fake) => [
        `<RSAKeyValue><Modulus>${fake.base64(342)}==</Modulus><Exponent>AQAB</Exponent><P>${fake.base64(171)}=</P><Q>${fake.base64(171)}=</Q></RSAKeyValue>`,
        `<RSAKeyValue>\n  <Modulus>${fake.base64(342)}==</Modulus>\n  <Exponent>AQAB</Exponent>\n  <P>${fake.base64(171)}=</P>\n</RSAKeyValue>`,
      ],
      negatives: [
        {
          text: (fake) =>
            `<RSAKeyValue><Modulus>${fake.base64(342)}==</Modulus><Exponent>AQAB</Exponent></RSAKeyValue>`,
          why: 'a public key (modulus and exponent only)',
        },
      ],
    },
  },
  {
    ...PRIVATE,
    id: 'minisign-signify-secret-key',
    title: 'minisign or signify secret key',
    keywords: ['untrusted comment:'],
    pattern:
      /untrusted comment: [^\r\n]{0,80}secret key[^\r\n\\]{0,40}(?:\r?\n|(?:\\r)?\\n)[ \t]{0,16}(?<secret>RW[A-Za-z0-9+/]{130,300}={0,2})(?![A-Za-z0-9+/=])/,
    multiline: { maxSpan: 512 },
    docs: 'https://jedisct1.github.io/minisign/',
    risk: 'Signs releases and updates that every user of the matching public key will trust.',
    validate: isRandomBase64Key,
    examples: {
      positives: (fake) => [
        `untrusted comment: minisign encrypted secret key\n${Buffer.concat([Buffer.from('EdScB2'), Buffer.from(fake.hex(312), 'hex')]).toString('base64')}`,
        `untrusted comment: signify secret key\n${Buffer.concat([Buffer.from('EdBK'), Buffer.from(fake.hex(200), 'hex')]).toString('base64')}`,
      ],
      negatives: [
        {
          text: (fake) =>
            `untrusted comment: minisign public key ${fake.upperHex(16)}\n${Buffer.concat([Buffer.from('Ed'), Buffer.from(fake.hex(80), 'hex')]).toString('base64')}`,
          why: 'a public key',
        },
      ],
    },
  },
  {
    ...PRIVATE,
    id: 'matrix-signing-key',
    title: 'Matrix homeserver signing key (Synapse, Dendrite, Conduit)',
    // The key file's line: algorithm, key id (`a_` and four characters as Synapse generates them), the
    // 32-byte ed25519 seed in unpadded base64. A public verify key is written `"ed25519:a_AbCd": "..."`.
    keywords: ['ed25519 '],
    pattern: /(?<![\w:-])ed25519 (?<id>[A-Za-z0-9_]{1,32}) (?<secret>[A-Za-z0-9+/]{43})(?![A-Za-z0-9+/=])/,
    docs: 'https://element-hq.github.io/synapse/latest/usage/configuration/config_documentation.html#signing_key_path',
    risk: "Signs the server's federation traffic and events: whoever holds it can impersonate the homeserver to every other.",
    validate: (secret) => isRandomBase64Key(secret + '='),
    examples: {
      positives: (fake) => [`ed25519 a_${fake.alnum(4)} ${fake.base64(43)}`],
      negatives: [
        {
          text: (fake) => `      "ed25519:a_${fake.alnum(4)}": "${fake.base64(43)}"`,
          why: "a verify key (the server's public key), as trusted_key_servers lists it",
        },
        {
          text: (fake) => `ssh-ed25519 ${fake.base64(43)} deploy@ci`,
          why: 'an SSH public key',
        },
        {
          text: 'ED25519 key fingerprint is SHA256:abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG.',
          why: 'a fingerprint',
        },
      ],
    },
  },
];
