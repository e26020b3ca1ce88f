import type * as vscode from 'vscode';
import type { ChangeKind } from '../../core/changeKind';
import type { SkipReason } from '../../core/detect/limits';
import type { Finding } from '../../core/finding';
import type { ScanState } from './backgroundScans';

// What the document scanner knows and hands out, per open document.

/** What is known about one open document. */
export interface DocumentFindings {
  readonly uri: vscode.Uri;
  /** The reported findings shown as problems (hovers, quick fixes and commands act on these). */
  readonly findings: readonly Finding[];
  /** Fingerprints of findings that arrived through an AI, bulk or pasted insert this session. */
  readonly escalated: ReadonlyMap<string, ChangeKind>;
  readonly skipped?: SkipReason | 'excluded';
  /** Findings reported but not shown (over aiSecretGuard.maxProblemsPerFile): `findings` holds those shown. */
  readonly hidden?: number;
}

/** Secrets that arrived through an escalated change, reported once per scan. */
export interface Escalation {
  readonly document: vscode.TextDocument;
  readonly kind: ChangeKind;
  readonly findings: readonly Finding[];
}

export interface PendingEscalation {
  kind: ChangeKind;
  start: number;
  end: number;
  /** Resolves once the kind is final (the clipboard check for a possible paste). */
  settled: Promise<unknown>;
}

/** A scan's findings as `takeIn` receives them. */
export interface TakenScan {
  /** How many the scan found, accepted ones included. */
  readonly found: number;
  /** Those not accepted. */
  readonly reported: Finding[];
  readonly incremental: boolean;
  readonly path: string;
  /** When the scan started, and when its findings began to be taken in (performance.now()). */
  readonly started: number;
  readonly intakeStarted: number;
}

export interface DocumentState extends ScanState {
  /** The findings reported: those the baseline does not accept. */
  reported: Finding[];
  /** The reported findings shown as problems (at most aiSecretGuard.maxProblemsPerFile), in document order. */
  shown: Finding[];
  /** How many reported findings are not shown. */
  hidden: number;
  escalated: Map<string, ChangeKind>;
  skipped?: SkipReason | 'excluded';
  escalations: PendingEscalation[];
  timer?: ReturnType<typeof setTimeout>;
  /** The intake under way (acceptance checked in slices): a newer one replaces it, and the older is dropped. */
  intake?: object;
}
