import * as vscode from 'vscode';

/**
 * The extension's own bundle (dist/extension.js): the script of its scan workers (the live
 * diagnostics' document worker and the audit's thread pool) and, run as a script, the CLI its
 * agent-hook commands use (src/bundles/extensionBundle.ts chooses which as it loads).
 */
export function extensionBundleOf(extensionUri: vscode.Uri): string {
  return vscode.Uri.joinPath(extensionUri, 'dist', 'extension.js').fsPath;
}
