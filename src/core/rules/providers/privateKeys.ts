// Formats: RFC 7468 (textual encodings: PKCS #8, RSA, EC, DSA "PRIVATE KEY" labels), OpenSSH's
// PROTOCOL.key ("OPENSSH PRIVATE KEY"), RFC 4880 §6.2 (ASCII-armored "PGP PRIVATE KEY BLOCK") and
// PuTTY's PPK file format (PuTTY-User-Key-File-2/3).
import { isSampleKeyPath } from '../judge/context';
import type { Rule } from '../types';

/** A line break as written in a file, or escaped inside a JSON/JS string. */
const NL = String.raw`(?:\r?\n|(?:\\r)?\\n)`;
/** Indentation a YAML block scalar or a nested string adds before each line. */
const INDENT = String.raw`[ \t]{0,16}`;
/**
 * Base64 body lines with their breaks, indentation and escapes, and the quotes, `+` and commas of a
 * key split over string concatenation (Java/JS `"…\n" +`, Python's adjacent literals, an array of
 * lines); never contains '-', so the match ends at the first dash.
 */
const BODY = String.raw`[A-Za-z0-9+/=\s\\"',]{64,16000}`;
/** Room for a 4096-bit RSA key with headers (about 3.3 KB) and large PGP key blocks. */
const MAX_SPAN = 16384;

function pemRule(
  id: string,
  title: string,
  labelPattern: string,
  labels: readonly string[],
  extra: Partial<Rule> = {},
): Rule {
  return {
    id,
    title,
    provider: 'Private key',
    keywords: [...new Set(labels.map((l) => `${l.toLowerCase()}-----`))],
    pattern: new RegExp(
      String.raw`-----BEGIN (?<label>${labelPattern})-----(?:${NL}|["'])(?:${INDENT}(?:Proc-Type|DEK-Info|Comment|Version): [^\r\n\\]{1,200}${NL}){0,4}${NL}?${BODY}-----END \k<label>-----`,
    ),
    confidence: 'high',
    envVar: 'PRIVATE_KEY',
    docs: 'https://docs.github.com/en/authentication/connecting-to-github-with-ssh/reviewing-your-ssh-keys',
    risk: 'Whoever holds a private key can impersonate its owner: sign, decrypt, or log in wherever the public key is trusted.',
    multiline: { maxSpan: MAX_SPAN },
    skipPlaceholderFilter: true,
    // A key its folder or file name calls a sample (`examples/sample-keys/`) is published to try.
    validate: (_secret, _match, context) => !isSampleKeyPath(context.path),
    ...extra,
    examples: extra.examples ?? {
      positives: (fake) => labels.map((l) => fake.pem(l)),
      negatives: [
        { text: (fake) => fake.pem('PUBLIC KEY'), why: 'public keys are not secret' },
        { text: (fake) => fake.pem('CERTIFICATE'), why: 'certificates are public' },
        { text: `-----BEGIN ${labels[0]}-----\n...\n-----END ${labels[0]}-----`, why: 'placeholder body' },
        {
          text: (fake) => fake.pem(labels[0]!),
          path: 'doc/examples/sample-keys/server.key',
          why: 'a key its folder calls a sample, shipped with the example configurations',
        },
      ],
    },
  };
}

export const privateKeyRules: readonly Rule[] = [
  pemRule('private-key', 'Private key (PEM: PKCS #8, RSA, EC, DSA)', '(?:RSA |EC |DSA |)PRIVATE KEY', [
    'PRIVATE KEY',
    'RSA PRIVATE KEY',
    'EC PRIVATE KEY',
    'DSA PRIVATE KEY',
  ]),
  pemRule(
    'private-key-encrypted',
    'Encrypted private key (PEM, PKCS #8)',
    'ENCRYPTED PRIVATE KEY',
    ['ENCRYPTED PRIVATE KEY'],
    {
      confidence: 'medium',
      risk: 'Encrypted with a passphrase, which is often weak or stored nearby; treat as exposed.',
    },
  ),
  pemRule('openssh-private-key', 'OpenSSH private key', 'OPENSSH PRIVATE KEY', ['OPENSSH PRIVATE KEY'], {
    risk: 'Logs in as its owner to every server and Git host that trusts the matching public key.',
  }),
  pemRule('pgp-private-key-block', 'PGP private key block', 'PGP PRIVATE KEY BLOCK', ['PGP PRIVATE KEY BLOCK'], {
    risk: 'Signs as its owner (commits, releases, packages) and decrypts everything sent to them.',
    docs: 'https://www.gnupg.org/gph/en/manual/c235.html',
  }),
  {
    id: 'putty-private-key',
    title: 'PuTTY private key (PPK)',
    provider: 'Private key',
    keywords: ['putty-user-key-file-'],
    pattern: new RegExp(
      String.raw`PuTTY-User-Key-File-[23]: [a-z0-9-]{3,40}${NL}${INDENT}Encryption: [a-z0-9-]{3,40}${NL}${INDENT}Comment: [^\r\n\\]{0,200}${NL}${INDENT}Public-Lines: \d{1,3}${NL}[A-Za-z0-9+/=\s\\]{16,16384}Private-Lines: \d{1,3}${NL}[A-Za-z0-9+/=\s\\]{16,16384}Private-MAC: [0-9a-f]{40,64}`,
    ),
    confidence: 'high',
    envVar: 'PRIVATE_KEY',
    docs: 'https://the.earth.li/~sgtatham/putty/0.78/htmldoc/Chapter8.html',
    risk: 'Logs in as its owner to every server that trusts the matching public key.',
    multiline: { maxSpan: MAX_SPAN },
    skipPlaceholderFilter: true,
    examples: {
      positives: (fake) => [
        [
          'PuTTY-User-Key-File-2: ssh-rsa',
          'Encryption: none',
          'Comment: deploy-key',
          'Public-Lines: 2',
          fake.base64(64),
          fake.base64(40),
          'Private-Lines: 2',
          fake.base64(64),
          fake.base64(40),
          `Private-MAC: ${fake.hex(40)}`,
        ].join('\n'),
      ],
      negatives: [
        {
          text: 'PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: <your key>',
          why: 'incomplete placeholder',
        },
      ],
    },
  },
];
