import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';

// Hostile inputs of the shapes that once made a scan quadratic: one long line full of keyword hits,
// findings overlapping on one line, keyword-dense short lines. Fake values are built at runtime.
// The budget is the detector's own work count (no clock): doubling the input may at most a little
// more than double it.
const fake = new FakeTokens(12);
const keywordSoup = [...new Set(builtinRules.flatMap((r) => r.keywords))].join('=x ');
const units: Record<string, (f: FakeTokens) => string> = {
  'api_key and a run of A': () => 'api_key: ' + 'A'.repeat(2000) + ' ',
  'AWS key ids': (f) => 'AKIA' + f.upperAlnum(16) + ',',
  'base64 data URI': (f) => `a.src="data:image/png;base64,${f.base64(600)}";`,
  'every keyword': () => keywordSoup + ' ',
  'PEM BEGIN markers': () => '-----BEGIN PRIVATE KEY-----\\n',
  'PEM BEGIN lines': () => '-----BEGIN PRIVATE KEY-----\n',
  'overlapping findings': (f) => `password="${f.alnum(30)}" token=${f.githubStyle('ghp_')} `,
  'password assignments': (f) => `password=${f.alnum(12)}\n`,
};

function repeatTo(length: number, unit: (f: FakeTokens) => string, seed: number): string {
  const f = new FakeTokens(seed);
  const parts: string[] = [];
  let n = 0;
  while (n < length) {
    const u = unit(f);
    parts.push(u);
    n += u.length;
  }
  return parts.join('').slice(0, length);
}

function workFor(detector: Detector, text: string): number {
  const before = detector.work;
  detector.scan(text);
  return detector.work - before;
}

describe('adversarial input: work grows linearly', function () {
  this.timeout(120_000);
  const detector = new Detector(builtinRules);

  for (const [name, unit] of Object.entries(units)) {
    it(`${name}: doubling the input at most ~doubles the work`, () => {
      const small = workFor(detector, repeatTo(128 * 1024, unit, 1));
      const large = workFor(detector, repeatTo(256 * 1024, unit, 1));
      assert.ok(small > 0);
      assert.ok(large / small <= 2.2, `work ${small} → ${large} (×${(large / small).toFixed(2)})`);
    });
  }

  it('any mix of hostile units on one line stays linear', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...Object.values(units)), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 1000 }),
        (mix, seed) => {
          const unit = (f: FakeTokens) =>
            mix
              .map((u) => u(f))
              .join('')
              .replace(/\n/g, ' ');
          // Sizes past the per-line caps of the wrapped stage (64 encoded runs), where constant
          // per-line costs no longer blur the ratio.
          const small = workFor(detector, repeatTo(128 * 1024, unit, seed));
          const large = workFor(detector, repeatTo(256 * 1024, unit, seed));
          return large / small <= 2.2;
        },
      ),
      { numRuns: 15 },
    );
  });

  it("wakes a continued command's multi-line rule once per line, however often the line repeats its name", () => {
    // `curl curl ... \` then ten continued lines: each woken `curl` would read those lines again.
    const unit = () => 'curl '.repeat(79) + '\\\n' + ('  -H x '.repeat(55) + '\\\n').repeat(10) + '  -d x\n';
    const text = repeatTo(256 * 1024, unit, 1);
    const work = workFor(detector, text);
    assert.ok(work < text.length / 8, `work ${work} for ${text.length} characters`);
  });

  it('counts the pairwise overlap work: many overlapping findings on a line cost n log n, not n²', () => {
    const small = workFor(detector, repeatTo(64 * 1024, units['overlapping findings']!, 3));
    const large = workFor(detector, repeatTo(512 * 1024, units['overlapping findings']!, 3));
    assert.ok(large / small <= 8 * 1.3, `work ${small} → ${large}`);
  });

  it('a keyword repeating on itself (a run of A) widens one hit: the rules never walk a hit per position', () => {
    // Each position of the run ends a keyword hit; the matcher's visit (1 per hit) and one pass of the
    // rule over the run's window (1 per character) are the whole of it, not hits grouped and windowed.
    const text = 'api_key: ' + 'A'.repeat(256 * 1024);
    const work = workFor(detector, text);
    assert.ok(work <= 2.2 * text.length, `work ${work} for ${text.length} characters`);
  });

  it('still finds a bearer token whose leading run of A is one widened hit, on an over-long line', () => {
    // Built at runtime, in the shape of the rule's own example.
    const token = `${'A'.repeat(22)}${fake.alnum(8)}${'A'.repeat(8)}${fake.alnum(6)}%2B${fake.alnum(60)}`;
    const text = `${'A'.repeat(9000)} x=1; const bearer = "${token}"; ${'A'.repeat(9000)}`;
    const found = detector.scan(text).filter((f) => f.ruleId === 'twitter-bearer-token');
    assert.deepEqual(
      found.map((f) => [f.start, f.end]),
      [[text.indexOf(token), text.indexOf(token) + token.length]],
    );
  });

  it('still finds a private key deep inside a long one-line JSON value (past the first 16 KB of its line)', () => {
    const pem = fake.pem('PRIVATE KEY').replace(/\n/g, '\\n');
    const json = `{"bundle":"${'x'.repeat(40_000)}","key":"${pem}","more":"${'y'.repeat(40_000)}"}`;
    const found = detector.scan(json).filter((f) => f.ruleId === 'private-key');
    assert.equal(found.length, 1);
    assert.ok(found[0]!.start > 40_000);
  });
});
