import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, promises as fsp, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TaskFeed } from '../../src/scan/taskFeed';
import { listFiles, walkFiles } from '../../src/scan/walk';

/** The order the walk has always had: each folder's entries by name (UTF-16 code units), depth first, .git left out. */
function referenceOrder(dir: string, prefix = ''): string[] {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  return entries.flatMap((e) => {
    const rel = prefix + e.name;
    if (e.name === '.git') return [];
    if (e.isDirectory()) return referenceOrder(path.join(dir, e.name), rel + '/');
    return e.isFile() ? [rel] : [];
  });
}

/** Counts the folders read while `run` runs (the walk reads them through fs.promises.readdir). */
async function countingReads<T>(run: (reads: () => number) => Promise<T>): Promise<T> {
  const original = fsp.readdir;
  let reads = 0;
  (fsp as { readdir: unknown }).readdir = (...args: Parameters<typeof original>) => {
    reads++;
    return original(...args);
  };
  try {
    return await run(() => reads);
  } finally {
    (fsp as { readdir: unknown }).readdir = original;
  }
}

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

  it('walks a folder the user named even when a .gitignore above excludes it, honouring the ones inside', async () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'asg-walk-named-'));
    try {
      mkdirSync(path.join(repo, '.git'));
      writeFileSync(path.join(repo, '.gitignore'), 'vendor/\n*.log\n');
      for (const rel of [
        'vendor/pkg/index.js',
        'vendor/pkg/lib/a.js',
        'vendor/pkg/debug.log',
        'src/app.log',
        'src/app.ts',
      ])
        put(path.relative(root, path.join(repo, rel)));
      writeFileSync(path.join(repo, 'vendor/pkg/.gitignore'), 'lib/\n');
      const named = await listFiles(['vendor/pkg'], repo, true);
      // The rules above (vendor/, *.log) would hide everything named; the package's own still apply.
      assert.deepEqual(
        named.map((f) => f.display),
        ['vendor/pkg/.gitignore', 'vendor/pkg/debug.log', 'vendor/pkg/index.js'],
      );
      // A folder that is not excluded keeps the rules above it.
      assert.deepEqual(
        (await listFiles(['src'], repo, true)).map((f) => f.display),
        ['src/app.ts'],
      );
      // The tree walked from its top still leaves the excluded folder out.
      assert.deepEqual(
        (await listFiles(['.'], repo, true)).map((f) => f.display),
        ['.gitignore', 'src/app.ts'],
      );
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  describe('as a stream', () => {
    let tree: string;
    let folders = 0;
    before(() => {
      // Folders of uneven size and depth; names that sort differently by case, dots and dashes.
      tree = mkdtempSync(path.join(tmpdir(), 'asg-walk-stream-'));
      const names = ['a', 'B', 'a-b', 'a.b', '_x', 'Z9', '.hidden', 'é'];
      const fill = (dir: string, depth: number, seed: number) => {
        mkdirSync(dir, { recursive: true });
        folders++;
        for (let i = 0; i < 3 + (seed % 5); i++)
          writeFileSync(path.join(dir, `${names[(seed + i) % names.length]}${i}.js`), 'x\n');
        if (depth > 0)
          for (let k = 0; k < 2 + (seed % 3); k++)
            fill(path.join(dir, names[(seed * 7 + k) % names.length]!), depth - 1, seed + k + 1);
      };
      fill(tree, 4, 1);
      writeFileSync(path.join(tree, 'a-b'), 'a file named like a folder beside it\n');
      mkdirSync(path.join(tree, '.git'));
      writeFileSync(path.join(tree, '.git', 'HEAD'), 'ref\n');
    });
    after(() => rmSync(tree, { recursive: true, force: true }));

    it('yields the files of a generated tree in the order the walk has always listed them', async () => {
      const streamed: string[] = [];
      for await (const f of await walkFiles(['.'], tree, false)) streamed.push(f.display);
      const expected = referenceOrder(tree);
      assert.ok(expected.length > 200, `${expected.length} files`);
      assert.deepEqual(streamed, expected);
      assert.deepEqual(
        (await listFiles(['.'], tree, false)).map((f) => f.display),
        expected,
      );
    });

    it('throws for a missing root before yielding anything', async () => {
      await assert.rejects(walkFiles(['.', 'missing'], tree, false), { code: 'ENOENT' });
    });

    it('reads only a few folders ahead of what is consumed, and none once the consumer stops', async () => {
      await countingReads(async (reads) => {
        const seen: string[] = [];
        for await (const f of await walkFiles(['.'], tree, false)) {
          seen.push(f.display);
          if (seen.length === 5) break;
        }
        const atStop = reads();
        assert.ok(atStop < folders / 2, `${atStop} of ${folders} folders read for 5 files`);
        await new Promise((resolve) => setTimeout(resolve, 50));
        // Reads already started may finish; no new folder is entered.
        assert.equal(reads(), atStop);
      });
    });

    it('stops reading the tree when a scan is cancelled mid-walk', async () => {
      await countingReads(async (reads) => {
        const controller = new AbortController();
        async function* tasks() {
          for await (const f of await walkFiles(['.'], tree, false)) yield { display: f.display, abs: f.abs };
        }
        // Room for the whole tree: only the abort can stop the reading.
        const feed = TaskFeed.from(tasks(), { capacity: 10_000, signal: controller.signal });
        await feed.filled(4);
        assert.equal(feed.take(4)!.tasks.length, 4);
        controller.abort();
        await new Promise((resolve) => setTimeout(resolve, 50));
        const atAbort = reads();
        assert.ok(atAbort < folders / 2, `${atAbort} of ${folders} folders read`);
        await new Promise((resolve) => setTimeout(resolve, 50));
        assert.equal(reads(), atAbort);
      });
    });
  });
});
