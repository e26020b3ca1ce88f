/**
 * Reading and appending `.env` files without losing anything: an existing entry is never
 * overwritten, and the user's lines are kept byte for byte.
 */

const ENTRY = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.]*)[ \t]*=[ \t]*(.*?)[ \t]*$/;

/** The value as dotenv loaders read it: quotes removed, `\n` and `\"` unescaped in double quotes. */
function unquote(raw: string): string {
  if (raw.length >= 2 && raw.startsWith("'") && raw.endsWith("'")) return raw.slice(1, -1);
  if (raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"'))
    return raw.slice(1, -1).replace(/\\(["\\n])/g, (_, c: string) => (c === 'n' ? '\n' : c));
  const comment = raw.search(/\s#/);
  return comment >= 0 ? raw.slice(0, comment).trimEnd() : raw;
}

/** The entries of a dotenv text, name → value (the last one wins, as in the loaders). */
export function parseDotenv(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = ENTRY.exec(line);
    if (m) entries.set(m[1]!, unquote(m[2]!));
  }
  return entries;
}

/** A value written so every dotenv loader reads it back unchanged (single quotes: no expansion). */
export function formatDotenvValue(value: string): string {
  if (/^[A-Za-z0-9_./+:@%,~^-]*$/.test(value)) return value;
  if (!value.includes("'") && !/[\r\n]/.test(value)) return `'${value}'`;
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}

export type DotenvAddition =
  /** Appended as a new line. */
  | { readonly kind: 'added'; readonly text: string }
  /** The same name already holds this value: nothing to write. */
  | { readonly kind: 'present' }
  /** The name holds another value: pick another name (never overwrite). */
  | { readonly kind: 'conflict' };

/** The dotenv text with `name=value` appended, unless the name is already used. */
export function addDotenvEntry(existing: string | undefined, name: string, value: string): DotenvAddition {
  const text = existing ?? '';
  const current = parseDotenv(text).get(name);
  if (current !== undefined) return current === value ? { kind: 'present' } : { kind: 'conflict' };
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const separator = text === '' || text.endsWith('\n') ? '' : eol;
  return { kind: 'added', text: `${text}${separator}${name}=${formatDotenvValue(value)}${eol}` };
}

/** `.env.example` gets the name with an empty value, once. */
export function addExampleEntry(existing: string, name: string): string | undefined {
  if (parseDotenv(existing).has(name)) return undefined;
  const eol = existing.includes('\r\n') ? '\r\n' : '\n';
  return `${existing}${existing === '' || existing.endsWith('\n') ? '' : eol}${name}=${eol}`;
}
