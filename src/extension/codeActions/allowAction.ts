import * as vscode from 'vscode';
import { allowCommentSuffix } from '../../core/fixes/commentSyntax';
import { DIAGNOSTIC_SOURCE, HIDDEN_NOTICE_CODE } from '../diagnostics/toDiagnostic';

/** Ours and about a secret (not the notice of a capped document). */
const isOurs = (d: vscode.Diagnostic) => d.source === DIAGNOSTIC_SOURCE && d.code !== HIDDEN_NOTICE_CODE;

/** The edit that appends an allow comment to `line`, or undefined where the language has no comments. */
export function allowLineEdit(document: vscode.TextDocument, line: number): vscode.WorkspaceEdit | undefined {
  const suffix = allowCommentSuffix(document.languageId);
  if (!suffix) return undefined;
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, document.lineAt(line).range.end, suffix);
  return edit;
}

/** "Allow on this line": appends the suppression comment in the file's own comment syntax. */
export class AllowActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const lines = new Set(context.diagnostics.filter(isOurs).map((d) => d.range.start.line));
    const actions: vscode.CodeAction[] = [];
    for (const line of lines) {
      const edit = allowLineEdit(document, line);
      if (!edit) continue;
      const action = new vscode.CodeAction(
        'Allow this secret on this line (ai-secret-guard:allow)',
        vscode.CodeActionKind.QuickFix,
      );
      action.edit = edit;
      action.diagnostics = context.diagnostics.filter((d) => isOurs(d) && d.range.start.line === line);
      actions.push(action);
    }
    return actions;
  }
}
