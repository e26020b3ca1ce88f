import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { runCli } from '../support/runCli';
import { TempWorkspace } from '../support/tempWorkspace';

// A path the user names is scanned, or the report says why not and the scan is marked partial;
// nothing is dropped in silence. Tokens are fake, built at runtime.
const fake = new FakeTokens(3434);

interface Doc {
  findings: { path: string }[];
  skipped: { path: string; reason: string; detail?: string }[];
  summary: { filesScanned: number; partial: boolean };
}

async function scanJson(
  args: string[],
  cwd: string,
  stdin?: string,
): Promise<{ code: number; doc: Doc; stderr: string }> {
  const r = await runCli(['scan', '-f', 'json', ...args], cwd, { jobs: 1, ...(stdin !== undefined ? { stdin } : {}) });
  return { code: r.code, doc: JSON.parse(r.stdout) as Doc, stderr: r.stderr };
}

describe('adversarial input: named paths are scanned or reported', function () {
  this.timeout(20_000);
  let ws: TempWorkspace;
  beforeEach(() => (ws = new TempWorkspace({ 'real.py': `TOKEN = "${fake.githubStyle('ghp_')}"\n` })));
  afterEach(() => ws.dispose());

  it('scans the file a symbolic link names', async () => {
    symlinkSync('real.py', ws.path('link.py'));
    const r = await scanJson(['link.py'], ws.root);
    assert.equal(r.code, 1);
    assert.deepEqual(
      r.doc.findings.map((f) => f.path),
      ['link.py'],
    );
  });

  it('walks the folder a symbolic link names', async () => {
    mkdirSync(ws.path('dir'));
    writeFileSync(ws.path('dir/inner.py'), `TOKEN = "${fake.githubStyle('ghp_')}"\n`);
    symlinkSync('dir', ws.path('dirlink'));
    const r = await scanJson(['dirlink'], ws.root);
    assert.deepEqual(
      r.doc.findings.map((f) => f.path),
      ['dirlink/inner.py'],
    );
  });

  it('reports a broken link, a link loop and a FIFO as unreadable, and marks the scan partial', async () => {
    symlinkSync('missing.py', ws.path('broken.py'));
    symlinkSync('loop-b', ws.path('loop-a'));
    symlinkSync('loop-a', ws.path('loop-b'));
    execFileSync('mkfifo', [ws.path('pipe')]);
    const r = await scanJson(['broken.py', 'loop-a', 'pipe', 'real.py'], ws.root);
    assert.equal(r.code, 1);
    assert.deepEqual(r.doc.skipped, [
      { path: 'broken.py', reason: 'unreadable', detail: 'ENOENT: broken symbolic link' },
      { path: 'loop-a', reason: 'unreadable', detail: 'ELOOP: symbolic link loop' },
      { path: 'pipe', reason: 'unreadable', detail: 'not a regular file: FIFO' },
    ]);
    assert.equal(r.doc.summary.partial, true);
    assert.equal(r.doc.summary.filesScanned, 1);
  });

  it('says in text output that a named broken link was not scanned', async () => {
    symlinkSync('missing.py', ws.path('broken.py'));
    const r = await runCli(['scan', 'broken.py'], ws.root, { jobs: 1 });
    assert.match(r.stdout, /skipped broken\.py \(unreadable: ENOENT: broken symbolic link\)/);
    assert.match(r.stdout, /partial scan/);
  });

  it('marks the scan partial when a folder path is over the OS limit', async () => {
    // Built one level at a time from inside, as no single call may name a path this long.
    const name = 'd'.repeat(200);
    const cwd = process.cwd();
    try {
      process.chdir(ws.root);
      for (let i = 0; i < 25; i++) {
        mkdirSync(name);
        process.chdir(name);
      }
    } finally {
      process.chdir(cwd);
    }
    try {
      const r = await scanJson(['.'], ws.root);
      assert.equal(r.doc.summary.partial, true);
      assert.ok(r.doc.skipped.some((s) => s.reason === 'unreadable' && s.detail === 'ENAMETOOLONG'));
      assert.equal(r.doc.findings.length, 1);
    } finally {
      execFileSync('rm', ['-rf', ws.path(name)]); // GNU rm removes paths longer than the OS limit
    }
  });

  it('refuses "-" twice (standard input is read once) instead of printing nothing', async () => {
    const r = await runCli(['scan', '-', '-'], ws.root, { stdin: `TOKEN=${fake.githubStyle('ghp_')}\n` });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /standard input\) can be given only once/);
  });
});
