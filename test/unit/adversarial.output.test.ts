import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { sarifUri } from '../../src/core/report/sarif';
import { printable } from '../../src/core/report/text';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { runCli } from '../support/runCli';
import { TempWorkspace } from '../support/tempWorkspace';

// Hostile names and sizes in reports and resources. Tokens are fake, built at runtime.
const fake = new FakeTokens(4545);

describe('adversarial input: reports, limits and errors', function () {
  this.timeout(20_000);
  let ws: TempWorkspace;
  beforeEach(() => (ws = new TempWorkspace({ 'clean.py': 'x = 1\n' })));
  afterEach(() => ws.dispose());

  it('SARIF uris keep #, ?, : and % inside the path', () => {
    assert.equal(sarifUri('a#b/c?d/e:f/100%.py'), 'a%23b/c%3Fd/e%3Af/100%25.py');
    assert.equal(new URL(sarifUri('dir/x#y?z:w.py'), 'file:///root/').pathname, '/root/dir/x%23y%3Fz%3Aw.py');
  });

  it('text output escapes newlines and ANSI escapes in file names', async () => {
    const name = 'evil\n\x1b[2Jfake.py:1:1  high\x1b[0m.py';
    ws.write({ [name]: `TOKEN = "${fake.githubStyle('ghp_')}"\n` });
    const r = await runCli(['scan'], ws.root, { jobs: 1 });
    assert.equal(r.code, 1);
    assert.ok(!r.stdout.includes('\x1b'));
    assert.match(r.stdout, /^evil\\u000a\\u001b\[2Jfake\.py:1:1 {2}high\\u001b\[0m\.py:1:10 /m);
    assert.equal(printable('a\u2028b\u009bc'), 'a\\u2028b\\u009bc');
  });

  it('stops reading standard input past the size limit and reports it too large', async () => {
    const r = await runCli(['scan', '-', '-f', 'json', '--max-file-size', '1k'], ws.root, { stdin: 'a'.repeat(5000) });
    assert.deepEqual(JSON.parse(r.stdout).skipped, [{ path: '<stdin>', reason: 'too-large' }]);
  });

  it('-o into a missing folder is a message (exit 2), not a stack trace', async () => {
    const r = await runCli(['scan', '-o', 'missing/dir/report.json', '-f', 'json'], ws.root, { jobs: 1 });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'ai-secret-guard: cannot write missing/dir/report.json: ENOENT\n');
  });

  it('a partial scan without findings exits 3 and says so in every format', async () => {
    symlinkSync('nowhere.py', ws.path('broken.py'));
    const text = await runCli(['scan', '.', 'broken.py'], ws.root, { jobs: 1 });
    assert.equal(text.code, 3);
    assert.match(text.stdout, /partial scan/);
    const json = await runCli(['scan', 'broken.py', '-f', 'json'], ws.root, { jobs: 1 });
    assert.equal(json.code, 3);
    assert.equal(JSON.parse(json.stdout).summary.partial, true);
    const sarif = await runCli(['scan', 'broken.py', '-f', 'sarif'], ws.root, { jobs: 1 });
    assert.equal(sarif.code, 3);
    assert.equal(JSON.parse(sarif.stdout).runs[0].invocations[0].executionSuccessful, false);
    assert.match(sarif.stderr, /partial scan/);
    const clean = await runCli(['scan', 'clean.py'], ws.root, { jobs: 1 });
    assert.equal(clean.code, 0);
  });
});
