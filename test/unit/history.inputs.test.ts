import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { PatchParser, unquoteGitPath, type PatchUnit } from '../../src/scan/historyPatch';
import { withoutCredentials } from '../../src/scan/historyGit';
import { GitRepo } from '../support/gitRepo';
import { runCli } from '../support/runCli';
import { TempWorkspace } from '../support/tempWorkspace';

// Every token is generated at runtime by FakeTokens: nothing committed is a credential.
const fake = new FakeTokens(16017);
const tokenLine = (token: string) => `export const token = "${token}";\n`;

interface Doc {
  findings: { path: string; commit: string; fingerprint: string }[];
  skipped: { path: string; reason: string; detail?: string }[];
  summary: { baselined: number };
  history: { unreachable?: string; submodules: string[]; commitsScanned: number };
}

async function scanJson(
  repo: { root: string },
  args: string[] = [],
): Promise<{ code: number; doc: Doc; stderr: string }> {
  const run = await runCli(['scan', '--history', '-f', 'json', ...args], repo.root, { jobs: 1 });
  assert.ok(run.code === 0 || run.code === 1, run.stderr);
  return { code: run.code, doc: JSON.parse(run.stdout) as Doc, stderr: run.stderr };
}

describe('scan --history: what the team accepts and inputs that cannot be scanned', function () {
  this.timeout(60_000);
  let repo: GitRepo;
  beforeEach(() => {
    repo = new GitRepo({ 'README.md': 'hello\n' });
    repo.commit('init');
  });
  afterEach(() => repo.dispose());

  it('honours a baseline written from history, and inline suppressions', async () => {
    repo.commit('secret', { 'a.ts': tokenLine(fake.githubStyle('ghp_')) });
    repo.commit('allowed inline', {
      'b.ts': `export const t = "${fake.githubStyle('ghp_')}"; // ai-secret-guard:allow\n`,
    });
    const written = await runCli(['baseline', '--history', '-o', 'base.json'], repo.root, { jobs: 1 });
    assert.equal(written.code, 0, written.stderr);
    assert.match(written.stderr, /wrote 1 finding/);
    const { code, doc } = await scanJson(repo, ['--baseline', 'base.json']);
    assert.equal(code, 0);
    assert.deepEqual(doc.findings, []);
    assert.equal(doc.summary.baselined, 1);
  });

  it('applies .gitleaksignore fingerprints to their own commit only', async () => {
    const token = fake.githubStyle('ghp_');
    const first = repo.commit('first', { 'a.ts': tokenLine(token) });
    repo.commit('remove', { 'a.ts': null });
    repo.write({ '.gitleaksignore': `${first}:a.ts:github-pat:1\n` });
    assert.deepEqual((await scanJson(repo)).doc.findings, []);
    const elsewhere = repo.commit('again', { 'a.ts': tokenLine(token) });
    const { doc } = await scanJson(repo);
    assert.deepEqual(
      doc.findings.map((f) => f.commit),
      [elsewhere],
      'the same line in another commit is not covered',
    );
  });

  it('applies a gitleaks allowlist of commits', async () => {
    const allowed = repo.commit('vendored fixture', { 'a.ts': tokenLine(fake.githubStyle('ghp_')) });
    const kept = repo.commit('real one', { 'b.ts': tokenLine(fake.githubStyle('ghp_')) });
    repo.write({ '.gitleaks.toml': `[allowlist]\ncommits = ["${allowed.slice(0, 10)}"]\n` });
    const { doc, stderr } = await scanJson(repo);
    assert.deepEqual(
      doc.findings.map((f) => f.commit),
      [kept],
    );
    assert.match(stderr, /1 finding\(s\) allowed/);
    assert.deepEqual((await scanJson(repo, ['--no-gitleaks'])).doc.findings.length, 2);
  });

  it('lists binary and too-large file changes and submodules, and names non-UTF-8 paths', async () => {
    repo.commit('assets', {
      'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]),
      'big.txt': 'line of text\n'.repeat(200),
    });
    const dep = new GitRepo({ 'x.ts': 'export {};\n' });
    const depCommit = dep.commit('dep');
    repo.git('update-index', '--add', '--cacheinfo', `160000,${depCommit},vendor/dep`);
    repo.git('commit', '-q', '-m', 'submodule'); // not commit(): its `add -A` would drop the gitlink
    dep.dispose();
    writeFileSync(
      Buffer.concat([Buffer.from(repo.root + path.sep), Buffer.from([0x63, 0xff, 0x2e, 0x74, 0x73])]),
      tokenLine(fake.githubStyle('ghp_')),
    );
    repo.commit('latin-1 name');
    const { doc, stderr } = await scanJson(repo, ['--max-file-size', '1k']);
    const skipped = doc.skipped.map((s) => `${s.path} ${s.reason}`).sort();
    assert.deepEqual(skipped, ['big.txt too-large', 'logo.png binary']);
    assert.match(doc.skipped[0]!.detail!, /^commit [0-9a-f]{12}$/);
    assert.deepEqual(doc.history.submodules, ['vendor/dep']);
    assert.match(stderr, /submodules listed, not entered: vendor\/dep/);
    assert.deepEqual(
      doc.findings.map((f) => f.path),
      ['c\uFFFD.ts'],
    );
  });

  it('in a shallow clone, says which history was not reachable and still scans what is there', async () => {
    const token = fake.githubStyle('ghp_');
    repo.commit('old', { 'a.ts': tokenLine(token) });
    repo.commit('middle', { 'b.ts': 'export const b = 1;\n' });
    repo.commit('new', { 'c.ts': 'export const c = 1;\n' });
    const clone = new TempWorkspace();
    try {
      execFileSync('git', ['clone', '-q', '--depth', '2', `file://${repo.root}`, clone.root], { stdio: 'ignore' });
      const boundary = execFileSync('git', ['rev-parse', 'HEAD~1'], { cwd: clone.root, encoding: 'utf8' }).trim();
      const { doc, stderr } = await scanJson(clone);
      assert.equal(doc.history.commitsScanned, 2);
      assert.match(doc.history.unreachable!, new RegExp(`shallow clone: .*${boundary.slice(0, 12)}.*not scanned`));
      assert.match(stderr, /shallow clone/);
      // The boundary commit shows its whole tree as added: the older secret is found there.
      assert.deepEqual(
        doc.findings.map((f) => [f.path, f.commit]),
        [['a.ts', boundary]],
      );
    } finally {
      clone.dispose();
    }
  });

  it('writes SARIF with versionControlProvenance (remote without credentials) and the commit in each result', async () => {
    const added = repo.commit('secret', { 'a.ts': tokenLine(fake.githubStyle('ghp_')) });
    const password = fake.alnum(12);
    repo.git('remote', 'add', 'origin', `https://bot:${password}@example.test/org/repo.git`);
    const run = await runCli(['scan', '--history', '-f', 'sarif'], repo.root, { jobs: 1 });
    assert.ok(!run.stdout.includes(password));
    const sarif = JSON.parse(run.stdout) as {
      runs: {
        versionControlProvenance: { repositoryUri: string; revisionId: string; branch: string }[];
        results: { properties: { commit: string } }[];
      }[];
    };
    const [provenance] = sarif.runs[0]!.versionControlProvenance;
    assert.deepEqual(
      [provenance!.repositoryUri, provenance!.revisionId, provenance!.branch],
      ['https://example.test/org/repo.git', added, 'main'],
    );
    assert.equal(sarif.runs[0]!.results[0]!.properties.commit, added);
    const text = await runCli(['scan', '--history'], repo.root, { jobs: 1 });
    assert.match(text.stdout, new RegExp(`first added in commit ${added.slice(0, 12)} by Dev One`));
    assert.match(text.stdout, /2 commits \(2 file changes\) scanned/);
  });
});

