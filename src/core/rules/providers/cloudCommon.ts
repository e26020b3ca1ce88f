// Shared pattern pieces for the cloud and infrastructure provider rules (see batchCloud.ts).

/**
 * What stands between a name and its value in .env, YAML, JSON, TOML, shell, Terraform and code:
 * closing quotes or a bracket, then `=`, `:`, `:=` or `=>`, then an optional opening quote.
 */
export const ASSIGN = String.raw`["'\]]{0,2}\s{0,4}(?::=|=>|=(?!=)|:(?!:))\s{0,4}["'\x60]?`;

/** Characters that may continue an assignment's name after the provider word. */
export const NAME_TAIL = String.raw`[A-Za-z0-9_.-]`;

/** A lowercase UUID in canonical form. */
export const UUID = String.raw`[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}`;

/**
 * The same value assigned under `name` in the syntaxes a developer or an assistant writes: .env,
 * shell, YAML, JSON, Python/TOML and TypeScript. `name` is UPPER_SNAKE; YAML and JSON use it in
 * lower case, TypeScript in camelCase.
 */
export function assignedIn(name: string, value: string, opts: { camel?: boolean } = {}): string[] {
  const lower = name.toLowerCase();
  const out = [
    `${name}=${value}`,
    `export ${name}="${value}"`,
    `  ${lower}: "${value}"`,
    `  "${lower}": "${value}",`,
    `${name} = '${value}'`,
  ];
  if (opts.camel !== false) out.push(`const ${lower.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())} = "${value}";`);
  return out;
}

/** True when `s` has at least one letter and one digit (random tokens almost always do). */
export function hasLetterAndDigit(s: string): boolean {
  return /[A-Za-z]/.test(s) && /[0-9]/.test(s);
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

/** The JSON payload of a JWS compact token, or undefined. */
export function jwtPayload(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const header: unknown = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8'));
    if (typeof header !== 'object' || header === null || typeof (header as { alg?: unknown }).alg !== 'string') return undefined;
    if ((header as { alg: string }).alg.toLowerCase() === 'none') return undefined;
    const payload: unknown = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    return typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A JWS compact token (three base64url segments, header and payload JSON objects). */
export const JWT = String.raw`eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,8000}\.[A-Za-z0-9_-]{16,2000}`;
