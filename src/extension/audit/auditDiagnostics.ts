import * as vscode from 'vscode';
import type { ReportedFinding } from '../../core/report/model';
import type { Settings } from '../config';
import { notAccepted, type Acceptor } from '../diagnostics/findingsIntake';
import { secretDiagnostic } from '../diagnostics/toDiagnostic';
import type { Engine } from '../engine';
import type { AuditResult } from './auditRunner';

/**
 * The audit's findings in the Problems panel, for files that are not open: an open file's
 * diagnostics come from the live scan, so its audit entries are dropped when it opens, and when it
 * closes its last text is scanned once more so the Problems panel keeps it.
 */
export class AuditDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('ai-secret-guard-audit');
  /** Files the last audit covered (keys: URI strings). */
  private covered = new Set<string>();

  constructor(
    private readonly engine: () => Engine,
    private readonly settings: () => Settings,
    private readonly acceptorFor: (document: vscode.TextDocument) => Acceptor | undefined,
  ) {}

  show(result: AuditResult): void {
    this.collection.clear();
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    const byUri = new Map<string, { uri: vscode.Uri; findings: ReportedFinding[] }>();
    for (const f of result.report.findings) {
      const uri = result.uriOf(f.path);
      if (!uri) continue;
      const entry = byUri.get(uri.toString()) ?? { uri, findings: [] };
      entry.findings.push(f);
      byUri.set(uri.toString(), entry);
    }
    this.covered = new Set(byUri.keys());
    for (const [key, { uri, findings }] of byUri) {
      if (open.has(key)) continue;
      const diagnostics = findings.flatMap((f) => {
        const range = new vscode.Range(f.startLine - 1, f.startColumn - 1, f.endLine - 1, f.endColumn - 1);
        return secretDiagnostic(range, f, this.engine(), this.settings()) ?? [];
      });
      this.collection.set(uri, diagnostics);
    }
  }

  handleOpen(document: vscode.TextDocument): void {
    this.collection.delete(document.uri);
  }

  handleClose(document: vscode.TextDocument): void {
    if (!this.covered.has(document.uri.toString())) return;
    const findings = notAccepted(
      this.engine().detector.scan(document.getText(), { path: vscode.workspace.asRelativePath(document.uri, false) }),
      this.acceptorFor(document),
    );
    const diagnostics = findings.flatMap(
      (f) =>
        secretDiagnostic(
          new vscode.Range(document.positionAt(f.start), document.positionAt(f.end)),
          f,
          this.engine(),
          this.settings(),
        ) ?? [],
    );
    this.collection.set(document.uri, diagnostics);
  }

  dispose(): void {
    this.collection.dispose();
  }
}
