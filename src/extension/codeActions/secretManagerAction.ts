import * as vscode from 'vscode';
import { envReferenceFix } from '../../core/fixes/envReference';
import {
  findSecretManager,
  referenceFix,
  SECRET_MANAGERS,
  secretManagerReference,
  storeCommand,
  type SecretManager,
} from '../../core/fixes/secretManager';
import type { Rule } from '../../core/rules/types';
import { CommandIds } from '../commandIds';
import { SECTION } from '../config';
import type { Log } from '../log';
import { openMoveTarget, secretAndSuggestedName } from './dotenvTarget';
import { askEnvName, refuseFix, replaceWithEnv } from './envFixAction';
import { fixTargetsOf, type FixTarget } from './fixContext';

export const SECRET_MANAGER_SECTION = `${SECTION}.secretManager`;

interface SecretManagerSettings {
  readonly manager?: SecretManager;
  /** The user's own reference template, when set. */
  readonly template?: string;
  readonly parameters: Readonly<Record<string, string>>;
}

function readSecretManagerSettings(): SecretManagerSettings {
  const c = vscode.workspace.getConfiguration(SECRET_MANAGER_SECTION);
  const provider = c.get<string>('provider') ?? '';
  const template = c.get<string>('template');
  const raw = c.get<Record<string, unknown>>('parameters') ?? {};
  const parameters = Object.fromEntries(
    Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
  return { manager: findSecretManager(provider), ...(template ? { template } : {}), parameters };
}

export interface SecretManagerFixOptions {
  readonly name?: string;
  /** The manager to use instead of the configured one (skips the picker). */
  readonly managerId?: string;
  /** The value is already stored in the manager (skips the confirmation before the only copy in `.env` is replaced). */
  readonly confirmStored?: boolean;
}

export type SecretManagerFixResult =
  | { readonly applied: true; readonly name: string; readonly reference?: string; readonly storeCommand: string }
  | { readonly applied: false; readonly reason: string };

/** "Replace with a secret-manager reference": offered next to the environment-variable fix. */
export class SecretManagerActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly ruleById: (id: string) => Rule | undefined) {}

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const targets = fixTargetsOf(document, context.diagnostics, this.ruleById);
    if (targets.length === 0) return [];
    const { manager } = readSecretManagerSettings();
    return targets.map((t) => secretManagerAction(document, t, manager));
  }
}

function secretManagerAction(
  document: vscode.TextDocument,
  { diagnostic, ruleId, start, end, fixContext, text }: FixTarget,
  manager: SecretManager | undefined,
): vscode.CodeAction {
  const title = manager ? `Replace with a ${manager.name} reference` : 'Replace with a secret-manager reference…';
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  const probe = manager?.injectsEnvironment
    ? envReferenceFix(text, start, end, 'NAME', { languageId: document.languageId, path: fixContext.path })
    : referenceFix(text, start, end, 'reference');
  if (probe.ok)
    action.command = {
      title,
      command: CommandIds.replaceWithSecretManager,
      arguments: [document.uri, document.version, start, end, ruleId],
    };
  else action.disabled = { reason: probe.reason };
  return action;
}

