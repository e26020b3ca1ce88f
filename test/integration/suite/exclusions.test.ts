import assert from 'node:assert/strict';
import { chmodSync, existsSync, readFileSync, rmSync } from 'node:fs';
import * as vscode from 'vscode';
import { BLOCK_BEGIN } from '../../../src/core/exclusions/managedBlock';
import type { ExtensionApi } from '../../../src/extension/extension';
import type { ExposureRow } from '../../../src/extension/exclusions/exclusionController';
import type { SyncOutcome } from '../../../src/extension/exclusions/syncExclusions';
import {
  activateExtension,
  closeAllEditors,
  dismissQuickPicksUntil,
  EXPOSURE_CODE,
  nextEvent,
  waitForDiagnostics,
  workspaceUri,
  writeWorkspaceFile,
} from './helpers';

const EXPOSURE = EXPOSURE_CODE;
const config = () => vscode.workspace.getConfiguration('aiSecretGuard.exclusions');
const hasExposure = (d: vscode.Diagnostic[]) => d.some((x) => x.code === EXPOSURE);
const read = (rel: string) => readFileSync(workspaceUri(rel).fsPath, 'utf8');

/** Waits until `check` holds, re-checking after each exclusion refresh. */
async function until(api: ExtensionApi, check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`timed out waiting for ${what}`);
    await nextEvent(api.exclusions.onDidRefresh, () => true, left).catch(() => undefined);
  }
}

