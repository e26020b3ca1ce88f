/**
 * The environment-variable name a fix suggests: the assignment's own name when it says what the
 * secret is (`stripeSecretKey` → `STRIPE_SECRET_KEY`), otherwise the rule's default
 * (`OPENAI_API_KEY`), made unique against names already taken.
 */

/** Names too generic to stand alone: `token = "ghp_…"` is better named `GITHUB_TOKEN`. */
const GENERIC_WORDS = new Set([
  'KEY',
  'TOKEN',
  'SECRET',
  'PASSWORD',
  'PASS',
  'PWD',
  'VALUE',
  'AUTH',
  'API_KEY',
  'APIKEY',
  'ACCESS_TOKEN',
  'CREDENTIAL',
  'CREDENTIALS',
  'AUTHORIZATION',
  'BEARER',
  'DATA',
  'X',
  'V',
  'S',
]);

/** `stripeSecretKey`, `stripe-secret.key`, `STRIPE_SECRET_KEY` → `STRIPE_SECRET_KEY`. */
export function toEnvName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/^(\d)/, '_$1')
    .toUpperCase();
}

/**
 * The name of what the literal at `literalStart` is assigned to, read from the text before it on
 * its line: `apiKey = "`, `"api_key": "`, `API_KEY=`, `api_key: `, `:api_key => "`, `apiKey: '`.
 */
export function assignedName(linePrefix: string): string | undefined {
  const m = /([A-Za-z_$][\w$.-]*)["'\]]?\s{0,4}(?::=|=>|=|:)\s{0,4}$/.exec(
    linePrefix.replace(/(?:[rbfuRBFU]{0,2}["'`]|@?")$/, ''),
  );
  if (!m) return undefined;
  const last = m[1]!.split('.').pop()!;
  return last === '' ? undefined : last;
}

/**
 * The variable a fallback literal stands in for, read from the text before it on its line:
 * `process.env.JWT_SECRET || "`, `os.getenv("JWT_SECRET", "`, `ENV.fetch("JWT_SECRET", "`,
 * `\${JWT_SECRET:-`, `\${JWT_SECRET:` (Spring). Undefined when the literal is not a fallback.
 */
export function fallbackEnvName(text: string): string | undefined {
  // Each pattern ends at the end of the text and spans at most ~160 characters, so a 200-character
  // tail finds the same match; and each needs a quote or `-=:` last. Both keep many findings on
  // one long line cheap (these patterns are tried at every position of what they are given).
  const linePrefix = text.length > FALLBACK_TAIL ? text.slice(-FALLBACK_TAIL) : text;
  const last = linePrefix[linePrefix.length - 1];
  if (last === '-' || last === '=' || last === ':')
    return /\$\{([A-Za-z_][A-Za-z0-9_]{0,90})(?::?[-=]|:)$/.exec(linePrefix)?.[1];
  if (last !== '"' && last !== "'" && last !== '`') return undefined;
  const read =
    /(?:\benv\.([A-Za-z_][A-Za-z0-9_]{0,90})|\benv\[\s{0,2}["']([A-Za-z_][A-Za-z0-9_]{0,90})["']\s{0,2}\]|[\w.]{0,40}\(\s{0,4}["']([A-Za-z_][A-Za-z0-9_]{0,90})["']\s{0,4}\)\)?)\s{0,4}(?:\|\||\?\?|\?:|or|\.orElse\()\s{0,4}["'`]$/i.exec(
      linePrefix,
    );
  if (read) return read[1] ?? read[2] ?? read[3];
  const getter =
    /(?:env|environ\.get|getOrDefault|fetch|config|str)\(\s{0,4}["']([A-Za-z_][A-Za-z0-9_]{0,90})["']\s{0,4},\s{0,4}(?:default\s{0,2}=\s{0,2})?[rbu]?["'`]$/i.exec(
      linePrefix,
    );
  return getter?.[1];
}

/** Longer than the longest match of fallbackEnvName's patterns (161 characters). */
const FALLBACK_TAIL = 200;

/**
 * The suggested name, unique among `taken` (names already used by other values): `NAME`, then
 * `NAME_2`, `NAME_3`, …
 */
export function suggestEnvName(linePrefix: string, ruleEnvVar: string, isTaken: (name: string) => boolean): string {
  // A fallback names its variable outright: `process.env.JWT_SECRET || "..."` moves to JWT_SECRET.
  const named = fallbackEnvName(linePrefix);
  const own = assignedName(linePrefix);
  const fromCode = own ? toEnvName(own) : '';
  const base = named ?? (fromCode && !GENERIC_WORDS.has(fromCode) && /[A-Z]/.test(fromCode) ? fromCode : ruleEnvVar);
  if (!isTaken(base)) return base;
  for (let i = 2; ; i++) if (!isTaken(`${base}_${i}`)) return `${base}_${i}`;
}
