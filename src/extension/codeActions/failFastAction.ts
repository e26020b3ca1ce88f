import * as vscode from 'vscode';
import { failFastFix } from '../../core/fixes/failFast';
import { ruleIdOf } from './fixContext';

/** The rules whose findings are fallbacks of an environment read. */
const FALLBACK_RULES = new Set(['generic-env-fallback-secret', 'generic-env-default-secret']);

/**
 * "Fail fast instead of falling back": offered on a literal used as an environment variable's
 * fallback; the edit is built here (it touches only the document), preferred over moving the value.
 */
export class FailFastActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    let text: string | undefined;
    for (const d of context.diagnostics) {
      const ruleId = ruleIdOf(d);
      if (!ruleId || !FALLBACK_RULES.has(ruleId)) continue;
      text ??= document.getText();
      const fix = failFastFix(text, document.offsetAt(d.range.start), document.offsetAt(d.range.end), {
        languageId: document.languageId,
        path: document.uri.path,
      });
      const action = new vscode.CodeAction(
        fix.ok ? `Fail fast instead of falling back (require ${fix.name})` : 'Fail fast instead of falling back',
        vscode.CodeActionKind.QuickFix,
      );
      action.diagnostics = [d];
      if (fix.ok) {
        const edit = new vscode.WorkspaceEdit();
        for (const e of fix.edits)
          edit.replace(
            document.uri,
            new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)),
            e.newText,
          );
        action.edit = edit;
        action.isPreferred = true;
      } else {
        action.disabled = { reason: fix.reason };
      }
      actions.push(action);
    }
    return actions;
  }
}