async function pickManager(): Promise<SecretManager | undefined> {
  const picked = await vscode.window.showQuickPick(
    SECRET_MANAGERS.map((m) => ({
      label: m.name,
      detail: `Resolved by ${m.resolvedBy.replace(/`/g, '')}`,
      manager: m,
    })),
    {
      title: 'Which secret manager does this workspace use?',
      placeHolder: 'Saved as aiSecretGuard.secretManager.provider in the workspace settings',
    },
  );
  if (!picked) return undefined;
  await vscode.workspace
    .getConfiguration(SECRET_MANAGER_SECTION)
    .update('provider', picked.manager.id, vscode.ConfigurationTarget.Workspace);
  return picked.manager;
}

/** Offers the store command (which reads the value from `.env`, never holding it) for copying. */
function offerStoreCommand(message: string, command: string): void {
  void vscode.window.showInformationMessage(message, 'Copy Store Command').then((choice) => {
    if (choice) void vscode.env.clipboard.writeText(command);
  });
}

/** Before the only copy of the value (in `.env` itself) is replaced, the user confirms it is stored. */
async function confirmStored(manager: SecretManager, command: string): Promise<boolean> {
  for (;;) {
    const choice = await vscode.window.showWarningMessage(
      `This replaces the only copy of the value. Store it in ${manager.name} first, from the folder holding .env:\n\n${command}`,
      { modal: true },
      'Copy Store Command',
      'It Is Stored: Replace',
    );
    if (choice === 'Copy Store Command') await vscode.env.clipboard.writeText(command);
    else return choice === 'It Is Stored: Replace';
  }
}

/**
 * A manager that injects secrets as environment variables (Doppler, 1Password's `op run`, …): the
 * environment-variable fix, then the command that stores the value in the manager.
 */
async function replaceViaEnvironment(
  manager: NonNullable<ReturnType<typeof findSecretManager>>,
  parameters: ReturnType<typeof readSecretManagerSettings>['parameters'],
  moved: Parameters<typeof replaceWithEnv>,
): Promise<SecretManagerFixResult> {
  const result = await replaceWithEnv(...moved);
  if (!result.applied) return result;
  const command = storeCommand(manager, result.name, parameters);
  offerStoreCommand(
    `The value is in .env as ${result.name}. Store it in ${manager.name}; ${manager.resolvedBy.replace(/`/g, '')}.`,
    command,
  );
  return { ...result, storeCommand: command };
}

/**
 * Replaces the secret with the configured manager's reference. The value is never dropped: it is
 * appended to the folder's `.env` (git-ignored and excluded from assistants) with a note, in the
 * same WorkspaceEdit, until the user stores it with the offered command; in `.env` itself the
 * reference replaces the value only once the user confirms it is stored.
 */
export async function replaceWithSecretManager(
  uri: vscode.Uri,
  version: number,
  start: number,
  end: number,
  rule: Rule,
  options: SecretManagerFixOptions,
  protectEnvFile: () => Promise<void>,
  log: Log,
): Promise<SecretManagerFixResult> {
  const fail = (reason: string) => refuseFix(log, `secret-manager fix (${rule.id})`, reason);
  const settings = readSecretManagerSettings();
  const manager = options.managerId
    ? findSecretManager(options.managerId)
    : (settings.manager ?? (await pickManager()));
  if (!manager)
    return options.managerId
      ? fail(`there is no secret manager "${options.managerId}"`)
      : { applied: false, reason: 'cancelled' };

  if (manager.injectsEnvironment) {
    const moved: Parameters<typeof replaceWithEnv> = [uri, version, start, end, rule, options, protectEnvFile, log];
    return replaceViaEnvironment(manager, settings.parameters, moved);
  }

  const document = await vscode.workspace.openTextDocument(uri);
  const target = await openMoveTarget(document, version);
  if (typeof target === 'string') return fail(target);
  const { context, dotenv } = target;
  // In .env itself the value is already where it waits, so no name there counts as taken.
  const inDotenvItself = document.uri.toString() === dotenv.uri.toString();
  const { secret, suggested } = secretAndSuggestedName(
    document,
    start,
    end,
    rule.envVar,
    dotenv,
    (n, s) => !inDotenvItself && dotenv.isTaken(n, s),
  );
  const isTaken = (n: string) => !inDotenvItself && dotenv.isTaken(n, secret);
  const name =
    options.name ??
    (await askEnvName(
      suggested,
      isTaken,
      `The secret's name in ${manager.name}; the value waits in .env until you store it.`,
    ));
  if (name === undefined) return { applied: false, reason: 'cancelled' };

  let reference: string;
  try {
    reference = secretManagerReference(manager, name, settings.parameters, settings.template);
  } catch (e) {
    return fail((e as Error).message);
  }
  const command = storeCommand(manager, name, settings.parameters);
  if (inDotenvItself && !(options.confirmStored ?? (await confirmStored(manager, command))))
    return { applied: false, reason: 'cancelled' };
  if (document.version !== version) return fail('the document changed while the fix was being set up; run it again');
  const fix = referenceFix(document.getText(), start, end, reference);
  if (!fix.ok) return fail(fix.reason);
  if (
    !inDotenvItself &&
    !dotenv.add(
      name,
      secret,
      `${name}: moved from ${vscode.workspace.asRelativePath(context.path)}; store it in ${manager.name}, then delete it here`,
    )
  ) {
    return fail(`.env already has ${name} with another value`);
  }

  if (!(await applyWithDotenv(document, fix.edit, dotenv))) return fail('VS Code could not apply the edit');
  log.info(`secret-manager fix applied (${rule.id}, ${manager.id})`);
  await protectEnvFile();
  if (!inDotenvItself)
    offerStoreCommand(
      `Replaced with a ${manager.name} reference. The value waits in .env as ${name} until you store it.`,
      command,
    );
  return { applied: true, name, reference, storeCommand: command };
}

/** The reference in the document and the value in .env, as one undoable edit; then .env saved. */
async function applyWithDotenv(
  document: vscode.TextDocument,
  replacement: { readonly start: number; readonly end: number; readonly newText: string },
  dotenv: { applyTo(edit: vscode.WorkspaceEdit): void; save(): Promise<unknown> },
): Promise<boolean> {
  const edit = new vscode.WorkspaceEdit();
  const range = new vscode.Range(document.positionAt(replacement.start), document.positionAt(replacement.end));
  edit.replace(document.uri, range, replacement.newText);
  dotenv.applyTo(edit);
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  await dotenv.save();
  return true;
}
