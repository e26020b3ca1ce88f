import * as vscode from 'vscode';
import type { ChangeKind } from '../../core/changeKind';
import type { Finding } from '../../core/finding';
import type { Verification } from '../../core/verify/types';
import { toDiagnosticSeverity, type Settings } from '../config';
import type { Engine } from '../engine';
import type { Attribution } from '../agentJournal';
import { findingRank, hiddenNotice, selectShown, type ShownFindings } from './findingsIntake';

/** The `source` shown with every diagnostic. */
export const DIAGNOSTIC_SOURCE = 'AI Secret Guard';

/** The code of the notice a capped document shows (aiSecretGuard.maxProblemsPerFile): not a finding. */
export const HIDDEN_NOTICE_CODE = 'max-problems-per-file';

const KIND_LABEL: Record<ChangeKind, string> = {
  ai: 'an AI edit',
  bulk: 'a bulk insert',
  paste: 'a paste',
  typed: 'typing',
  'undo-redo': 'an undo',
};

export function changeKindLabel(kind: ChangeKind): string {
  return KIND_LABEL[kind];
}

/** What every diagnostic of one rule shares: computed once per rule, not per finding. */
interface RuleParts {
  readonly title: string;
  /** The message after the origin. */
  readonly advice: string;
  readonly code: vscode.Diagnostic['code'];
}

/** Builds one finding's diagnostic; undefined when its severity is off. */
export type DiagnosticMaker = (
  range: vscode.Range,
  f: Finding,
  via?: ChangeKind,
  verification?: Verification,
  writtenBy?: Attribution,
) => vscode.Diagnostic | undefined;

/**
 * Makes the diagnostics of findings under one engine and settings. The message names the provider
 * and why it matters and never contains the value (diagnostics are read into AI prompts); `code`
 * links the rule to its rotation page. Rule parts (message, link) are built once per rule.
 */
export function diagnosticMaker(engine: Engine, settings: Settings): DiagnosticMaker {
  const severityOf: Record<Finding['confidence'], vscode.DiagnosticSeverity | undefined> = {
    high: toDiagnosticSeverity(settings.severity.high),
    medium: toDiagnosticSeverity(settings.severity.medium),
    low: toDiagnosticSeverity(settings.severity.low),
  };
  const parts = new Map<string, RuleParts>();
  const partsOf = (ruleId: string): RuleParts => {
    let p = parts.get(ruleId);
    if (!p) {
      const rule = engine.rule(ruleId);
      p = {
        title: rule?.title ?? ruleId,
        advice:
          `${rule?.risk ?? 'Anyone who can read this file can use it.'} Move it to ${rule?.envVar ?? 'an environment variable'} ` +
          'or a secret manager, and rotate it if it was ever shared.',
        code: rule ? { value: ruleId, target: vscode.Uri.parse(rule.docs) } : ruleId,
      };
      parts.set(ruleId, p);
    }
    return p;
  };
  return (range, f, via, verification, writtenBy) => {
    const configured = severityOf[f.confidence];
    const live = verification?.status === 'live';
    if (configured === undefined && !live) return undefined;
    // A credential its provider says works is an error whatever the confidence settings say; so is one an
    // agent wrote (per its post-write hook's journal): it was in a model's output.
    const severity = live || writtenBy ? vscode.DiagnosticSeverity.Error : configured!;
    const p = partsOf(f.ruleId);
    const origin = writtenBy
      ? ` (written by ${writtenBy.agent} at ${writtenBy.time})`
      : via
        ? ` (arrived in ${changeKindLabel(via)})`
        : '';
    const d = new vscode.Diagnostic(
      range,
      `${liveNote(verification)}${p.title} hard-coded here${origin}. ${p.advice}`,
      severity,
    );
    d.source = DIAGNOSTIC_SOURCE;
    d.code = p.code;
    return d;
  };
}

