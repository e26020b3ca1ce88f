import type { Finding } from '../../core/finding';
import type { ReportedFinding, ScanReport } from '../../core/report/model';
import { configuredVerifiers, verifierCatalogue, type VerifierSettings } from '../../core/verify/index';
import type { Verification } from '../../core/verify/types';
import type { ScanOutcome } from '../scanTree';
import { CredentialChecker, type CheckerOptions } from './credentialChecker';
import { verifyFindings, type TextToVerify } from './verifyFindings';

export interface VerifyScanOptions extends CheckerOptions {
  /** Let the baseline hide a live secret too (`--baseline-hides-live`); by default a live one is reported. */
  readonly baselineHidesLive?: boolean;
  /** What the user configured (self-managed GitLab hosts); the built-in verifiers alone without it. */
  readonly settings?: VerifierSettings;
}

function withVerification(f: ReportedFinding, v: Verification | undefined, baselinedButLive = false): ReportedFinding {
  return v ? { ...f, verification: v, ...(baselinedButLive ? { baselinedButLive: true } : {}) } : f;
}

/**
 * Asks providers about the findings of a finished scan (baselined ones included) and returns the
 * outcome with each finding's verification. A baselined finding that is live is reported again
 * unless `baselineHidesLive`: accepting a finding once does not accept a working credential.
 */
export async function verifyScan(outcome: ScanOutcome, options: VerifyScanOptions = {}): Promise<ScanOutcome> {
  const byPath = new Map<string, ReportedFinding[]>();
  for (const f of outcome.all) byPath.set(f.path, [...(byPath.get(f.path) ?? []), f]);
  const texts: TextToVerify[] = [];
  for (const [path, findings] of byPath) {
    const text = await outcome.readText?.(path);
    if (text !== undefined)
      texts.push({
        text,
        findings: findings as readonly Finding[],
        publish: outcome.key.publish,
      });
  }
  const catalogue = verifierCatalogue(configuredVerifiers(options.settings));
  const answers = await verifyFindings(texts, new CredentialChecker(options), catalogue);
  const reported = new Set(outcome.report.findings);
  const findings: ReportedFinding[] = [];
  let revealed = 0;
  for (const f of outcome.all) {
    const v = answers.get(f.fingerprint);
    if (reported.has(f)) findings.push(withVerification(f, v));
    else if (v?.status === 'live' && !options.baselineHidesLive) {
      findings.push(withVerification(f, v, true));
      revealed++;
    }
  }
  const report: ScanReport = { ...outcome.report, findings, baselined: outcome.report.baselined - revealed };
  return { ...outcome, report, all: outcome.all.map((f) => withVerification(f, answers.get(f.fingerprint))) };
}
