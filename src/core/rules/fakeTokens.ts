import { BASE62_ALPHABET, crc32, toBase62 } from './checksum';

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const HEX = '0123456789abcdef';
const BASE64 = UPPER + LOWER + DIGITS + '+/';
const BASE64URL = UPPER + LOWER + DIGITS + '-_';

/**
 * Builds fake credentials in valid provider formats for rule examples and tests, so no literal
 * token is ever committed. Deterministic for a given seed, so failures reproduce.
 */
export class FakeTokens {
  private state: number;

  constructor(seed = 0x5eed) {
    this.state = seed >>> 0;
  }

  /** mulberry32: small, fast, good enough for test data. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }

  /**
   * `length` characters from `alphabet`, re-drawn until the string has no long runs or sequences,
   * so the shared placeholder filter never mistakes a generated token for a dummy value.
   */
  from(alphabet: string, length: number): string {
    for (;;) {
      let out = '';
      for (let i = 0; i < length; i++) out += alphabet[this.int(alphabet.length)];
      if (!hasRunOrSequence(out) && !/example|x{4}|sample|dummy|test|fake/i.test(out)) return out;
    }
  }

  alnum(length: number): string {
    return this.from(BASE62_ALPHABET, length);
  }
  lowerAlnum(length: number): string {
    return this.from(LOWER + DIGITS, length);
  }
  upperAlnum(length: number): string {
    return this.from(UPPER + DIGITS, length);
  }
  lower(length: number): string {
    return this.from(LOWER, length);
  }
  upper(length: number): string {
    return this.from(UPPER, length);
  }
  digits(length: number): string {
    return this.from(DIGITS, length);
  }
  hex(length: number): string {
    return this.from(HEX, length);
  }
  upperHex(length: number): string {
    return this.from(HEX.toUpperCase(), length);
  }
  base64(length: number): string {
    return this.from(BASE64, length);
  }
  base64url(length: number): string {
    return this.from(BASE64URL, length);
  }

  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }

  /** A GitHub-format token: prefix + 30 random base62 characters + CRC-32 checksum. */
  githubStyle(prefix: string): string {
    const random = this.alnum(30);
    return `${prefix}${random}${toBase62(crc32(random), 6)}`;
  }

  /** A structurally valid JWT (header.payload.signature, base64url JSON). */
  jwt(claims: Record<string, unknown> = {}): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const payload = { sub: this.digits(10), iat: 1700000000 + this.int(1e7), ...claims };
    return `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc(payload)}.${this.base64url(43)}`;
  }

  /** A PEM block with a random body (not a usable key) and the given label, e.g. "RSA PRIVATE KEY". */
  pem(label: string, bodyLines = 12): string {
    const lines: string[] = [];
    for (let i = 0; i < bodyLines; i++) lines.push(this.base64(64));
    lines.push(this.base64(20) + '==');
    return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`;
  }
}

/** True for runs of 5+ identical characters or 5+ ascending/descending characters. */
function hasRunOrSequence(s: string): boolean {
  let run = 1;
  let up = 1;
  let down = 1;
  for (let i = 1; i < s.length; i++) {
    const d = s.charCodeAt(i) - s.charCodeAt(i - 1);
    run = d === 0 ? run + 1 : 1;
    up = d === 1 ? up + 1 : 1;
    down = d === -1 ? down + 1 : 1;
    if (run >= 5 || up >= 5 || down >= 5) return true;
  }
  return false;
}
