import * as vscode from 'vscode';
import { isSameInsertion } from '../core/changeKind';
import type { Finding } from '../core/finding';
import { alertEscalation } from './aiInsertAlerts';
import { AuditController } from './audit/auditController';
import type { ExportFormat } from './audit/protocol';
import { BaselineStore } from './baseline/baselineStore';
import { AllowActionProvider, allowLineEdit } from './codeActions/allowAction';
import { addFindingsToBaseline, BaselineActionProvider } from './codeActions/baselineAction';
import { EnvFixActionProvider, replaceWithEnv, type EnvFixOptions } from './codeActions/envFixAction';
import { FailFastActionProvider } from './codeActions/failFastAction';
import { FixAllActionProvider, moveAllToEnv } from './codeActions/fixAllAction';
import { fixContextOf } from './codeActions/fixContext';
import { replaceWithSecretManager, SecretManagerActionProvider, type SecretManagerFixOptions } from './codeActions/secretManagerAction';
import { CommandIds } from './commandIds';
import { readSettings, SECTION, type Settings } from './config';
import { DocumentScanner } from './diagnostics/documentScanner';
import { createEngine, type Engine } from './engine';
import { ExclusionController } from './exclusions/exclusionController';
import type { SyncRequest } from './exclusions/syncExclusions';
import { createHoverProvider } from './hover';
import { GitleaksStore } from './gitleaksStore';
import { createLog } from './log';
import { openSample } from './sampleDocument';
import { SECRET_CHECK_TOOL, SecretCheckTool } from './secretCheckTool';
import { StatusBar } from './statusBar';

/** What tests (and other extensions) can reach through `extension.exports`. */
export interface ExtensionApi {
  readonly scanner: DocumentScanner;
  /** Secrets that arrived through AI, bulk or pasted inserts this session. */
  readonly aiInsertCount: () => number;
  /** Folder of the extension's log files (the log channel writes there). */
  readonly logUri: vscode.Uri;
  /** AI-context exclusions: exposure state, sync, open-tab guard. */
  readonly exclusions: ExclusionController;
  /** The workspace audit: run, last result, report panel, exports. */
  readonly audit: AuditController;
  /** The repository's gitleaks allowlists, as the editor and the audit apply them. */
  readonly gitleaks: GitleaksStore;
}

