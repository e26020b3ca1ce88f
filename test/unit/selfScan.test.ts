import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

// The project's rule: no fixture, example or bench template may hold anything a scanner would take
// for a live credential (tokens are built at run time). The README's own scan command checks it.
describe("this repository's own files", function () {
  this.timeout(180_000);

  it('hold nothing the scanner reports (the README scan exits 0)', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'scan', ROOT, '--format', 'json'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const report = JSON.parse(run.stdout) as { findings: { file?: string; path?: string; ruleId: string }[] };
    assert.deepEqual(
      report.findings.map((f) => `${f.file ?? f.path}: ${f.ruleId}`),
      [],
    );
    assert.equal(run.status, 0, run.stderr);
  });
});
