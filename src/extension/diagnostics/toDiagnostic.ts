import * as vscode from 'vscode';
import type { ChangeKind } from '../../core/changeKind';
import type { Finding } from '../../core/finding';
import type { Verification } from '../../core/verify/types';
import { toDiagnosticSeverity, type Settings } from '../config';
import type { Engine } from '../engine';
import type { Attribution } from '../agentJournal';

/** The `source` shown with every diagnostic. */
export const DIAGNOSTIC_SOURCE = 'AI Secret Guard';

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

/**
 * The diagnostic of one finding, or undefined when its severity is off. The message names the
 * provider and why it matters and never contains the value (diagnostics are read into AI prompts);
 * `code` links the rule to its rotation page.
 */
export function secretDiagnostic(
  range: vscode.Range,
  f: Finding,
  engine: Engine,
  settings: Settings,
  via?: ChangeKind,
  verification?: Verification,
  writtenBy?: Attribution,
): vscode.Diagnostic | undefined {
  const configured = toDiagnosticSeverity(settings.severity[f.confidence]);
  const live = verification?.status === 'live';
  if (configured === undefined && !live) return undefined;
  // A credential its provider says works is an error whatever the confidence settings say; so is one an
  // agent wrote (per its post-write hook's journal): it was in a model's output.
  const severity = live || writtenBy ? vscode.DiagnosticSeverity.Error : configured!;
  const rule = engine.rule(f.ruleId);
  const origin = writtenBy
    ? ` (written by ${writtenBy.agent} at ${writtenBy.time})`
    : via
      ? ` (arrived in ${changeKindLabel(via)})`
      : '';
  const message =
    liveNote(verification) +
    `${rule?.title ?? f.ruleId} hard-coded here${origin}. ` +
    `${rule?.risk ?? 'Anyone who can read this file can use it.'} Move it to ${rule?.envVar ?? 'an environment variable'} or a secret manager, and rotate it if it was ever shared.`;
  const d = new vscode.Diagnostic(range, message, severity);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = rule ? { value: f.ruleId, target: vscode.Uri.parse(rule.docs) } : f.ruleId;
  return d;
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

/** Diagnostics for a document's findings. */
export function toDiagnostics(
  document: vscode.TextDocument,
  findings: readonly Finding[],
  engine: Engine,
  settings: Settings,
  escalated: ReadonlyMap<string, ChangeKind>,
  verification: (fingerprint: string) => Verification | undefined = () => undefined,
  writtenBy?: (document: vscode.TextDocument, f: Finding) => Attribution | undefined,
): vscode.Diagnostic[] {
  const out: vscode.Diagnostic[] = [];
  for (const f of findings) {
    const range = new vscode.Range(document.positionAt(f.start), document.positionAt(f.end));
    const d = secretDiagnostic(
      range,
      f,
      engine,
      settings,
      escalated.get(f.fingerprint),
      verification(f.fingerprint),
      writtenBy?.(document, f),
    );
    if (d) out.push(d);
  }
  return out;
}
