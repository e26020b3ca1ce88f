import type { ReportedFinding } from './report/model';

/**
 * A baseline: findings a team has reviewed and accepted, keyed by fingerprint (rule id and secret
 * under the repository's fingerprint key, see fingerprint.ts), never by line, so moved code stays
 * accepted and a new secret on an old line is new. Entries written before fingerprints were keyed
 * hold the finding's unkeyed identity; they still match, and are rewritten when the baseline is.
 */
export interface Baseline {
  readonly version: 1;
  /** `fingerprintKeyId` of the key its entries were published under (absent in baselines from before keys). */
  readonly keyId?: string;
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
  if (
    typeof doc !== 'object' ||
    doc === null ||
    (doc as { version?: unknown }).version !== 1 ||
    !Array.isArray((doc as { entries?: unknown }).entries)
  ) {
    throw new BaselineError('baseline must be an object with "version": 1 and an "entries" array');
  }
  const entries = (doc as { entries: unknown[] }).entries;
  const keyId = (doc as { keyId?: unknown }).keyId;
  if (keyId !== undefined && typeof keyId !== 'string') throw new BaselineError('baseline "keyId" must be a string');
  entries.forEach((e, i) => {
    if (
      typeof e !== 'object' ||
      e === null ||
      typeof (e as BaselineEntry).fingerprint !== 'string' ||
      typeof (e as BaselineEntry).ruleId !== 'string'
    ) {
      throw new BaselineError(`baseline entry ${i} needs string "fingerprint" and "ruleId"`);
    }
  });
  return doc as Baseline;
}

/** A baseline accepting every given finding (fingerprints published under the key `keyId` names), sorted for stable diffs. */
export function createBaseline(findings: readonly ReportedFinding[], keyId: string): Baseline {
  return addToBaseline(
    undefined,
    findings.map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, path: f.path, preview: f.preview })),
    keyId,
  );
}

/**
 * `baseline` (or an empty one) with `entries` added once each, sorted for stable diffs, marked as
 * published under `keyId`. `upgraded` maps identities to published fingerprints: legacy entries
 * holding one of those identities are rewritten to the published fingerprint.
 */
export function addToBaseline(
  baseline: Baseline | undefined,
  entries: readonly BaselineEntry[],
  keyId: string,
  upgraded?: ReadonlyMap<string, string>,
): Baseline {
  const seen = new Set<string>();
  const merged: BaselineEntry[] = [];
  for (const old of [...(baseline?.entries ?? []), ...entries]) {
    const published = upgraded?.get(old.fingerprint);
    const e = published ? { ...old, fingerprint: published } : old;
    if (seen.has(e.fingerprint)) continue;
    seen.add(e.fingerprint);
    merged.push(e);
  }
  merged.sort((a, b) => (a.path ?? '').localeCompare(b.path ?? '') || a.fingerprint.localeCompare(b.fingerprint));
  return { version: 1, keyId, entries: merged };
}

/**
 * What a baseline accepts, for `accepts(identity, published)`: a finding is accepted when its
 * published fingerprint is listed, or its unkeyed identity (an entry from before keys).
 */
export function baselineAcceptance(baseline: Baseline | undefined): (identity: string, published: string) => boolean {
  const listed = new Set(baseline?.entries.map((e) => e.fingerprint));
  return (identity, published) => listed.has(published) || listed.has(identity);
}

export function formatBaseline(baseline: Baseline): string {
  return JSON.stringify(baseline, null, 2) + '\n';
}
