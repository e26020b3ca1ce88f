// The key formats of the service table (`hex:32`, `b62:20-64`, `uuid`, `g`): parsing, checking a
// candidate against them, and generating fake keys of a format for examples and tests.
import { shannonEntropy } from '../../entropy';
import type { FakeTokens } from '../fakeTokens';

export type Alphabet = 'hex' | 'b62' | 'lower' | 'upper' | 'b64url' | 'b64' | 'uuid';

export interface KeyFormat {
  readonly alphabet: Alphabet;
  readonly min: number;
  readonly max: number;
}

/** The shortest and longest keys the table describes; the candidate pattern is bounded by these. */
export const MIN_KEY_LENGTH = 14;
export const MAX_KEY_LENGTH = 1200;

const ALPHABET_PATTERN: Record<Alphabet, RegExp> = {
  hex: /^(?:[0-9a-f]+|[0-9A-F]+)$/,
  b62: /^[A-Za-z0-9]+$/,
  lower: /^[a-z0-9]+$/,
  upper: /^[A-Z0-9]+$/,
  b64url: /^[A-Za-z0-9_-]+$/,
  b64: /^[A-Za-z0-9+/]+={0,2}$/,
  uuid: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
};

/**
 * `g`: what unprefixed keys are generally issued as when a service documents no precise format.
 * Also the fallback for every named service (`GENERIC_KEY`): services issue several kinds of key
 * (API key, secret, auth token, webhook secret) and change formats, so a random value in a common
 * key shape next to the service's name is a key even when the table lists another format.
 */
export const GENERIC_KEY: readonly KeyFormat[] = [
  { alphabet: 'hex', min: 32, max: 32 },
  { alphabet: 'hex', min: 40, max: 40 },
  { alphabet: 'hex', min: 64, max: 64 },
  { alphabet: 'b62', min: 20, max: 64 },
  { alphabet: 'b64url', min: 24, max: 64 },
];

/** Parses `hex:32/b62:20-64/uuid/g` into formats; throws on a malformed spec (a table typo). */
export function parseFormats(spec: string): KeyFormat[] {
  return spec.split('/').flatMap((part): KeyFormat[] => {
    const p = part.trim();
    if (p === 'g') return [...GENERIC_KEY];
    if (p === 'uuid') return [{ alphabet: 'uuid', min: 36, max: 36 }];
    const m = /^(hex|b62|lower|upper|b64url|b64):(\d+)(?:-(\d+))?$/.exec(p);
    if (!m) throw new Error(`bad key format ${JSON.stringify(p)}`);
    const min = Number(m[2]);
    const max = m[3] === undefined ? min : Number(m[3]);
    if (min < MIN_KEY_LENGTH || max > MAX_KEY_LENGTH || max < min)
      throw new Error(`key length out of range in ${JSON.stringify(p)}`);
    return [{ alphabet: m[1] as Alphabet, min, max }];
  });
}

const UUID_SHAPE = ALPHABET_PATTERN.uuid;

/** Separated words or camelCase humps (`my_service_key`, `getApiKey`): a name, not a random key. */
function looksLikeIdentifier(value: string): boolean {
  if (/[_-]/.test(value) && value.split(/[_-]+/).every((part) => /^(?:[A-Za-z]+|[0-9]+)$/.test(part))) return true;
  if (/^[a-z]+(?:[A-Z][a-z]+)+[0-9]{0,4}$/.test(value)) return true;
  // Mostly words in mixed case (`ExtendedS3DestinationConfiguration`): a type name, not a key.
  return /[a-z]/.test(value) && /[A-Z]/.test(value) && wordCoverage(value) >= 0.7;
}

/** The share of `value` in word-like runs (`Destination`, `config`). */
function wordCoverage(value: string): number {
  let covered = 0;
  for (const m of value.matchAll(/[A-Z][a-z]{2,}|[a-z]{3,}/g)) covered += m[0].length;
  return covered / value.length;
}

/** Random enough for a key of this alphabet: letters and digits mixed, no word shapes, varied. */
function looksRandom(value: string, alphabet: Alphabet): boolean {
  if (alphabet === 'uuid') return shannonEntropy(value.replace(/-/g, '')) >= 3;
  if (!/[A-Za-z]/.test(value)) return false;
  if (!/[0-9]/.test(value) && !lettersOnlyRandom(value)) return false;
  if (looksLikeIdentifier(value)) return false;
  const floor = alphabet === 'hex' ? (value.length < 24 ? 2.9 : 3.2) : value.length < 24 ? 3.2 : 3.6;
  return shannonEntropy(value) >= floor;
}

/**
 * A mixed-case key that happens to have no digit (one random 32-character base62 key in three
 * hundred): long and varied enough that no word or name looks like it.
 */
function lettersOnlyRandom(value: string): boolean {
  return value.length >= 20 && /[a-z]/.test(value) && /[A-Z]/.test(value) && shannonEntropy(value) >= 3.9;
}

/** True when `value` is a key of one of `formats`. UUID-shaped values fit only a `uuid` format. */
export function fitsFormats(value: string, formats: readonly KeyFormat[]): boolean {
  const uuidShaped = UUID_SHAPE.test(value);
  for (const f of formats) {
    if (value.length < f.min || value.length > f.max) continue;
    if (uuidShaped !== (f.alphabet === 'uuid')) continue;
    if (ALPHABET_PATTERN[f.alphabet].test(value) && looksRandom(value, f.alphabet)) return true;
  }
  return false;
}

/** A fake key of `format` (its shortest length) that passes `fitsFormats`. */
export function fakeKey(fake: FakeTokens, format: KeyFormat): string {
  const n = format.min;
  for (;;) {
    let key: string;
    switch (format.alphabet) {
      case 'hex':
        key = fake.hex(n);
        break;
      case 'b62':
        key = fake.alnum(n);
        break;
      case 'lower':
        key = fake.lowerAlnum(n);
        break;
      case 'upper':
        key = fake.upperAlnum(n);
        break;
      case 'b64url':
        key = fake.base64url(n);
        break;
      case 'b64':
        key = fake.base64(n);
        break;
      case 'uuid':
        key = fake.uuid();
        break;
    }
    if (fitsFormats(key, [format])) return key;
  }
}
