import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Detector, TextEdit } from '../../src/core/detect/detector';

/**
 * Property: after random edits of texts made of `fragments` (each edit replacing a random range
 * with a few fragments), `detector.rescan` of each text equals `detector.scan` of it, under every
 * path of `paths` (a path decides file kind and whole-text stages such as POD or PEM blocks).
 */
export function assertRescansEqualScans(
  detector: Detector,
  fragments: readonly string[],
  options: { readonly paths: readonly string[]; readonly maxFragments: number; readonly seed: number },
): void {
  const arbText = fc.array(fc.constantFrom(...fragments), { maxLength: options.maxFragments }).map((p) => p.join(''));
  for (const path of options.paths) {
    const context = { path };
    fc.assert(
      fc.property(
        arbText.chain((text) =>
          fc.tuple(
            fc.constant(text),
            fc.array(
              fc.record({
                a: fc.nat({ max: text.length + 20 }),
                b: fc.nat({ max: text.length + 20 }),
                insert: fc.array(fc.constantFrom(...fragments), { maxLength: 3 }).map((p) => p.join('')),
              }),
              { minLength: 1, maxLength: 6 },
            ),
          ),
        ),
        ([initial, edits]) => {
          let text = initial;
          let findings = detector.scan(text, { ...context, willRescan: true });
          for (const { a, b, insert } of edits) {
            const start = Math.min(a, b, text.length);
            const oldEnd = Math.min(Math.max(a, b), text.length);
            const next = text.slice(0, start) + insert + text.slice(oldEnd);
            const edit: TextEdit = { start, oldEnd, newEnd: start + insert.length };
            findings = detector.rescan(next, findings, edit, context);
            text = next;
            assert.deepEqual(findings, detector.scan(text, context));
          }
        },
      ),
      { numRuns: 300, seed: options.seed },
    );
  }
}
