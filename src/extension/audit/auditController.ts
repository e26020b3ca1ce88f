import * as vscode from 'vscode';
import type { Publish } from '../../core/fingerprint';
import type { GitleaksAllowlist } from '../../scan/gitleaks';
import type { Acceptor } from '../diagnostics/findingsIntake';
import { formatEvidence } from '../../core/report/evidence';
import { formatJson } from '../../core/report/json';
import { ruleLookup, type HistoryScope } from '../../core/report/model';
import { formatSarif } from '../../core/report/sarif';
import { INFORMATION_URI } from '../../core/toolInfo';
import { baselineUriOf } from '../baseline/baselineStore';
import type { Settings } from '../config';
import type { Engine } from '../engine';
import type { ExposureRow } from '../exclusions/exclusionController';
import type { Log } from '../log';
import { AuditDiagnostics } from './auditDiagnostics';
import { runAudit, type AuditProgress, type AuditResult } from './auditRunner';
import { commitFileUri, registerCommitContent } from './commitContent';
import { runHistoryAudit } from './historyAudit';
import type { ExportFormat } from './protocol';
import { AuditReportPanel } from './reportPanel';
import { buildAuditView, findingById } from './viewModel';
import { extensionBundleOf } from '../extensionBundle';

export interface AuditControllerDeps {
  readonly extensionUri: vscode.Uri;
  readonly version: string;
  readonly engine: () => Engine;
  readonly settings: () => Settings;
  readonly isBaselined: (folder: vscode.WorkspaceFolder, identity: string) => boolean;
  readonly publisher: (folder: vscode.WorkspaceFolder) => Publish;
  /** What the live scan does not report in an open document (baseline, gitleaks allowlist). */
  /** What the team accepted among one document's findings (baseline, gitleaks allowlist). */
  readonly acceptorFor: (document: vscode.TextDocument) => Acceptor | undefined;
  readonly gitleaks: (folder: vscode.WorkspaceFolder) => GitleaksAllowlist | undefined;
  readonly exposure: () => Promise<readonly ExposureRow[]>;
  readonly aiInsertFindings: () => number;
  readonly log: Log;
}

export interface AuditRequest {
  /** Open the report when done (default true). */
  readonly showReport?: boolean;
  /** Also scan the git history of the folders' repositories. */
  readonly history?: boolean;
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
  private readonly commitContent = registerCommitContent();
  readonly diagnostics: AuditDiagnostics;
  readonly panel: AuditReportPanel;
  /** Fires as files are scanned. */
  readonly onDidProgress = this.progressEmitter.event;

  constructor(private readonly deps: AuditControllerDeps) {
    this.diagnostics = new AuditDiagnostics(deps.engine, deps.settings, deps.acceptorFor);
    this.panel = new AuditReportPanel(deps.extensionUri, {
      open: (id) => void this.reveal(id),
      openAtCommit: (id) => void this.openAtCommit(id),
      export: (format) => void this.export(format),
      rerun: () => void this.run({ history: this.last?.history !== undefined }),
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
        void vscode.window.showErrorMessage(
          `AI Secret Guard: the audit failed: ${(e as Error).message}. See the log for details.`,
        );
        return undefined;
      })
      .finally(() => (this.running = undefined));
    return this.running;
  }

  private async runOnce(request: AuditRequest): Promise<AuditResult | undefined> {
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
    if (folders.length === 0) {
      void vscode.window.showWarningMessage(
        'AI Secret Guard: the audit needs a workspace folder on disk. Open a folder first.',
      );
      return undefined;
    }
    const result = await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: `AI Secret Guard: auditing the workspace${request.history ? ' and its git history' : ''}`,
        cancellable: true,
      },
      async (progress, token) => {
        const source = new vscode.CancellationTokenSource();
        const links = [
          token.onCancellationRequested(() => source.cancel()),
          request.cancellation?.onCancellationRequested(() => source.cancel()),
        ];
        if (request.cancellation?.isCancellationRequested) source.cancel();
        let reported = 0;
        try {
          const files = await runAudit(
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
              workerScript: extensionBundleOf(this.deps.extensionUri),
            },
            (p) => {
              const percent = p.total ? (p.done / p.total) * 100 : 0;
              progress.report({ message: `${p.done} of ${p.total} files`, increment: percent - reported });
              reported = percent;
              this.progressEmitter.fire(p);
            },
            source.token,
          );
          if (!request.history || files.cancelled) return files;
          return { ...files, history: await this.auditHistory(files, folders, progress, source.token) };
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
    const h = result.history;
    if (h)
      this.deps.log.info(
        `audit history: ${h.scopes.reduce((n, s) => n + s.commitsScanned, 0)} commit(s), ${h.onlyInHistory.length} secret(s) only in history${h.cancelled ? ' (cancelled: partial)' : ''}`,
      );
    if (request.showReport !== false) this.panel.show(view);
    return result;
  }

