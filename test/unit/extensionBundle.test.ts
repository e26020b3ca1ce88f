import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FakeTokens } from '../../src/core/rules/fakeTokens';

const BUNDLE = path.join(__dirname, '../../../dist/extension.js');

describe("the extension's bundle run as the CLI (what the VSIX ships for agent hooks)", function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'asg-bundle-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** The bundle alone in a folder, as the VSIX installs it: no dist/cli.js, no dist/scanWorker.js beside it. */
  function installedBundle(): string {
    mkdirSync(path.join(dir, 'ext/dist'), { recursive: true });
    const copy = path.join(dir, 'ext/dist/extension.js');
    copyFileSync(BUNDLE, copy);
    return copy;
  }

  it('answers as the CLI, with its version', () => {
    const run = spawnSync(process.execPath, [installedBundle(), '--version'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const { version } = JSON.parse(readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')) as {
      version: string;
    };
    assert.equal(run.stdout.trim(), version);
  });

  it('scans a tree on thread workers that are the bundle itself', () => {
    const bundle = installedBundle();
    const tree = path.join(dir, 'tree');
    mkdirSync(tree);
    // Enough files for the thread pool (small jobs scan in-process); one holds a fake GitHub token
    // generated at runtime.
    for (let i = 0; i < 120; i++) writeFileSync(path.join(tree, `f${i}.py`), `value_${i} = ${i}\n`);
    writeFileSync(path.join(tree, 'client.py'), `token = "${new FakeTokens(5).githubStyle('ghp_')}"\n`);
    const run = spawnSync(process.execPath, [bundle, 'scan', tree, '-j', '2', '--format', 'json'], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 1, run.stderr);
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string }[]; summary: { filesScanned: number } };
    assert.equal(report.summary.filesScanned, 121);
    assert.deepEqual(
      report.findings.map((f) => f.ruleId),
      ['github-pat-classic'],
    );
  });
});
