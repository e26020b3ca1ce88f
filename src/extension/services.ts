import * as vscode from 'vscode';
import { isSameInsertion } from '../core/changeKind';
import { AgentHooks } from './agentHooks';
import { AgentJournal } from './agentJournal';
import { AiInsertCounter } from './aiInsertCounter';
import { AuditController } from './audit/auditController';
import { BaselineStore } from './baseline/baselineStore';
import { fixContextOf } from './codeActions/fixContext';
import { readSettings, type Settings } from './config';
import { DocumentScanner } from './diagnostics/documentScanner';
import { combineAcceptors, type Acceptor } from './diagnostics/findingsIntake';
import { createEngine, type Engine } from './engine';
import { ExclusionController } from './exclusions/exclusionController';
import { GitleaksStore } from './gitleaksStore';
import { LiveChecks } from './liveCheck/liveChecks';
import { createLog, type Log } from './log';
import { DocumentWorker } from '../scan/documentWorker';
import { StatusBar } from './statusBar';
import { extensionBundleOf } from './extensionBundle';

/** The extension's long-lived parts, built once per activation and passed to every register* call. */
export interface Services {
  readonly log: Log;
  readonly settings: () => Settings;
  readonly engine: () => Engine;
  /** Re-reads the settings and rebuilds the engine (settings changed, workspace trusted). */
  readonly reload: () => void;
  readonly baseline: BaselineStore;
  readonly gitleaks: GitleaksStore;
  readonly scanner: DocumentScanner;
  readonly aiInserts: AiInsertCounter;
  readonly statusBar: StatusBar;
  readonly exclusions: ExclusionController;
  readonly audit: AuditController;
  /** Answers of "Check whether this secret is live". */
  readonly liveChecks: LiveChecks;
  /** What agents wrote, per their post-write hooks' journal. */
  readonly journal: AgentJournal;
  /** Agent hooks run through the bundled CLI: install, check. */
  readonly agentHooks: AgentHooks;
  /** Moving a value into .env only helps if .env stays out of git and out of assistants' context. */
  readonly protectEnvFile: () => Promise<void>;
}

/** Builds the services; every disposable goes into `context.subscriptions`. */
export function createServices(context: vscode.ExtensionContext): Services {
  const log = createLog();
  const diagnostics = vscode.languages.createDiagnosticCollection('ai-secret-guard');
  let settings: Settings = readSettings();
  const warnOnce = (message: string) => void vscode.window.showWarningMessage(message);
  let engine: Engine = createEngine(settings, log, warnOnce);
  const baseline = new BaselineStore(log);
  const gitleaks = new GitleaksStore(log);

  // What the team already accepted: one answer for the live scan and the audit's Problems entries,
  // looked up once per document (folder, baseline, allowlist), then a cheap test per finding.
  const acceptorFor = (document: vscode.TextDocument): Acceptor | undefined => {
    const folder = fixContextOf(document)?.folder;
    return combineAcceptors(baseline.acceptorFor(folder), gitleaks.acceptorFor(folder, document));
  };
  const liveChecks = new LiveChecks(log);
  const journal = new AgentJournal(log);
  const scanner = new DocumentScanner({
    engine: () => engine,
    settings: () => settings,
    diagnostics,
    log,
    clipboardEquals: async (text) => isSameInsertion(text, await vscode.env.clipboard.readText()),
    acceptorFor,
    verification: (uri, fingerprint) => liveChecks.get(uri, fingerprint),
    attributorFor: (document) => journal.attributorFor(document),
    worker: createDocumentWorker(context, log),
  });
  const aiInserts = new AiInsertCounter();
  const statusBar = new StatusBar(scanner, aiInserts);
  const exposureDiagnostics = vscode.languages.createDiagnosticCollection('ai-secret-guard-exposure');
  const exclusions = new ExclusionController(exposureDiagnostics, scanner, log, context.workspaceState);
  const audit = new AuditController({
    extensionUri: context.extensionUri,
    version: String(context.extension.packageJSON.version),
    engine: () => engine,
    settings: () => settings,
    isBaselined: (folder, identity) => baseline.accepts(folder, identity),
    publisher: (folder) => baseline.publisher(folder),
    acceptorFor,
    gitleaks: (folder) => gitleaks.of(folder),
    exposure: () => exclusions.exposure(),
    aiInsertFindings: () => aiInserts.count,
    log,
  });
  context.subscriptions.push(
    log,
    diagnostics,
    baseline,
    gitleaks,
    scanner,
    aiInserts,
    statusBar,
    exposureDiagnostics,
    exclusions,
    audit,
  );
  followAnswers(context, scanner, liveChecks, journal);
  const reload = () => {
    settings = readSettings();
    engine = createEngine(settings, log, warnOnce);
  };
  const protectEnvFile = async () => void (await exclusions.sync({ confirm: false, gitignore: 'yes' }));
  const agentHooks = new AgentHooks(context, log);
  return {
    log,
    settings: () => settings,
    engine: () => engine,
    reload,
    baseline,
    gitleaks,
    scanner,
    aiInserts,
    statusBar,
    exclusions,
    audit,
    liveChecks,
    protectEnvFile,
    agentHooks,
    journal,
  };
}

/** The live diagnostics' worker thread: started on first need (a large document, a long-line rescan), ended with the scanner. */
function createDocumentWorker(context: vscode.ExtensionContext, log: Log): DocumentWorker {
  return new DocumentWorker({
    script: extensionBundleOf(context.extensionUri),
    onFailure: (e) =>
      log.warn(`scan worker failed (${e.message}): large documents and long lines are scanned on the editor's thread`),
  });
}

/** A live check's answer, or an agent-write record, changes what a document's diagnostics say. */
function followAnswers(
  context: vscode.ExtensionContext,
  scanner: DocumentScanner,
  liveChecks: LiveChecks,
  journal: AgentJournal,
): void {
  context.subscriptions.push(
    liveChecks,
    journal,
    liveChecks.onDidChange((uri) => scanner.redraw(uri)),
    vscode.workspace.onDidCloseTextDocument((d) => liveChecks.forget(d.uri)),
    // Attribution changes only how findings are shown: redraw, no rescan.
    journal.onDidChange(() => vscode.workspace.textDocuments.forEach((d) => scanner.redraw(d.uri))),
  );
}
