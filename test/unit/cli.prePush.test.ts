import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { parsePushedRefs, pushSelection } from '../../src/scan/prePush';
import { GitRepo } from '../support/gitRepo';
import { runCli } from '../support/runCli';
import { TempWorkspace } from '../support/tempWorkspace';

// Every token is generated at runtime by FakeTokens: nothing committed is a credential.
const fake = new FakeTokens(16018);
const tokenLine = (token: string) => `export const token = "${token}";\n`;

describe('pre-push hook, end to end with a bare remote', function () {
  this.timeout(120_000);
  let repo: GitRepo;
  let remote: TempWorkspace;
  const hookFile = () => path.resolve(repo.root, repo.git('rev-parse', '--git-path', 'hooks'), 'pre-push');
  const push = (...args: string[]) => {
    const r = spawnSync('git', ['push', ...args], { cwd: repo.root, encoding: 'utf8' });
    return { status: r.status, output: r.stdout + r.stderr };
  };
  const remoteHas = (ref: string) =>
    spawnSync('git', ['rev-parse', '--verify', '-q', ref], { cwd: remote.root, encoding: 'utf8' }).stdout.trim();

  beforeEach(async () => {
    remote = new TempWorkspace();
    execFileSync('git', ['init', '-q', '--bare', remote.root]);
    repo = new GitRepo({ 'README.md': 'hello\n' });
    repo.commit('init');
    repo.git('remote', 'add', 'origin', remote.root);
    const installed = await runCli(['install-hook', '--pre-push'], repo.root);
    assert.equal(installed.code, 0, installed.stderr);
    assert.match(installed.stdout, /installed \.git\/hooks\/pre-push/);
  });
  afterEach(() => {
    repo.dispose();
    remote.dispose();
  });

  it('stops a push whose commits add a secret, even one removed again, and lets a clean push through', async () => {
    assert.equal(push('-q', 'origin', 'main').status, 0, 'the first, clean push of a new branch');
    const token = fake.githubStyle('ghp_');
    const leaked = repo.commit('oops', { 'config.ts': tokenLine(token) });
    repo.commit('remove it again', { 'config.ts': 'export const token = process.env.GITHUB_TOKEN;\n' });
    const blocked = push('origin', 'main');
    assert.notEqual(blocked.status, 0);
    assert.match(blocked.output, /config\.ts:1:\d+ +high +GitHub personal access token/);
    assert.match(blocked.output, new RegExp(`first added in commit ${leaked.slice(0, 12)}`));
    assert.match(blocked.output, /2 commits \(/, 'exactly the two commits being pushed');
    assert.match(blocked.output, /no longer in any ref checked: only in history/, 'the pushed main no longer holds it');
    assert.ok(!blocked.output.includes(token));
    assert.notEqual(remoteHas('main'), repo.git('rev-parse', 'HEAD'));
  });

  it('scans a new branch against what the remote already has, and ignores deletions', async () => {
    // A secret already on the remote (pushed before the hook) is not the new branch's doing.
    repo.commit('old leak', { 'old.ts': tokenLine(fake.githubStyle('ghp_')) });
    assert.equal(push('-q', '--no-verify', 'origin', 'main').status, 0);
    repo.git('checkout', '-q', '-b', 'feature');
    repo.commit('feature', { 'feature.ts': 'export const f = 1;\n' });
    const clean = push('origin', 'feature');
    assert.equal(clean.status, 0, clean.output);
    assert.match(clean.output, /1 commit \(/);
    repo.git('checkout', '-q', '-b', 'leaky');
    repo.commit('leak', { 'leak.ts': tokenLine(fake.githubStyle('ghp_')) });
    const leaky = push('origin', 'leaky');
    assert.notEqual(leaky.status, 0);
    assert.match(leaky.output, /still in leaky/, 'named as the branch being pushed');
    assert.equal(remoteHas('refs/heads/leaky'), '');
    const deletion = push('origin', '--delete', 'feature');
    assert.equal(deletion.status, 0, deletion.output);
    assert.equal(remoteHas('refs/heads/feature'), '');
  });

  it("keeps the user's lines (which still read the ref lines) on re-install, and on uninstall", async () => {
    writeFileSync(
      hookFile(),
      readFileSync(hookFile(), 'utf8') + 'while read local_ref rest; do echo "user hook saw $local_ref"; done\n',
    );
    const again = await runCli(
      [
        'install-hook',
        '--pre-push',
        '--command',
        'node ' + JSON.stringify(path.resolve(__dirname, '../../src/cli/main.js')),
      ],
      repo.root,
    );
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /updated/);
    assert.match(readFileSync(hookFile(), 'utf8'), /user hook saw/);
    const ok = push('origin', 'main');
    assert.equal(ok.status, 0, ok.output);
    assert.match(ok.output, /user hook saw refs\/heads\/main/);
    const removed = await runCli(['uninstall-hook', '--pre-push'], repo.root);
    assert.match(removed.stdout, /your lines are kept/);
    const rest = readFileSync(hookFile(), 'utf8');
    assert.ok(!rest.includes('ai-secret-guard'));
    assert.match(rest, /^#!\/bin\/sh\nwhile read/);
  });

  it('leaves a foreign hook alone unless --force, then adds the scan to it; uninstall removes a hook of ours entirely', async () => {
    assert.equal((await runCli(['uninstall-hook', '--pre-push'], repo.root)).code, 0);
    assert.equal(existsSync(hookFile()), false);
    writeFileSync(hookFile(), '#!/bin/sh\necho "team hook"\n', { mode: 0o755 });
    const refused = await runCli(['install-hook', '--pre-push'], repo.root);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /was not written by ai-secret-guard/);
    assert.equal((await runCli(['install-hook', '--pre-push', '--force'], repo.root)).code, 0);
    const text = readFileSync(hookFile(), 'utf8');
    assert.ok(text.startsWith('#!/bin/sh\n# >>> ai-secret-guard pre-push hook'));
    assert.match(text, /echo "team hook"\n$/);
  });
});

describe('pre-push ref lines', () => {
  const zero = '0'.repeat(40);
  it('names the pushed commits, leaves out what the remote has, and ignores deletions', () => {
    const [a, b, c] = [fake.hex(40), fake.hex(40), fake.hex(40)];
    const refs = parsePushedRefs(
      `refs/heads/main ${a} refs/heads/main ${b}\nrefs/heads/new ${c} refs/heads/new ${zero}\n(delete) ${zero} refs/heads/old ${b}\nnoise\n`,
    );
    assert.equal(refs.length, 3);
    const tips = [
      { name: 'main', revision: a },
      { name: 'new', revision: c },
    ];
    assert.deepEqual(pushSelection(refs, 'origin', new Set([b])), {
      revisions: [a, c],
      exclude: { remote: 'origin', commits: [b] },
      tips,
    });
    assert.deepEqual(
      pushSelection(refs, 'origin', new Set()),
      { revisions: [a, c], exclude: { remote: 'origin', commits: [] }, tips },
      'a remote commit never fetched cannot be named',
    );
    assert.equal(pushSelection(refs.slice(2), 'origin', new Set()), undefined, 'a deletion sends nothing');
  });
});
