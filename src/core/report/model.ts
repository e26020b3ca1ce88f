import { LineIndex } from '../detect/lineIndex';
import { clientPathReason, clientVariableReason } from './clientVisible';
import { fallbackEnvName } from '../fixes/envName';
import type { Finding } from '../finding';
import type { Rule } from '../rules/types';
import type { Verification } from '../verify/types';

/** 1-based lines and columns, end column exclusive (the SARIF convention). */
export interface Region {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** A finding placed in a file, ready for any reporter. Still holds no secret. */
export interface ReportedFinding extends Finding, Region {
  /** Path relative to the scan root, with forward slashes. */
  readonly path: string;
  /**
   * Set when the secret is client-visible (shipped to browsers or apps, or in a variable a
   * framework exposes to them): why, in words. The most severe class of finding.
   */
  readonly clientVisibleReason?: string;
  /** The variable the code already reads for this value when it is a fallback (`process.env.JWT_SECRET || "…"`). */
  readonly envName?: string;
  /** What the provider said about the credential, when the run asked (`--verify`). */
  readonly verification?: Verification;
  /** Set on a finding the baseline accepts that is reported anyway because it is live. */
  readonly baselinedButLive?: boolean;
  /** History scans: the first commit that added the secret (path and lines are as in that commit). */
  readonly commit?: CommitRef;
  /** History scans: every commit whose changes add this secret, oldest first (each must go to purge it). */
  readonly commits?: readonly string[];
  /**
   * History scans: the refs (branches, remote-tracking branches, tags, or the revisions scanned)
   * whose tip still holds this secret; empty when none does any more (it lives on only in history).
   * Absent when it was not checked.
   */
  readonly stillIn?: readonly string[];
}

/** A commit as reports name it. */
export interface CommitRef {
  /** Full object id. */
  readonly sha: string;
  readonly author: string;
  /** Author date, ISO 8601. */
  readonly date: string;
}

/** What a history scan covered (`scan --history`, the pre-push hook). */
export interface HistoryScope {
  /** The revisions as given (`--all` for every ref). */
  readonly revisions: string;
  readonly commitsScanned: number;
  /** Shallow clone: what could not be reached, in words; absent when the history is complete. */
  readonly unreachable?: string;
  /** How many refs' tips were looked at for where each secret still lives (`stillIn`); absent when nothing was found. */
  readonly refsChecked?: number;
  /** Refs past the limit, not looked at: a secret's `stillIn` may then miss them. */
  readonly refsNotChecked?: number;
  /** Submodules met (their paths): listed, not entered. */
  readonly submodules: readonly string[];
  /** For SARIF's versionControlProvenance: the remote (credentials removed), else the repository's file URI. */
  readonly repositoryUri: string;
  /** HEAD's commit, when there is one. */
  readonly head?: string;
  readonly branch?: string;
}

/** Why a file is listed as skipped; `too-many-findings`: scanned up to MAX_FINDINGS_PER_FILE findings, then stopped. */
export type SkipCause = 'binary' | 'too-large' | 'unreadable' | 'too-many-findings';

export interface SkippedFile {
  readonly path: string;
  readonly reason: SkipCause;
  /** For unreadable files: the error code (EACCES, …); never file content. */
  readonly detail?: string;
}

export interface ScanReport {
  readonly tool: { readonly name: string; readonly version: string };
  /** The command line that produced the report, for PR evidence. */
  readonly command: string;
  readonly findings: readonly ReportedFinding[];
  readonly skipped: readonly SkippedFile[];
  readonly filesScanned: number;
  readonly bytesScanned: number;
  readonly durationMs: number;
  /** Findings hidden because their fingerprint is in the baseline. */
  readonly baselined: number;
  /** True when some files could not be read or the scan was interrupted: the result is incomplete. */
  readonly partial: boolean;
  /** Set for history scans: findings then carry their commits, and `filesScanned` counts file changes. */
  readonly history?: HistoryScope;
  /** What the repository's gitleaks allowlist accepted, when one was read: not reviewed by this scan. */
  readonly allowlist?: AllowlistCounts;
}

export interface AllowlistCounts {
  /** The config files the allowlist came from (`.gitleaks.toml`, `.gitleaksignore`, …). */
  readonly files: readonly string[];
  /** Findings left out because the allowlist accepts their secret, line or fingerprint. */
  readonly allowed: number;
  /** Files left out of the scan because the allowlist accepts their path. */
  readonly notScanned: number;
}

/** How much of a finding's line before it the reporters read. */
const LINE_PREFIX_LIMIT = 512;

/**
 * Places findings of `text` at 1-based line/column regions and classifies each as client-visible
 * or not while the text is at hand (the classification keeps no text, only its reason).
 */
export function locateFindings(path: string, text: string, findings: readonly Finding[]): ReportedFinding[] {
  if (findings.length === 0) return [];
  const lines = new LineIndex(text);
  const byPath = clientPathReason(path);
  return findings.map((f) => {
    const start = lines.positionAt(f.start);
    const end = lines.positionAt(f.end);
    // Only the end of the line before the secret matters (an assignment, a fallback): bounded, so
    // many findings on one long line stay linear.
    const linePrefix = text.slice(Math.max(f.start - start.column, f.start - LINE_PREFIX_LIMIT), f.start);
    const reason = byPath ?? clientVariableReason(linePrefix);
    const envName = fallbackEnvName(linePrefix);
    // Properties listed, not spread: V8's object spread costs microseconds per object here.
    return {
      ruleId: f.ruleId,
      start: f.start,
      end: f.end,
      confidence: f.confidence,
      fingerprint: f.fingerprint,
      preview: f.preview,
      entropy: f.entropy,
      ...(f.why ? { why: f.why } : {}),
      path,
      startLine: start.line + 1,
      startColumn: start.column + 1,
      endLine: end.line + 1,
      endColumn: end.column + 1,
      ...(reason ? { clientVisibleReason: reason } : {}),
      ...(envName ? { envName } : {}),
    };
  });
}

/** Rule lookup by id, for reporters. */
export type RuleLookup = (id: string) => Rule | undefined;

export function ruleLookup(rules: readonly Rule[]): RuleLookup {
  const byId = new Map(rules.map((r) => [r.id, r]));
  return (id) => byId.get(id);
}

export function countByConfidence(findings: readonly { confidence: string }[]): {
  high: number;
  medium: number;
  low: number;
} {
  const counts = { high: 0, medium: 0, low: 0 };
  for (const f of findings) counts[f.confidence as keyof typeof counts]++;
  return counts;
}
