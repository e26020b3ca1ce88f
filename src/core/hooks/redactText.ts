import { redact } from '../redact';

/** Offsets of a secret value in a text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** `KEY=value`, `export KEY=value`, `key: value` lines of a dotenv or properties file. */
const ASSIGNMENT = /^(\s{0,16}(?:export\s{1,8})?[A-Za-z_][\w.-]{0,127}\s{0,8}[=:]\s{0,8})(.{1,4096})$/;

/**
 * The text as the model may see it: each secret span replaced by its redacted preview
 * (`ghp_…(40 chars)`), and, for a file the policy keeps out of AI context (`allValues`), every
 * assignment's value too, since such a file's values are secret whether or not a rule knows them.
 */
export function redactText(text: string, spans: readonly Span[], allValues: boolean): string {
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue;
    out += text.slice(at, s.start) + redact(text.slice(s.start, s.end));
    at = s.end;
  }
  out += text.slice(at);
  if (!allValues) return out;
  return out
    .split('\n')
    .map((line) => {
      const m = ASSIGNMENT.exec(line.replace(/\r$/, ''));
      if (!m || m[2]!.includes('…(')) return line;
      const value = m[2]!.trim().replace(/^(["'])(.*)\1$/, '$2');
      return value.length === 0 ? line : `${m[1]}${redact(value)}${line.endsWith('\r') ? '\r' : ''}`;
    })
    .join('\n');
}
