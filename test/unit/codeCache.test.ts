import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checksum, CODE_CACHE_ENV, runCached } from '../../src/scan/codeCache';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { TempWorkspace } from '../support/tempWorkspace';

// The token is generated at runtime by FakeTokens: nothing committed is a credential.
const fake = new FakeTokens(1206);
const DIST = path.resolve(__dirname, '../../../dist');

/** A tiny bundle as esbuild.js writes one: CommonJS, ending with its build stamp. */
function bundle(body: string, stamp = 'a'.repeat(32)): string {
  return `${body}\n//# asgBuild=${stamp}\n`;
}

describe('V8 code cache beside a bundle', function () {
  this.timeout(120_000);
  let ws: TempWorkspace;
  beforeEach(() => (ws = new TempWorkspace()));
  afterEach(() => ws.dispose());

  describe('runCached', () => {
    it('loads a bundle as require would: exports, require from its folder, __filename and __dirname', () => {
      ws.write({
        'lib/helper.js': 'module.exports = 41;',
        'lib/main.js': bundle(
          "exports.answer = require('./helper') + 1; exports.file = __filename; exports.dir = __dirname; exports.self = module.exports === exports;",
        ),
      });
      const main = ws.path('lib/main.js');
      const loaded = runCached(main, { env: { [CODE_CACHE_ENV]: '0' } }) as Record<string, unknown>;
      assert.deepEqual(loaded, { answer: 42, file: main, dir: ws.path('lib'), self: true });
    });

    it('writes no cache for a bundle without a build stamp, nor when turned off', () => {
      ws.write({ 'plain.js': 'exports.x = 1;', 'stamped.js': bundle('exports.x = 1;') });
      // The cache is written as the process exits: each load is a process of its own.
      const codeCache = JSON.stringify(path.resolve(__dirname, '../../src/scan/codeCache.js'));
      const load = (file: string, env: NodeJS.ProcessEnv = {}) =>
        spawnSync(process.execPath, ['-e', `require(${codeCache}).runCached(${JSON.stringify(ws.path(file))})`], {
          env: { ...process.env, ...env },
          encoding: 'utf8',
        });
      assert.equal(load('plain.js').status, 0);
      assert.equal(load('stamped.js', { [CODE_CACHE_ENV]: '0' }).status, 0);
      assert.equal(existsSync(ws.path('plain.js.cache')) || existsSync(ws.path('stamped.js.cache')), false);
      assert.equal(load('stamped.js').status, 0);
      assert.ok(existsSync(ws.path('stamped.js.cache')), 'the stamped bundle gets its cache');
    });

    it('checksums every byte of the data', () => {
      const data = Buffer.from('0123456789abcdef-');
      const sums = new Set([checksum(data)]);
      for (let i = 0; i < data.length; i++) {
        const changed = Buffer.from(data);
        changed[i]! ^= 1;
        sums.add(checksum(changed));
      }
      assert.equal(sums.size, data.length + 1);
    });
  });

  describe('the CLI (dist/cli.js)', () => {
    let cli: string;
    let cache: string;
    beforeEach(() => {
      // A copy of the built CLI, so its cache is this test's own.
      mkdirSync(ws.path('dist'));
      for (const f of ['cli.js', 'cliMain.js', 'scanWorker.js', 'scanWorkerMain.js'])
        copyFileSync(path.join(DIST, f), ws.path(`dist/${f}`));
      cli = ws.path('dist/cli.js');
      cache = ws.path('dist/cliMain.js.cache');
      ws.write({ 'repo/config.ts': `export const token = "${fake.githubStyle('ghp_')}";\n`, 'repo/ok.ts': 'x = 1\n' });
    });

    const scan = (env: NodeJS.ProcessEnv = {}, nodeFlags: readonly string[] = [], options: readonly string[] = []) => {
      const args = [...nodeFlags, cli, 'scan', '--no-color', '--format', 'json', ...options, '.'];
      const r = spawnSync(process.execPath, args, {
        cwd: ws.path('repo'),
        env: { ...process.env, ...env },
        encoding: 'utf8',
      });
      const report = JSON.parse(r.stdout) as { findings: Record<string, unknown>[] };
      // Fingerprints are keyed per run without a key file: the rest must match.
      const findings = report.findings.map(({ fingerprint: _, ...rest }) => rest);
      return { status: r.status, findings, stderr: r.stderr };
    };

    it('scans alike without a cache, writing one, and with it, leaving it as it is', () => {
      const first = scan();
      assert.equal(first.status, 1, first.stderr);
      assert.equal(first.findings.length, 1);
      const written = readFileSync(cache);
      assert.match(written.subarray(0, 100).toString('latin1'), /^asg-code-cache\/1 [0-9a-f]{32} v\d+/);
      const second = scan();
      assert.deepEqual(second, first);
      assert.deepEqual(readFileSync(cache), written, 'a run that used the cache does not rewrite it');
    });

    it('scans alike when the cache is damaged, made by another build, cut short or unwritable, and mends it', () => {
      const expected = scan();
      const good = readFileSync(cache);
      const flipped = Buffer.from(good);
      for (let i = good.length >> 1; i < (good.length >> 1) + 64; i++) flipped[i]! ^= 0x5a;
      const otherBuild = Buffer.from(good);
      otherBuild.write('b'.repeat(32), 'asg-code-cache/1 '.length, 'latin1');
      const cases: Record<string, Buffer> = {
        'damaged data': flipped,
        'another build': otherBuild,
        'cut short': good.subarray(0, good.length >> 1),
        'not a cache': Buffer.from('garbage\n'),
        empty: Buffer.alloc(0),
      };
      for (const [name, bytes] of Object.entries(cases)) {
        writeFileSync(cache, bytes);
        assert.deepEqual(scan(), expected, name);
        const mended = readFileSync(cache);
        assert.equal(mended.length > 1000 && !mended.equals(bytes), true, `${name}: rewritten`);
        assert.deepEqual(scan(), expected, `${name}: after mending`);
      }
      // A folder where the cache would go: it can be neither read nor replaced.
      rmSync(cache);
      mkdirSync(cache);
      assert.deepEqual(scan(), expected, 'unwritable');
      assert.deepEqual(readdirSync(ws.path('dist')).sort(), [
        'cli.js',
        'cliMain.js',
        'cliMain.js.cache',
        'scanWorker.js',
        'scanWorkerMain.js',
      ]);
    });

    it('scans alike when V8 rejects the cache (other V8 flags), and rewrites it for the flags of the run', () => {
      const expected = scan();
      const plain = readFileSync(cache);
      assert.deepEqual(scan({}, ['--no-opt']), expected);
      const other = readFileSync(cache);
      assert.ok(!other.equals(plain), 'rewritten under --no-opt');
      assert.deepEqual(scan(), expected);
      assert.ok(!readFileSync(cache).equals(other), 'rewritten again without it');
    });

    it('scans alike on worker threads with and without their cache, writing it once ready', () => {
      // More files than a scan keeps in the calling thread: -j 2 starts a worker.
      const files: Record<string, string> = {};
      for (let i = 0; i < 80; i++) files[`repo/many/f${i}.ts`] = `export const v${i} = ${i};\n`;
      ws.write(files);
      const workerCache = ws.path('dist/scanWorkerMain.js.cache');
      const oneThread = scan({}, [], ['-j', '1']);
      assert.equal(oneThread.status, 1, oneThread.stderr);
      assert.equal(existsSync(workerCache), false, 'no worker started');
      assert.deepEqual(scan({}, [], ['-j', '2']), oneThread);
      const written = readFileSync(workerCache);
      assert.deepEqual(scan({}, [], ['-j', '2']), oneThread);
      assert.deepEqual(readFileSync(workerCache), written, 'used, not rewritten');
      const damaged = Buffer.from(written);
      damaged[damaged.length >> 1]! ^= 0xff;
      writeFileSync(workerCache, damaged);
      assert.deepEqual(scan({}, [], ['-j', '2']), oneThread);
      assert.ok(!readFileSync(workerCache).equals(damaged), 'mended');
      assert.deepEqual(
        readdirSync(ws.path('dist')).filter((f) => f.endsWith('.tmp')),
        [],
        'no temporary file left',
      );
    });

    it('neither reads nor writes a cache when AI_SECRET_GUARD_CODE_CACHE=0', () => {
      writeFileSync(cache, 'garbage\n');
      const r = scan({ [CODE_CACHE_ENV]: '0' });
      assert.equal(r.status, 1, r.stderr);
      assert.equal(readFileSync(cache, 'latin1'), 'garbage\n');
    });
  });
});
