import path from 'node:path';

let chosen: string | undefined;

/**
 * The script scan threads run when the caller names none: dist/scanWorker.js beside this module
 * (the CLI's bundle and the compiled tests), or the bundle that set itself with
 * `setDefaultWorkerScript` (the extension's bundle running as the CLI: the VSIX ships no other).
 */
export function defaultWorkerScript(): string {
  return chosen ?? path.join(__dirname, 'scanWorker.js');
}

export function setDefaultWorkerScript(script: string): void {
  chosen = script;
}
