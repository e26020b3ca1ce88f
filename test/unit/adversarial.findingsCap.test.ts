import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Detector } from '../../src/core/detect/detector';
import { MAX_FINDINGS_PER_FILE } from '../../src/core/detect/limits';
import type { Finding } from '../../src/core/finding';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { scanBytes } from '../../src/core/scanBytes';
import { joinParts } from '../../src/core/scanParts';
import { scanBytesPart } from '../../src/scan/filePart';
import { runCli } from '../support/runCli';
import { TempWorkspace } from '../support/tempWorkspace';

// A file of hundreds of thousands of findings (hostile or generated) costs no more than its first
// MAX_FINDINGS_PER_FILE: the scan stops there, lists what it kept and says, in every format, that the
// file was cut short and the scan is partial. Fake values are built at runtime.

/** Units repeated into a text; newlines kept (short lines) or not (one line). */
const units: Record<string, (f: FakeTokens) => string> = {
  'tokens and passwords': (f) => `password="${f.alnum(30)}" token=${f.githubStyle('ghp_')} `,
  'AWS key ids': (f) => 'AKIA' + f.upperAlnum(16) + ',',
  'URLs with a password': (f) => `https://u${f.alnum(4)}:${f.alnum(12)}@h${f.lower(3)}.io/ `,
  'assignments on short lines': (f) => `api_key = "${f.alnum(32)}"\n`,
  'base64 of an assignment': (f) => Buffer.from(`secret_key=${f.alnum(28)}`).toString('base64') + ' ',
  'plain code': () => 'function f(x) { return x + 1; }\n',
};

function repeatTo(length: number, unit: (f: FakeTokens) => string, seed: number, oneLine = false): string {
  const f = new FakeTokens(seed);
  const parts: string[] = [];
  let n = 0;
  while (n < length) {
    const u = oneLine ? unit(f).replace(/\n/g, ' ') : unit(f);
    parts.push(u);
    n += u.length;
  }
  return parts.join('').slice(0, length);
}

const key = (f: Finding) => `${f.ruleId}@${f.start}-${f.end}:${f.fingerprint}`;

