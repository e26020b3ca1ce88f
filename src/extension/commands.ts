import * as vscode from 'vscode';
import type { ExportFormat } from './audit/protocol';
import { allowLineEdit } from './codeActions/allowAction';
import { addFindingsToBaseline } from './codeActions/baselineAction';
import { replaceWithEnv, type EnvFixOptions } from './codeActions/envFixAction';
import { moveAllToEnv } from './codeActions/fixAllAction';
import { replaceWithSecretManager, type SecretManagerFixOptions } from './codeActions/secretManagerAction';
import { CommandIds } from './commandIds';
import { checkLiveCommand } from './liveCheck/liveCheckAction';
import type { SyncRequest } from './exclusions/syncExclusions';
import { openSample } from './sampleDocument';
import type { Services } from './services';

async function replaceWithEnvCommand(
  s: Services,
  uri: vscode.Uri,
  version: number,
  start: number,
  end: number,
  ruleId: string,
  options: EnvFixOptions = {},
) {
  const rule = s.engine().rule(ruleId);
  if (!rule) return { applied: false, reason: `unknown rule ${ruleId}` };
  return replaceWithEnv(uri, version, start, end, rule, options, s.protectEnvFile, s.log);
}

async function replaceWithSecretManagerCommand(
  s: Services,
  uri: vscode.Uri,
  version: number,
  start: number,
  end: number,
  ruleId: string,
  options: SecretManagerFixOptions = {},
) {
  const rule = s.engine().rule(ruleId);
  if (!rule) return { applied: false, reason: `unknown rule ${ruleId}` };
  return replaceWithSecretManager(uri, version, start, end, rule, options, s.protectEnvFile, s.log);
}

function moveAllToEnvCommand(s: Services, uri?: vscode.Uri, version?: number) {
  return moveAllToEnv(
    uri instanceof vscode.Uri ? uri : undefined,
    version,
    s.scanner,
    (id) => s.engine().rule(id),
    s.protectEnvFile,
    s.log,
  );
}

async function exportAuditCommand(s: Services, format?: ExportFormat, target?: vscode.Uri) {
  const formats = [
    { label: 'PR evidence (Markdown)', format: 'evidence' as const },
    { label: 'SARIF 2.1.0', format: 'sarif' as const },
    { label: 'JSON', format: 'json' as const },
  ];
  const chosen =
    format ?? (await vscode.window.showQuickPick(formats, { title: 'Export the workspace audit' }))?.format;
  return chosen && s.audit.export(chosen, target);
}

async function allowLineCommand(_s: Services, uri: vscode.Uri, line: number) {
  const document = await vscode.workspace.openTextDocument(uri);
  const edit = allowLineEdit(document, line);
  if (edit) await vscode.workspace.applyEdit(edit);
}

async function revealFindingCommand(_s: Services, uri: vscode.Uri, start: number, end: number) {
  const document = await vscode.workspace.openTextDocument(uri);
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  await vscode.window.showTextDocument(document, { selection: range });
}

type Handler = (s: Services, ...args: never[]) => unknown;

/** The handler of every command in CommandIds; a command without one does not compile. */
export const COMMAND_HANDLERS: { readonly [K in keyof typeof CommandIds]: Handler } = {
  showProblems: () => vscode.commands.executeCommand('workbench.actions.view.problems'),
  showLog: (s) => s.log.show(),
  rescanOpenDocuments: (s) => s.scanner.rescanAll(),
  allowLine: allowLineCommand,
  revealFinding: revealFindingCommand,
  syncExclusions: (s, request?: SyncRequest) => s.exclusions.sync(request),
  showExposure: (s) => s.exclusions.showExposure(),
  replaceWithEnv: replaceWithEnvCommand,
  replaceWithSecretManager: replaceWithSecretManagerCommand,
  addToBaseline: (s, uri: vscode.Uri, fingerprints: readonly string[]) =>
    addFindingsToBaseline(uri, fingerprints, s.scanner, s.baseline, s.log),
  moveAllToEnv: moveAllToEnvCommand,
  auditWorkspace: (s) => s.audit.run(),
  auditWorkspaceHistory: (s) => s.audit.run({ history: true }),
  exportAudit: exportAuditCommand,
  openSample: () => openSample(),
  checkLive: (s, uri?: vscode.Uri, fingerprint?: string) => checkLiveCommand(s.scanner, s.liveChecks, uri, fingerprint),
  installAgentHooks: (s, agents?: readonly string[]) => s.agentHooks.install(agents),
  checkAgentHooks: (s) => s.agentHooks.doctor(),
};

export function registerCommands(context: vscode.ExtensionContext, s: Services): void {
  for (const key of Object.keys(COMMAND_HANDLERS) as (keyof typeof CommandIds)[]) {
    const handler = COMMAND_HANDLERS[key] as (s: Services, ...args: unknown[]) => unknown;
    context.subscriptions.push(
      vscode.commands.registerCommand(CommandIds[key], (...args: unknown[]) => handler(s, ...args)),
    );
  }
}
