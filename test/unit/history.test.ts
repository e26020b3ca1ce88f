import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatFingerprintKey, newFingerprintKey } from '../../src/core/fingerprint';
import { sessionFingerprintKey } from '../../src/scan/fingerprintKey';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { startLogs } from '../../src/scan/historyGit';
import { scanHistory } from '../../src/scan/historyScan';
import { GitRepo } from '../support/gitRepo';
import { runCli } from '../support/runCli';

// Every token is generated at runtime by FakeTokens: nothing committed is a credential.
const fake = new FakeTokens(16016);

interface JsonFinding {
  ruleId: string;
  path: string;
  startLine: number;
  preview: string;
  fingerprint: string;
  commit: string;
  author: string;
  date: string;
  commits: string[];
}

/** `scan --history` as JSON: its findings, exit code and stderr. */
async function history(
  repo: GitRepo,
  args: string[] = [],
  jobs = 1,
): Promise<{ code: number; findings: JsonFinding[]; doc: Record<string, unknown>; stderr: string }> {
  const run = await runCli(['scan', '--history', '-f', 'json', ...args], repo.root, { jobs });
  assert.ok(run.code === 0 || run.code === 1, run.stderr);
  const doc = JSON.parse(run.stdout) as { findings: JsonFinding[] };
  return { code: run.code, findings: doc.findings, doc, stderr: run.stderr };
}

const tokenLine = (token: string) => `export const token = "${token}";\n`;

