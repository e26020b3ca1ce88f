import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { runCli } from '../support/runCli';
import { TempWorkspace } from '../support/tempWorkspace';

// `scan --staged` must see exactly what the next commit would hold: every change type and any file
// name. Each repository is real (git in a temporary folder); tokens are fake, built at runtime.
const fake = new FakeTokens(1212);
const token = () => `TOKEN = "${fake.githubStyle('ghp_')}"\n`;

interface Finding {
  path: string;
}

class Repo extends TempWorkspace {
  constructor() {
    super();
    this.git('init', '-q', '-b', 'main');
  }

  git(...args: string[]): string {
    return execFileSync(
      'git',
      ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args],
      { cwd: this.root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
  }

  commit(message = 'c'): void {
    this.git('commit', '-q', '--allow-empty', '-m', message);
  }

  async staged(): Promise<{ code: number; paths: string[]; scanned: number; stderr: string }> {
    const r = await runCli(['scan', '--staged', '-f', 'json'], this.root, { jobs: 1 });
    const doc = JSON.parse(r.stdout) as { findings: Finding[]; summary: { filesScanned: number } };
    return {
      code: r.code,
      paths: doc.findings.map((f) => f.path).sort(),
      scanned: doc.summary.filesScanned,
      stderr: r.stderr,
    };
  }
}

describe('adversarial input: scan --staged covers what git would commit', function () {
  this.timeout(30_000);
  let repo: Repo;
  beforeEach(() => (repo = new Repo()));
  afterEach(() => repo.dispose());

  it('reads names with a newline, quotes and a tab exactly, and loses no file after them', async () => {
    repo.write({ 'a\nb.py': token(), "quote\"d 'name'.py": token(), 'tab\there.py': token(), 'zz-last.py': token() });
    repo.git('add', '-A');
    const r = await repo.staged();
    assert.equal(r.code, 1);
    assert.deepEqual(r.paths, ['a\nb.py', "quote\"d 'name'.py", 'tab\there.py', 'zz-last.py'].sort());
    assert.equal(r.scanned, 4);
  });

  it('reads a name that is not UTF-8', async () => {
    writeFileSync(
      Buffer.concat([Buffer.from(repo.root + '/bad-'), Buffer.from([0xff, 0xfe]), Buffer.from('.py')]),
      token(),
    );
    repo.write({ 'after.py': token() });
    repo.git('add', '-A');
    const r = await repo.staged();
    assert.equal(r.paths.length, 2);
    assert.ok(r.paths.some((p) => p.startsWith('bad-')));
    assert.ok(r.paths.includes('after.py'));
  });

  it('scans added, modified, renamed and copied files and skips deleted and unchanged ones', async () => {
    repo.write({ 'keep.py': 'x = 1\n', 'modify.py': 'x = 1\n', 'rename-me.py': 'x = 1\n', 'delete.py': token() });
    repo.git('add', '-A');
    repo.commit();
    repo.write({ 'added.py': token(), 'modify.py': token() });
    repo.git('mv', 'rename-me.py', 'renamed.py');
    repo.write({ 'renamed.py': token(), 'copy.py': token() });
    rmSync(repo.path('delete.py'));
    repo.git('add', '-A');
    const r = await repo.staged();
    assert.deepEqual(r.paths, ['added.py', 'copy.py', 'modify.py', 'renamed.py']);
    assert.equal(r.scanned, 4);
  });

  it('scans a type change: a committed symlink replaced by a regular file holding a token', async () => {
    repo.write({ 'target.txt': 'nothing\n' });
    symlinkSync('target.txt', repo.path('config.py'));
    repo.git('add', '-A');
    repo.commit();
    rmSync(repo.path('config.py'));
    repo.write({ 'config.py': token() });
    repo.git('add', '-A');
    assert.match(repo.git('diff', '--cached', '--name-status'), /^T\tconfig\.py$/m);
    const r = await repo.staged();
    assert.deepEqual(r.paths, ['config.py']);
  });

  it('scans the incoming side of an unresolved merge conflict (ours is HEAD, already committed)', async () => {
    repo.write({ 'app.py': 'x = 1\n' });
    repo.git('add', '-A');
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'theirs');
    repo.write({ 'app.py': token() });
    repo.git('commit', '-qam', 'theirs');
    repo.git('checkout', '-q', 'main');
    repo.write({ 'app.py': 'x = 2\n' + token() });
    repo.git('commit', '-qam', 'ours');
    assert.throws(() => repo.git('merge', '-q', 'theirs'));
    const r = await repo.staged();
    assert.equal(r.code, 1);
    assert.deepEqual(r.paths, ['app.py (merge stage 3)']);
    assert.equal(r.scanned, 1);
  });

  it('scans a staged symlink: its target text is the blob git commits', async () => {
    symlinkSync(`ghp_${'x'.repeat(3)}-${fake.githubStyle('ghp_')}`, repo.path('odd-link'));
    repo.git('add', '-A');
    const r = await repo.staged();
    assert.equal(r.scanned, 1);
  });

  it('matches the tree git write-tree would commit, file for file', async () => {
    repo.write({ 'one.py': 'x = 1\n', 'two/two.py': 'x = 2\n' });
    repo.git('add', '-A');
    repo.commit();
    repo.write({ 'one.py': token(), 'three.py': token(), 'two/new\nline.py': token() });
    repo.git('add', '-A');
    const tree = repo.git('write-tree').trim();
    const changed = repo
      .git('diff-tree', '-r', '-z', '--no-renames', '--name-only', '--diff-filter=AMT', 'HEAD', tree)
      .split('\0')
      .filter(Boolean)
      .sort();
    const r = await repo.staged();
    assert.deepEqual(r.paths, changed);
    assert.equal(r.scanned, changed.length);
  });

  it('lists a staged blob over the size limit as skipped without reading it', async () => {
    repo.write({ 'big.txt': 'a'.repeat(4096), 'small.py': token() });
    repo.git('add', '-A');
    const r = await runCli(['scan', '--staged', '-f', 'json', '--max-file-size', '1k'], repo.root, { jobs: 1 });
    const doc = JSON.parse(r.stdout) as { skipped: { path: string; reason: string }[] };
    assert.deepEqual(doc.skipped, [{ path: 'big.txt', reason: 'too-large' }]);
    assert.equal(path.basename(JSON.parse(r.stdout).findings[0].path), 'small.py');
  });
});