describe('adversarial input: a cap on findings per file', function () {
  this.timeout(120_000);
  const detector = new Detector(builtinRules);

  it('lists a subset of what scan finds, all of it when it says it is complete', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...Object.values(units)), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 200 }),
        (mix, seed, oneLine, cap) => {
          const unit = (f: FakeTokens) => mix.map((u) => u(f)).join('');
          const text = repeatTo(8 * 1024, unit, seed, oneLine);
          const full = detector.scan(text);
          const capped = detector.scanAtMost(text, cap);
          assert.ok(capped.findings.length <= cap);
          if (capped.complete) assert.deepEqual(capped.findings, full);
          else {
            const all = new Set(full.map(key));
            for (const f of capped.findings) assert.ok(all.has(key(f)), `${key(f)} is not in the full scan`);
          }
          const generous = detector.scanAtMost(text, full.length + 1000);
          assert.deepEqual(generous, { findings: full, complete: true });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('lists at most the cap, each a finding the full scan lists, and says it stopped', () => {
    for (const [name, unit] of Object.entries(units)) {
      if (name === 'plain code') continue;
      for (const oneLine of [true, false]) {
        const text = repeatTo(64 * 1024, unit, 7, oneLine);
        const full = new Set(detector.scan(text).map(key));
        assert.ok(full.size > 40, `${name}: ${full.size} findings`);
        const capped = detector.scanAtMost(text, 20);
        assert.equal(capped.complete, false, name);
        assert.ok(capped.findings.length > 0 && capped.findings.length <= 20, `${name}: ${capped.findings.length}`);
        for (const f of capped.findings) assert.ok(full.has(key(f)), `${name}: ${key(f)} is not in the full scan`);
      }
    }
  });

  it('stops checking candidates at the cap: eight times the input costs little more work', () => {
    // One line of overlapping findings, the costliest shape per character: past the cap only the
    // keyword pass goes on (one step per keyword hit).
    const unit = units['tokens and passwords']!;
    const work = (text: string) => {
      const before = detector.work;
      detector.scanAtMost(text, 100);
      return detector.work - before;
    };
    const fullWork = (text: string) => {
      const before = detector.work;
      detector.scan(text);
      return detector.work - before;
    };
    const large = repeatTo(512 * 1024, unit, 3, true);
    const cappedLarge = work(large);
    const uncappedLarge = fullWork(large);
    assert.ok(cappedLarge * 5 < uncappedLarge, `capped ${cappedLarge}, full ${uncappedLarge}`);
    const small = work(repeatTo(64 * 1024, unit, 3, true));
    assert.ok(cappedLarge / small <= 8, `work ${small} → ${cappedLarge}`);
  });

  it('marks a file result and the joined parts of a file as stopped', () => {
    const text = repeatTo(32 * 1024, units['assignments on short lines']!, 5);
    const bytes = Buffer.from(text);
    const whole = scanBytes(detector, 'a.env', bytes, 1 << 30, undefined, undefined, 20);
    assert.equal(whole.stoppedAt, 20);
    assert.equal(whole.findings.length, 20);
    assert.equal(scanBytes(detector, 'a.env', bytes, 1 << 30).stoppedAt, undefined);
    const parts = [0, 1, 2].map((index) =>
      scanBytesPart(detector, 'a.env', bytes, 1 << 30, { index, count: 3 }, undefined, undefined, 20),
    );
    // A part's scan takes in its margins (32 KB of lines before it here): it may stop before its own lines.
    assert.ok(parts.every((p) => p.stoppedAt === 20 && p.findings.length <= 20));
    const joined = joinParts(parts);
    assert.equal(joined.stoppedAt, 20);
    assert.deepEqual(
      joined.findings,
      parts.flatMap((p) => p.findings),
    );
    assert.ok(joined.findings.length >= 20);
  });

  describe('the command line', () => {
    let ws: TempWorkspace;
    // About two findings per unit of 90 characters: over the cap whatever overlaps settle.
    const many = () => repeatTo(MAX_FINDINGS_PER_FILE * 100, units['tokens and passwords']!, 11, true);
    // In a test folder: its findings are one step less sure (medium), below `--fail-on high`.
    beforeEach(() => (ws = new TempWorkspace({ 'test/dump.txt': many(), 'ok.py': 'x = 1\n' })));
    afterEach(() => ws.dispose());

    it('lists the cap, names the file cut short and marks the scan partial in JSON', async () => {
      const r = await runCli(['scan', '-f', 'json', '.'], ws.root, { jobs: 1 });
      const doc = JSON.parse(r.stdout) as {
        findings: unknown[];
        skipped: unknown[];
        summary: { partial: boolean; filesScanned: number };
      };
      assert.equal(r.code, 1);
      assert.equal(doc.findings.length, MAX_FINDINGS_PER_FILE);
      assert.ok(doc.findings.every((f) => (f as { path: string }).path === 'test/dump.txt'));
      assert.deepEqual(doc.skipped, [
        {
          path: 'test/dump.txt',
          reason: 'too-many-findings',
          detail: `stopped at the cap of ${MAX_FINDINGS_PER_FILE} findings per file`,
        },
      ]);
      assert.equal(doc.summary.partial, true);
      assert.equal(doc.summary.filesScanned, 2);
    });

    it('takes another cap from --max-findings-per-file, none with 0, and refuses a value that is not a number', async () => {
      const five = JSON.parse(
        (await runCli(['scan', '-f', 'json', '--max-findings-per-file', '5', '.'], ws.root, { jobs: 1 })).stdout,
      ) as {
        findings: unknown[];
        skipped: { detail: string }[];
      };
      assert.equal(five.findings.length, 5);
      assert.deepEqual(
        five.skipped.map((s) => s.detail),
        ['stopped at the cap of 5 findings per file'],
      );
      const all = await runCli(['scan', '-f', 'json', '--max-findings-per-file', '0', '.'], ws.root, { jobs: 1 });
      const doc = JSON.parse(all.stdout) as { findings: unknown[]; skipped: unknown[]; summary: { partial: boolean } };
      assert.ok(doc.findings.length > MAX_FINDINGS_PER_FILE, `${doc.findings.length} findings`);
      assert.deepEqual(doc.skipped, []);
      assert.equal(doc.summary.partial, false);
      const bad = await runCli(['scan', '--max-findings-per-file', 'lots', '.'], ws.root, { jobs: 1 });
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /--max-findings-per-file expects a whole number/);
    });

    it('says so in text, SARIF and the evidence, and exits 3 when no listed finding fails the run', async () => {
      const text = await runCli(['scan', '--fail-on', 'high', '.'], ws.root, { jobs: 1 });
      assert.match(text.stdout, /test\/dump\.txt \(too-many-findings: stopped at the cap of 1000 findings per file\)/);
      assert.match(text.stdout, /partial scan: .*too many findings/);
      assert.equal(text.code, 3);
      const sarif = await runCli(['scan', '-f', 'sarif', '.'], ws.root, { jobs: 1 });
      const invocation = (
        JSON.parse(sarif.stdout) as {
          runs: {
            invocations: {
              executionSuccessful: boolean;
              toolExecutionNotifications: { level: string; message: { text: string } }[];
            }[];
          }[];
        }
      ).runs[0]!.invocations[0]!;
      assert.equal(invocation.executionSuccessful, false);
      assert.deepEqual(
        invocation.toolExecutionNotifications.map((n) => [n.level, n.message.text]),
        [['warning', 'Skipped (too-many-findings: stopped at the cap of 1000 findings per file)']],
      );
      const evidence = await runCli(['evidence', '.'], ws.root, { jobs: 1 });
      assert.match(evidence.stdout, /Partial scan:\*\* 1 file held too many findings to list them all/);
      assert.match(evidence.stdout, /1 file cut short: only their first findings are listed/);
    });
  });
});