describe('AI context exclusions', function () {
  this.timeout(60_000);
  let api: ExtensionApi;
  const created = ['.env', '.cursorignore', '.claude', 'keys', '.gitignore', 'data'];

  before(async () => {
    api = await activateExtension();
    await config().update('assistants', ['cursor', 'claude-code'], vscode.ConfigurationTarget.Workspace);
    // A database URL without a real password: the file is sensitive by its name alone.
    await writeWorkspaceFile('.env', 'DATABASE_URL=postgres://localhost/dev\n');
    await writeWorkspaceFile('.cursorignore', '# ours\nbuild/\n');
    await writeWorkspaceFile('.claude/settings.json', '{\n  // team settings\n  "model": "opus"\n}\n');
  });

  after(async () => {
    await closeAllEditors();
    for (const key of ['assistants', 'patterns', 'autoSync'])
      await config().update(key, undefined, vscode.ConfigurationTarget.Workspace);
    for (const rel of created) rmSync(workspaceUri(rel).fsPath, { recursive: true, force: true });
  });

  it('marks a sensitive file that an enabled assistant does not exclude', async () => {
    const [d] = (await waitForDiagnostics(workspaceUri('.env'), hasExposure, 10_000, true)).filter(
      (x) => x.code === EXPOSURE,
    );
    assert.equal(d!.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(d!.message, /Readable by AI assistants: Cursor, Claude Code/);
    assert.match(d!.message, /Sync AI Exclusions/);
  });

  it('syncs the policy into each enabled assistant file, keeping the user content, and clears the exposure', async () => {
    const outcome = await vscode.commands.executeCommand<SyncOutcome>('aiSecretGuard.syncExclusions', {
      confirm: false,
      gitignore: 'no',
    });
    assert.deepEqual(outcome.errors, []);
    assert.deepEqual([...outcome.written].sort(), ['.claude/settings.json', '.cursorignore']);
    const cursorignore = read('.cursorignore');
    assert.ok(cursorignore.startsWith('# ours\nbuild/\n\n' + BLOCK_BEGIN), cursorignore.slice(0, 80));
    assert.match(cursorignore, /^\.env$/m);
    const claude = read('.claude/settings.json');
    assert.match(claude, /\/\/ team settings/);
    assert.match(claude, /"Read\(\.\/\*\*\/\.env\)"/);
    assert.equal(existsSync(workspaceUri('.aiexclude').fsPath), false, 'no file for an assistant that is not enabled');
    await waitForDiagnostics(workspaceUri('.env'), (d) => !hasExposure(d), 10_000, true);

    const again = await vscode.commands.executeCommand<SyncOutcome>('aiSecretGuard.syncExclusions', {
      confirm: false,
      gitignore: 'no',
    });
    assert.deepEqual(again.written, [], 'a second sync changes nothing');
  });

  it('shows the exposure of each sensitive file per assistant', async () => {
    const pending = vscode.commands.executeCommand<readonly ExposureRow[]>('aiSecretGuard.showExposure');
    const rows = await dismissQuickPicksUntil(pending);
    const env = rows.find((r) => r.file.path === '.env');
    assert.ok(env, 'the .env file is listed');
    assert.deepEqual(
      env.file.targets.map((t) => [t.targetId, t.level]),
      [
        ['cursor', 'partial'],
        ['claude-code', 'partial'],
      ],
    );
    assert.ok(env.file.targets[0]!.openChannels.includes('terminal'), 'Cursor cannot fence terminal commands');
  });

  it('picks up a new sensitive file and syncs automatically when the user opted in', async () => {
    await config().update('patterns', ['.env', '*.vaultfile'], vscode.ConfigurationTarget.Workspace);
    await config().update('autoSync', true, vscode.ConfigurationTarget.Workspace);
    await writeWorkspaceFile('data/new.vaultfile', 'opaque\n');
    await until(api, () => /^\*\.vaultfile$/m.test(read('.cursorignore')), 'the auto-sync to add *.vaultfile');
    assert.match(read('.claude/settings.json'), /"Read\(\.\/\*\*\/\*\.vaultfile\)"/);
  });

  it('warns once when a sensitive file is opened in an editor', async () => {
    const before = api.exclusions.guard.warned.length;
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri('.env')));
    await until(api, () => api.exclusions.guard.warned.length > before, 'the open-tab warning', 5_000).catch(
      () => undefined,
    );
    assert.deepEqual(api.exclusions.guard.warned.slice(before), ['.env']);
    await closeAllEditors();
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri('.env')));
    assert.deepEqual(api.exclusions.guard.warned.slice(before), ['.env'], 'not twice in a session');
  });

  it('refuses malformed Claude settings and read-only files with a clear error, writing nothing in that folder', async () => {
    await config().update('patterns', ['.env', '*.vaultfile', 'keys/'], vscode.ConfigurationTarget.Workspace);
    await config().update('autoSync', false, vscode.ConfigurationTarget.Workspace);
    await writeWorkspaceFile('keys/deploy.txt', 'opaque\n');
    const cursorBefore = read('.cursorignore');
    await writeWorkspaceFile('.claude/settings.json', '{ "permissions": { "deny": [ }');
    const bad = await vscode.commands.executeCommand<SyncOutcome>('aiSecretGuard.syncExclusions', {
      confirm: false,
      gitignore: 'no',
    });
    assert.equal(bad.errors.length, 1);
    assert.match(bad.errors[0]!, /\.claude\/settings\.json: not updated, because it is not valid JSON/);
    assert.equal(read('.cursorignore'), cursorBefore);

    await writeWorkspaceFile('.claude/settings.json', '{}\n');
    chmodSync(workspaceUri('.cursorignore').fsPath, 0o444);
    try {
      const locked = await vscode.commands.executeCommand<SyncOutcome>('aiSecretGuard.syncExclusions', {
        confirm: false,
        gitignore: 'no',
      });
      assert.match(locked.errors.join(' '), /\.cursorignore is read-only/);
      assert.equal(read('.claude/settings.json'), '{}\n');
    } finally {
      chmodSync(workspaceUri('.cursorignore').fsPath, 0o644);
    }
  });

  it('adds the sensitive files to .gitignore on request, keeping templates committable', async () => {
    await writeWorkspaceFile('.gitignore', 'node_modules/\n');
    const outcome = await vscode.commands.executeCommand<SyncOutcome>('aiSecretGuard.syncExclusions', {
      confirm: false,
      gitignore: 'yes',
    });
    assert.ok(outcome.written.includes('.gitignore'));
    const gitignore = read('.gitignore');
    assert.ok(gitignore.startsWith('node_modules/\n\n' + BLOCK_BEGIN));
    assert.match(gitignore, /^\.env$/m);
    assert.match(gitignore, /^keys\/$/m);
  });
});
