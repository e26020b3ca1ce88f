import type { ProviderResponse, Reading } from './types';

/** Longest identity kept: enough for an account and its scopes. */
const MAX_IDENTITY = 160;

type Json = Record<string, unknown>;

/** The body as a JSON object, or undefined when it is not one. */
export function jsonObject(body: string): Json | undefined {
  try {
    const v: unknown = JSON.parse(body);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
  } catch {
    return undefined;
  }
}

/** `path` ("a.b.c") in a JSON value, when it is a string or a number. */
export function field(v: unknown, path: string): string | undefined {
  let cur: unknown = v;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Json)[key];
  }
  return typeof cur === 'string' || typeof cur === 'number' ? String(cur) : undefined;
}

/** "label value" pairs of the present values, joined: `user octocat; scopes repo`. */
export function describe(parts: readonly (readonly [string, string | undefined])[]): string | undefined {
  const shown = parts.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => (k ? `${k} ${v}` : v!));
  return shown.length ? shown.join('; ') : undefined;
}

/**
 * An identity fit to show: control characters removed, cut to MAX_IDENTITY characters, and
 * dropped whole when it holds any of `secrets` (a provider, or something posing as one, echoing
 * the value back must not put it in a report).
 */
export function cleanText(text: string | undefined, secrets: readonly string[]): string | undefined {
  if (text === undefined) return undefined;
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').trim();
  if (!flat) return undefined;
  for (const s of secrets)
    if (s.length >= 4 && flat.includes(s)) return '[withheld: the answer contained the credential]';
  return flat.length > MAX_IDENTITY ? `${flat.slice(0, MAX_IDENTITY - 1)}…` : flat;
}

export function unknown(reason: string): Reading {
  return { status: 'unknown', reason };
}

export function revoked(reason: string): Reading {
  return { status: 'revoked', reason };
}

/** The readings every provider shares: rate limits, server errors, anything unexpected. */
export function commonReading(r: ProviderResponse): Reading {
  if (r.status === 429) {
    const after = r.headers['retry-after'];
    return {
      status: 'unknown',
      reason: `rate-limited by the provider (HTTP 429${after && /^\d{1,6}$/.test(after) ? `, retry after ${after} s` : ''}); not retried`,
      rateLimited: true,
    };
  }
  if (r.status >= 500) return unknown(`provider error (HTTP ${r.status})`);
  return unknown(`unexpected answer (HTTP ${r.status})`);
}

export interface JsonReadSpec {
  /** Statuses that mean the credential is not accepted (default 401). */
  readonly revokedOn?: readonly number[];
  /** The identity from a successful JSON answer; undefined means the answer is not what the docs describe. */
  readonly identity: (json: Json, r: ProviderResponse) => string | undefined | Reading;
}

/** Reads a REST answer: 2xx JSON → live with identity; revokedOn → revoked; the rest as `commonReading`. */
export function readJson(spec: JsonReadSpec): (r: ProviderResponse) => Reading {
  return (r) => {
    if (r.status >= 200 && r.status < 300) {
      const json = jsonObject(r.body);
      if (!json) return unknown(`malformed answer (HTTP ${r.status}, not a JSON object)`);
      const id = spec.identity(json, r);
      if (id !== undefined && typeof id === 'object') return id;
      return id === undefined
        ? unknown(`malformed answer (HTTP ${r.status}, expected fields missing)`)
        : { status: 'live', identity: id };
    }
    if ((spec.revokedOn ?? [401]).includes(r.status)) return revoked(`rejected by the provider (HTTP ${r.status})`);
    return commonReading(r);
  };
}

/** `Authorization: Bearer …` plus the JSON Accept header. */
export function bearer(token: string, extra: Record<string, string> = {}): Record<string, string> {
  return { Authorization: `Bearer ${token}`, Accept: 'application/json', ...extra };
}

/** `Authorization: Basic …` of `user:password` (base64 without Node's Buffer: the core runs anywhere). */
export function basic(user: string, password: string, extra: Record<string, string> = {}): Record<string, string> {
  return { Authorization: `Basic ${base64(`${user}:${password}`)}`, Accept: 'application/json', ...extra };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out +=
      B64[(n >> 18) & 63]! +
      B64[(n >> 12) & 63]! +
      (b === undefined ? '=' : B64[(n >> 6) & 63]!) +
      (c === undefined ? '=' : B64[n & 63]!);
  }
  return out;
}

/** A list of strings from a JSON value, joined with commas, at most `max` shown. */
export function list(v: unknown, max = 8): string | undefined {
  if (!Array.isArray(v)) return undefined;
  const items = v.filter((x): x is string => typeof x === 'string');
  if (!items.length) return undefined;
  return items.slice(0, max).join(', ') + (items.length > max ? ` (+${items.length - max})` : '');
}
