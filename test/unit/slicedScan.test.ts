import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { scanSliced } from '../../src/scan/slicedScan';

// Tokens are generated at runtime from a seeded generator; nothing committed is a credential.
const fake = new FakeTokens(1415);
const fragments = [
  `token = "${fake.githubStyle('ghp_')}"`,
  fake.pem('PRIVATE KEY', 3),
  `blob: ${Buffer.from(`token = "${fake.githubStyle('ghp_')}"\n`).toString('base64')}`,
  `password: ${fake.alnum(12)}9!`,
  '# ai-secret-guard:allow-next-line',
  'const x = 1;',
  'x'.repeat(300),
  '\n',
  '\n',
  '\r\n',
];
const detector = new Detector(builtinRules, { maxLineLength: 200, longLineWindow: 60 });
/** A clock that advances `step` ms per reading, so slice sizes follow from the text alone. */
const fakeClock = (step: number) => {
  let t = 0;
  return () => (t += step);
};

describe('sliced scan', function () {
  this.timeout(120_000);

  it('finds what one scan finds, whatever the slices', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...fragments), { maxLength: 200 }).map((p) => p.join('')),
        fc.integer({ min: 1, max: 4000 }),
        async (text, firstSlice) => {
          let pauses = 0;
          const sliced = await scanSliced(
            detector,
            text,
            { path: 'src/app.ts' },
            { firstSlice, now: fakeClock(40), pause: async () => void pauses++ },
          );
          assert.deepEqual(sliced, detector.scan(text, { path: 'src/app.ts' }));
          // The first slice runs to the line start at or after `firstSlice`: text left after it means a pause.
          const nl = text.indexOf('\n', firstSlice - 1);
          if (firstSlice < text.length && nl !== -1 && nl + 1 < text.length)
            assert.ok(pauses > 0, 'paused between slices');
        },
      ),
      { numRuns: 80 },
    );
  });

  it('stops when the text goes stale and returns nothing', async () => {
    const text = Array.from({ length: 2000 }, (_, i) => `const v${i} = ${i};`).join('\n');
    let pauses = 0;
    const result = await scanSliced(detector, text, undefined, {
      firstSlice: 1000,
      now: fakeClock(40),
      pause: async () => void pauses++,
      cancelled: () => pauses >= 2,
    });
    assert.equal(result, undefined);
    assert.equal(pauses, 2);
  });
});
