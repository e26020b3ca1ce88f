import assert from 'node:assert/strict';
import { chmodSync, existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { FakeTokens } from '../../../src/core/rules/fakeTokens';
import type { EnvFixResult } from '../../../src/extension/codeActions/envFixAction';
import type { MoveAllResult } from '../../../src/extension/codeActions/fixAllAction';
import type { SecretManagerFixResult } from '../../../src/extension/codeActions/secretManagerAction';
import { findRepoRoot } from '../../../src/scan/gitleaks';
import { FINGERPRINT_KEY_FILE } from '../../../src/scan/fingerprintKey';
import {
  activateExtension,
  closeAllEditors,
  screenshot,
  waitForDiagnostics,
  workspaceUri,
  writeWorkspaceFile,
} from './helpers';

// Every secret here is a fake token generated at runtime; none is committed.
const fake = new FakeTokens(8080);
const config = () => vscode.workspace.getConfiguration('aiSecretGuard.exclusions');
const read = (rel: string) => readFileSync(workspaceUri(rel).fsPath, 'utf8');

interface Offered {
  readonly action: vscode.CodeAction;
  readonly args: unknown[];
}

async function offeredFix(uri: vscode.Uri, diagnostic: vscode.Diagnostic, titleStart: string): Promise<Offered> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    uri,
    diagnostic.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  const action = actions.find((a) => a.title.startsWith(titleStart));
  assert.ok(action, `offered: ${actions.map((a) => a.title).join(' | ')}`);
  assert.ok(action.command, 'runs through a command');
  return { action, args: action.command.arguments ?? [] };
}

const offeredEnvFix = (uri: vscode.Uri, diagnostic: vscode.Diagnostic) =>
  offeredFix(uri, diagnostic, 'Replace with an environment variable');

async function openWithFindings(
  rel: string,
  content: string,
  count: number,
): Promise<{ uri: vscode.Uri; document: vscode.TextDocument; diagnostics: vscode.Diagnostic[] }> {
  const uri = await writeWorkspaceFile(rel, content);
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  const diagnostics = await waitForDiagnostics(uri, (d) => d.length === count);
  return { uri, document, diagnostics };
}

describe('quick fix: replace with an environment variable', function () {
  this.timeout(60_000);
  const created = [
    '.env',
    '.gitignore',
    '.cursorignore',
    'src/envfix.ts',
    'src/envfix-stale.ts',
    'src/envfix-ro.ts',
    'src/envfix-undo.ts',
  ];

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
    // The light-bulb menu as a user sees it, for the README.
    const editor = vscode.window.activeTextEditor!;
    editor.selection = new vscode.Selection(
      diagnostic!.range.start.translate(0, 4),
      diagnostic!.range.start.translate(0, 4),
    );
    // Opening the file raised exposure notifications: clear them so the menu is what the picture shows.
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.commands.executeCommand('editor.action.quickFix');
    // The launcher takes the picture once the code-action menu is on screen.
    await screenshot('quick-fix', undefined, '.action-widget');
    await vscode.commands.executeCommand('hideCodeActionWidget');

    const result = await vscode.commands.executeCommand<EnvFixResult>(action.command!.command, ...args, {
      name: 'GITHUB_TOKEN',
    });
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
    const result = await vscode.commands.executeCommand<EnvFixResult>('aiSecretGuard.replaceWithEnv', ...args, {
      name: 'DEPLOY_TOKEN',
    });
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
    const result = await vscode.commands.executeCommand<EnvFixResult>('aiSecretGuard.replaceWithEnv', ...args, {
      name: 'STALE_TOKEN',
    });
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
      const result = await vscode.commands.executeCommand<EnvFixResult>('aiSecretGuard.replaceWithEnv', ...args, {
        name: 'RO_TOKEN',
      });
      assert.equal(result.applied, false);
      assert.match(result.applied ? '' : result.reason, /\.env is read-only/);
      assert.ok(document.getText().includes(token), 'source untouched');
    } finally {
      chmodSync(workspaceUri('.env').fsPath, 0o644);
    }
    assert.equal(existsSync(workspaceUri('.env').fsPath), true);
  });
});

