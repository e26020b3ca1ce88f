import * as vscode from 'vscode';
import type { Publish } from '../../core/fingerprint';
import type { GitleaksAllowlist } from '../../scan/gitleaks';
import type { Finding } from '../../core/finding';
import { formatEvidence } from '../../core/report/evidence';
import { formatJson } from '../../core/report/json';
import { ruleLookup } from '../../core/report/model';
import { formatSarif } from '../../core/report/sarif';
import { INFORMATION_URI } from '../../core/toolInfo';
import { baselineUriOf } from '../baseline/baselineStore';
import type { Settings } from '../config';
import type { Engine } from '../engine';
import type { ExposureRow } from '../exclusions/exclusionController';
import type { Log } from '../log';
import { AuditDiagnostics } from './auditDiagnostics';
import { runAudit, type AuditProgress, type AuditResult } from './auditRunner';
import type { ExportFormat } from './protocol';
import { AuditReportPanel } from './reportPanel';
import { buildAuditView, findingById } from './viewModel';

export interface AuditControllerDeps {
  readonly extensionUri: vscode.Uri;
  readonly version: string;
  readonly engine: () => Engine;
  readonly settings: () => Settings;
  readonly isBaselined: (folder: vscode.WorkspaceFolder, identity: string) => boolean;
  readonly publisher: (folder: vscode.WorkspaceFolder) => Publish;
  /** What the live scan does not report in an open document (baseline, gitleaks allowlist). */
  readonly isAccepted: (document: vscode.TextDocument, finding: Finding) => boolean;
  readonly gitleaks: (folder: vscode.WorkspaceFolder) => GitleaksAllowlist | undefined;
  readonly exposure: () => Promise<readonly ExposureRow[]>;
  readonly aiInsertFindings: () => number;
  readonly log: Log;
}

export interface AuditRequest {
  /** Open the report when done (default true). */
  readonly showReport?: boolean;
  /** Cancels like the notification's Cancel button (tests, other extensions). */
  readonly cancellation?: vscode.CancellationToken;
}

const EXPORT_FILES: Readonly<Record<ExportFormat, { name: string; filter: Record<string, string[]> }>> = {
  sarif: { name: 'ai-secret-guard.sarif', filter: { SARIF: ['sarif', 'json'] } },
  json: { name: 'ai-secret-guard-report.json', filter: { JSON: ['json'] } },
  evidence: { name: 'ai-secret-guard-evidence.md', filter: { Markdown: ['md'] } },
};

/**
 * "Audit Workspace": the scan with progress and cancellation, the Problems entries, the report
 * webview and the exports (SARIF, JSON, PR evidence). Exports hold redacted previews only.
 */
export class AuditController implements vscode.Disposable {
  private last: AuditResult | undefined;
  private running: Promise<AuditResult | undefined> | undefined;
  private readonly progressEmitter = new vscode.EventEmitter<AuditProgress>();
  readonly diagnostics: AuditDiagnostics;
  readonly panel: AuditReportPanel;
  /** Fires as files are scanned. */
  readonly onDidProgress = this.progressEmitter.event;

  constructor(private readonly deps: AuditControllerDeps) {
    this.diagnostics = new AuditDiagnostics(deps.engine, deps.settings, deps.isAccepted);
    this.panel = new AuditReportPanel(deps.extensionUri, {
      open: (id) => void this.reveal(id),
      export: (format) => void this.export(format),
      rerun: () => void this.run(),
    });
  }

  get lastResult(): AuditResult | undefined {
    return this.last;
  }

  /** Runs the audit (or joins the one running) and returns its result; undefined with no local folder. */
  run(request: AuditRequest = {}): Promise<AuditResult | undefined> {
    this.running ??= this.runOnce(request)
      .catch((e: unknown) => {
        // A worker that died or a folder that vanished: say so, keep the previous result.
        this.deps.log.error('audit failed', e);
        void vscode.window.showErrorMessage(`AI Secret Guard: the audit failed: ${(e as Error).message}. See the log for details.`);
        return undefined;
      })
      .finally(() => (this.running = undefined));
    return this.running;
  }

