import * as vscode from 'vscode';
import { planEnvFixAll } from '../../core/fixes/fixAll';
import type { Rule } from '../../core/rules/types';
import { CommandIds } from '../commandIds';
import type { DocumentScanner } from '../diagnostics/documentScanner';
import type { Log } from '../log';
import { openMoveTarget } from './dotenvTarget';
import { refuseFix } from './envFixAction';
import { fixContextOf, ruleIdOf } from './fixContext';

/** The kind under which editors run it on save (`"editor.codeActionsOnSave": {"source.fixAll.aiSecretGuard": "explicit"}`). */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('aiSecretGuard');

export type MoveAllResult =
  | { readonly moved: readonly string[]; readonly skipped: number }
  | { readonly moved?: undefined; readonly reason: string };

/** "Move all secrets in this file to .env", as a fix-all source action and as a quick fix when a file has several. */
export class FixAllActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = [FIX_ALL_KIND, vscode.CodeActionKind.QuickFix];

  constructor(private readonly scanner: DocumentScanner) {}

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    if (!fixContextOf(document)) return [];
    const count = this.scanner.get(document.uri)?.findings.length ?? 0;
    if (count === 0) return [];
    const only = context.only;
    const wantsFixAll = only !== undefined && FIX_ALL_KIND.intersects(only);
    const onOurDiagnostic = context.diagnostics.some((d) => ruleIdOf(d) !== undefined);
    if (!wantsFixAll && !(onOurDiagnostic && count > 1)) return [];
    const title = `Move all ${count} secrets in this file to .env`;
    const action = new vscode.CodeAction(title, wantsFixAll ? FIX_ALL_KIND : vscode.CodeActionKind.QuickFix);
    action.command = { title, command: CommandIds.moveAllToEnv, arguments: [document.uri, document.version] };
    return [action];
  }
}

/**
 * Replaces every secret of the document with an environment-variable read and appends the values to
 * `.env`, all in one WorkspaceEdit. Secrets with no correct rewrite stay, and the user is told why.
 */
export async function moveAllToEnv(
  uri: vscode.Uri | undefined,
  version: number | undefined,
  scanner: DocumentScanner,
  ruleById: (id: string) => Rule | undefined,
  protectEnvFile: () => Promise<void>,
  log: Log,
): Promise<MoveAllResult> {
  const fail = (reason: string) => ({ reason: refuseFix(log, 'move all to .env', reason).reason });
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document) return fail('no file is open');
  const target = await openMoveTarget(document, version);
  if (typeof target === 'string') return fail(target);
  const { context, dotenv } = target;
  scanner.flush(document);
  const findings = scanner.get(document.uri)?.findings ?? [];
  if (findings.length === 0) {
    void vscode.window.showInformationMessage('AI Secret Guard: no secrets in this file.');
    return { moved: [], skipped: 0 };
  }
  const text = document.getText();
  const spans = findings.map((f) => ({ start: f.start, end: f.end, envVar: ruleById(f.ruleId)?.envVar ?? 'SECRET' }));
  const plan = planEnvFixAll(text, spans, { languageId: document.languageId, path: context.path }, dotenv.entries);
  for (const entry of plan.entries)
    if (!dotenv.add(entry.name, entry.value)) return fail(`.env already has ${entry.name} with another value`);
  if (plan.edits.length > 0) {
    const edit = new vscode.WorkspaceEdit();
    for (const r of plan.edits)
      edit.replace(document.uri, new vscode.Range(document.positionAt(r.start), document.positionAt(r.end)), r.newText);
    dotenv.applyTo(edit);
    if (!(await vscode.workspace.applyEdit(edit))) return fail('VS Code could not apply the edit');
    await dotenv.save();
    await protectEnvFile();
  }
  const moved = plan.entries.map((e) => e.name);
  const left = plan.skipped.length;
  log.info(
    `moved ${findings.length - left} secret(s) of ${vscode.workspace.asRelativePath(document.uri)} to .env; ${left} left`,
  );
  const reasons = [...new Set(plan.skipped.map((s) => s.reason))].join('; ');
  const message = `AI Secret Guard: moved ${findings.length - left} secret(s) to .env${moved.length ? ` (${moved.join(', ')})` : ''}.${left ? ` ${left} left in place: ${reasons}.` : ''}`;
  void (left ? vscode.window.showWarningMessage(message) : vscode.window.showInformationMessage(message));
  return { moved, skipped: left };
}
