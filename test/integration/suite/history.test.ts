import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import * as vscode from 'vscode';
import { FakeTokens } from '../../../src/core/rules/fakeTokens';
import type { ExtensionApi } from '../../../src/extension/extension';
import { activateExtension, closeAllEditors, nextEvent, workspaceUri, writeWorkspaceFile } from './helpers';

// Every secret here is a fake token generated at runtime; none is committed to this repository.
const fake = new FakeTokens(16020);

describe('workspace audit with git history', function () {
  this.timeout(180_000);
  let api: ExtensionApi;
  let leakCommit = '';
  const removed = fake.githubStyle('ghp_');
  const root = () => workspaceUri('').fsPath;
  const git = (args: string[], input?: string) =>
    execFileSync(
      'git',
      ['-c', 'user.name=Dev One', '-c', 'user.email=dev@example.test', '-c', 'commit.gpgsign=false', ...args],
      { cwd: root(), encoding: 'utf8', ...(input !== undefined ? { input } : {}) },
    ).trim();

  before(async () => {
    api = await activateExtension();
    rmSync(workspaceUri('.git').fsPath, { recursive: true, force: true });
    git(['init', '-q', '-b', 'main']);
    await writeWorkspaceFile('history/app.ts', `export const token = "${removed}";\n`);
    git(['add', 'history/app.ts']);
    git(['commit', '-q', '-m', 'add app']);
    leakCommit = git(['rev-parse', 'HEAD']);
    await writeWorkspaceFile('history/app.ts', 'export const token = process.env.GITHUB_TOKEN;\n');
    git(['commit', '-q', '-am', 'read the token from the environment']);
  });

  after(async () => {
    await closeAllEditors();
    for (const rel of ['.git', 'history']) rmSync(workspaceUri(rel).fsPath, { recursive: true, force: true });
  });

  it('lists a secret found only in history with its commit, opens the file at that commit, and exports it as rotation needed', async () => {
    const reportShown = nextEvent(api.audit.panel.onDidPost, (m) => m.view.history !== undefined, 60_000);
    const result = await vscode.commands.executeCommand<Awaited<ReturnType<ExtensionApi['audit']['run']>>>(
      'aiSecretGuard.auditWorkspaceHistory',
    );
    assert.ok(result?.history, 'the audit ran its history pass');
    assert.equal(result.history.cancelled, false);
    assert.ok(!result.report.findings.some((f) => f.path === 'history/app.ts'), 'the working tree is clean');
    const [found] = result.history.onlyInHistory.filter((f) => f.path === 'history/app.ts');
    assert.ok(found, 'the removed secret is found in history');
    assert.deepEqual([found.commit?.sha, found.startLine, found.ruleId], [leakCommit, 1, 'github-pat-classic']);

    const shown = await reportShown;
    const messages = JSON.stringify(shown);
    assert.match(messages, new RegExp(`"commit":"${leakCommit.slice(0, 12)}"`), 'the report shows the commit');
    assert.ok(!messages.includes(removed), 'no secret value reaches the webview');

    const id = result.history.onlyInHistory.indexOf(found);
    const opened = nextEvent(
      vscode.window.onDidChangeActiveTextEditor,
      (e) => e?.document.uri.scheme === 'ai-secret-guard-commit',
      15_000,
    );
    await api.audit.openAtCommit(id);
    const editor = (await opened)!;
    assert.equal(
      editor.document.getText(editor.selection),
      removed,
      'the file as it was at the commit, with the secret selected',
    );

    const evidence = api.audit.render('evidence', result);
    assert.match(
      evidence,
      new RegExp(`in git history only: \`history/app\\.ts:1\` added in commit \`${leakCommit.slice(0, 12)}\``),
    );
    assert.doesNotMatch(evidence, /Git history was not scanned/);
    assert.ok(!evidence.includes(removed));
  });

  it('cancels the history pass from its progress, and says the result is partial', async () => {
    // Many small commits on a side branch, written by fast-import in one go.
    const head = git(['rev-parse', 'HEAD']);
    const commits = Array.from({ length: 3000 }, (_, i) => {
      const body = `export const v${i} = ${i};\n`;
      return `commit refs/heads/bulk\ncommitter Dev <dev@example.test> ${1_700_000_000 + i} +0000\ndata 4\nbulk\n${i === 0 ? `from ${head}\n` : ''}M 100644 inline history/bulk${i % 50}.ts\ndata ${body.length}\n${body}\n`;
    });
    git(['fast-import', '--quiet'], commits.join(''));
    const source = new vscode.CancellationTokenSource();
    const progress = api.audit.onDidProgress((p) => {
      if (p.unit === 'commits' && p.done > 0) source.cancel();
    });
    try {
      const result = await api.audit.run({ history: true, cancellation: source.token, showReport: false });
      assert.ok(result?.history);
      assert.equal(result.history.cancelled, true);
      assert.match(api.audit.render('evidence', result), /The git history scan was cancelled: it is partial/);
    } finally {
      progress.dispose();
      source.dispose();
    }
  });
});
