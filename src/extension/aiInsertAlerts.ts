import * as vscode from 'vscode';
import { allowLineEdit } from './codeActions/allowAction';
import type { Escalation } from './diagnostics/documentScanner';
import { changeKindLabel } from './diagnostics/toDiagnostic';
import type { Engine } from './engine';

/**
 * A warning, with actions, when secrets arrive through an AI, bulk or pasted insert: the moment an
 * assistant scaffolds a hard-coded key is the moment to stop it. One notification per insert.
 */
export async function alertEscalation(e: Escalation, engine: Engine): Promise<void> {
  const first = e.findings[0]!;
  const names = [...new Set(e.findings.map((f) => engine.rule(f.ruleId)?.title ?? f.ruleId))];
  const message =
    e.findings.length === 1
      ? `A ${names[0]} (${first.preview}) just arrived in ${changeKindLabel(e.kind)}. Keep it out of the code: move it to an environment variable or secret manager, and rotate it if it is real.`
      : `${e.findings.length} secrets (${names.join(', ')}) just arrived in ${changeKindLabel(e.kind)}. Keep them out of the code and rotate any that are real.`;
  const choice = await vscode.window.showWarningMessage(message, 'Show', 'Fix…', 'Allow');
  if (!choice) return;
  const range = new vscode.Range(e.document.positionAt(first.start), e.document.positionAt(first.end));
  if (choice === 'Allow') {
    const lines = [...new Set(e.findings.map((f) => e.document.positionAt(f.start).line))].sort((a, b) => b - a);
    const edit = new vscode.WorkspaceEdit();
    for (const line of lines) {
      const one = allowLineEdit(e.document, line);
      if (one)
        for (const [uri, edits] of one.entries()) for (const te of edits) edit.replace(uri, te.range, te.newText);
    }
    await vscode.workspace.applyEdit(edit);
    return;
  }
  const editor = await vscode.window.showTextDocument(e.document, { selection: range, preserveFocus: false });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  if (choice === 'Fix…') await vscode.commands.executeCommand('editor.action.quickFix');
}
