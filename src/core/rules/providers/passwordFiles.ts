// Files whose whole job is to hold a credential, in the shape their tool writes: a Docker or
// Compose secret file holding one bare value, and Firefox's saved logins.
// Formats from each tool's documentation. Fixture note: every positive is generated at runtime.
import { judgeCandidate } from '../judge/judge';
import type { MatchContext, Rule, Verdict } from '../types';
import { decodeBase64 } from '../valueChecks';

/**
 * A file named for the one secret it holds: Compose's `secrets: file:` sources
 * (`secrets/db_password.txt`), Ansible's `--vault-password-file`, a `*_token` or `*.secret` file.
 * PEM and certificate files have their own rules, so key-file extensions are not named here.
 */
const SECRET_FILE =
  /(?:^|\/)(?:(?:\.?secrets?|\.?credentials)\/[\w-]{1,80}(?:\.txt)?|[\w.-]{0,60}(?:passw(?:or)?d|secret|token|api[_-]?key|apikey)s?(?:\.txt)?|[\w.-]{1,60}\.(?:secret|token)|\.?vault[_-]?pass(?:word)?(?:\.txt)?)$/i;

const judgeSecretFileValue = (secret: string, _match: string, context: MatchContext): Verdict | false =>
  judgeCandidate({
    name: 'secret',
    value: secret,
    quoted: true,
    context,
    nameStart: context.matchIndex,
    valueEnd: context.matchIndex + secret.length,
    kind: 'secret',
    form: 'value of a file named for its secret',
  });

/** An encrypted field of Firefox's logins.json: base64 of a DER SEQUENCE (`0x30`, so `M…`). */
const FIREFOX_LOGIN = /"encryptedPassword"[ \t]{0,4}:[ \t]{0,4}"(?<secret>M[A-Za-z0-9+/]{38,600}={0,2})"/;

/** Base64 of a DER SEQUENCE whose header's length (short form, or `0x81 n`) fits the decoded size. */
function isDerSequence(base64: string): boolean {
  const bytes = decodeBase64(base64);
  if (bytes === undefined || bytes.length < 3 || bytes[0] !== 0x30) return false;
  const first = bytes[1]!;
  const total = first < 0x80 ? first + 2 : first === 0x81 ? bytes[2]! + 3 : -1;
  return total === bytes.length;
}

export const passwordFileRules: readonly Rule[] = [
  {
    id: 'secret-file-value',
    title: 'Secret value alone in a file named for it (Compose secrets, vault password files)',
    provider: 'Secret file',
    // The file holds the bare value: no literal to key on, so the rule runs on every line of its files.
    keywords: [],
    wakesOnEveryLine: true,
    paths: SECRET_FILE,
    pattern: /^[ \t]{0,4}(?<secret>[A-Za-z0-9+/=_.~!@#%^&*-]{24,256})[ \t]{0,4}$/,
    confidence: 'medium',
    envVar: 'SECRET_VALUE',
    docs: 'https://docs.docker.com/compose/how-tos/use-secrets/',
    risk: 'The file is what the service reads as its credential: committed, it is in every clone and every AI assistant context.',
    validate: judgeSecretFileValue,
    examples: {
      embed: false,
      path: 'secrets/api_token.txt',
      positives: (fake) => [fake.alnum(40), `${fake.base64(43)}=\n`, `${fake.hex(64)}`],
      negatives: [
        { text: 'replace-with-your-own-token-value-here', why: 'a stand-in sentence' },
        { text: '0123456789abcdef0123456789abcdef', why: 'a counting sequence, not a random value' },
        { text: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'a mask' },
      ],
    },
  },
  {
    id: 'firefox-saved-login',
    title: 'Firefox saved login (logins.json encryptedPassword)',
    provider: 'Firefox',
    keywords: ['"encryptedpassword"'],
    pattern: FIREFOX_LOGIN,
    // The DER header's zero padding reads as a mask to the placeholder check: the decoding decides.
    skipPlaceholderFilter: true,
    validate: (secret) => isDerSequence(secret) && { why: 'a saved site password, decryptable with the profile key' },
    confidence: 'medium',
    envVar: 'SITE_PASSWORD',
    docs: 'https://support.mozilla.org/kb/profiles-where-firefox-stores-user-data',
    risk: 'Without a primary password, key4.db from the same profile decrypts it: the saved site login.',
    examples: {
      embed: false,
      path: 'profile/logins.json',
      positives: (fake) => [
        `{"id":1,"hostname":"https://shop.example","encryptedUsername":"MDIEEPgAAAAAAAAAAAAAAAAAAAEwFAYIKoZIhvcNAwcE${fake.base64(20)}","encryptedPassword":"MDoEEPgAAAAAAAAAAAAAAAAAAAEwFAYIKoZIhvcNAwcE${fake.base64(36)}","encType":1}`,
      ],
      negatives: [{ text: '{"encryptedPassword":""}', why: 'nothing saved' }],
    },
  },
];
