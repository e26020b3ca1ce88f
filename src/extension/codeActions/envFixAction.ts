import * as vscode from 'vscode';
import { envReferenceFix } from '../../core/fixes/envReference';
import type { Rule } from '../../core/rules/types';
import { CommandIds } from '../commandIds';
import type { Log } from '../log';
import { openMoveTarget, secretAndSuggestedName } from './dotenvTarget';
import { fixTargetsOf, type FixTarget } from './fixContext';

export interface EnvFixOptions {
  /** The variable name to use (skips the input box). */
  readonly name?: string;
}

export type EnvFixResult =
  { readonly applied: true; readonly name: string } | { readonly applied: false; readonly reason: string };

/** "Replace with environment variable": offered on every secret diagnostic in a file inside a workspace folder. */
export class EnvFixActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly ruleById: (id: string) => Rule | undefined) {}

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    return fixTargetsOf(document, context.diagnostics, this.ruleById).map((t) => envFixAction(document, t));
  }
}

function envFixAction(
  document: vscode.TextDocument,
  { diagnostic, ruleId, start, end, fixContext, text }: FixTarget,
): vscode.CodeAction {
  const probe = envReferenceFix(text, start, end, 'NAME', { languageId: document.languageId, path: fixContext.path });
  const action = new vscode.CodeAction(
    'Replace with an environment variable (move the value to .env)',
    vscode.CodeActionKind.QuickFix,
  );
  action.diagnostics = [diagnostic];
  if (probe.ok) {
    action.isPreferred = true;
    action.command = {
      title: action.title,
      command: CommandIds.replaceWithEnv,
      arguments: [document.uri, document.version, start, end, ruleId],
    };
  } else {
    action.disabled = { reason: probe.reason };
  }
  return action;
}

/** Asks for the variable name, suggesting one; undefined when the user cancels. */
export function askEnvName(
  suggested: string,
  isTaken: (name: string) => boolean,
  prompt: string,
): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: 'Environment variable for this secret',
    value: suggested,
    prompt,
    validateInput: (v) =>
      !/^[A-Za-z_][A-Za-z0-9_]*$/.test(v)
        ? 'Letters, digits and _, not starting with a digit.'
        : isTaken(v)
          ? `.env already has ${v} with another value.`
          : undefined,
  });
}

/** Shows the refusal and logs it (never the value). */
export function refuseFix(log: Log, label: string, reason: string): { applied: false; reason: string } {
  void vscode.window.showErrorMessage(`AI Secret Guard: the secret was not moved, because ${reason}.`);
  log.warn(`${label} refused: ${reason}`);
  return { applied: false, reason };
}

/**
 * Runs the fix offered by EnvFixActionProvider: the literal becomes a read of the variable and the
 * value is appended to the folder's `.env` (and the name to `.env.example`, when there is one) in
 * one WorkspaceEdit, so one undo restores both. Refuses a document that changed since the offer,
 * and leaves the source untouched when `.env` cannot be written.
 */
export async function replaceWithEnv(
  uri: vscode.Uri,
  version: number,
  start: number,
  end: number,
  rule: Rule,
  options: EnvFixOptions,
  protectEnvFile: () => Promise<void>,
  log: Log,
): Promise<EnvFixResult> {
  const fail = (reason: string) => refuseFix(log, `env fix (${rule.id})`, reason);
  const document = await vscode.workspace.openTextDocument(uri);
  const target = await openMoveTarget(document, version);
  if (typeof target === 'string') return fail(target);
  const { context, dotenv } = target;
  const { secret, suggested } = secretAndSuggestedName(document, start, end, rule.envVar, dotenv, (n, s) =>
    dotenv.isTaken(n, s),
  );
  const isTaken = (n: string) => dotenv.isTaken(n, secret);
  const name = options.name ?? (await askEnvName(suggested, isTaken, 'The value moves to .env under this name.'));
  if (name === undefined) return { applied: false, reason: 'cancelled' };
  if (document.version !== version) return fail('the document changed while the name was being chosen; run it again');

  const fix = envReferenceFix(document.getText(), start, end, name, {
    languageId: document.languageId,
    path: context.path,
  });
  if (!fix.ok) return fail(fix.reason);
  if (!dotenv.add(name, secret)) return fail(`.env already has ${name} with another value`);

  const edit = new vscode.WorkspaceEdit();
  for (const r of fix.edits)
    edit.replace(uri, new vscode.Range(document.positionAt(r.start), document.positionAt(r.end)), r.newText);
  dotenv.applyTo(edit);
  if (!(await vscode.workspace.applyEdit(edit))) return fail('VS Code could not apply the edit');
  await dotenv.save();
  log.info(`env fix applied (${rule.id})`);
  await protectEnvFile();
  return { applied: true, name };
}