describe('history patch parsing', () => {
  it('unquotes C-quoted git paths, octal bytes as UTF-8', () => {
    assert.equal(unquoteGitPath('"b/caf\\303\\251 \\"x\\"\\t.ts"'), 'b/café "x"\t.ts');
    assert.equal(unquoteGitPath('b/plain.ts'), 'b/plain.ts');
  });

  it('maps added lines to their lines in the file, keeping separate runs apart, across chunk boundaries', () => {
    const units: PatchUnit[] = [];
    const parser = new PatchParser(
      { commit: () => undefined, unit: (u) => units.push(u), skip: () => undefined },
      1 << 20,
    );
    const text = [
      '\x01' + 'a'.repeat(40) + '\0\0' + '1700000000\0' + '2023-11-14T22:13:20+00:00\0Dev',
      '',
      'diff --git a/f.ts b/f.ts',
      'index 1..2 100644',
      '--- a/f.ts',
      '+++ b/f.ts',
      '@@ -2,0 +3,2 @@',
      '+one',
      '+two',
      '@@ -9 +10 @@',
      '-old',
      '+ten',
      '',
    ].join('\n');
    const bytes = Buffer.from(text);
    for (let i = 0; i < bytes.length; i += 7) parser.push(bytes.subarray(i, i + 7));
    parser.end();
    assert.equal(units.length, 1);
    assert.equal(units[0]!.path, 'f.ts');
    assert.equal(units[0]!.content.toString(), 'one\ntwo\n\nten\n');
    assert.deepEqual([...units[0]!.lines], [3, 4, 0, 10]);
  });

  it('removes credentials from remote URLs', () => {
    const user = 'u' + fake.lower(5);
    assert.equal(withoutCredentials(`https://${user}:${fake.alnum(10)}@host.test/r.git`), 'https://host.test/r.git');
    assert.equal(withoutCredentials('git@host.test:org/r.git'), 'git@host.test:org/r.git');
  });
});
