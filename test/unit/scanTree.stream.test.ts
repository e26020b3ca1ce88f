import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_MAX_LINE_LENGTH } from '../../src/core/detect/detector';
import type { ReportedFinding } from '../../src/core/report/model';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import type { FileScanResult } from '../../src/core/scanBytes';
import type { ScanTask } from '../../src/scan/scanTask';
import { scanTree } from '../../src/scan/scanTree';
import { TreeTally } from '../../src/scan/treeTally';
import { listFiles, walkFiles } from '../../src/scan/walk';

// Tokens are generated at runtime; nothing committed is a credential.
const fake = new FakeTokens(1414);

const root = { publish: (identity: string) => `published:${identity}`, isBaselined: () => false };

function finding(path: string, line: number): ReportedFinding {
  return {
    ruleId: 'r',
    start: 0,
    end: 1,
    confidence: 'high',
    fingerprint: `${path}:${line}`,
    preview: 'x…(1 chars)',
    entropy: 0,
    path,
    startLine: line,
    startColumn: 1,
    endLine: line,
    endColumn: 2,
  };
}

describe('tree scan without holding the tree', function () {
  this.timeout(60_000);

  it('puts results that complete in any order back in task order, keeping only files with findings or skips', () => {
    const results: [number, ScanTask, FileScanResult][] = Array.from({ length: 100 }, (_, i) => {
      const task = { display: `f${i}`, abs: `/t/f${i}` };
      const result: FileScanResult =
        i % 10 === 3
          ? { findings: [finding(task.display, 1), finding(task.display, 5)], bytes: 10 }
          : i % 25 === 7
            ? { findings: [], skipped: { path: task.display, reason: 'binary' }, bytes: 0 }
            : { findings: [], bytes: 10, ...(i === 50 ? { allowed: 2 } : {}) };
      return [i, task, result];
    });
    // Completion order: odd indexes backwards, then even ones.
    const order = [...results.filter(([i]) => i % 2 === 1).reverse(), ...results.filter(([i]) => i % 2 === 0)];
    const tally = new TreeTally();
    const { add } = tally.root(root);
    for (const [i, task, result] of order) add(i, task, result);
    const out = tally.finish();
    assert.deepEqual(
      out.all.map((f) => `${f.path}:${f.startLine}`),
      results.flatMap(([i]) => (i % 10 === 3 ? [`f${i}:1`, `f${i}:5`] : [])),
    );
    assert.equal(out.findings[0]!.fingerprint, 'published:f3:1');
    assert.deepEqual(
      out.skipped.map((s) => s.path),
      ['f7', 'f32', 'f57', 'f82'],
    );
    assert.deepEqual([...out.sources.keys()], ['f3', 'f13', 'f23', 'f33', 'f43', 'f53', 'f63', 'f73', 'f83', 'f93']);
    assert.deepEqual([out.filesScanned, out.bytesScanned, out.allowed], [96, 960, 2]);
  });

  describe('a streamed walk against a listed one', () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'asg-stream-'));
      for (let i = 0; i < 400; i++) {
        const sub = path.join(dir, `d${i % 7}`, `e${i % 3}`);
        mkdirSync(sub, { recursive: true });
        const text =
          i % 37 === 0
            ? `export const n = ${i};\nconst token = "${fake.githubStyle('ghp_')}";\n`
            : i % 53 === 0
              ? `binary\0${i}`
              : `export const n${i} = ${i};\n`;
        writeFileSync(path.join(sub, `f${i}.ts`), text);
      }
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('finds and skips the same files in the same order, across threads and in one', async () => {
      const options = { maxFileSize: 1 << 20, maxLineLength: DEFAULT_MAX_LINE_LENGTH };
      async function* streamed(): AsyncGenerator<ScanTask> {
        for await (const f of await walkFiles(['.'], dir, false)) yield { display: f.display, abs: f.abs };
      }
      const listed = (await listFiles(['.'], dir, false)).map((f) => ({ display: f.display, abs: f.abs }));
      const one = await scanTree([{ ...root, tasks: listed }], { ...options, jobs: 1 });
      const two = await scanTree([{ ...root, tasks: streamed() }], { ...options, jobs: 2 });
      assert.ok(one.findings.length >= 10, `${one.findings.length} findings`);
      assert.ok(one.skipped.length >= 5, `${one.skipped.length} skipped`);
      assert.deepEqual(two.findings, one.findings);
      assert.deepEqual(two.skipped, one.skipped);
      assert.deepEqual(
        [two.filesScanned, two.bytesScanned, two.cancelled],
        [one.filesScanned, one.bytesScanned, false],
      );
      assert.deepEqual([...two.sources.keys()], [...new Set(one.findings.map((f) => f.path))]);
    });

    it('marks a streamed scan stopped by its signal as cancelled', async () => {
      const controller = new AbortController();
      async function* streamed(): AsyncGenerator<ScanTask> {
        for await (const f of await walkFiles(['.'], dir, false)) yield { display: f.display, abs: f.abs };
      }
      const scan = await scanTree([{ ...root, tasks: streamed() }], {
        maxFileSize: 1 << 20,
        maxLineLength: DEFAULT_MAX_LINE_LENGTH,
        jobs: 1,
        signal: controller.signal,
        onProgress: () => controller.abort(),
      });
      assert.equal(scan.cancelled, true);
      assert.ok(scan.filesScanned > 0 && scan.filesScanned < 400, `${scan.filesScanned} scanned`);
    });
  });
});
