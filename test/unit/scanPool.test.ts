import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { maxJobs, scanPool, warmThreads } from '../../src/scan/scanPool';
import { DEFAULT_MAX_LINE_LENGTH } from '../../src/core/detect/detector';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { threadId } from 'node:worker_threads';

// Tokens are generated at runtime; nothing committed is a credential.
const fake = new FakeTokens(4242);

describe('scan pool', function () {
  this.timeout(60_000);
  let dir: string;
  const tasks: { display: string; abs: string }[] = [];

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'asg-pool-'));
    for (let i = 0; i < 200; i++) {
      const abs = path.join(dir, `f${i}.ts`);
      writeFileSync(
        abs,
        i % 50 === 0
          ? `const t = "${fake.githubStyle('ghp_')}";\nconst id = "ACME-${i}-internal";\n`
          : `export const n${i} = ${i};\n`,
      );
      tasks.push({ display: `f${i}.ts`, abs });
    }
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  const base = { maxFileSize: 1 << 20, maxLineLength: DEFAULT_MAX_LINE_LENGTH, jobs: 2 };
  // The real worker, tagging each result with the thread that scanned it.
  const workerScript = path.resolve(__dirname, '../support/threadProbeWorker.js');
  const threadsOf = (results: readonly unknown[]) => new Set(results.map((r) => (r as { threadId?: number }).threadId));

  it('reports progress up to the total and returns every result in task order, off the calling thread when asked', async () => {
    const seen: number[] = [];
    const { results, cancelled } = await scanPool(tasks, {
      ...base,
      inProcessMaxFiles: 0,
      workerScript,
      onProgress: (done, total) => (assert.equal(total, 200), seen.push(done)),
    });
    assert.equal(cancelled, false);
    const threads = threadsOf(results);
    assert.ok(
      ![...threads].some((t) => t === undefined || t === threadId),
      `scanned on threads ${[...threads].join(', ')}, the caller is ${threadId}`,
    );
    assert.equal(seen.at(-1), 200);
    assert.deepEqual(
      seen,
      [...seen].sort((a, b) => a - b),
      'monotonic',
    );
    assert.deepEqual(
      results.flatMap((r, i) => (r!.findings.length ? [i] : [])),
      [0, 50, 100, 150],
    );
  });

  it('starts no more threads than maxJobs() however many -j asks for', async () => {
    // Several batches (32 files) per thread the cap allows, and more than it: uncapped, 20 threads
    // would start. Each thread leaves a file in the probe folder as it starts to run; one the scan
    // ends before it runs leaves none, so the count is checked as an upper bound.
    const many = Array.from({ length: 32 * 4 * (maxJobs() + 1) }, (_, i) => ({
      display: `m${i}.ts`,
      content: Buffer.from(`export const n = ${i};\n`),
    }));
    const probeDir = mkdtempSync(path.join(tmpdir(), 'asg-probe-'));
    process.env['ASG_THREAD_PROBE_DIR'] = probeDir;
    try {
      const { results } = await scanPool(many, { ...base, jobs: 1000, inProcessMaxFiles: 0, workerScript });
      assert.equal(results.filter(Boolean).length, many.length);
      assert.ok(threadsOf(results).size <= maxJobs());
      const started = readdirSync(probeDir).length;
      assert.ok(started >= 1 && started <= maxJobs(), `${started} threads started, the cap is ${maxJobs()}`);
    } finally {
      delete process.env['ASG_THREAD_PROBE_DIR'];
      rmSync(probeDir, { recursive: true, force: true });
    }
    assert.ok(maxJobs() <= Math.max(4, 2 * availableParallelism()));
  });

  it('scans a small job in the calling thread unless told not to', async () => {
    const { results } = await scanPool(tasks.slice(0, 10), { ...base, workerScript });
    assert.deepEqual([...threadsOf(results)], [undefined], 'no worker tagged a result');
  });

  it('stops the threads started ahead as soon as a job turns out small, and uses those of a large one', async () => {
    const options = { ...base, jobs: 3, workerScript };
    const config = { maxFileSize: base.maxFileSize, maxLineLength: base.maxLineLength };
    const split = { from: 2 * 1024 * 1024, partBytes: 2 * 1024 * 1024, maxParts: 6 };
    const control = warmThreads(options);
    const small = warmThreads(options);
    const large = warmThreads(options);
    try {
      // The configuration the threads are started with: taken back when nothing took them.
      const kept = control.take({ ...config, split });
      assert.ok(kept, 'a thread started ahead is there to take');
      await kept.worker.terminate();
      const { results } = await scanPool(tasks.slice(0, 10), { ...options, warm: small });
      assert.deepEqual([...threadsOf(results)], [undefined], 'scanned in the calling thread');
      // Closed by the pool: none is left for whoever started them to take (or to close after the scan).
      assert.equal(small.take({ ...config, split }), undefined);
      const all = await scanPool(tasks, { ...options, warm: large });
      assert.equal(all.results.length, tasks.length);
      assert.equal(large.take({ ...config, split }), undefined, 'both taken by the pool');
    } finally {
      await Promise.all([control.close(), small.close(), large.close()]);
    }
  });

  it('gives the same results in task order when the calling thread scans alongside a worker', async () => {
    const single = await scanPool(tasks, { ...base, jobs: 1 });
    const shared = await scanPool(tasks, { ...base, jobs: 2, workerScript });
    const untagged = (results: readonly unknown[]) => results.map((r) => ({ ...(r as object), threadId: undefined }));
    assert.equal(shared.cancelled, false);
    assert.deepEqual(untagged(shared.results), untagged(single.results));
    assert.deepEqual(
      shared.results.flatMap((r, i) => (r!.findings.length ? [i] : [])),
      [0, 50, 100, 150],
    );
  });

  it('stops handing out files once cancelled and marks the rest unscanned', async () => {
    const controller = new AbortController();
    const { results, cancelled } = await scanPool(tasks, {
      ...base,
      jobs: 1,
      inProcessMaxFiles: 0,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    assert.equal(cancelled, true);
    const scanned = results.filter((r) => r !== undefined).length;
    assert.ok(scanned > 0 && scanned < tasks.length, `scanned ${scanned}`);
  });

  it("applies the editor's custom and disabled rules in the workers", async () => {
    const customRules = [{ id: 'acme-internal-id', pattern: 'ACME-\\d+-internal', keywords: ['acme-'] }];
    const { results } = await scanPool(tasks, {
      ...base,
      inProcessMaxFiles: 0,
      disabledRules: ['github-pat-classic'],
      customRules,
    });
    assert.deepEqual([...new Set(results.flatMap((r) => r!.findings.map((f) => f.ruleId)))], ['acme-internal-id']);
  });
  it('cuts a large file into parts across threads and finds what one thread finds, to the line and column', async () => {
    // About 3 MB: secrets (generated at runtime) spread through it, some right at the middle, where
    // two parts meet, among them a PEM block across the cut.
    const line = (i: number) => `export const value${i} = compute(${i}, "ünïcode");\n`;
    const secrets = [`token = "${fake.githubStyle('ghp_')}"\n`, `${fake.pem('RSA PRIVATE KEY', 20)}\n`];
    const parts: string[] = [];
    for (let i = 0; parts.join('').length < 3 << 20; i++) {
      const chunk = Array.from({ length: 2000 }, (_, k) => line(i * 2000 + k)).join('');
      parts.push(chunk, secrets[i % 2]!);
    }
    const body = parts.join('');
    const middle = body.indexOf('\n', body.length >> 1) + 1;
    const text = body.slice(0, middle - 300) + secrets[1] + body.slice(middle - 300) + secrets[0];
    const abs = path.join(dir, 'large.ts');
    writeFileSync(abs, text);
    const large = [{ display: 'large.ts', abs }, ...tasks.slice(0, 3)];
    const options = { ...base, maxFileSize: 8 << 20 };
    const single = await scanPool(large, { ...options, jobs: 1 });
    const strip = (results: readonly unknown[]) => results.map((r) => ({ ...(r as object), threadId: undefined }));
    assert.ok(single.results[0]!.findings.length >= 4, `${single.results[0]!.findings.length} findings`);
    for (const inProcessMaxFiles of [undefined, 0]) {
      const shared = await scanPool(large, { ...options, jobs: 2, workerScript, inProcessMaxFiles });
      assert.deepEqual(strip(shared.results), strip(single.results), `inProcessMaxFiles ${inProcessMaxFiles}`);
    }
  });
});