/** The one place everything is wired; every disposable goes into `context.subscriptions`. */
export function activate(context: vscode.ExtensionContext): ExtensionApi {
  const started = performance.now();
  const log = createLog();
  const diagnostics = vscode.languages.createDiagnosticCollection('ai-secret-guard');
  let settings: Settings = readSettings();
  const warnOnce = (message: string) => void vscode.window.showWarningMessage(message);
  let engine: Engine = createEngine(settings, log, warnOnce);
  const baseline = new BaselineStore(log);
  const gitleaks = new GitleaksStore(log);

  // What the team already accepted: one answer for the live scan and the audit's Problems entries.
  const isAccepted = (document: vscode.TextDocument, finding: Finding) => {
    const folder = fixContextOf(document)?.folder;
    return baseline.accepts(folder, finding.fingerprint) || gitleaks.allows(folder, document, finding);
  };
  const scanner = new DocumentScanner({
    engine: () => engine,
    settings: () => settings,
    diagnostics,
    log,
    clipboardEquals: async (text) => isSameInsertion(text, await vscode.env.clipboard.readText()),
    isAccepted,
  });
  const statusBar = new StatusBar(scanner);
  const exposureDiagnostics = vscode.languages.createDiagnosticCollection('ai-secret-guard-exposure');
  const exclusions = new ExclusionController(exposureDiagnostics, scanner, log, context.workspaceState);
  const audit = new AuditController({
    extensionUri: context.extensionUri,
    version: String(context.extension.packageJSON.version),
    engine: () => engine,
    settings: () => settings,
    isBaselined: (folder, fingerprint) => baseline.accepts(folder, fingerprint),
    isAccepted,
    gitleaks: (folder) => gitleaks.of(folder),
    exposure: () => exclusions.exposure(),
    aiInsertFindings: () => statusBar.aiInsertCount,
    log,
  });
  context.subscriptions.push(log, diagnostics, baseline, gitleaks, scanner, statusBar, exposureDiagnostics, exclusions, audit);
  // Moving a value into .env only helps if .env stays out of git and out of assistants' context.
  const protectEnvFile = async () => void (await exclusions.sync({ confirm: false, gitignore: 'yes' }));

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((d) => {
      scanner.handleOpen(d);
      audit.diagnostics.handleOpen(d);
    }),
    vscode.workspace.onDidChangeTextDocument((e) => scanner.handleChange(e)),
    vscode.workspace.onDidCloseTextDocument((d) => {
      scanner.handleClose(d);
      audit.diagnostics.handleClose(d);
    }),
    vscode.window.onDidChangeActiveTextEditor(() => statusBar.update()),
    scanner.onDidUpdate(() => statusBar.update()),
    scanner.onDidEscalate((e) => {
      statusBar.countAiInsert(e.findings.length);
      if (settings.notifyOnAiInsert) void alertEscalation(e, engine).catch((err: unknown) => log.error('AI-insert alert failed', err));
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      settings = readSettings();
      engine = createEngine(settings, log, warnOnce);
      scanner.rescanAll();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      settings = readSettings();
      engine = createEngine(settings, log, warnOnce);
      scanner.rescanAll();
    }),
    vscode.languages.registerHoverProvider({ scheme: '*' }, createHoverProvider(scanner, () => engine)),
    vscode.languages.registerCodeActionsProvider({ scheme: '*' }, new EnvFixActionProvider((id) => engine.rule(id)), { providedCodeActionKinds: EnvFixActionProvider.kinds }),
    vscode.languages.registerCodeActionsProvider({ scheme: '*' }, new SecretManagerActionProvider((id) => engine.rule(id)), { providedCodeActionKinds: SecretManagerActionProvider.kinds }),
    vscode.languages.registerCodeActionsProvider({ scheme: '*' }, new FailFastActionProvider(), { providedCodeActionKinds: FailFastActionProvider.kinds }),
    vscode.languages.registerCodeActionsProvider({ scheme: '*' }, new AllowActionProvider(), { providedCodeActionKinds: AllowActionProvider.kinds }),
    vscode.languages.registerCodeActionsProvider({ scheme: '*' }, new BaselineActionProvider(scanner), { providedCodeActionKinds: BaselineActionProvider.kinds }),
    vscode.languages.registerCodeActionsProvider({ scheme: '*' }, new FixAllActionProvider(scanner), { providedCodeActionKinds: FixAllActionProvider.kinds }),
    vscode.commands.registerCommand(CommandIds.replaceWithEnv, async (uri: vscode.Uri, version: number, start: number, end: number, ruleId: string, options: EnvFixOptions = {}) => {
      const rule = engine.rule(ruleId);
      if (!rule) return { applied: false, reason: `unknown rule ${ruleId}` };
      return replaceWithEnv(uri, version, start, end, rule, options, protectEnvFile, log);
    }),
    vscode.commands.registerCommand(
      CommandIds.replaceWithSecretManager,
      async (uri: vscode.Uri, version: number, start: number, end: number, ruleId: string, options: SecretManagerFixOptions = {}) => {
        const rule = engine.rule(ruleId);
        if (!rule) return { applied: false, reason: `unknown rule ${ruleId}` };
        return replaceWithSecretManager(uri, version, start, end, rule, options, protectEnvFile, log);
      },
    ),
    vscode.commands.registerCommand(CommandIds.moveAllToEnv, (uri?: vscode.Uri, version?: number) =>
      moveAllToEnv(uri instanceof vscode.Uri ? uri : undefined, version, scanner, (id) => engine.rule(id), protectEnvFile, log),
    ),
    vscode.commands.registerCommand(CommandIds.addToBaseline, (uri: vscode.Uri, fingerprints: readonly string[]) => addFindingsToBaseline(uri, fingerprints, scanner, baseline, log)),
    baseline.onDidChange(() => scanner.rescanAll()),
    gitleaks.onDidChange(() => scanner.rescanAll()),
    vscode.lm.registerTool(SECRET_CHECK_TOOL, new SecretCheckTool(() => engine)),
    vscode.commands.registerCommand(CommandIds.auditWorkspace, () => audit.run()),
    vscode.commands.registerCommand(CommandIds.openSample, () => openSample()),
    vscode.commands.registerCommand(CommandIds.exportAudit, async (format?: ExportFormat, target?: vscode.Uri) => {
      const chosen =
        format ??
        (
          await vscode.window.showQuickPick(
            [
              { label: 'PR evidence (Markdown)', format: 'evidence' as const },
              { label: 'SARIF 2.1.0', format: 'sarif' as const },
              { label: 'JSON', format: 'json' as const },
            ],
            { title: 'Export the workspace audit' },
          )
        )?.format;
      return chosen && audit.export(chosen, target);
    }),
    vscode.commands.registerCommand(CommandIds.showProblems, () => vscode.commands.executeCommand('workbench.actions.view.problems')),
    vscode.commands.registerCommand(CommandIds.showLog, () => log.show()),
    vscode.commands.registerCommand(CommandIds.rescanOpenDocuments, () => scanner.rescanAll()),
    vscode.commands.registerCommand(CommandIds.syncExclusions, (request?: SyncRequest) => exclusions.sync(request)),
    vscode.commands.registerCommand(CommandIds.showExposure, () => exclusions.showExposure()),
    vscode.commands.registerCommand(CommandIds.allowLine, async (uri: vscode.Uri, line: number) => {
      const document = await vscode.workspace.openTextDocument(uri);
      const edit = allowLineEdit(document, line);
      if (edit) await vscode.workspace.applyEdit(edit);
    }),
    vscode.commands.registerCommand(CommandIds.revealFinding, async (uri: vscode.Uri, start: number, end: number) => {
      const document = await vscode.workspace.openTextDocument(uri);
      const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
      await vscode.window.showTextDocument(document, { selection: range });
    }),
  );

  // The first scans run just after activation returns, so start-up does not wait for them.
  setTimeout(() => {
    for (const document of vscode.workspace.textDocuments) if (!scanner.get(document.uri)) scanner.handleOpen(document);
  }, 0);
  exclusions.start();
  void baseline.start().catch((e: unknown) => log.error('baseline failed to load', e));
  void gitleaks.start().catch((e: unknown) => log.error('gitleaks allowlist failed to load', e));
  log.info(`activated in ${(performance.now() - started).toFixed(1)} ms`);
  return { scanner, aiInsertCount: () => statusBar.aiInsertCount, logUri: context.logUri, exclusions, audit, gitleaks };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
