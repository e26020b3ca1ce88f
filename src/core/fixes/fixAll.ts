import { suggestEnvName } from './envName';
import { envReferenceFix, type EnvFixTarget, type TextReplacement } from './envReference';

/** A secret in the file: its offsets and the rule's default variable name. */
export interface SecretSpan {
  readonly start: number;
  readonly end: number;
  readonly envVar: string;
}

export interface EnvFixAllPlan {
  /** Source edits, sorted and non-overlapping; shared imports appear once. */
  readonly edits: readonly TextReplacement[];
  /** What `.env` must hold afterwards, in the order the secrets appear. */
  readonly entries: readonly { readonly name: string; readonly value: string }[];
  readonly skipped: readonly { readonly start: number; readonly reason: string }[];
}

/**
 * "Move all secrets in this file to .env": one environment-variable fix per secret, computed on the
 * same text and merged. A value `.env` already holds keeps its name there; the same value twice in
 * the file gets one name; a name never takes over another value.
 */
export function planEnvFixAll(
  text: string,
  secrets: readonly SecretSpan[],
  target: EnvFixTarget,
  dotenv: ReadonlyMap<string, string>,
): EnvFixAllPlan {
  const nameOfValue = new Map<string, string>();
  for (const [name, value] of dotenv) if (!nameOfValue.has(value)) nameOfValue.set(value, name);
  const valueOfName = new Map(dotenv);
  const edits = new Map<string, TextReplacement>();
  const entries: { name: string; value: string }[] = [];
  const skipped: { start: number; reason: string }[] = [];
  let coveredUntil = -1;

  for (const secret of [...secrets].sort((a, b) => a.start - b.start)) {
    if (secret.start < coveredUntil) {
      skipped.push({ start: secret.start, reason: 'it overlaps another secret being replaced' });
      continue;
    }
    const value = text.slice(secret.start, secret.end);
    const lineStart = text.lastIndexOf('\n', secret.start - 1) + 1;
    const name =
      nameOfValue.get(value) ??
      suggestEnvName(
        text.slice(lineStart, secret.start),
        secret.envVar,
        (n) => valueOfName.has(n) && valueOfName.get(n) !== value,
      );
    const fix = envReferenceFix(text, secret.start, secret.end, name, target);
    if (!fix.ok) {
      skipped.push({ start: secret.start, reason: fix.reason });
      continue;
    }
    // Each fix was computed on the original text; an edit of this secret must not reach into the last.
    const own = fix.edits.filter((e) => e.start <= secret.start && e.end >= secret.end);
    if (own.some((e) => e.start < coveredUntil)) {
      skipped.push({ start: secret.start, reason: 'its string also holds another secret being replaced' });
      continue;
    }
    for (const e of fix.edits) edits.set(`${e.start}:${e.end}:${e.newText}`, e);
    coveredUntil = Math.max(coveredUntil, ...own.map((e) => e.end));
    if (!valueOfName.has(name)) entries.push({ name, value });
    valueOfName.set(name, value);
    nameOfValue.set(value, name);
  }
  // Stable sort keeps insertions at the same offset (Terraform variable blocks) in secret order.
  return { edits: [...edits.values()].sort((a, b) => a.start - b.start), entries, skipped };
}