  /** The history pass: commits counted in the same notification, cancelled by the same token. */
  private async auditHistory(
    files: AuditResult,
    folders: readonly vscode.WorkspaceFolder[],
    progress: vscode.Progress<{ message?: string; increment?: number }>,
    token: vscode.CancellationToken,
  ) {
    let shown = 0;
    return runHistoryAudit(
      {
        settings: this.deps.settings(),
        isBaselined: this.deps.isBaselined,
        publisher: this.deps.publisher,
        gitleaks: this.deps.gitleaks,
        version: this.deps.version,
        workerScript: extensionBundleOf(this.deps.extensionUri),
      },
      folders,
      files.report.findings,
      (done, total) => {
        // A notification per commit would flood the window on a long history.
        const now = performance.now();
        if (now - shown < 100 && done !== total) return;
        shown = now;
        progress.report({ message: `git history: ${done}${total ? ` of ${total}` : ''} commits` });
        this.progressEmitter.fire({ done, total: total ?? done, unit: 'commits' });
      },
      token,
    );
  }

  /** Writes an export of the last audit to `target` (or where the user picks); the file's URI, or undefined. */
  async export(format: ExportFormat, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const result = this.last ?? (await this.run({ showReport: false }));
    if (!result) return undefined;
    const folder = result.folders[0]!;
    const file = EXPORT_FILES[format];
    const uri =
      target ??
      (await vscode.window.showSaveDialog({
        defaultUri: vscode.Uri.joinPath(folder.uri, file.name),
        filters: file.filter,
        title: `Export the audit (${format})`,
      }));
    if (!uri) return undefined;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(this.render(format, result)));
    this.deps.log.info(`audit exported (${format}) to ${vscode.workspace.asRelativePath(uri)}`);
    if (!target) {
      void vscode.window
        .showInformationMessage(`AI Secret Guard: wrote ${vscode.workspace.asRelativePath(uri)}.`, 'Open')
        .then((c) => {
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
          scope:
            'every file of the workspace folders on disk, .gitignore and aiSecretGuard.exclude honoured (unsaved editor changes are not included)',
          ...(result.exposure
            ? { exposure: result.exposure }
            : { exposureNote: 'the audit was cancelled before it got there' }),
          facts: [
            `${result.aiInsertFindings} secret(s) arrived through AI, bulk or pasted inserts in this editor session.`,
            ...(result.allowedFiles
              ? [`${result.allowedFiles} file(s) not scanned: the repository's gitleaks allowlist allows their paths.`]
              : []),
            ...(result.allowedFindings
              ? [`${result.allowedFindings} finding(s) allowed by the repository's gitleaks allowlist.`]
              : []),
            ...(result.history?.notes ?? []).map((n) => `${n}.`),
            ...(result.history?.cancelled ? ['The git history scan was cancelled: it is partial.'] : []),
          ],
          ...(result.history
            ? { history: { scope: mergedScope(result.history.scopes), onlyInHistory: result.history.onlyInHistory } }
            : {}),
        });
    }
  }

  private async reveal(id: number): Promise<void> {
    const result = this.last;
    const finding = result && findingById(result.report, id);
    const uri = finding && result.uriOf(finding.path);
    if (!finding || !uri) return;
    const range = new vscode.Range(
      finding.startLine - 1,
      finding.startColumn - 1,
      finding.endLine - 1,
      finding.endColumn - 1,
    );
    await vscode.window.showTextDocument(uri, { selection: range, viewColumn: vscode.ViewColumn.One });
  }

  /** Opens a history finding of the last audit (by its index) in its file as it was at its commit, at the secret. */
  async openAtCommit(id: number): Promise<void> {
    const h = this.last?.history;
    const finding = h?.onlyInHistory[id];
    const where = h?.locations[id];
    if (!finding || !where) return;
    const range = new vscode.Range(
      finding.startLine - 1,
      finding.startColumn - 1,
      finding.endLine - 1,
      finding.endColumn - 1,
    );
    await vscode.window.showTextDocument(commitFileUri(where.root, where.commit, where.path), {
      selection: range,
      viewColumn: vscode.ViewColumn.One,
      preview: true,
    });
  }

  dispose(): void {
    this.commitContent.dispose();
    this.diagnostics.dispose();
    this.panel.dispose();
    this.progressEmitter.dispose();
  }
}

/** The history scopes of several repositories as one, for the evidence block. */
function mergedScope(scopes: readonly HistoryScope[]): HistoryScope {
  const unreachable = scopes.map((s) => s.unreachable).filter(Boolean);
  return {
    revisions: '--all',
    commitsScanned: scopes.reduce((n, s) => n + s.commitsScanned, 0),
    submodules: scopes.flatMap((s) => s.submodules),
    repositoryUri: scopes[0]?.repositoryUri ?? '',
    ...(unreachable.length ? { unreachable: unreachable.join('; ') } : {}),
  };
}
