/**
 * Messages between the audit report webview (media/audit.js) and the extension. The webview gets
 * redacted previews only, never a secret value; it names findings by their index in `findings`.
 */
import type { Confidence } from '../../core/rules/types';

export interface AuditViewFinding {
  readonly id: number;
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly ruleId: string;
  readonly rule: string;
  readonly provider: string;
  /** Redacted: a short prefix and the length. */
  readonly preview: string;
  readonly confidence: Confidence;
  readonly clientVisibleReason?: string;
  readonly rotateUrl?: string;
}

export interface AuditViewExposure {
  readonly assistants: readonly { readonly id: string; readonly name: string }[];
  /** One row per sensitive file; `levels` follows `assistants`. */
  readonly files: readonly {
    readonly path: string;
    readonly levels: readonly { readonly level: string; readonly channels: readonly string[] }[];
  }[];
}

/** A secret found only in git history: where it was first added. */
export interface AuditViewHistoryFinding {
  /** Index in `history.findings`, sent back to open the file at the commit. */
  readonly id: number;
  readonly path: string;
  readonly line: number;
  readonly rule: string;
  readonly preview: string;
  readonly confidence: Confidence;
  /** Abbreviated commit id. */
  readonly commit: string;
  readonly author: string;
  readonly date: string;
  /** How many commits add it. */
  readonly commits: number;
  readonly rotateUrl?: string;
}

export interface AuditViewHistory {
  readonly commitsScanned: number;
  readonly findings: readonly AuditViewHistoryFinding[];
  /** Shallow clones, folders outside a repository, cancellation: one sentence each. */
  readonly notes: readonly string[];
}

export interface AuditView {
  readonly finishedAt: string;
  readonly partial: boolean;
  readonly cancelled: boolean;
  readonly durationMs: number;
  readonly filesScanned: number;
  readonly bytesScanned: number;
  readonly filesAffected: number;
  readonly baselined: number;
  readonly aiInsertFindings: number;
  readonly byConfidence: { readonly high: number; readonly medium: number; readonly low: number };
  readonly byProvider: readonly { readonly provider: string; readonly findings: number }[];
  readonly clientVisible: number;
  readonly findings: readonly AuditViewFinding[];
  readonly skipped: readonly { readonly path: string; readonly reason: string; readonly detail?: string }[];
  readonly exposure?: AuditViewExposure;
  readonly history?: AuditViewHistory;
}

export type ExportFormat = 'sarif' | 'json' | 'evidence';

/** From the webview. */
export type WebviewMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'open'; readonly id: number }
  | { readonly type: 'openAtCommit'; readonly id: number }
  | { readonly type: 'export'; readonly format: ExportFormat }
  | { readonly type: 'rerun' };

/** To the webview. */
export type HostMessage = { readonly type: 'report'; readonly view: AuditView };

/** Narrows an untrusted message from the webview; anything else is ignored. */
export function parseWebviewMessage(raw: unknown): WebviewMessage | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const m = raw as Record<string, unknown>;
  switch (m['type']) {
    case 'ready':
    case 'rerun':
      return { type: m['type'] };
    case 'open':
    case 'openAtCommit':
      return Number.isInteger(m['id']) ? { type: m['type'], id: m['id'] as number } : undefined;
    case 'export':
      return m['format'] === 'sarif' || m['format'] === 'json' || m['format'] === 'evidence'
        ? { type: 'export', format: m['format'] }
        : undefined;
    default:
      return undefined;
  }
}
