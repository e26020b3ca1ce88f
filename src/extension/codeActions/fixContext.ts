import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../diagnostics/toDiagnostic';

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
  const folder = uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0] : vscode.workspace.getWorkspaceFolder(uri);
  return folder && { folder, path: uri.path };
}

/** The rule id a diagnostic of ours carries in its code. */
export function ruleIdOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = d.code;
  return typeof code === 'object' && code !== null ? String(code.value) : typeof code === 'string' ? code : undefined;
}
