import type { Confidence } from '../rules/types';
import { countByConfidence, type ReportedFinding, type RuleLookup, type ScanReport, type SkipCause } from './model';

export type ConfidenceCounts = { readonly [K in Confidence]: number };

export interface ProviderCount {
  readonly provider: string;
  readonly findings: number;
}

/** One file and its findings, for tables grouped by file. */
export interface FileFindings {
  readonly path: string;
  /** In line, then column order. */
  readonly findings: readonly ReportedFinding[];
}

/** What an audit report's summary shows; every count is over the findings left after the baseline. */
export interface ReportSummary {
  readonly findings: number;
  readonly byConfidence: ConfidenceCounts;
  /** Most findings first, then by name. */
  readonly byProvider: readonly ProviderCount[];
  /** Different secrets (by fingerprint): the same key pasted twice is one rotation. */
  readonly distinctSecrets: number;
  readonly filesScanned: number;
  readonly filesAffected: number;
  readonly bytesScanned: number;
  readonly clientVisible: number;
  readonly skipped: { readonly [K in SkipCause]: number };
  readonly baselined: number;
  readonly durationMs: number;
  readonly partial: boolean;
}

const RANK: Readonly<Record<Confidence, number>> = { low: 0, medium: 1, high: 2 };

/** What fails a run: findings at or above a confidence, or (with verification) live credentials only. */
export type FailOn = Confidence | 'live';

/** True when `finding` fails a run whose threshold is `failOn`. */
export function failsRun(finding: Pick<ReportedFinding, 'confidence' | 'verification'>, failOn: FailOn): boolean {
  return failOn === 'live' ? finding.verification?.status === 'live' : meetsThreshold(finding.confidence, failOn);
}

/** True when a finding of `confidence` fails a run whose threshold is `failOn`. */
export function meetsThreshold(confidence: Confidence, failOn: Confidence): boolean {
  return RANK[confidence] >= RANK[failOn];
}

/** The provider a finding is attributed to; findings of rules no longer known count as "Custom". */
export function providerOf(ruleId: string, rules: RuleLookup): string {
  return rules(ruleId)?.provider ?? 'Custom';
}

/** Code-point order, so output is the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Path, line, column, rule: the order every report lists findings in. */
export function compareByLocation(a: ReportedFinding, b: ReportedFinding): number {
  return (
    compareText(a.path, b.path) ||
    a.startLine - b.startLine ||
    a.startColumn - b.startColumn ||
    compareText(a.ruleId, b.ruleId)
  );
}

/** Findings grouped by file, files in path order, each file's findings in line order. */
export function groupByFile(findings: readonly ReportedFinding[]): FileFindings[] {
  const byPath = new Map<string, ReportedFinding[]>();
  for (const f of [...findings].sort(compareByLocation)) {
    const list = byPath.get(f.path);
    if (list) list.push(f);
    else byPath.set(f.path, [f]);
  }
  return [...byPath].map(([path, list]) => ({ path, findings: list }));
}

/** Aggregates a scan report for a summary view. Pure: the same report gives the same summary. */
export function summarizeReport(report: ScanReport, rules: RuleLookup): ReportSummary {
  const providers = new Map<string, number>();
  for (const f of report.findings) {
    const p = providerOf(f.ruleId, rules);
    providers.set(p, (providers.get(p) ?? 0) + 1);
  }
  const skipped = { binary: 0, 'too-large': 0, unreadable: 0, 'too-many-findings': 0 };
  for (const s of report.skipped) skipped[s.reason]++;
  return {
    findings: report.findings.length,
    byConfidence: countByConfidence(report.findings),
    byProvider: [...providers]
      .map(([provider, findings]) => ({ provider, findings }))
      .sort((a, b) => b.findings - a.findings || compareText(a.provider, b.provider)),
    distinctSecrets: new Set(report.findings.map((f) => f.fingerprint)).size,
    filesScanned: report.filesScanned,
    filesAffected: new Set(report.findings.map((f) => f.path)).size,
    bytesScanned: report.bytesScanned,
    clientVisible: report.findings.filter((f) => f.clientVisibleReason !== undefined).length,
    skipped,
    baselined: report.baselined,
    durationMs: report.durationMs,
    partial: report.partial,
  };
}
