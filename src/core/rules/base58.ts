// Base58 and Base58Check (Bitcoin wiki "Base58Check encoding"): the alphabet without 0, O, I, l and
// a 4-byte double-SHA-256 checksum, used by WIF private keys and BIP 32 extended keys.
import { nodeCrypto } from '../nodeCrypto';

export const BASE58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** The bytes `text` encodes in Base58, or undefined when it holds a character outside the alphabet. */
export function decodeBase58(text: string): Uint8Array | undefined {
  let n = 0n;
  for (const c of text) {
    const digit = BASE58_ALPHABET.indexOf(c);
    if (digit < 0) return undefined;
    n = n * 58n + BigInt(digit);
  }
  const bytes: number[] = [];
  while (n > 0n) {
    bytes.unshift(Number(n & 0xffn));
    n >>= 8n;
  }
  for (let i = 0; i < text.length && text[i] === '1'; i++) bytes.unshift(0);
  return Uint8Array.from(bytes);
}

/** Base58 of `bytes` (for examples and tests). */
export function encodeBase58(bytes: Uint8Array): string {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  let out = '';
  while (n > 0n) {
    out = BASE58_ALPHABET[Number(n % 58n)] + out;
    n /= 58n;
  }
  for (let i = 0; i < bytes.length && bytes[i] === 0; i++) out = '1' + out;
  return out;
}

function doubleSha256(bytes: Uint8Array): Uint8Array {
  const { createHash } = nodeCrypto();
  return createHash('sha256').update(createHash('sha256').update(bytes).digest()).digest();
}

/** The payload of a Base58Check string whose checksum matches, else undefined. */
export function base58CheckPayload(text: string): Uint8Array | undefined {
  const bytes = decodeBase58(text);
  if (bytes === undefined || bytes.length < 5) return undefined;
  const payload = bytes.subarray(0, bytes.length - 4);
  const sum = doubleSha256(payload);
  for (let i = 0; i < 4; i++) if (sum[i] !== bytes[payload.length + i]) return undefined;
  return payload;
}

/** `payload` with its Base58Check checksum, encoded (for examples and tests). */
export function encodeBase58Check(payload: Uint8Array): string {
  const sum = doubleSha256(payload).subarray(0, 4);
  const out = new Uint8Array(payload.length + 4);
  out.set(payload);
  out.set(sum, payload.length);
  return encodeBase58(out);
}
