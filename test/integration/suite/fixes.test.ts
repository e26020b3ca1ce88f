import assert from 'node:assert/strict';
import { chmodSync, existsSync, readFileSync, rmSync } from 'node:fs';
import * as vscode from 'vscode';
import { FakeTokens } from '../../../src/core/rules/fakeTokens';
import type { EnvFixResult } from '../../../src/extension/codeActions/envFixAction';
import { activateExtension, closeAllEditors, waitForDiagnostics, workspaceUri, writeWorkspaceFile } from './helpers';

// Every secret here is a fake token generated at runtime; none is committed.
const fake = new FakeTokens(8080);
const config = () => vscode.workspace.getConfiguration('aiSecretGuard.exclusions');
const read = (rel: string) => readFileSync(workspaceUri(rel).fsPath, 'utf8');

interface Offered {
  readonly action: vscode.CodeAction;
  readonly args: unknown[];
}

async function offeredEnvFix(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<Offered> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  const action = actions.find((a) => a.title.startsWith('Replace with an environment variable'));
  assert.ok(action, `offered: ${actions.map((a) => a.title).join(' | ')}`);
  assert.ok(action.command, 'runs through the command that checks the document version');
  return { action, args: action.command.arguments ?? [] };
}

describe('quick fix: replace with an environment variable', function () {
  this.timeout(60_000);
  const created = ['.env', '.gitignore', '.cursorignore', 'src/envfix.ts', 'src/envfix-stale.ts', 'src/envfix-ro.ts', 'src/envfix-undo.ts'];

  before(async () => {
    await activateExtension();
    await config().update('assistants', ['cursor'], vscode.ConfigurationTarget.Workspace);
    for (const rel of created) rmSync(workspaceUri(rel).fsPath, { recursive: true, force: true });
  });

  after(async () => {
    await closeAllEditors();
    await config().update('assistants', undefined, vscode.ConfigurationTarget.Workspace);
    for (const rel of created) rmSync(workspaceUri(rel).fsPath, { recursive: true, force: true });
  });

  it('rewrites the literal, moves the value to .env and protects .env', async () => {
    const token = fake.githubStyle('ghp_');
    const uri = await writeWorkspaceFile('src/envfix.ts', `export const githubToken = "${token}";\n`);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const [diagnostic] = await waitForDiagnostics(uri, (d) => d.length === 1);
    const { action, args } = await offeredEnvFix(uri, diagnostic!);
    assert.equal(action.isPreferred, true);

    const result = await vscode.commands.executeCommand<EnvFixResult>(action.command!.command, ...args, { name: 'GITHUB_TOKEN' });
    assert.deepEqual(result, { applied: true, name: 'GITHUB_TOKEN' });
    assert.equal(document.getText(), 'export const githubToken = process.env.GITHUB_TOKEN;\n');
    assert.equal(read('.env'), `GITHUB_TOKEN=${token}\n`, 'the value is kept, not lost');
    await waitForDiagnostics(uri, (d) => d.length === 0);
    assert.match(read('.gitignore'), /^\.env$/m, '.env is git-ignored');
    assert.match(read('.cursorignore'), /^\.env$/m, '.env is excluded from the enabled assistant');
  });

  it('undoes the source edit and the .env entry together', async () => {
    const token = fake.githubStyle('ghp_');
    const envBefore = read('.env');
    const uri = await writeWorkspaceFile('src/envfix-undo.ts', `const deployToken = "${token}";\n`);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const [diagnostic] = await waitForDiagnostics(uri, (d) => d.length === 1);
    const { args } = await offeredEnvFix(uri, diagnostic!);
    const result = await vscode.commands.executeCommand<EnvFixResult>('aiSecretGuard.replaceWithEnv', ...args, { name: 'DEPLOY_TOKEN' });
    assert.equal(result.applied, true);
    assert.match(read('.env'), /^DEPLOY_TOKEN=/m);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), `const deployToken = "${token}";\n`, 'source restored');
    const env = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === workspaceUri('.env').fsPath);
    assert.equal(env?.getText(), envBefore, '.env restored by the same undo');
  });

  it('refuses a document that changed after the fix was offered', async () => {
    const token = fake.githubStyle('ghp_');
    const uri = await writeWorkspaceFile('src/envfix-stale.ts', `const t = "${token}";\n`);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const [diagnostic] = await waitForDiagnostics(uri, (d) => d.length === 1);
    const { args } = await offeredEnvFix(uri, diagnostic!);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), '// moved\n'));
    const result = await vscode.commands.executeCommand<EnvFixResult>('aiSecretGuard.replaceWithEnv', ...args, { name: 'STALE_TOKEN' });
    assert.equal(result.applied, false);
    assert.match(result.applied ? '' : result.reason, /changed after the fix was offered/);
    assert.ok(editor.document.getText().includes(token), 'source untouched');
    assert.doesNotMatch(read('.env'), /STALE_TOKEN/);
  });

  it('leaves the source untouched when .env is read-only', async () => {
    const token = fake.githubStyle('ghp_');
    const uri = await writeWorkspaceFile('src/envfix-ro.ts', `const t = "${token}";\n`);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const [diagnostic] = await waitForDiagnostics(uri, (d) => d.length === 1);
    const { args } = await offeredEnvFix(uri, diagnostic!);
    chmodSync(workspaceUri('.env').fsPath, 0o444);
    try {
      const result = await vscode.commands.executeCommand<EnvFixResult>('aiSecretGuard.replaceWithEnv', ...args, { name: 'RO_TOKEN' });
      assert.equal(result.applied, false);
      assert.match(result.applied ? '' : result.reason, /\.env is read-only/);
      assert.ok(document.getText().includes(token), 'source untouched');
    } finally {
      chmodSync(workspaceUri('.env').fsPath, 0o644);
    }
    assert.equal(existsSync(workspaceUri('.env').fsPath), true);
  });
});
