import { countByConfidence, type RuleLookup, type ScanReport } from './model';

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
      allowlist: report.allowlist ? { files: report.allowlist.files, allowed: report.allowlist.allowed, notScanned: report.allowlist.notScanned } : null,
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
      };
    }),
    skipped: report.skipped.map((s) => ({ path: s.path, reason: s.reason, ...(s.detail ? { detail: s.detail } : {}) })),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
