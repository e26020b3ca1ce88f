import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { runCli } from '../support/runCli';
import { TempWorkspace } from '../support/tempWorkspace';

// `evidence DIR` run from a parent folder describes DIR's repository, not everything under the
// working directory; its stderr summary keeps the skip count. Tokens are fake, built at runtime.
const fake = new FakeTokens(2323);

describe('adversarial input: evidence scope', function () {
  this.timeout(30_000);
  let parent: TempWorkspace;
  beforeEach(() => {
    parent = new TempWorkspace({
      'proj/.env': `AWS_SECRET_ACCESS_KEY=${fake.base64(40).replace(/[+/=]/g, 'K')}\n`,
      'proj/.cursorignore': 'build/\n',
      'proj/big.log': 'x'.repeat(4096),
      'unrelated/.env': 'A=1\n',
      'unrelated/secrets/id_rsa': 'nothing\n',
    });
    execFileSync('git', ['init', '-q'], { cwd: parent.path('proj') });
  });
  afterEach(() => parent.dispose());

  it("assesses the scanned folder's repository, not the whole working directory", async () => {
    const r = await runCli(['evidence', 'proj'], parent.root, { jobs: 1 });
    assert.match(r.stdout, /Folder `proj`; assistants checked: Cursor\./);
    assert.doesNotMatch(r.stdout, /unrelated/);
  });

  it('with --output, the stderr summary still counts the skipped files', async () => {
    const r = await runCli(['evidence', 'proj', '--max-file-size', '1k', '-o', 'evidence.md'], parent.root, {
      jobs: 1,
    });
    assert.match(r.stderr, /2 files scanned in [\d.]+ s · 1 skipped/);
  });
});
