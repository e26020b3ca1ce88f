import { type Draft, type DraftLine, sec } from '../../draft';
import type { Gen } from '../../gen';

/**
 * Values and file builders the dev-tools templates share. Every secret-shaped value is generated at
 * run time from the seeded FakeTokens (no token-shaped literal is committed); prefixes are joined
 * from pieces so the source holds none whole.
 */

/** Labels every line of `text` that contains one of `secrets` (a value written twice is two labels). */
export function labelled(path: string, text: string, secrets: readonly string[]): Draft {
  const lines: DraftLine[] = text.split('\n').map((line) => {
    const value = secrets.find((s) => line.includes(s));
    return value === undefined ? line : sec(line, value);
  });
  for (const s of secrets)
    if (!text.includes(s)) throw new Error(`dev-tools template: secret not written into ${path}`);
  return { path, lines };
}

/** A JSON file as the tool writes it (pretty-printed), with the lines holding `secrets` labelled. */
export function jsonFile(path: string, value: unknown, secrets: readonly string[], indent: string | number = 2): Draft {
  return labelled(path, JSON.stringify(value, null, indent), secrets);
}

/** A bearer token as APIs issue them: a JWT, an opaque random string, or a prefixed personal token. */
export function bearerToken(g: Gen): string {
  switch (g.fake.int(6)) {
    case 0:
    case 1:
      return g.fake.jwt({ scope: g.pick(['read write', 'orders:read', 'admin']) });
    case 2:
      return g.fake.base64url(g.between(40, 64));
    case 3:
      return g.fake.hex(40);
    case 4:
      return g.fake.alnum(g.between(32, 48));
    default:
      return g.fake.githubStyle(g.pick(['gh', 'gl']) === 'gh' ? 'gh' + 'p_' : 'gh' + 'o_');
  }
}

/** An unprefixed API key (hex or base62), or one with a service prefix. */
export function apiKey(g: Gen): string {
  return g.chance(0.8) ? g.apiKey() : g.pick(['sk' + '_live_', 'key-', 'api_', 'sk-' + 'proj-']) + g.fake.alnum(32);
}

/** A password without the characters JSON, YAML or a .bru line would need to escape. */
export function password(g: Gen): string {
  return g.plainPassword();
}

/** An OAuth client secret: random base64url, hex or Google's `GOCSPX-` form. */
export function clientSecret(g: Gen): string {
  switch (g.fake.int(3)) {
    case 0:
      return g.fake.base64url(g.between(32, 44));
    case 1:
      return g.fake.hex(40);
    default:
      return 'GOC' + 'SPX-' + g.fake.base64url(28);
  }
}

/** An OAuth refresh token: opaque, or Google's `1//0` form. */
export function refreshToken(g: Gen): string {
  return g.chance(0.5) ? '1//0' + g.fake.base64url(g.between(90, 110)) : g.fake.base64url(g.between(48, 72));
}

/** A session cookie value as web frameworks issue them. */
export function sessionCookie(g: Gen): { name: string; value: string } {
  switch (g.fake.int(5)) {
    case 0:
      return { name: 'sessionid', value: g.fake.lowerAlnum(32) };
    case 1:
      return { name: 'connect.sid', value: 's%3A' + g.fake.base64url(32) + '.' + g.fake.base64url(43) };
    case 2:
      return { name: 'PHPSESSID', value: g.fake.lowerAlnum(26) };
    case 3:
      return { name: '_app_session', value: g.fake.base64(g.between(120, 180)) + '--' + g.fake.hex(40) };
    default:
      return { name: g.pick(['session', 'SESSION', 'auth_session']), value: g.fake.base64url(g.between(40, 64)) };
  }
}

/** HTTP Basic credentials, base64-encoded as the header carries them. */
export function basic(user: string, pw: string): string {
  return Buffer.from(`${user}:${pw}`).toString('base64');
}

/** A PEM private key written as one JSON string (newlines escaped), as state files and key JSON hold it. */
export function pemJsonString(g: Gen, label = 'RSA PRIVATE KEY'): { pem: string; marker: string } {
  const pem = g.fake.pem(label, 8) + '\n';
  // The label marks the line by its first body line (present verbatim in the escaped string).
  return { pem, marker: pem.split('\n')[1]! };
}

export const uuid = (g: Gen): string => g.fake.uuid();

/** An ISO timestamp in the last few years. */
export function isoTime(g: Gen): string {
  const t = Date.UTC(2024, 0, 1) + g.fake.int(700) * 86400000 + g.fake.int(86400) * 1000;
  return new Date(t).toISOString();
}

export const API_HOSTS = [
  'api.acmecorp.net',
  'orders.intra.contoso.com',
  'billing-api.prod.acmecorp.net',
  'gateway.acme.internal',
  'localhost:8080',
];
