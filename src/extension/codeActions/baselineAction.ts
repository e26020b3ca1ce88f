import * as vscode from 'vscode';
import type { Finding } from '../../core/finding';
import type { BaselineStore } from '../baseline/baselineStore';
import { CommandIds } from '../commandIds';
import type { DocumentScanner } from '../diagnostics/documentScanner';
import type { Log } from '../log';
import { fixContextOf, ruleIdOf } from './fixContext';

/** The finding a diagnostic of ours stands for. */
export function findingOf(
  document: vscode.TextDocument,
  d: vscode.Diagnostic,
  scanner: DocumentScanner,
): Finding | undefined {
  const ruleId = ruleIdOf(d);
  if (!ruleId) return undefined;
  const start = document.offsetAt(d.range.start);
  const end = document.offsetAt(d.range.end);
  return scanner.get(document.uri)?.findings.find((f) => f.ruleId === ruleId && f.start === start && f.end === end);
}

/** "Add to baseline": accepts a reviewed finding in the file the CLI's `--baseline` reads too. */
export class BaselineActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly scanner: DocumentScanner) {}

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    if (!fixContextOf(document)) return [];
    const actions: vscode.CodeAction[] = [];
    for (const d of context.diagnostics) {
      const finding = findingOf(document, d, this.scanner);
      if (!finding) continue;
      const action = new vscode.CodeAction(
        'Add to baseline (accept this finding after review)',
        vscode.CodeActionKind.QuickFix,
      );
      action.diagnostics = [d];
      action.command = {
        title: action.title,
        command: CommandIds.addToBaseline,
        arguments: [document.uri, [finding.fingerprint]],
      };
      actions.push(action);
    }
    return actions;
  }
}

/** Writes the document's findings with these fingerprints to its folder's baseline. */
export async function addFindingsToBaseline(
  uri: vscode.Uri,
  fingerprints: readonly string[],
  scanner: DocumentScanner,
  store: BaselineStore,
  log: Log,
): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(uri);
  const context = fixContextOf(document);
  if (!context) {
    void vscode.window.showErrorMessage('AI Secret Guard: only files inside a workspace folder have a baseline.');
    return false;
  }
  const wanted = new Set(fingerprints);
  const findings = (scanner.get(uri)?.findings ?? []).filter((f) => wanted.has(f.fingerprint));
  if (findings.length === 0) return false;
  const path = vscode.workspace.asRelativePath(vscode.Uri.file(context.path), false);
  try {
    const file = await store.add(
      context.folder,
      findings.map((f) => ({ identity: f.fingerprint, ruleId: f.ruleId, path, preview: f.preview })),
    );
    log.info(`baselined ${findings.length} finding(s) of ${path} in ${vscode.workspace.asRelativePath(file)}`);
    return true;
  } catch (e) {
    const reason = (e as Error).message;
    log.warn(`add to baseline refused: ${reason}`);
    void vscode.window.showErrorMessage(
      `AI Secret Guard: the finding was not added to the baseline, because ${reason}.`,
    );
    return false;
  }
}
