import * as vscode from 'vscode';
import { addDotenvEntry, addExampleEntry, parseDotenv } from '../../core/fixes/dotenv';
import { suggestEnvName } from '../../core/fixes/envName';
import { envReferenceFix } from '../../core/fixes/envReference';
import type { Rule } from '../../core/rules/types';
import { CommandIds } from '../commandIds';
import { DIAGNOSTIC_SOURCE } from '../diagnostics/toDiagnostic';
import { readTextFile } from '../exclusions/folderState';
import { assertWritableFile } from '../fileChecks';
import type { Log } from '../log';

export interface EnvFixOptions {
  /** The variable name to use (skips the input box). */
  readonly name?: string;
}

export type EnvFixResult = { readonly applied: true; readonly name: string } | { readonly applied: false; readonly reason: string };

function ruleIdOf(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  return typeof code === 'object' && code !== null ? String(code.value) : typeof code === 'string' ? code : undefined;
}

/** "Replace with environment variable": offered on every secret diagnostic in a file inside a workspace folder. */
export class EnvFixActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly ruleById: (id: string) => Rule | undefined) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (!vscode.workspace.getWorkspaceFolder(document.uri)) return [];
    const actions: vscode.CodeAction[] = [];
    let text: string | undefined;
    for (const d of context.diagnostics) {
      const ruleId = ruleIdOf(d);
      if (d.source !== DIAGNOSTIC_SOURCE || !ruleId || !this.ruleById(ruleId)) continue;
      const start = document.offsetAt(d.range.start);
      const end = document.offsetAt(d.range.end);
      text ??= document.getText();
      const probe = envReferenceFix(text, start, end, 'NAME', { languageId: document.languageId, path: document.uri.path });
      const action = new vscode.CodeAction('Replace with an environment variable (move the value to .env)', vscode.CodeActionKind.QuickFix);
      action.diagnostics = [d];
      if (probe.ok) {
        action.isPreferred = true;
        action.command = { title: action.title, command: CommandIds.replaceWithEnv, arguments: [document.uri, document.version, start, end, ruleId] };
      } else {
        action.disabled = { reason: probe.reason };
      }
      actions.push(action);
    }
    return actions;
  }
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
  const fail = (reason: string): EnvFixResult => {
    void vscode.window.showErrorMessage(`AI Secret Guard: the secret was not moved, because ${reason}.`);
    log.warn(`env fix refused (${rule.id}): ${reason}`);
    return { applied: false, reason };
  };
  const document = await vscode.workspace.openTextDocument(uri);
  if (document.version !== version) return fail('the document changed after the fix was offered; run it again');
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return fail('the file is outside the workspace folders, so there is no .env to move the value to');
  const envUri = vscode.Uri.joinPath(folder.uri, '.env');
  const exampleUri = vscode.Uri.joinPath(folder.uri, '.env.example');
  try {
    await assertWritableFile(envUri, '.env');
  } catch (e) {
    return fail((e as Error).message);
  }
  const envText = await readTextFile(envUri);
  const existing = parseDotenv(envText ?? '');
  const secret = document.getText(new vscode.Range(document.positionAt(start), document.positionAt(end)));
  const isTaken = (n: string) => existing.has(n) && existing.get(n) !== secret;
  const line = document.positionAt(start);
  const suggested = suggestEnvName(document.lineAt(line.line).text.slice(0, line.character), rule.envVar, isTaken);
  const name =
    options.name ??
    (await vscode.window.showInputBox({
      title: 'Environment variable for this secret',
      value: suggested,
      prompt: 'The value moves to .env under this name.',
      validateInput: (v) => (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(v) ? 'Letters, digits and _, not starting with a digit.' : isTaken(v) ? `.env already has ${v} with another value.` : undefined),
    }));
  if (name === undefined) return { applied: false, reason: 'cancelled' };
  if (isTaken(name)) return fail(`.env already has ${name} with another value`);

  const fix = envReferenceFix(document.getText(), start, end, name, { languageId: document.languageId, path: document.uri.path });
  if (!fix.ok) return fail(fix.reason);
  const addition = addDotenvEntry(envText, name, secret);
  if (addition.kind === 'conflict') return fail(`.env already has ${name} with another value`);

  const edit = new vscode.WorkspaceEdit();
  for (const r of fix.edits) edit.replace(uri, new vscode.Range(document.positionAt(r.start), document.positionAt(r.end)), r.newText);
  if (addition.kind === 'added') {
    if (envText === undefined) edit.createFile(envUri, { contents: new TextEncoder().encode(addition.text) });
    else edit.insert(envUri, endOf(envText), addition.text.slice(envText.length));
  }
  const exampleText = await readTextFile(exampleUri);
  const example = exampleText === undefined ? undefined : addExampleEntry(exampleText, name);
  if (exampleText !== undefined && example !== undefined) edit.insert(exampleUri, endOf(exampleText), example.slice(exampleText.length));
  if (!(await vscode.workspace.applyEdit(edit))) return fail('VS Code could not apply the edit');
  // The edit leaves .env open in the background: save it so the value is on disk, not only in memory.
  for (const d of vscode.workspace.textDocuments) if (d.isDirty && (d.uri.toString() === envUri.toString() || d.uri.toString() === exampleUri.toString())) await d.save();
  log.info(`env fix applied (${rule.id})`);
  await protectEnvFile();
  return { applied: true, name };
}

function endOf(text: string): vscode.Position {
  const lines = text.split('\n');
  return new vscode.Position(lines.length - 1, lines[lines.length - 1]!.length);
}
