// Formats: age specification (C2SP age.md: native X25519 identities are Bech32, HRP
// "AGE-SECRET-KEY-", upper case) and SOPS "Encrypting using age" (SOPS_AGE_KEY, keys.txt).
import type { Rule } from '../types';

const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATORS = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: readonly number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GENERATORS[i]!;
  }
  return chk;
}

function hrpExpand(hrp: string): number[] {
  const codes = [...hrp].map((c) => c.charCodeAt(0));
  return [...codes.map((c) => c >> 5), 0, ...codes.map((c) => c & 31)];
}

/** True when `text` is a Bech32 string (BIP 173) with a valid checksum. */
export function isValidBech32(text: string): boolean {
  const s = text.toLowerCase();
  const sep = s.lastIndexOf('1');
  if (sep < 1 || s.length - sep < 7) return false;
  const data = [...s.slice(sep + 1)].map((c) => BECH32_CHARSET.indexOf(c));
  if (data.some((d) => d < 0)) return false;
  return polymod([...hrpExpand(s.slice(0, sep)), ...data]) === 1;
}

/** `hrp` + "1" + `dataChars` + the 6 Bech32 checksum characters. */
export function withBech32Checksum(hrp: string, dataChars: string): string {
  const data = [...dataChars.toLowerCase()].map((c) => BECH32_CHARSET.indexOf(c));
  const mod = polymod([...hrpExpand(hrp.toLowerCase()), ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  let checksum = '';
  for (let p = 0; p < 6; p++) checksum += BECH32_CHARSET[(mod >>> (5 * (5 - p))) & 31];
  return `${hrp}1${dataChars}${dataChars === dataChars.toUpperCase() ? checksum.toUpperCase() : checksum}`;
}

const UPPER_CHARSET = BECH32_CHARSET.toUpperCase();

export const ageRules: readonly Rule[] = [
  {
    id: 'age-secret-key',
    title: 'age secret key (SOPS age identity)',
    provider: 'age / SOPS',
    keywords: ['age-secret-key-1'],
    // Not glued to a preceding word, except an escaped line break (\n) in a JSON or code string.
    pattern: /(?<!(?<!\\)[A-Za-z0-9-])AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}(?![A-Za-z0-9])/,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'SOPS_AGE_KEY',
    docs: 'https://github.com/getsops/sops#key-rotation',
    risk: 'Decrypts every age- and SOPS-encrypted file addressed to the matching public key (encrypted secrets in the repository included).',
    validate: isValidBech32,
    examples: {
      positives: (fake) => {
        const key = () => withBech32Checksum('AGE-SECRET-KEY-', fake.from(UPPER_CHARSET, 52));
        const pub = withBech32Checksum('age', fake.from(BECH32_CHARSET, 52));
        return [key(), `SOPS_AGE_KEY=${key()}`, `# created: 2025-01-01T00:00:00Z\n# public key: ${pub}\n${key()}`];
      },
      negatives: [
        {
          text: (fake) => {
            const key = withBech32Checksum('AGE-SECRET-KEY-', fake.from(UPPER_CHARSET, 52));
            return key.slice(0, -1) + (key.endsWith('Q') ? 'P' : 'Q');
          },
          why: 'Bech32 checksum does not match',
        },
        { text: 'AGE-SECRET-KEY-1XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', why: 'placeholder' },
        {
          text: (fake) => `# public key: ${withBech32Checksum('age', fake.from(BECH32_CHARSET, 52))}`,
          why: 'public recipients are not secret',
        },
      ],
    },
  },
];
