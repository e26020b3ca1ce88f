import type { Finding } from './finding';
import type { ReportedFinding } from './report/model';

/**
 * A baseline: findings a team has reviewed and accepted, keyed by fingerprint (hash of rule id +
 * secret), never by line, so moved code stays accepted and a new secret on an old line is new.
 */
export interface Baseline {
  readonly version: 1;
  readonly entries: readonly BaselineEntry[];
}

export interface BaselineEntry {
  readonly fingerprint: string;
  readonly ruleId: string;
  /** Where it was when accepted: for humans reviewing the file, not used for matching. */
  readonly path?: string;
  readonly preview?: string;
}

export class BaselineError extends Error {}

/** Parses a baseline file's text; throws BaselineError with a clear message when it is malformed. */
export function parseBaseline(text: string): Baseline {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new BaselineError(`baseline is not valid JSON: ${(e as Error).message}`);
  }
  if (typeof doc !== 'object' || doc === null || (doc as { version?: unknown }).version !== 1 || !Array.isArray((doc as { entries?: unknown }).entries)) {
    throw new BaselineError('baseline must be an object with "version": 1 and an "entries" array');
  }
  const entries = (doc as { entries: unknown[] }).entries;
  entries.forEach((e, i) => {
    if (typeof e !== 'object' || e === null || typeof (e as BaselineEntry).fingerprint !== 'string' || typeof (e as BaselineEntry).ruleId !== 'string') {
      throw new BaselineError(`baseline entry ${i} needs string "fingerprint" and "ruleId"`);
    }
  });
  return doc as Baseline;
}

/** A baseline accepting every given finding, sorted for stable diffs. */
export function createBaseline(findings: readonly ReportedFinding[]): Baseline {
  return addToBaseline(undefined, findings.map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, path: f.path, preview: f.preview })));
}

/** `baseline` (or an empty one) with `entries` added once each, sorted for stable diffs. */
export function addToBaseline(baseline: Baseline | undefined, entries: readonly BaselineEntry[]): Baseline {
  const seen = new Set<string>();
  const merged: BaselineEntry[] = [];
  for (const e of [...(baseline?.entries ?? []), ...entries]) {
    if (seen.has(e.fingerprint)) continue;
    seen.add(e.fingerprint);
    merged.push(e);
  }
  merged.sort((a, b) => (a.path ?? '').localeCompare(b.path ?? '') || a.fingerprint.localeCompare(b.fingerprint));
  return { version: 1, entries: merged };
}

export function formatBaseline(baseline: Baseline): string {
  return JSON.stringify(baseline, null, 2) + '\n';
}

/** Splits findings into those still to report and the number the baseline accepts. */
export function applyBaseline<T extends Finding>(findings: readonly T[], baseline: Baseline | undefined): { kept: T[]; baselined: number } {
  if (!baseline) return { kept: [...findings], baselined: 0 };
  const accepted = new Set(baseline.entries.map((e) => e.fingerprint));
  const kept = findings.filter((f) => !accepted.has(f.fingerprint));
  return { kept, baselined: findings.length - kept.length };
}
