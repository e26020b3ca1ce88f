import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, HIDDEN_NOTICE_CODE } from '../diagnostics/toDiagnostic';

/** Where a document's fixes write: its workspace folder, and the path its language decisions use. */
export interface FixContext {
  readonly folder: vscode.WorkspaceFolder;
  /** The file's path, or for a notebook cell the notebook's: workflows, `.tf` and `.env` are told apart by path. */
  readonly path: string;
}

/** The notebook a cell document belongs to. */
function notebookOf(document: vscode.TextDocument): vscode.NotebookDocument | undefined {
  if (document.uri.scheme !== 'vscode-notebook-cell') return undefined;
  return vscode.workspace.notebookDocuments.find((nb) => nb.getCells().some((cell) => cell.document === document));
}

/**
 * The fix context of a document inside a workspace folder (a notebook cell counts as inside its
 * notebook's; an untitled buffer as inside the first folder, whose `.env` it would be saved next to).
 */
export function fixContextOf(document: vscode.TextDocument): FixContext | undefined {
  const uri = notebookOf(document)?.uri ?? document.uri;
  const folder =
    uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0] : vscode.workspace.getWorkspaceFolder(uri);
  return folder && { folder, path: uri.path };
}

/** The rule id a diagnostic of ours carries in its code. */
export function ruleIdOf(d: vscode.Diagnostic): string | undefined {
  // The notice of a capped document (how many more were found) is ours but no finding.
  if (d.source !== DIAGNOSTIC_SOURCE || d.code === HIDDEN_NOTICE_CODE) return undefined;
  const code = d.code;
  return typeof code === 'object' && code !== null ? String(code.value) : typeof code === 'string' ? code : undefined;
}

/** One of our diagnostics a fix can act on: its rule is known, its range is in offsets. */
export interface FixTarget {
  readonly diagnostic: vscode.Diagnostic;
  readonly ruleId: string;
  readonly start: number;
  readonly end: number;
  readonly fixContext: FixContext;
  /** The document's text (read once for all targets). */
  readonly text: string;
}

/** Our diagnostics among `diagnostics` whose rule `ruleById` knows, in a document inside a workspace folder. */
export function fixTargetsOf(
  document: vscode.TextDocument,
  diagnostics: readonly vscode.Diagnostic[],
  ruleById: (id: string) => unknown,
): FixTarget[] {
  const fixContext = fixContextOf(document);
  if (!fixContext) return [];
  let text: string | undefined;
  const targets: FixTarget[] = [];
  for (const diagnostic of diagnostics) {
    const ruleId = ruleIdOf(diagnostic);
    if (!ruleId || !ruleById(ruleId)) continue;
    text ??= document.getText();
    targets.push({
      diagnostic,
      ruleId,
      start: document.offsetAt(diagnostic.range.start),
      end: document.offsetAt(diagnostic.range.end),
      fixContext,
      text,
    });
  }
  return targets;
}
