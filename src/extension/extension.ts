import * as vscode from 'vscode';
import type { AuditController } from './audit/auditController';
import { registerCommands } from './commands';
import type { DocumentScanner } from './diagnostics/documentScanner';
import { registerEvents } from './events';
import type { ExclusionController } from './exclusions/exclusionController';
import type { GitleaksStore } from './gitleaksStore';
import type { LiveChecks } from './liveCheck/liveChecks';
import { registerProviders } from './providers';
import { createServices, type Services } from './services';

/** What tests (and other extensions) can reach through `extension.exports`: read and observe, little more. */
export interface ExtensionApi {
  readonly scanner: Pick<DocumentScanner, 'get' | 'flush' | 'onDidUpdate' | 'onDidEscalate'>;
  /** Secrets that arrived through AI, bulk or pasted inserts this session. */
  readonly aiInsertCount: () => number;
  /** Folder of the extension's log files (the log channel writes there). */
  readonly logUri: vscode.Uri;
  /** AI-context exclusions: the open-tab guard's warnings and refreshes of the exposure state. */
  readonly exclusions: Pick<ExclusionController, 'guard' | 'onDidRefresh'>;
  /** The workspace audit: run, progress, the report panel, rendered exports, history findings opened at their commit. */
  readonly audit: Pick<AuditController, 'run' | 'onDidProgress' | 'panel' | 'render' | 'openAtCommit'>;
  /** The repository's gitleaks allowlists, as the editor and the audit apply them. */
  readonly gitleaks: Pick<GitleaksStore, 'of' | 'onDidChange'>;
  /** Live-check answers; `useTestTarget` aims them at a local server. Present only when the host runs extension tests. */
  readonly liveChecks?: Pick<LiveChecks, 'get' | 'useTestTarget' | 'onDidChange'>;
}

function apiOf(s: Services, context: vscode.ExtensionContext): ExtensionApi {
  // The test seam exists only under the test runner: an installed extension always talks to the providers.
  const testOnly = context.extensionMode === vscode.ExtensionMode.Test ? { liveChecks: s.liveChecks } : {};
  return {
    scanner: s.scanner,
    aiInsertCount: () => s.aiInserts.count,
    logUri: context.logUri,
    exclusions: s.exclusions,
    audit: s.audit,
    gitleaks: s.gitleaks,
    ...testOnly,
  };
}

/** Starts what loads in the background, so activation does not wait for it. */
function start(s: Services): void {
  // The first scans run just after activation returns.
  setTimeout(() => {
    for (const document of vscode.workspace.textDocuments)
      if (!s.scanner.get(document.uri)) s.scanner.handleOpen(document);
  }, 0);
  s.exclusions.start();
  void s.baseline.start().catch((e: unknown) => s.log.error('baseline failed to load', e));
  void s.gitleaks.start().catch((e: unknown) => s.log.error('gitleaks allowlist failed to load', e));
  void s.journal.start().catch((e: unknown) => s.log.error('agent journal failed to load', e));
  // Hooks installed from the editor call a launcher that must point at this version's CLI.
  void s.agentHooks.ensureShim().catch((e: unknown) => s.log.error('agent hook launcher not written', e));
}

/** The one place everything is wired: each register* adds its disposables to `context.subscriptions`. */
export function activate(context: vscode.ExtensionContext): ExtensionApi {
  const started = performance.now();
  const services = createServices(context);
  registerEvents(context, services);
  registerProviders(context, services);
  registerCommands(context, services);
  start(services);
  services.log.info(`activated in ${(performance.now() - started).toFixed(1)} ms`);
  return apiOf(services, context);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
