/**
 * Checksums that some providers embed in their tokens, so a format match can be told apart from
 * random text of the same shape.
 */

const CRC32_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3) of an ASCII string. */
export function crc32(ascii: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < ascii.length; i++) {
    crc = CRC32_TABLE[(crc ^ ascii.charCodeAt(i)) & 0xff]! ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

export const BASE62_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Base62 (digits, upper, lower) of a non-negative integer, left-padded with '0' to `width`. */
export function toBase62(value: number, width: number): string {
  let out = '';
  let v = value;
  do {
    out = BASE62_ALPHABET[v % 62]! + out;
    v = Math.floor(v / 62);
  } while (v > 0);
  return out.padStart(width, '0');
}

/**
 * GitHub's token format (also used by npm): `prefix_` + 30 random base62 characters + the CRC-32
 * of those 30 characters in 6 base62 characters.
 * Reference: github.blog "Behind GitHub's new authentication token formats" (2021-04-05).
 */
export function hasValidGithubStyleChecksum(token: string): boolean {
  const body = token.slice(token.indexOf('_') + 1);
  if (body.length !== 36) return false;
  const random = body.slice(0, 30);
  return toBase62(crc32(random), 6) === body.slice(30);
}
