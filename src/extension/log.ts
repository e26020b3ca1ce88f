import * as vscode from 'vscode';

/**
 * The extension's one log channel. Callers log ids, counts, paths and timings only: never text
 * from a document, so no secret can reach it.
 */
export interface Log {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
  show(): void;
}

export function createLog(): Log & vscode.Disposable {
  const channel = vscode.window.createOutputChannel('AI Secret Guard', { log: true });
  return {
    info: (m) => channel.info(m),
    warn: (m) => channel.warn(m),
    error: (m, e) => channel.error(e instanceof Error ? `${m}: ${e.name}: ${e.message}` : m),
    show: () => channel.show(true),
    dispose: () => channel.dispose(),
  };
}
