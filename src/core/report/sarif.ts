import type { Confidence } from '../rules/types';
import { describeVerification } from '../verify/describe';
import { verificationJson } from './json';
import type { AllowlistCounts, ReportedFinding, RuleLookup, ScanReport } from './model';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** v2: keyed fingerprints (fingerprint.ts); v1 values were unkeyed hashes and never equal a v2 value. */
export const FINGERPRINT_KEY = 'aiSecretGuard/v2';

export function sarifLevel(confidence: Confidence): 'error' | 'warning' | 'note' {
  return confidence === 'high' ? 'error' : confidence === 'medium' ? 'warning' : 'note';
}

function ruleName(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}

/**
 * SARIF 2.1.0 for code scanning: rules with help links, results with 1-based regions (end column
 * exclusive) relative to %SRCROOT%, and fingerprints that survive moved code.
 */
export function formatSarif(report: ScanReport, rules: RuleLookup, informationUri: string): string {
  const ruleIds = [...new Set(report.findings.map((f) => f.ruleId))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const driverRules = ruleIds.map((id) => {
    const rule = rules(id);
    const title = rule?.title ?? id;
    const docs = rule?.docs;
    return {
      id,
      name: ruleName(id),
      shortDescription: { text: title },
      fullDescription: { text: rule?.risk ? `${title}. ${rule.risk}` : title },
      ...(docs ? { helpUri: docs } : {}),
      help: {
        text: `${title} hard-coded in source. Remove it, rotate it${docs ? ` (${docs})` : ''}, and load it from the environment or a secret manager (${rule?.envVar ?? 'SECRET'}).`,
        markdown: `**${title}** hard-coded in source.\n\n1. Rotate or revoke it${docs ? `: [provider instructions](${docs})` : ''}.\n2. Replace the literal with a reference such as \`${rule?.envVar ?? 'SECRET'}\` from the environment or a secret manager.\n3. Purge it from history if it was pushed.`,
      },
      defaultConfiguration: { level: sarifLevel(rule?.confidence ?? 'medium') },
      properties: {
        tags: ['security', 'secret', rule?.provider ?? 'custom'],
        precision: rule?.confidence === 'high' ? 'very-high' : rule?.confidence === 'medium' ? 'high' : 'medium',
        'security-severity': rule?.confidence === 'high' ? '9.0' : rule?.confidence === 'medium' ? '7.0' : '4.0',
      },
    };
  });
  const results = report.findings.map((f) => sarifResult(f, rules, ruleIndex));

  const doc = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri,
            rules: driverRules,
          },
        },
        invocations: [sarifInvocation(report)],
        originalUriBaseIds: { '%SRCROOT%': { uri: './' } },
        ...provenance(report),
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

/** One SARIF result: level (a live credential is an error), message, location, fingerprint, properties. */
function sarifResult(f: ReportedFinding, rules: RuleLookup, ruleIndex: ReadonlyMap<string, number>) {
  const rule = rules(f.ruleId);
  const v = f.verification;
  return {
    ruleId: f.ruleId,
    ruleIndex: ruleIndex.get(f.ruleId)!,
    level: v?.status === 'live' ? 'error' : sarifLevel(f.confidence),
    message: {
      text:
        `${rule?.title ?? f.ruleId} (${f.preview}) is hard-coded here. ` +
        (v ? `Provider check: ${describeVerification(v)}. ` : '') +
        (f.clientVisibleReason ? `It is client-visible (${f.clientVisibleReason}): anyone can read it. ` : '') +
        `Rotate it and load it from ${rule?.envVar ?? 'the environment'} or a secret manager.`,
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: sarifUri(f.path), uriBaseId: '%SRCROOT%' },
          region: { startLine: f.startLine, startColumn: f.startColumn, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    properties: {
      confidence: f.confidence,
      preview: f.preview,
      entropy: f.entropy,
      ...(f.why ? { why: f.why } : {}),
      clientVisible: f.clientVisibleReason !== undefined,
      ...(f.clientVisibleReason ? { clientVisibleReason: f.clientVisibleReason } : {}),
      ...(v ? { verification: verificationJson(v) } : {}),
      ...(f.baselinedButLive ? { baselinedButLive: true } : {}),
      ...(f.commit
        ? { commit: f.commit.sha, author: f.commit.author, date: f.commit.date, commits: f.commits ?? [f.commit.sha] }
        : {}),
      ...(f.stillIn ? { stillIn: f.stillIn } : {}),
    },
  };
}

/** History scans: the repository and the revision the scan started from (paths are as in each result's commit). */
function provenance(report: ScanReport): { versionControlProvenance?: object[] } {
  const h = report.history;
  if (!h?.repositoryUri) return {};
  return {
    versionControlProvenance: [
      {
        repositoryUri: h.repositoryUri,
        ...(h.head ? { revisionId: h.head } : {}),
        ...(h.branch ? { branch: h.branch } : {}),
        mappedTo: { uriBaseId: '%SRCROOT%' },
      },
    ],
  };
}

/** The run's one invocation: whether it covered everything, what it skipped, what the allowlist kept out. */
function sarifInvocation(report: ScanReport): object {
  return {
    executionSuccessful: !report.partial,
    commandLine: report.command,
    toolExecutionNotifications: [
      ...report.skipped.map((s) => ({
        level: s.reason === 'unreadable' ? 'error' : s.reason === 'too-many-findings' ? 'warning' : 'note',
        message: { text: `Skipped (${s.reason}${s.detail ? `: ${s.detail}` : ''})` },
        locations: [{ physicalLocation: { artifactLocation: { uri: sarifUri(s.path), uriBaseId: '%SRCROOT%' } } }],
      })),
      ...(report.allowlist ? [allowlistNotification(report.allowlist)] : []),
    ],
    ...(report.allowlist ? { properties: { allowlist: report.allowlist } } : {}),
  };
}

/** Says what the team's allowlist kept out of the results: a warning when it kept anything, since nothing reviewed it here. */
function allowlistNotification(a: AllowlistCounts): { level: 'warning' | 'note'; message: { text: string } } {
  return {
    level: a.allowed > 0 || a.notScanned > 0 ? 'warning' : 'note',
    message: {
      text: `The gitleaks allowlist (${a.files.join(', ')}) allowed ${a.allowed} finding(s) and kept ${a.notScanned} file(s) out of the scan.`,
    },
  };
}

/**
 * A relative path as a URI reference: each segment percent-encoded, so `#`, `?`, `:` and `%` in a
 * name stay part of the path (encodeURI leaves them, making a fragment, a query or a scheme).
 */
export function sarifUri(relPath: string): string {
  return relPath.split('/').map(encodeURIComponent).join('/');
}
