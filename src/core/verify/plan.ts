import { LineIndex } from '../detect/lineIndex';
import type { Finding } from '../finding';
import { fingerprint } from '../redact';
import { strongerVerification, type VerifierCatalogue } from './index';
import type { Credential, PartnerSpec, Verification, VerifierDefinition } from './types';

/** One provider call to make: a credential and the findings its answer applies to. */
export interface VerifyJob {
  readonly verifier: VerifierDefinition;
  readonly credential: Credential;
  /** The credential's finding and, for two-part credentials, its partner's. */
  readonly fingerprints: readonly string[];
  /** Same key, same answer: each credential is asked about once per run. Built from fingerprints, never the value. */
  readonly key: string;
  /** The partner is itself a secret (a finding), not an identifier such as an Account SID or a shop domain. */
  readonly secretPartner: boolean;
}

export interface VerifyPlan {
  readonly jobs: readonly VerifyJob[];
  /** Findings settled without a call (a partner missing, a value the verifier will not send). */
  readonly settled: ReadonlyMap<string, Verification>;
}

/** Characters searched either side of a finding for a text partner, whatever `maxLines` says. */
const MAX_WINDOW = 4000;

function unknownFor(verifier: VerifierDefinition, reason: string): Verification {
  return {
    status: 'unknown',
    provider: verifier.provider,
    verifierId: verifier.id,
    reason,
    rotation: verifier.rotation,
  };
}

/** The text from `maxLines` lines above `f` to `maxLines` lines below it, bounded, with its start offset. */
function windowAround(text: string, f: Finding, maxLines: number): { start: number; text: string } {
  let start = f.start;
  for (let n = 0; n <= maxLines && start > 0 && f.start - start < MAX_WINDOW;) if (text.charCodeAt(--start) === 10) n++;
  let end = f.end;
  for (let n = 0; n <= maxLines && end < text.length && end - f.end < MAX_WINDOW; end++)
    if (text.charCodeAt(end) === 10) n++;
  return { start, text: text.slice(start, end) };
}

/** The match of the partner pattern nearest to `f`. */
function textPartner(text: string, f: Finding, spec: PartnerSpec): string | undefined {
  const win = windowAround(text, f, spec.maxLines);
  const re = new RegExp(spec.pattern!.source, spec.pattern!.flags.replace('g', '') + 'g');
  let best: { value: string; distance: number } | undefined;
  for (const m of win.text.matchAll(re)) {
    const at = win.start + m.index;
    const distance = Math.abs(at - f.start);
    const value = m.groups?.['value'] ?? m[0];
    if (!best || distance < best.distance) best = { value, distance };
  }
  return best?.value;
}

/** The finding of a partner rule nearest to `f`, within `maxLines` lines. */
function findingPartner(
  f: Finding,
  candidates: readonly Finding[],
  spec: PartnerSpec,
  lines: LineIndex,
): Finding | undefined {
  const line = lines.positionAt(f.start).line;
  let best: { finding: Finding; distance: number } | undefined;
  for (const c of candidates) {
    if (!spec.ruleIds!.includes(c.ruleId)) continue;
    const distance = Math.abs(lines.positionAt(c.start).line - line);
    if (distance <= spec.maxLines && (!best || distance < best.distance)) best = { finding: c, distance };
  }
  return best?.finding;
}

/**
 * What to ask providers about the findings of one text: a job per credential that has a verifier
 * (paired with its partner where it needs one), and an `unknown` for each finding that cannot be
 * checked as found. Findings of rules without a verifier are left out. `publish` maps the detector's
 * fingerprint to the one the findings carry (reports publish it under the repository's key).
 */
export function planVerification(
  text: string,
  findings: readonly Finding[],
  catalogue: VerifierCatalogue,
  publish: (identity: string) => string = (identity) => identity,
): VerifyPlan {
  const jobs = new Map<string, VerifyJob>();
  const settled = new Map<string, Verification>();
  const paired = new Set<string>();
  const lines = new LineIndex(text);
  for (const f of findings) {
    const verifier = catalogue.forRule(f.ruleId);
    if (!verifier) continue;
    const secret = text.slice(f.start, f.end);
    // The text is read again after the scan: if it changed, this is no longer the secret that was found.
    if (publish(fingerprint(f.ruleId, secret)) !== f.fingerprint) {
      settled.set(f.fingerprint, unknownFor(verifier, 'the file changed since the scan; not checked'));
      continue;
    }
    const spec = verifier.partner;
    let partner: string | undefined;
    let partnerFingerprint: string | undefined;
    if (spec?.ruleIds) {
      const p = findingPartner(f, findings, spec, lines);
      if (p) {
        partner = text.slice(p.start, p.end);
        partnerFingerprint = p.fingerprint;
        paired.add(p.fingerprint);
      }
    } else if (spec?.pattern) partner = textPartner(text, f, spec);
    if (spec && !spec.optional && partner === undefined) {
      settled.set(
        f.fingerprint,
        strongerVerification(
          settled.get(f.fingerprint),
          unknownFor(verifier, `no ${spec.what} within ${spec.maxLines} lines; not checked`),
        ),
      );
      continue;
    }
    const key = `${verifier.id}\u0000${f.fingerprint}\u0000${partnerFingerprint ?? partner ?? ''}`;
    const fingerprints = partnerFingerprint ? [f.fingerprint, partnerFingerprint] : [f.fingerprint];
    if (!jobs.has(key))
      jobs.set(key, {
        verifier,
        credential: partner === undefined ? { secret } : { secret, partner },
        fingerprints,
        key,
        secretPartner: partnerFingerprint !== undefined,
      });
  }
  // A partner with no credential beside it (an AWS secret key without its key id) cannot be checked alone.
  for (const f of findings) {
    const verifier = catalogue.forPartnerRule(f.ruleId);
    if (verifier && !paired.has(f.fingerprint) && !settled.has(f.fingerprint))
      settled.set(
        f.fingerprint,
        unknownFor(
          verifier,
          `no ${verifier.provider} credential it belongs to within ${verifier.partner!.maxLines} lines; not checked`,
        ),
      );
  }
  return { jobs: [...jobs.values()], settled };
}