/** The diagnostic of one finding, or undefined when its severity is off (see `diagnosticMaker`). */
export function secretDiagnostic(
  range: vscode.Range,
  f: Finding,
  engine: Engine,
  settings: Settings,
  via?: ChangeKind,
  verification?: Verification,
  writtenBy?: Attribution,
): vscode.Diagnostic | undefined {
  return diagnosticMaker(engine, settings)(range, f, via, verification, writtenBy);
}

/** What the live check said, as the start of the message (identity and reason hold no value). */
function liveNote(v: Verification | undefined): string {
  if (!v) return '';
  if (v.status === 'live')
    return `LIVE: ${v.provider} accepts this credential${v.identity ? ` (${v.identity})` : ''}; rotate it now. `;
  return v.status === 'revoked'
    ? `Revoked per ${v.provider}${v.reason ? ` (${v.reason})` : ''}. `
    : `Live check inconclusive${v.reason ? ` (${v.reason})` : ''}. `;
}

/** What varies per finding besides its rule, each looked up once per document. */
export interface FindingContext {
  readonly escalated: ReadonlyMap<string, ChangeKind>;
  readonly verification?: (fingerprint: string) => Verification | undefined;
  readonly writtenBy?: (f: Finding) => Attribution | undefined;
}

/** Diagnostics for a document's findings (the caller bounds how many). */
export function toDiagnostics(
  document: vscode.TextDocument,
  findings: readonly Finding[],
  make: DiagnosticMaker,
  context: FindingContext,
): vscode.Diagnostic[] {
  const { escalated, verification, writtenBy } = context;
  const out: vscode.Diagnostic[] = [];
  for (const f of findings) {
    const range = new vscode.Range(document.positionAt(f.start), document.positionAt(f.end));
    const d = make(range, f, escalated.get(f.fingerprint), verification?.(f.fingerprint), writtenBy?.(f));
    if (d) out.push(d);
  }
  return out;
}

/** The one extra problem of a capped document, at its start: how many more there are and where to see them. */
export function hiddenNoticeDiagnostic(shown: number, hidden: number): vscode.Diagnostic {
  const d = new vscode.Diagnostic(
    new vscode.Range(0, 0, 0, 0),
    hiddenNotice(shown, hidden),
    vscode.DiagnosticSeverity.Information,
  );
  d.source = DIAGNOSTIC_SOURCE;
  d.code = HIDDEN_NOTICE_CODE;
  return d;
}

/** What a document shows, and the findings behind it. */
export interface DocumentProblems extends ShownFindings {
  readonly diagnostics: vscode.Diagnostic[];
}

/**
 * A document's problems: at most `settings.maxProblemsPerFile`, the most urgent findings first
 * (arrived through an AI insert, found live, then by confidence), the last one the notice of how
 * many more there are. The work is bounded by the cap, whatever the document holds.
 */
export function problemsOf(
  document: vscode.TextDocument,
  reported: Finding[],
  engine: Engine,
  settings: Settings,
  context: Omit<FindingContext, 'writtenBy'> & {
    readonly attributorFor?: (document: vscode.TextDocument) => FindingContext['writtenBy'];
  },
): DocumentProblems {
  const { escalated, verification, attributorFor } = context;
  const visible = {
    high: settings.severity.high !== 'off',
    medium: settings.severity.medium !== 'off',
    low: settings.severity.low !== 'off',
  };
  const { shown, hidden } = selectShown(reported, settings.maxProblemsPerFile, (f) => {
    const urgent = escalated.has(f.fingerprint) || verification?.(f.fingerprint)?.status === 'live';
    return findingRank(f, urgent, visible[f.confidence]);
  });
  // The journal is looked up only for a document with something to attribute.
  const writtenBy = shown.length ? attributorFor?.(document) : undefined;
  const diagnostics = toDiagnostics(document, shown, diagnosticMaker(engine, settings), {
    escalated,
    ...(verification ? { verification } : {}),
    ...(writtenBy ? { writtenBy } : {}),
  });
  if (hidden > 0) diagnostics.push(hiddenNoticeDiagnostic(shown.length, hidden));
  return { shown, hidden, diagnostics };
}
