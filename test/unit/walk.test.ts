import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listFiles } from '../../src/scan/walk';

describe('listing the files to scan', () => {
  let root: string;
  const put = (rel: string, text = 'x\n') => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  };

  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'asg-walk-'));
    // Folders of different depths, so concurrent reads finish out of order.
    for (const rel of [
      'b/deep/er/still/f.ts',
      'b/a.ts',
      'a/z.ts',
      'a/m/n.ts',
      'c.ts',
      'a/.gitignore',
      'a/m/skip.log',
      'd/e/f/g/h/i.ts',
      'B.ts',
    ])
      put(rel);
    writeFileSync(path.join(root, 'a/.gitignore'), '*.log\n');
    put('.git/config');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('lists files in name order, depth first, honouring nested .gitignore files, .git left out', async () => {
    const files = await listFiles(['.'], root, true);
    assert.deepEqual(
      files.map((f) => f.display),
      ['B.ts', 'a/.gitignore', 'a/m/n.ts', 'a/z.ts', 'b/a.ts', 'b/deep/er/still/f.ts', 'c.ts', 'd/e/f/g/h/i.ts'],
    );
    assert.ok(files.every((f) => f.abs === path.join(root, ...f.display.split('/'))));
  });

  it('shows paths relative to the working folder, also for roots above or beside it', async () => {
    const cwd = path.join(root, 'b', 'deep');
    const files = await listFiles(['..', path.join(root, 'a')], cwd, true);
    assert.deepEqual(
      files.map((f) => f.display),
      ['../a.ts', 'er/still/f.ts', '../../a/.gitignore', '../../a/m/n.ts', '../../a/z.ts'],
    );
  });
});
