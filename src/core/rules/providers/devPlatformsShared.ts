/**
 * Pattern pieces and builders shared by the developer-platform rules (batchDevPlatforms.ts):
 * fixed-prefix tokens and provider-named assignments.
 */
import type { FakeTokens } from '../fakeTokens';
import { isPlaceholder } from '../placeholders';
import type { Confidence, NegativeExample, Rule } from '../types';

/** `name = value` separators: `=`, `:`, `:=`, `=>`, with the quotes and spacing code and config files use. */
export const ASSIGN = String.raw`["'\]]{0,2}\s{0,4}(?::=|=>|=|:)\s{0,4}["']?`;

/** Characters that may not touch a prefixed token on either side. */
export const BEFORE = String.raw`(?<![A-Za-z0-9_-])`;
export const AFTER = String.raw`(?![A-Za-z0-9_-])`;

/** A UUID in any case. */
export const UUID = String.raw`[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}`;

/** A JWS compact token (header.payload.signature). */
export const JWS = String.raw`eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,8000}\.[A-Za-z0-9_-]{16,2000}`;

export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** `name` (a regex source) assigned `value` (a regex source, captured as `secret`), case-insensitive. */
export function assignedPattern(name: string, value: string, after = AFTER): RegExp {
  return new RegExp(String.raw`${name}${ASSIGN}(?<secret>${value})${after}`, 'i');
}

/**
 * The same value assigned in .env, YAML, JSON, TypeScript and Python syntax, under names derived
 * from `upperSnake` (e.g. `DATADOG_API_KEY`): a context rule's positives.
 */
export function assignmentLines(upperSnake: string, value: (fake: FakeTokens) => string, fake: FakeTokens): string[] {
  const snake = upperSnake.toLowerCase();
  const camel = snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  return [
    `${upperSnake}=${value(fake)}`,
    `  ${snake}: ${value(fake)}`,
    `  "${camel}": "${value(fake)}",`,
    `const ${camel} = '${value(fake)}';`,
    `${upperSnake} = "${value(fake)}"`,
  ];
}

/** Character classes present: lower, upper, digit, other. */
export function classCount(value: string): number {
  return (/[a-z]/.test(value) ? 1 : 0) + (/[A-Z]/.test(value) ? 1 : 0) + (/[0-9]/.test(value) ? 1 : 0) + (/[^A-Za-z0-9]/.test(value) ? 1 : 0);
}

/** The token with its last character changed, so an embedded checksum no longer matches. */
export function withWrongLastChar(token: string): string {
  const last = token.slice(-1);
  const swap = /[0-9]/.test(last) ? (last === '7' ? '3' : '7') : /[a-f]/.test(last) ? (last === 'c' ? 'd' : 'c') : last === 'B' ? 'C' : 'B';
  return token.slice(0, -1) + swap;
}

/** Decodes canonical (re-encodable) base64 to printable ASCII, or returns undefined. */
export function decodeBase64Text(value: string): string | undefined {
  const normalized = value.replace(/-/g, '+').replace(/_/g, '/');
  const buf = Buffer.from(normalized, 'base64');
  if (buf.length === 0) return undefined;
  const reencoded = buf.toString('base64').replace(/=+$/, '');
  if (reencoded !== normalized.replace(/=+$/, '')) return undefined;
  const text = buf.toString('latin1');
  return /^[\x20-\x7e]+$/.test(text) ? text : undefined;
}

/** Passwords that documentation and local defaults use; never a leaked credential. */
const DUMMY_PASSWORDS = new Set(['password', 'passwd', 'pass', 'secret', 'changeme', 'admin', 'root', 'guest', 'test', 'user', 'example', 'foobar', 'letmein', 'hunter2']);

/** True for a password worth reporting: not a well-known dummy, not a placeholder. */
export function isRealPassword(password: string): boolean {
  return password.length >= 4 && !DUMMY_PASSWORDS.has(password.toLowerCase()) && !isPlaceholder(password);
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

/** True when the first segment of a JWS decodes to a JSON header with a signing `alg`. */
export function hasSignedJwtHeader(token: string): boolean {
  try {
    const header: unknown = JSON.parse(Buffer.from(token.slice(0, token.indexOf('.')), 'base64url').toString('utf8'));
    const alg = (header as { alg?: unknown } | null)?.alg;
    return typeof alg === 'string' && alg.toLowerCase() !== 'none';
  } catch {
    return false;
  }
}

export interface PrefixedSpec {
  readonly id: string;
  readonly title: string;
  readonly provider: string;
  /** The token's literal prefix, e.g. `glpat-`; also the rule's keyword (lowercased). */
  readonly prefix: string;
  /** Regex source of what follows the prefix. */
  readonly body: string;
  readonly confidence?: Confidence;
  readonly minEntropy?: number;
  readonly envVar: string;
  readonly docs: string;
  readonly risk: string;
  readonly validate?: (secret: string, match: string) => boolean;
  /** One fake token in the format. */
  readonly fake: (fake: FakeTokens) => string;
  /** Extra positives (each must contain the prefix). */
  readonly morePositives?: (fake: FakeTokens) => readonly string[];
  readonly negatives: readonly NegativeExample[];
  /** Characters that may not follow the token; defaults to AFTER. */
  readonly after?: string;
  readonly before?: string;
}

/** A rule for a token that starts with a fixed, provider-specific prefix. */
export function prefixedRule(spec: PrefixedSpec): Rule {
  return {
    id: spec.id,
    title: spec.title,
    provider: spec.provider,
    keywords: [spec.prefix.toLowerCase()],
    pattern: new RegExp(`${spec.before ?? BEFORE}${escapeRegExp(spec.prefix)}${spec.body}${spec.after ?? AFTER}`),
    ...(spec.minEntropy !== undefined ? { minEntropy: spec.minEntropy } : {}),
    confidence: spec.confidence ?? 'high',
    envVar: spec.envVar,
    docs: spec.docs,
    risk: spec.risk,
    ...(spec.validate ? { validate: spec.validate } : {}),
    examples: {
      positives: (fake) => [spec.fake(fake), spec.fake(fake), ...(spec.morePositives?.(fake) ?? [])],
      negatives: spec.negatives,
    },
  };
}
