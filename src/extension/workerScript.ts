import * as vscode from 'vscode';

/**
 * The script the extension's scan workers run (the live diagnostics' document worker and the
 * audit's thread pool): the extension's own bundle, whose entry (main.ts) runs the worker when
 * loaded on a worker thread.
 */
export function workerScriptOf(extensionUri: vscode.Uri): string {
  return vscode.Uri.joinPath(extensionUri, 'dist', 'extension.js').fsPath;
}
