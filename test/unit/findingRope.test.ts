import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FindingRope, MAX_RUNS } from '../../src/core/detect/findingRope';
import { shifted } from '../../src/core/detect/findingList';
import type { Finding } from '../../src/core/finding';

/** A finding at `start` (no secret: the rope reads offsets only). */
function at(start: number, why?: string): Finding {
  return {
    ruleId: 'r',
    start,
    end: start + 3,
    confidence: 'high',
    fingerprint: `f${start}`,
    preview: 'x…(3 chars)',
    entropy: 1.5,
    ...(why === undefined ? {} : { why }),
  };
}

/** What `FindingRope.splice` must equal, on plain arrays. */
function spliceArray(list: readonly Finding[], left: number, fresh: readonly Finding[], right: number, delta: number) {
  return [...list.slice(0, left), ...fresh, ...list.slice(right).map((f) => shifted(f, delta))];
}

describe('finding rope', () => {
  it('equals the spliced array after any sequence of splices, and holds at most MAX_RUNS runs', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 200 }),
        fc.array(
          fc.record({
            a: fc.double({ min: 0, max: 1, noNaN: true }),
            b: fc.double({ min: 0, max: 1, noNaN: true }),
            fresh: fc.nat({ max: 4 }),
            delta: fc.integer({ min: -3, max: 3 }),
          }),
          { maxLength: 80 },
        ),
        (initial, splices) => {
          let model: Finding[] = Array.from({ length: initial }, (_, i) => at(10 * i, i % 2 ? 'why' : undefined));
          let rope = FindingRope.of(model);
          for (const { a, b, fresh, delta } of splices) {
            const left = Math.floor(Math.min(a, b) * model.length);
            const right = Math.floor(Math.max(a, b) * model.length);
            const added = Array.from({ length: fresh }, (_, i) => at(-1000 - i));
            model = spliceArray(model, left, added, right, delta);
            rope = rope.splice(left, added, right, delta);
            assert.equal(rope.length, model.length);
            assert.ok(rope.runs <= MAX_RUNS, `${rope.runs} runs`);
          }
          assert.deepEqual(rope.toArray(), model);
          for (let i = 0; i < model.length; i++) {
            assert.deepEqual(rope.at(i), model[i]);
            assert.equal(rope.startAt(i), model[i]!.start);
          }
          assert.deepEqual(rope.slice(3, 17), model.slice(3, 17));
          assert.deepEqual(rope.slice(model.length - 2, model.length + 5), model.slice(model.length - 2));
          assert.deepEqual(rope.slice(9, 4), []);
        },
      ),
      { numRuns: 300, seed: 20261207 },
    );
  });

  it('finds the first finding starting at or after an offset, as on the sorted array', () => {
    const model = Array.from({ length: 50 }, (_, i) => at(10 * i));
    const rope = FindingRope.of(model)
      .splice(20, [at(199), at(203)], 22, 5)
      .splice(5, [], 5, -2);
    const array = rope.toArray();
    for (let offset = -5; offset < 520; offset++) {
      const expected = array.findIndex((f) => f.start >= offset);
      assert.equal(rope.firstStartingAt(offset), expected < 0 ? array.length : expected, `offset ${offset}`);
    }
  });

  it('moves findings after the splice without copying the lists it reads', () => {
    const model = Array.from({ length: 1000 }, (_, i) => at(10 * i));
    const rope = FindingRope.of(model).splice(400, [at(4001)], 401, 1);
    // The findings before the splice are the list's own; those after are made when read.
    assert.equal(rope.at(10), model[10]);
    assert.deepEqual(rope.at(900), shifted(model[900]!, 1));
    assert.equal(rope.runs, 3);
  });
});