describe('quick fixes: secret manager, baseline, move all, notebooks', function () {
  this.timeout(60_000);
  const created = [
    '.env',
    '.gitignore',
    '.cursorignore',
    '.ai-secret-guard-baseline.json',
    'config/app.yaml',
    'src/baselined.ts',
    'src/moveall.py',
    'notebooks/explore.ipynb',
  ];
  const managerConfig = () => vscode.workspace.getConfiguration('aiSecretGuard.secretManager');
  // The workspace sits inside this project's repository: the baseline's key file goes to its root, and is removed after.
  let keyFile = '';
  let hadKey = false;

  before(async () => {
    keyFile = path.join(await findRepoRoot(workspaceUri('.').fsPath), FINGERPRINT_KEY_FILE);
    hadKey = existsSync(keyFile);
    await activateExtension();
    await config().update('assistants', ['cursor'], vscode.ConfigurationTarget.Workspace);
    for (const rel of created) rmSync(workspaceUri(rel).fsPath, { recursive: true, force: true });
  });

  after(async () => {
    await closeAllEditors();
    await config().update('assistants', undefined, vscode.ConfigurationTarget.Workspace);
    await managerConfig().update('provider', undefined, vscode.ConfigurationTarget.Workspace);
    for (const rel of created) rmSync(workspaceUri(rel).fsPath, { recursive: true, force: true });
    if (!hadKey) rmSync(keyFile, { force: true });
  });

  it('replaces a config value with a 1Password reference; the value waits in .env, the store command never holds it', async () => {
    await managerConfig().update('provider', '1password', vscode.ConfigurationTarget.Workspace);
    const token = fake.githubStyle('ghp_');
    const { uri, document, diagnostics } = await openWithFindings(
      'config/app.yaml',
      `github:\n  token: "${token}"\n`,
      1,
    );
    const { args } = await offeredFix(uri, diagnostics[0]!, 'Replace with a 1Password reference');
    const result = await vscode.commands.executeCommand<SecretManagerFixResult>(
      'aiSecretGuard.replaceWithSecretManager',
      ...args,
      { name: 'GITHUB_TOKEN' },
    );
    assert.ok(result.applied, result.applied ? '' : result.reason);
    assert.equal(document.getText(), 'github:\n  token: "op://Engineering/github-token/credential"\n');
    assert.equal(
      read('.env'),
      `# GITHUB_TOKEN: moved from config/app.yaml; store it in 1Password, then delete it here\nGITHUB_TOKEN=${token}\n`,
    );
    assert.match(result.storeCommand, /"credential=\$GITHUB_TOKEN"/);
    assert.ok(!result.storeCommand.includes(token), 'the store command reads the value from .env');
    assert.match(read('.gitignore'), /^\.env$/m, '.env is git-ignored');
    await waitForDiagnostics(uri, (d) => d.length === 0);

    // In .env itself the reference replaces the only copy, so only once the value is stored.
    const env = await vscode.workspace.openTextDocument(workspaceUri('.env'));
    await vscode.window.showTextDocument(env);
    const [inEnv] = await waitForDiagnostics(env.uri, (d) => d.length === 1);
    const offered = await offeredFix(env.uri, inEnv!, 'Replace with a 1Password reference');
    const stored = await vscode.commands.executeCommand<SecretManagerFixResult>(
      'aiSecretGuard.replaceWithSecretManager',
      ...offered.args,
      { name: 'GITHUB_TOKEN', confirmStored: true },
    );
    assert.ok(stored.applied);
    assert.match(read('.env'), /^GITHUB_TOKEN=op:\/\/Engineering\/github-token\/credential$/m);
    assert.ok(!read('.env').includes(token));
  });

  it('adds a finding to the baseline file the CLI reads; it stops being reported', async () => {
    const token = fake.githubStyle('ghp_');
    const { uri, diagnostics } = await openWithFindings(
      'src/baselined.ts',
      `// reviewed: revoked test token\nexport const t = "${token}";\n`,
      1,
    );
    const { args } = await offeredFix(uri, diagnostics[0]!, 'Add to baseline');
    assert.equal(await vscode.commands.executeCommand<boolean>('aiSecretGuard.addToBaseline', ...args), true);
    await waitForDiagnostics(uri, (d) => d.length === 0);
    const baseline = JSON.parse(read('.ai-secret-guard-baseline.json')) as {
      version: number;
      keyId?: string;
      entries: { ruleId: string; path: string; preview: string }[];
    };
    assert.equal(baseline.version, 1);
    assert.ok(
      existsSync(keyFile) && baseline.keyId,
      'writing the baseline created the fingerprint key it is keyed with',
    );
    assert.deepEqual(
      baseline.entries.map((e) => [e.ruleId, e.path]),
      [['github-pat-classic', 'src/baselined.ts']],
    );
    assert.ok(
      !read('.ai-secret-guard-baseline.json').includes(token),
      'the baseline holds a fingerprint and a redacted preview only',
    );

    // A new secret on the same line is still reported: the baseline is keyed on the secret, not the line.
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await editor.edit((b) =>
      b.replace(editor.document.lineAt(1).range, `export const t = "${fake.githubStyle('ghp_')}";`),
    );
    await waitForDiagnostics(uri, (d) => d.length === 1);
  });

  it('moves all secrets of a file to .env in one edit, and one undo restores both files', async () => {
    const a = fake.githubStyle('ghp_');
    const b = fake.githubStyle('ghp_');
    const before = `import sys\n\ngithub_token = "${a}"\nbackup_token = "${b}"\n`;
    const { uri, document, diagnostics } = await openWithFindings('src/moveall.py', before, 2);
    const { args } = await offeredFix(uri, diagnostics[0]!, 'Move all 2 secrets in this file to .env');
    const fixAll = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      diagnostics[0]!.range,
      'source.fixAll.aiSecretGuard',
    );
    assert.ok(
      fixAll.some((x) => x.title === 'Move all 2 secrets in this file to .env'),
      'also offered as source.fixAll.aiSecretGuard',
    );
    const envBefore = read('.env');
    const result = await vscode.commands.executeCommand<MoveAllResult>('aiSecretGuard.moveAllToEnv', ...args);
    // .env already holds GITHUB_TOKEN (a reference, from the test above): a name never takes over another value.
    assert.deepEqual(result, { moved: ['GITHUB_TOKEN_2', 'BACKUP_TOKEN'], skipped: 0 });
    assert.equal(
      document.getText(),
      'import os\nimport sys\n\ngithub_token = os.environ["GITHUB_TOKEN_2"]\nbackup_token = os.environ["BACKUP_TOKEN"]\n',
    );
    assert.equal(read('.env'), `${envBefore}GITHUB_TOKEN_2=${a}\nBACKUP_TOKEN=${b}\n`);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), before);
    assert.equal(
      vscode.workspace.textDocuments.find((d) => d.uri.fsPath === workspaceUri('.env').fsPath)?.getText(),
      envBefore,
    );
  });

  it("fixes a secret in a notebook cell in the cell's language, with the .env of the notebook's folder", async () => {
    const token = fake.githubStyle('ghp_');
    const notebook = {
      cells: [
        {
          cell_type: 'code',
          source: [`client = Github("${token}")\n`],
          metadata: {},
          outputs: [],
          execution_count: null,
        },
      ],
      metadata: { language_info: { name: 'python' } },
      nbformat: 4,
      nbformat_minor: 5,
    };
    const nbUri = await writeWorkspaceFile('notebooks/explore.ipynb', JSON.stringify(notebook));
    const nb = await vscode.workspace.openNotebookDocument(nbUri);
    await vscode.window.showNotebookDocument(nb);
    const cell = nb.cellAt(0).document;
    assert.equal(cell.languageId, 'python');
    const [diagnostic] = await waitForDiagnostics(cell.uri, (d) => d.length === 1);
    const { args } = await offeredEnvFix(cell.uri, diagnostic!);
    const result = await vscode.commands.executeCommand<EnvFixResult>('aiSecretGuard.replaceWithEnv', ...args, {
      name: 'NOTEBOOK_GITHUB_TOKEN',
    });
    assert.ok(result.applied, result.applied ? '' : result.reason);
    assert.equal(cell.getText(), 'import os\nclient = Github(os.environ["NOTEBOOK_GITHUB_TOKEN"])\n');
    assert.match(read('.env'), new RegExp(`^NOTEBOOK_GITHUB_TOKEN=${token}$`, 'm'));
  });
});