  private async runOnce(request: AuditRequest): Promise<AuditResult | undefined> {
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
    if (folders.length === 0) {
      void vscode.window.showWarningMessage('AI Secret Guard: the audit needs a workspace folder on disk. Open a folder first.');
      return undefined;
    }
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'AI Secret Guard: auditing the workspace', cancellable: true },
      async (progress, token) => {
        const source = new vscode.CancellationTokenSource();
        const links = [token.onCancellationRequested(() => source.cancel()), request.cancellation?.onCancellationRequested(() => source.cancel())];
        if (request.cancellation?.isCancellationRequested) source.cancel();
        let reported = 0;
        try {
          return await runAudit(
            {
              settings: this.deps.settings(),
              engine: this.deps.engine(),
              isBaselined: this.deps.isBaselined,
              publisher: this.deps.publisher,
              gitleaks: this.deps.gitleaks,
              exposure: this.deps.exposure,
              aiInsertFindings: this.deps.aiInsertFindings(),
              version: this.deps.version,
              baselineFile: vscode.workspace.asRelativePath(baselineUriOf(folders[0]!), false),
              workerScript: vscode.Uri.joinPath(this.deps.extensionUri, 'dist', 'scanWorker.js').fsPath,
            },
            (p) => {
              const percent = p.total ? (p.done / p.total) * 100 : 0;
              progress.report({ message: `${p.done} of ${p.total} files`, increment: percent - reported });
              reported = percent;
              this.progressEmitter.fire(p);
            },
            source.token,
          );
        } finally {
          for (const l of links) l?.dispose();
          source.dispose();
        }
      },
    );
    this.last = result;
    this.diagnostics.show(result);
    const view = buildAuditView({ ...result, rules: ruleLookup(this.deps.engine().rules) });
    const r = result.report;
    this.deps.log.info(
      `audit: ${r.findings.length} finding(s) in ${r.filesScanned} file(s), ${r.skipped.length} skipped, ${r.baselined} baselined, ${Math.round(r.durationMs)} ms${result.cancelled ? ' (cancelled: partial)' : ''}`,
    );
    if (request.showReport !== false) this.panel.show(view);
    return result;
  }

  /** Writes an export of the last audit to `target` (or where the user picks); the file's URI, or undefined. */
  async export(format: ExportFormat, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const result = this.last ?? (await this.run({ showReport: false }));
    if (!result) return undefined;
    const folder = result.folders[0]!;
    const file = EXPORT_FILES[format];
    const uri = target ?? (await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(folder.uri, file.name), filters: file.filter, title: `Export the audit (${format})` }));
    if (!uri) return undefined;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(this.render(format, result)));
    this.deps.log.info(`audit exported (${format}) to ${vscode.workspace.asRelativePath(uri)}`);
    if (!target) {
      void vscode.window.showInformationMessage(`AI Secret Guard: wrote ${vscode.workspace.asRelativePath(uri)}.`, 'Open').then((c) => {
        if (c) void vscode.window.showTextDocument(uri);
      });
    }
    return uri;
  }

  render(format: ExportFormat, result: AuditResult): string {
    const rules = this.deps.engine().rules;
    switch (format) {
      case 'sarif':
        return formatSarif(result.report, ruleLookup(rules), INFORMATION_URI);
      case 'json':
        return formatJson(result.report, ruleLookup(rules));
      case 'evidence':
        return formatEvidence({
          report: result.report,
          rules,
          roots: result.folders.map((f) => f.name),
          scope: 'every file of the workspace folders on disk, .gitignore and aiSecretGuard.exclude honoured (unsaved editor changes are not included)',
          ...(result.exposure ? { exposure: result.exposure } : { exposureNote: 'the audit was cancelled before it got there' }),
          facts: [
            `${result.aiInsertFindings} secret(s) arrived through AI, bulk or pasted inserts in this editor session.`,
            ...(result.allowedFiles ? [`${result.allowedFiles} file(s) not scanned: the repository's gitleaks allowlist allows their paths.`] : []),
            ...(result.allowedFindings ? [`${result.allowedFindings} finding(s) allowed by the repository's gitleaks allowlist.`] : []),
          ],
        });
    }
  }

  private async reveal(id: number): Promise<void> {
    const result = this.last;
    const finding = result && findingById(result.report, id);
    const uri = finding && result.uriOf(finding.path);
    if (!finding || !uri) return;
    const range = new vscode.Range(finding.startLine - 1, finding.startColumn - 1, finding.endLine - 1, finding.endColumn - 1);
    await vscode.window.showTextDocument(uri, { selection: range, viewColumn: vscode.ViewColumn.One });
  }

  dispose(): void {
    this.diagnostics.dispose();
    this.panel.dispose();
    this.progressEmitter.dispose();
  }
}
