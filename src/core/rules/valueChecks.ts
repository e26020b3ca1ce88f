// Checks on a matched value, for rules' `validate`: its character mix, and what it decodes to
// (base64 text, a JWT's header and payload). Patterns alone cannot say these cheaply.
import { isPlaceholder } from './placeholders';

/** True when `s` has at least one letter and one digit (random tokens almost always do). */
export function hasLetterAndDigit(s: string): boolean {
  return /[A-Za-z]/.test(s) && /[0-9]/.test(s);
}

/** An upper-case alphanumeric key (Alpaca, Alpha Vantage, an S3-compatible key id) with letters and digits both. */
export function isMixedUpper(value: string): boolean {
  if (!/^[A-Z0-9]+$/.test(value)) return false;
  const digits = value.replace(/\D/g, '').length;
  return digits >= 2 && value.length - digits >= 4;
}

/** Character classes present: lower, upper, digit, other. */
export function classCount(value: string): number {
  return (
    (/[a-z]/.test(value) ? 1 : 0) +
    (/[A-Z]/.test(value) ? 1 : 0) +
    (/[0-9]/.test(value) ? 1 : 0) +
    (/[^A-Za-z0-9]/.test(value) ? 1 : 0)
  );
}

/** Passwords that documentation and local defaults use; never a leaked credential. */
const DUMMY_PASSWORDS = new Set([
  'password',
  'passwd',
  'pass',
  'secret',
  'changeme',
  'admin',
  'root',
  'guest',
  'test',
  'user',
  'example',
  'foobar',
  'letmein',
  'hunter2',
]);

/** True for a password worth reporting: not a well-known dummy, not a placeholder. */
export function isRealPassword(password: string): boolean {
  return password.length >= 4 && !DUMMY_PASSWORDS.has(password.toLowerCase()) && !isPlaceholder(password);
}

/** Decodes base64 or base64url text (padding optional); undefined when it is not valid. */
export function decodeBase64(text: string): Buffer | undefined {
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(text)) return undefined;
  try {
    return Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  } catch {
    return undefined;
  }
}

/** Base64 digit values of char codes below 128, either alphabet; -1 for other characters. */
const BASE64_DIGIT = Int8Array.from({ length: 128 }, (_, c) => {
  const ch = String.fromCharCode(c);
  if (ch === '-') return 62;
  if (ch === '_') return 63;
  return 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.indexOf(ch);
});

/**
 * Decodes base64 (either alphabet, trailing `=` optional) to printable ASCII, or returns undefined.
 * Only canonical encodings count (re-encoding gives the input back: no stray last digit, no bits
 * set past the last byte), so text that merely happens to use the base64 alphabet is not taken for
 * an encoded value. Runs on most generic candidates: one pass, and out at the first byte that is
 * not printable.
 */
export function decodeBase64Text(value: string): string | undefined {
  let end = value.length;
  while (end > 0 && value.charCodeAt(end - 1) === 61) end--;
  if (end === 0 || end % 4 === 1) return undefined;
  let text = '';
  let bits = 0;
  let held = 0;
  for (let i = 0; i < end; i++) {
    const c = value.charCodeAt(i);
    const digit = c < 128 ? BASE64_DIGIT[c]! : -1;
    if (digit < 0) return undefined;
    bits = (bits << 6) | digit;
    held += 6;
    if (held >= 8) {
      held -= 8;
      const byte = (bits >> held) & 0xff;
      if (byte < 0x20 || byte > 0x7e) return undefined;
      text += String.fromCharCode(byte);
      bits &= (1 << held) - 1;
    }
  }
  return bits === 0 ? text : undefined;
}

/** True when `value` is base64 of `user:password` with a real password (Basic auth, docker `auth`). */
export function isBase64UserPassword(value: string): boolean {
  const text = decodeBase64Text(value);
  if (text === undefined) return false;
  const colon = text.indexOf(':');
  if (colon < 1) return false;
  return !/\s/.test(text.slice(0, colon)) && isRealPassword(text.slice(colon + 1));
}

/** True when `segment` is base64 (either alphabet) of a JSON object having every one of `keys`. */
export function isBase64JsonWith(segment: string, keys: readonly string[]): boolean {
  const text = decodeBase64Text(segment);
  if (text === undefined) return false;
  try {
    const obj: unknown = JSON.parse(text);
    return typeof obj === 'object' && obj !== null && keys.every((k) => k in obj);
  } catch {
    return false;
  }
}

/** The JSON object a base64url JWT segment holds, or undefined. */
function jsonSegment(segment: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True when the first segment of a JWT decodes to a JSON header with a signing `alg` (not `none`),
 * as every signed token's does.
 */
export function hasSignedJwtHeader(token: string): boolean {
  const alg = jsonSegment(token.slice(0, token.indexOf('.')))?.alg;
  return typeof alg === 'string' && alg.toLowerCase() !== 'none';
}

/** The JSON payload of a signed JWT (three segments), or undefined. */
export function jwtPayload(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || !hasSignedJwtHeader(token)) return undefined;
  return jsonSegment(parts[1]!);
}
