import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { TextEdit } from '../../src/core/detect/detector';
import { mapOffset, mergeEdits } from '../../src/core/detect/edits';

function apply(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

const arbStep = fc.record({ a: fc.nat(), b: fc.nat(), insert: fc.string({ maxLength: 6 }) });

describe('mergeEdits', () => {
  it('covers every change of a sequence: text outside the merged region is untouched', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.array(arbStep, { minLength: 1, maxLength: 6 }), (initial, steps) => {
        let text = initial;
        let merged: TextEdit | undefined;
        for (const { a, b, insert } of steps) {
          const start = Math.min(a, b) % (text.length + 1);
          const end = Math.min(text.length, start + (Math.max(a, b) % 5));
          const edit: TextEdit = { start, oldEnd: end, newEnd: start + insert.length };
          text = apply(text, start, end, insert);
          merged = merged ? mergeEdits(merged, edit) : edit;
        }
        const m = merged!;
        assert.ok(m.start <= m.oldEnd && m.oldEnd <= initial.length && m.newEnd <= text.length);
        assert.equal(text.slice(0, m.start), initial.slice(0, m.start));
        assert.equal(text.slice(m.newEnd), initial.slice(m.oldEnd));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('maps offsets around an edit', () => {
    const edit = { start: 5, oldEnd: 8, newEnd: 12 };
    assert.deepEqual(
      [2, 5, 6, 8, 10].map((o) => mapOffset(o, edit)),
      [2, 5, 12, 12, 14],
    );
  });
});
