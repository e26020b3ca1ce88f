import * as vscode from 'vscode';
import { describeVerification } from '../../core/verify/index';
import type { Verification } from '../../core/verify/types';
import { findingOf } from '../codeActions/baselineAction';
import { CommandIds } from '../commandIds';
import type { DocumentScanner } from '../diagnostics/documentScanner';
import type { LiveChecks } from './liveChecks';

export const LIVE_CHECK_TITLE = 'Check whether this secret is live';

/** Offers the live check on findings a verifier covers; it runs only when chosen, and not in untrusted workspaces. */
export class LiveCheckActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly scanner: DocumentScanner,
    private readonly checks: LiveChecks,
  ) {}

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    if (!vscode.workspace.isTrusted) return [];
    const actions: vscode.CodeAction[] = [];
    for (const d of context.diagnostics) {
      const finding = findingOf(document, d, this.scanner);
      if (!finding || !this.checks.canCheck(finding.ruleId)) continue;
      const action = new vscode.CodeAction(`${LIVE_CHECK_TITLE} (asks the provider)`, vscode.CodeActionKind.QuickFix);
      action.diagnostics = [d];
      action.command = {
        title: LIVE_CHECK_TITLE,
        command: CommandIds.checkLive,
        arguments: [document.uri, finding.fingerprint],
      };
      actions.push(action);
    }
    return actions;
  }
}

/** The command: the finding given (code action) or under the cursor (palette). Resolves to the answer. */
export async function checkLiveCommand(
  scanner: DocumentScanner,
  checks: LiveChecks,
  uri?: vscode.Uri,
  fingerprint?: string,
): Promise<Verification | undefined> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(
      'AI Secret Guard: live checks are disabled in untrusted workspaces (they send the secret to its provider).',
    );
    return undefined;
  }
  const editor = vscode.window.activeTextEditor;
  const document = uri ? await vscode.workspace.openTextDocument(uri) : editor?.document;
  if (!document) return undefined;
  const findings = scanner.get(document.uri)?.findings ?? [];
  const offset = !fingerprint && editor?.document === document ? document.offsetAt(editor.selection.active) : -1;
  const finding = findings.find((f) =>
    fingerprint ? f.fingerprint === fingerprint : f.start <= offset && offset <= f.end,
  );
  if (!finding || !checks.canCheck(finding.ruleId)) {
    void vscode.window.showInformationMessage('AI Secret Guard: no secret that can be checked here.');
    return undefined;
  }
  const v = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: 'Checking whether the secret is live' },
    () => checks.check(document, finding, findings),
  );
  if (v) void announce(v);
  return v;
}

async function announce(v: Verification): Promise<void> {
  const message = `AI Secret Guard: ${v.provider} — ${describeVerification(v)}.`;
  if (v.status !== 'live') return void vscode.window.showInformationMessage(message);
  const choice = await vscode.window.showWarningMessage(`${message} Rotate it now.`, 'Open rotation page');
  if (choice) await vscode.env.openExternal(vscode.Uri.parse(v.rotation));
}
