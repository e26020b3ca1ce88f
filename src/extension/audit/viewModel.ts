import type { ExposureEvidence } from '../../core/report/evidence';
import { compareByLocation, providerOf, summarizeReport } from '../../core/report/summary';
import type { RuleLookup, ScanReport } from '../../core/report/model';
import type { HistoryAudit } from './historyAudit';
import type { AuditView, AuditViewHistory } from './protocol';

export interface AuditViewInput {
  readonly report: ScanReport;
  readonly rules: RuleLookup;
  readonly exposure?: ExposureEvidence;
  readonly aiInsertFindings: number;
  readonly cancelled: boolean;
  readonly finishedAt: Date;
  readonly history?: HistoryAudit;
}

/**
 * What the report webview shows. Built from the report's redacted findings only, so nothing here
 * can carry a secret value. Findings are in location order; `id` is the index the webview sends back.
 */
export function buildAuditView(input: AuditViewInput): AuditView {
  const { report, rules } = input;
  const summary = summarizeReport(report, rules);
  const sorted = [...report.findings].sort(compareByLocation);
  return {
    finishedAt: input.finishedAt.toISOString(),
    partial: report.partial,
    cancelled: input.cancelled,
    durationMs: Math.round(report.durationMs),
    filesScanned: report.filesScanned,
    bytesScanned: report.bytesScanned,
    filesAffected: summary.filesAffected,
    baselined: report.baselined,
    aiInsertFindings: input.aiInsertFindings,
    byConfidence: summary.byConfidence,
    byProvider: summary.byProvider,
    clientVisible: summary.clientVisible,
    findings: sorted.map((f, id) => {
      const rule = rules(f.ruleId);
      return {
        id,
        path: f.path,
        line: f.startLine,
        column: f.startColumn,
        ruleId: f.ruleId,
        rule: rule?.title ?? f.ruleId,
        provider: providerOf(f.ruleId, rules),
        preview: f.preview,
        confidence: f.confidence,
        ...(f.clientVisibleReason ? { clientVisibleReason: f.clientVisibleReason } : {}),
        ...(rule?.docs ? { rotateUrl: rule.docs } : {}),
      };
    }),
    skipped: report.skipped.map((s) => ({ path: s.path, reason: s.reason, ...(s.detail ? { detail: s.detail } : {}) })),
    ...(input.exposure
      ? {
          exposure: {
            assistants: input.exposure.assistants.map((a) => ({ id: a.id, name: a.name })),
            files: input.exposure.files.map((file) => ({
              path: file.path,
              levels: input.exposure!.assistants.map((a) => {
                const t = file.targets.find((x) => x.targetId === a.id);
                return { level: t?.level ?? 'n/a', channels: [...(t?.openChannels ?? [])] };
              }),
            })),
          },
        }
      : {}),
    ...(input.history ? { history: historyView(input.history, rules) } : {}),
  };
}

/** The history section: in the order the audit found them, so an id is an index into `onlyInHistory`. */
function historyView(history: HistoryAudit, rules: RuleLookup): AuditViewHistory {
  const notes = [
    ...history.notes,
    ...history.scopes.flatMap((s) => (s.unreachable ? [s.unreachable] : [])),
    ...(history.cancelled ? ['the history scan was cancelled: these results are partial'] : []),
  ];
  return {
    commitsScanned: history.scopes.reduce((n, s) => n + s.commitsScanned, 0),
    notes,
    findings: history.onlyInHistory.map((f, id) => {
      const rule = rules(f.ruleId);
      return {
        id,
        path: f.path,
        line: f.startLine,
        rule: rule?.title ?? f.ruleId,
        preview: f.preview,
        confidence: f.confidence,
        commit: f.commit?.sha.slice(0, 12) ?? '',
        author: f.commit?.author ?? '',
        date: f.commit?.date ?? '',
        commits: f.commits?.length ?? 1,
        ...(rule?.docs ? { rotateUrl: rule.docs } : {}),
      };
    }),
  };
}

/** The finding a webview id names, in the same order buildAuditView used. */
export function findingById(report: ScanReport, id: number) {
  return [...report.findings].sort(compareByLocation)[id];
}
