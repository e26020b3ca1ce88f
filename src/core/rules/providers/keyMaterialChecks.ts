// Checks the key-material rules share: whether bytes look like a generated key rather than a test
// vector (all zero, 00 01 02 … or 00 11 22 … sequences, a repeated pattern), and parsing of byte-list literals.
import { nameWords } from '../judge/names';

/**
 * Bytes a key generator could have produced: varied (a 16-byte key has about 15 distinct values, a
 * 32-byte one about 28), not a sequence with a constant step: FIPS and RFC test vectors count
 * 00 01 02 …, SIM test cards and sample configs step by 0x11 (`00112233…eeff`) or 0x22
 * (`0123456789abcdef…`). A random key repeats its most common step a few times at most.
 */
export function isRandomKeyBytes(bytes: Uint8Array): boolean {
  if (bytes.length < 16) return false;
  const distinct = new Set(bytes).size;
  if (distinct < Math.min(12, bytes.length * 0.5)) return false;
  const steps = new Uint16Array(256);
  let most = 0;
  for (let i = 1; i < bytes.length; i++) {
    const n = ++steps[(bytes[i]! - bytes[i - 1]! + 256) & 0xff]!;
    if (n > most) most = n;
  }
  return most < bytes.length / 2;
}

/** Hex digits that decode to random key bytes. */
export function isRandomKeyHex(hex: string): boolean {
  return /^(?:[0-9a-fA-F]{2}){16,}$/.test(hex) && isRandomKeyBytes(Buffer.from(hex, 'hex'));
}

/** `0x3f, 161, (byte) 0xa1` → bytes; undefined when an item is not a byte value. */
export function byteValues(list: string): Uint8Array | undefined {
  const items = list.split(',').map((s) => s.replace(/\(\s{0,2}byte\s{0,2}\)/i, '').trim());
  const out = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const n = /^0x[0-9a-f]{1,2}$/i.test(item)
      ? parseInt(item.slice(2), 16)
      : /^\d{1,3}$/.test(item)
        ? Number(item)
        : NaN;
    if (!(n >= 0 && n <= 255)) return undefined;
    out[i] = n;
  }
  return out;
}

const CONTROL_ESCAPES: Readonly<Record<string, number>> = { n: 10, r: 13, t: 9, '0': 0 };

/** The bytes of a Python/C escaped byte string body (`\x3f\n!a…`). */
export function escapedByteValues(text: string): Uint8Array {
  const out: number[] = [];
  const re = /\\x([0-9a-fA-F]{2})|\\(.)|([^\\])/g;
  for (const m of text.matchAll(re)) {
    if (m[1] !== undefined) out.push(parseInt(m[1], 16));
    else if (m[2] !== undefined) out.push(CONTROL_ESCAPES[m[2]] ?? m[2].charCodeAt(0));
    else out.push(m[3]!.charCodeAt(0));
  }
  return Uint8Array.from(out);
}

/** Words of a name that say it holds key material (`aes_key`, `SECRET`, `PASSWORD_PEPPER`, `hmacKey`). */
const KEY_WORDS = new Set(['key', 'secret', 'pepper', 'salt', 'seed', 'psk', 'passphrase', 'secretkey', 'privkey']);
/** Words that say the bytes are public, derived or for a test (`public_key`, `key_hash`, `iv`, `test_key`). */
const NOT_KEY_WORDS = new Set([
  'public',
  'pub',
  'pubkey',
  'publickey',
  'iv',
  'nonce',
  'hash',
  'digest',
  'checksum',
  'test',
  'expected',
  'vector',
  'sample',
  'example',
  'dummy',
  'fake',
  'mock',
  'id',
  'ids',
  'name',
  'len',
  'length',
  'size',
  'bits',
  'type',
  'magic',
  'table',
  'sbox',
  'cache',
  'map',
  'index',
  'sort',
  'lookup',
]);

/** Whether a variable or setting name says it holds key material. */
export function isKeyMaterialName(name: string): boolean {
  const words = nameWords(name);
  if (words.length === 0 || words.some((w) => NOT_KEY_WORDS.has(w))) return false;
  const last = words[words.length - 1]!;
  return KEY_WORDS.has(last) || /(?:key|secret)$/.test(last);
}
