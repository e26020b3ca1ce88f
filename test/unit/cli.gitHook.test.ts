import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { TempWorkspace } from '../support/tempWorkspace';
import { runCli } from '../support/runCli';

// Every token is generated at runtime by FakeTokens: nothing committed is a credential.
const fake = new FakeTokens(31337);

const cli = (args: string[], cwd: string, stdin = '', env: Record<string, string> = {}) =>
  runCli(args, cwd, { stdin, env });

describe('CLI: install-hook and uninstall-hook', function () {
  this.timeout(60_000);
  let repo: TempWorkspace;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo.root, encoding: 'utf8' }).trim();

  beforeEach(() => {
    repo = new TempWorkspace({ 'README.md': 'hello\n' });
    git('init', '-q');
    git('config', 'user.email', 'test@example.test');
    git('config', 'user.name', 'Test');
    git('config', 'commit.gpgsign', 'false');
  });
  afterEach(() => repo.dispose());

  const hookFile = () => path.resolve(repo.root, git('rev-parse', '--git-path', 'hooks'), 'pre-commit');

  it('installs an executable hook, idempotently, that stops a commit adding a secret', async () => {
    const first = await cli(['install-hook'], repo.root);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /installed \.git\/hooks\/pre-commit/);
    assert.ok((statSync(hookFile()).mode & 0o111) !== 0);
    const again = await cli(['install-hook'], repo.root);
    assert.match(again.stdout, /already installed/);

    const secret = fake.githubStyle('ghp_');
    repo.write({ 'config.ts': `export const token = "${secret}";\n` });
    git('add', 'config.ts');
    const blocked = spawnSync('git', ['commit', '-m', 'add config'], { cwd: repo.root, encoding: 'utf8' });
    assert.equal(blocked.status, 1);
    assert.match(blocked.stdout + blocked.stderr, /config\.ts:1:\d+ +high +GitHub personal access token/);
    assert.ok(!(blocked.stdout + blocked.stderr).includes(secret));
    assert.throws(
      () => execFileSync('git', ['rev-parse', '--verify', '-q', 'HEAD'], { cwd: repo.root, stdio: 'ignore' }),
      'nothing was committed',
    );

    repo.write({ 'config.ts': 'export const token = process.env.GITHUB_TOKEN;\n' });
    git('add', 'config.ts');
    const clean = spawnSync('git', ['commit', '-m', 'add config'], { cwd: repo.root, encoding: 'utf8' });
    assert.equal(clean.status, 0, clean.stdout + clean.stderr);
  });

  it('keeps the lines a user added around our block when it is installed again, and when it is removed', async () => {
    assert.equal((await cli(['install-hook'], repo.root)).code, 0);
    const ran = path.join(repo.root, '.git', 'ran.txt');
    const mark = (word: string) => `echo ${word} >> "$(git rev-parse --git-dir)/ran.txt"`;
    const installed = readFileSync(hookFile(), 'utf8');
    writeFileSync(
      hookFile(),
      installed.replace('#!/bin/sh\n', `#!/bin/sh\n${mark('before')}\n`) + `${mark('after')}\n`,
    );

    const main = path.resolve(__dirname, '../../src/cli/main.js');
    const updated = await cli(['install-hook', '--command', `node '${main}'`], repo.root);
    assert.equal(updated.code, 0, updated.stderr);
    assert.match(updated.stdout, /updated \.git\/hooks\/pre-commit/);
    const hook = readFileSync(hookFile(), 'utf8');
    assert.ok(hook.startsWith(`#!/bin/sh\n${mark('before')}\n# ai-secret-guard pre-commit hook`), hook);
    assert.ok(hook.endsWith(`# <<< ai-secret-guard pre-commit hook <<<\n${mark('after')}\n`), hook);
    assert.ok(hook.includes(`node '${main}' scan --staged || exit $?`));
    assert.equal(hook.split('# ai-secret-guard pre-commit hook').length, 2, 'one block');

    git('add', 'README.md');
    assert.equal(spawnSync('git', ['commit', '-qm', 'readme'], { cwd: repo.root }).status, 0);
    assert.equal(readFileSync(ran, 'utf8'), 'before\nafter\n', 'the lines after a passing scan run');
    repo.write({ 'config.ts': `export const token = "${fake.githubStyle('ghp_')}";\n` });
    git('add', 'config.ts');
    assert.equal(spawnSync('git', ['commit', '-qm', 'config'], { cwd: repo.root }).status, 1);
    assert.equal(readFileSync(ran, 'utf8'), 'before\nafter\nbefore\n', 'a failing scan stops the hook');

    const removed = await cli(['uninstall-hook'], repo.root);
    assert.equal(removed.code, 0, removed.stderr);
    assert.equal(readFileSync(hookFile(), 'utf8'), `#!/bin/sh\n${mark('before')}\n${mark('after')}\n`);
  });

  it('leaves a foreign hook alone, and with --force keeps it and runs it first; uninstall puts it back', async () => {
    const foreign = '#!/bin/sh\necho foreign-ran >> "$(git rev-parse --git-dir)/ran.txt"\n';
    writeFileSync(hookFile(), foreign);
    chmodSync(hookFile(), 0o755);
    const refused = await cli(['install-hook'], repo.root);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /exists and was not written by ai-secret-guard; nothing was changed/);
    assert.equal(readFileSync(hookFile(), 'utf8'), foreign);

    const forced = await cli(['install-hook', '--force'], repo.root);
    assert.equal(forced.code, 0, forced.stderr);
    assert.equal(readFileSync(hookFile() + '.pre-ai-secret-guard', 'utf8'), foreign);
    git('add', 'README.md');
    const commit = spawnSync('git', ['commit', '-m', 'readme'], { cwd: repo.root, encoding: 'utf8' });
    assert.equal(commit.status, 0, commit.stdout + commit.stderr);
    assert.equal(readFileSync(path.join(repo.root, '.git', 'ran.txt'), 'utf8'), 'foreign-ran\n');
    assert.match(
      (await cli(['install-hook', '--force'], repo.root)).stdout,
      /already installed/,
      'a second --force does not take our hook for a foreign one',
    );

    const removed = await cli(['uninstall-hook'], repo.root);
    assert.equal(removed.code, 0);
    assert.equal(readFileSync(hookFile(), 'utf8'), foreign);
    assert.ok(!existsSync(hookFile() + '.pre-ai-secret-guard'));
    assert.equal((await cli(['uninstall-hook'], repo.root)).code, 2, 'the foreign hook is not ours to remove');
  });

  it("installs where core.hooksPath points, and into a worktree's hooks folder", async () => {
    git('config', 'core.hooksPath', '.githooks');
    const r = await cli(['install-hook', '--command', 'npx --no-install ai-secret-guard'], repo.root);
    assert.match(r.stdout, /installed \.githooks\/pre-commit/);
    assert.match(
      readFileSync(path.join(repo.root, '.githooks', 'pre-commit'), 'utf8'),
      /^npx --no-install ai-secret-guard scan --staged \|\| exit \$\?$/m,
    );
    git('config', '--unset', 'core.hooksPath');

    git('add', 'README.md');
    git('commit', '-qm', 'init', '--no-verify');
    const tree = path.join(repo.root, 'wt');
    git('worktree', 'add', '-q', tree);
    const inTree = await cli(['install-hook'], tree);
    assert.equal(inTree.code, 0);
    assert.ok(
      existsSync(path.join(repo.root, '.git', 'hooks', 'pre-commit')),
      'worktrees share the common hooks folder',
    );
  });

  it('says what is wrong outside a repository and for unsupported hooks', async () => {
    const plain = new TempWorkspace({});
    try {
      const r = await cli(['install-hook'], plain.root);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /not inside a git repository/);
    } finally {
      plain.dispose();
    }
    assert.match(
      (await cli(['install-hook', '--hook', 'post-merge'], repo.root)).stderr,
      /only pre-commit \(what a commit adds\) and pre-push/,
    );
    assert.match((await cli(['uninstall-hook'], repo.root)).stdout, /nothing to remove/);
  });
});
