import type { Confidence } from './rules/types';

/**
 * One detected secret. Holds offsets and a redacted preview, never the value: code that needs the
 * text (a quick fix) re-reads `[start, end)` from the document.
 */
export interface Finding {
  readonly ruleId: string;
  /** Offset of the secret's first character (UTF-16 code units). */
  readonly start: number;
  /** Offset just past the secret. */
  readonly end: number;
  readonly confidence: Confidence;
  /** Hash of rule id + secret; the baseline key. */
  readonly fingerprint: string;
  /** e.g. `ghp_…(40 chars)`. */
  readonly preview: string;
  /** Shannon entropy of the secret, bits per character, rounded to 2 decimals. */
  readonly entropy: number;
  /** Why the rule judged this a credential, when it says more than its title (e.g. "named DB_PASSWORD"). */
  readonly why?: string;
}

/** A zero-based line/column position (columns in UTF-16 code units). */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
