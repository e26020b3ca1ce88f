import type { Verification } from '../verify/types';
import { countByConfidence, type RuleLookup, type ScanReport } from './model';

/** A finding's provider check, keys in a fixed order (present only on `--verify` runs). */
export function verificationJson(v: Verification) {
  return {
    status: v.status,
    provider: v.provider,
    verifier: v.verifierId,
    identity: v.identity ?? null,
    reason: v.reason ?? null,
    rotation: v.rotation,
  };
}

/** `verified: { live, revoked, unknown }` when any finding was checked. */
function verifiedCounts(report: ScanReport): { verified?: { live: number; revoked: number; unknown: number } } {
  const checked = report.findings.filter((f) => f.verification);
  if (checked.length === 0) return {};
  const count = (s: string) => checked.filter((f) => f.verification!.status === s).length;
  return { verified: { live: count('live'), revoked: count('revoked'), unknown: count('unknown') } };
}

/** Version of the JSON report's shape; bumped on any incompatible change. */
export const JSON_REPORT_VERSION = 1;

/**
 * The stable JSON report (documented in docs/json-report.md). Keys and their order are part of the
 * contract; the secret itself is never included, only its redacted preview and fingerprint.
 */
export function formatJson(report: ScanReport, rules: RuleLookup): string {
  const doc = {
    version: JSON_REPORT_VERSION,
    tool: report.tool,
    command: report.command,
    summary: {
      findings: report.findings.length,
      byConfidence: countByConfidence(report.findings),
      filesScanned: report.filesScanned,
      filesWithFindings: new Set(report.findings.map((f) => f.path)).size,
      bytesScanned: report.bytesScanned,
      skipped: report.skipped.length,
      baselined: report.baselined,
      durationMs: Math.round(report.durationMs),
      partial: report.partial,
      clientVisible: report.findings.filter((f) => f.clientVisibleReason !== undefined).length,
      ...verifiedCounts(report),
      allowlist: report.allowlist
        ? { files: report.allowlist.files, allowed: report.allowlist.allowed, notScanned: report.allowlist.notScanned }
        : null,
    },
    findings: report.findings.map((f) => {
      const rule = rules(f.ruleId);
      return {
        ruleId: f.ruleId,
        title: rule?.title ?? f.ruleId,
        provider: rule?.provider ?? 'Custom',
        confidence: f.confidence,
        path: f.path,
        startLine: f.startLine,
        startColumn: f.startColumn,
        endLine: f.endLine,
        endColumn: f.endColumn,
        preview: f.preview,
        entropy: f.entropy,
        ...(f.why ? { why: f.why } : {}),
        fingerprint: f.fingerprint,
        envVar: rule?.envVar ?? null,
        docs: rule?.docs ?? null,
        clientVisible: f.clientVisibleReason !== undefined,
        clientVisibleReason: f.clientVisibleReason ?? null,
        ...(f.verification ? { verification: verificationJson(f.verification) } : {}),
        ...(f.baselinedButLive ? { baselinedButLive: true } : {}),
        // History scans only: where the secret was first added, and every commit adding it.
        ...(f.commit
          ? { commit: f.commit.sha, author: f.commit.author, date: f.commit.date, commits: f.commits ?? [f.commit.sha] }
          : {}),
        ...(f.stillIn ? { stillIn: f.stillIn } : {}),
      };
    }),
    skipped: report.skipped.map((s) => ({ path: s.path, reason: s.reason, ...(s.detail ? { detail: s.detail } : {}) })),
    ...(report.history ? { history: report.history } : {}),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
