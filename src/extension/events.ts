import * as vscode from 'vscode';
import { alertEscalation } from './aiInsertAlerts';
import { SECTION } from './config';
import type { Escalation } from './diagnostics/documentScanner';
import type { Services } from './services';

function rescanWithNewSettings(s: Services): void {
  s.reload();
  s.scanner.rescanAll();
}

function onEscalation(s: Services, e: Escalation): void {
  s.aiInserts.add(e.findings.length);
  if (s.settings().notifyOnAiInsert)
    void alertEscalation(e, s.engine()).catch((err: unknown) => s.log.error('AI-insert alert failed', err));
}

/** Documents opening, changing and closing; settings, trust, baseline and allowlist changes. */
export function registerEvents(context: vscode.ExtensionContext, s: Services): void {
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((d) => {
      s.scanner.handleOpen(d);
      s.audit.diagnostics.handleOpen(d);
    }),
    vscode.workspace.onDidChangeTextDocument((e) => s.scanner.handleChange(e)),
    vscode.workspace.onDidCloseTextDocument((d) => {
      s.scanner.handleClose(d);
      s.audit.diagnostics.handleClose(d);
    }),
    vscode.window.onDidChangeActiveTextEditor(() => s.statusBar.update()),
    s.scanner.onDidUpdate(() => s.statusBar.update()),
    s.scanner.onDidEscalate((e) => onEscalation(s, e)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SECTION)) rescanWithNewSettings(s);
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => rescanWithNewSettings(s)),
    s.baseline.onDidChange(() => s.scanner.rescanAll()),
    s.gitleaks.onDidChange(() => s.scanner.rescanAll()),
  );
}