describe('scan --history: where secrets were added', function () {
  this.timeout(60_000);
  let repo: GitRepo;
  beforeEach(() => {
    repo = new GitRepo({ 'README.md': 'hello\n' });
    repo.commit('init');
  });
  afterEach(() => repo.dispose());

  it('reports a secret added then removed once, at the commit that added it, with author, date and line', async () => {
    const token = fake.githubStyle('ghp_');
    const added = repo.commit('add config', { 'src/config.ts': '// settings\n' + tokenLine(token) });
    repo.commit('use the environment', {
      'src/config.ts': '// settings\nexport const token = process.env.GITHUB_TOKEN;\n',
    });
    const { code, findings } = await history(repo);
    assert.equal(code, 1);
    assert.equal(findings.length, 1);
    const [f] = findings;
    assert.equal(f!.ruleId, 'github-pat-classic');
    assert.deepEqual([f!.path, f!.startLine, f!.commit, f!.commits], ['src/config.ts', 2, added, [added]]);
    assert.equal(f!.author, 'Dev One');
    assert.match(f!.date, /^2023-11-14T/);
    assert.ok(!JSON.stringify(findings).includes(token), 'the report never holds the secret');
  });

  it('finds nothing in a clean history and exits 0', async () => {
    repo.commit('docs', { 'docs/a.md': '# Title\nNothing to see.\n' });
    const { code, findings, doc } = await history(repo);
    assert.equal(code, 0);
    assert.deepEqual(findings, []);
    assert.equal((doc['history'] as { commitsScanned: number }).commitsScanned, 2);
  });

  it('attributes a secret from a merged side branch to the branch commit, and one a merge adds to the merge', async () => {
    const onBranch = fake.githubStyle('ghp_');
    const inMerge = fake.githubStyle('ghp_');
    repo.git('checkout', '-q', '-b', 'feature');
    const branchCommit = repo.commit('feature work', { 'src/feature.ts': tokenLine(onBranch) });
    repo.git('checkout', '-q', 'main');
    repo.commit('main work', { 'src/main.ts': 'export const x = 1;\n' });
    repo.git('merge', '-q', '--no-ff', '--no-commit', 'feature');
    // An "evil merge": the merge commit itself adds a line neither parent has.
    repo.write({ 'src/main.ts': 'export const x = 1;\n' + tokenLine(inMerge) });
    repo.git('add', '-A');
    const merge = repo.commit('merge feature');
    const { findings } = await history(repo);
    const byCommit = new Map(findings.map((f) => [f.commit, f]));
    assert.equal(findings.length, 2);
    assert.equal(byCommit.get(branchCommit)?.path, 'src/feature.ts');
    assert.deepEqual(
      byCommit.get(branchCommit)?.commits,
      [branchCommit],
      'the merge that brings it in does not add it again',
    );
    assert.equal(byCommit.get(merge)?.path, 'src/main.ts');
    assert.equal(byCommit.get(merge)?.startLine, 2);
  });

  it('scans every ref by default, and only the named branch with --branch or a range', async () => {
    const token = fake.githubStyle('ghp_');
    repo.git('checkout', '-q', '-b', 'side');
    const side = repo.commit('side', { 'side.ts': tokenLine(token) });
    repo.git('checkout', '-q', 'main');
    assert.deepEqual(
      (await history(repo)).findings.map((f) => f.commit),
      [side],
    );
    assert.deepEqual((await history(repo, ['--branch', 'main'])).findings, []);
    assert.deepEqual(
      (await history(repo, ['main..side'])).findings.map((f) => f.commit),
      [side],
    );
  });

  it('after an amend, reports what the amended commit adds; the replaced commit is no longer reachable', async () => {
    const first = fake.githubStyle('ghp_');
    const second = fake.githubStyle('ghp_');
    const replaced = repo.commit('wip', { 'a.ts': tokenLine(first) });
    const amended = repo.commit('wip, amended', { 'a.ts': tokenLine(second) }, ['--amend']);
    assert.notEqual(replaced, amended);
    const { findings } = await history(repo);
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.commit, amended);
    // The same fake generator seed, rebuilt: the reported secret is the second one.
    assert.equal(findings[0]!.preview, second.slice(0, 4) + '…(40 chars)');
  });

  it('reports a secret added again later once, with every commit that adds it, oldest first', async () => {
    const token = fake.githubStyle('ghp_');
    const one = repo.commit('one', { 'a.ts': tokenLine(token) });
    repo.commit('remove', { 'a.ts': null });
    const two = repo.commit('again elsewhere', { 'lib/b.ts': tokenLine(token) });
    const { findings } = await history(repo);
    assert.equal(findings.length, 1);
    assert.deepEqual([findings[0]!.commit, findings[0]!.path, findings[0]!.commits], [one, 'a.ts', [one, two]]);
  });

  it('does not report a renamed file again: the rename adds nothing', async () => {
    const token = fake.githubStyle('ghp_');
    const added = repo.commit('add', {
      'old/name.ts': '// a file long enough to be seen as renamed\n' + tokenLine(token) + 'export const other = 2;\n',
    });
    repo.git('mv', 'old/name.ts', 'new-name.ts');
    repo.commit('rename');
    const { findings } = await history(repo);
    assert.equal(findings.length, 1);
    assert.deepEqual([findings[0]!.commit, findings[0]!.path, findings[0]!.commits], [added, 'old/name.ts', [added]]);
  });

  it('--max-commits and --since read only the newest commits', async () => {
    const old = fake.githubStyle('ghp_');
    repo.commit('old secret', { 'a.ts': tokenLine(old) });
    const recent = repo.commit('later', { 'b.ts': 'export const y = 2;\n' });
    const limited = await history(repo, ['--max-commits', '1']);
    assert.deepEqual(limited.findings, []);
    assert.equal((limited.doc['history'] as { commitsScanned: number }).commitsScanned, 1);
    const since = await history(repo, ['--since', repo.git('log', '-1', '--format=%cI', recent)]);
    assert.deepEqual(since.findings, []);
    assert.equal((await history(repo, ['--max-commits', '2'])).findings.length, 1);
  });

  it('finds a multi-line private key added in one commit, at its first line', async () => {
    const pem = fake.pem('RSA PRIVATE KEY');
    const added = repo.commit('key', { 'deploy/id_rsa': pem + '\n' });
    const { findings } = await history(repo);
    assert.equal(findings.length, 1);
    assert.deepEqual([findings[0]!.commit, findings[0]!.startLine], [added, 1]);
  });

  it('gives the same report with one worker and with two', async () => {
    for (let i = 0; i < 30; i++)
      repo.commit(`c${i}`, {
        [`src/m${i % 7}.ts`]: `export const v${i} = ${i};\n` + (i % 5 === 0 ? tokenLine(fake.githubStyle('ghp_')) : ''),
      });
    // Without a key file each run publishes under its own random key; with one, runs agree.
    writeFileSync(path.join(repo.root, '.ai-secret-guard-key'), formatFingerprintKey(newFingerprintKey()));
    const one = await history(repo, [], 1);
    const two = await history(repo, [], 2);
    assert.equal(one.findings.length, 6);
    assert.deepEqual(two.findings, one.findings);
  });

  it('names a secret by the same published fingerprint as a scan of the files does', async () => {
    writeFileSync(path.join(repo.root, '.ai-secret-guard-key'), formatFingerprintKey(newFingerprintKey()));
    repo.commit('add', { 'src/a.ts': tokenLine(fake.githubStyle('ghp_')) });
    const files = await runCli(['scan', '-f', 'json', 'src'], repo.root, { jobs: 1 });
    const inFiles = (JSON.parse(files.stdout) as { findings: JsonFinding[] }).findings;
    const inHistory = (await history(repo, [], 1)).findings;
    assert.equal(inFiles.length, 1);
    assert.deepEqual(
      inHistory.map((f) => f.fingerprint),
      inFiles.map((f) => f.fingerprint),
    );
  });

  it('gives the same result when the history is split between two git processes', async () => {
    const token = fake.githubStyle('ghp_');
    for (let i = 0; i < 12; i++)
      repo.commit(`c${i}`, {
        [`src/m${i % 3}.ts`]:
          `export const v${i} = ${i};\n` +
          (i % 4 === 0 ? tokenLine(fake.githubStyle('ghp_')) : '') +
          (i === 5 || i === 9 ? tokenLine(token) : ''),
      });
    repo.commit('asset', { 'logo.png': Buffer.from([0x89, 0x50, 0, 0, 1]) });
    const options = {
      root: repo.root,
      selection: { revisions: [] },
      maxFileSize: 1 << 20,
      maxLineLength: 4096,
      publish: sessionFingerprintKey().publish,
    };
    const whole = await scanHistory({ ...options, jobs: 1 });
    const logs = await startLogs(repo.root, options.selection, 2, 2);
    logs.forEach((l) => l.child.kill());
    assert.deepEqual(
      logs.map((l) => l.first),
      [0, Math.ceil(whole.commits / 2)],
      'two git processes, each a contiguous run',
    );
    const split = await scanHistory({ ...options, jobs: 2, splitAbove: 2 });
    assert.equal(whole.findings.length, 4);
    assert.deepEqual(split.findings, whole.findings);
    assert.deepEqual(split.skipped, whole.skipped);
    assert.equal(split.commits, whole.commits);
    assert.equal(
      whole.findings.find((f) => f.commits!.length === 2)?.commits!.length,
      2,
      'the secret added twice lists both commits',
    );
  });

  it('stops with exit 2 on a revision git does not know, or an option given as one', async () => {
    const bad = await runCli(['scan', '--history', 'no-such-branch'], repo.root, { jobs: 1 });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /git log failed/);
    const option = await runCli(['scan', '--history', '--branch=--output=x'], repo.root, { jobs: 1 });
    assert.equal(option.code, 2);
    const staged = await runCli(['scan', '--history', '--staged'], repo.root, { jobs: 1 });
    assert.equal(staged.code, 2);
    assert.match(staged.stderr, /--staged/);
  });
});
