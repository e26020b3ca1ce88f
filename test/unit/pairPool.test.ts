import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PairPool } from '../../src/core/detect/pairPool';

// The pool replaces per-call arrays in the long-line rescan: after any sequence of uses, what it
// gives since its last reset must be what fresh arrays built the same way hold, in the same order.
type Step =
  | { kind: 'reset' }
  | { kind: 'push'; rule: number; start: number; end: number }
  | { kind: 'extend'; rule: number; end: number };

const RULES = 5;

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.constant<Step>({ kind: 'reset' }),
  fc.record({
    kind: fc.constant('push' as const),
    rule: fc.nat({ max: RULES - 1 }),
    start: fc.nat({ max: 1 << 30 }),
    end: fc.nat({ max: 1 << 30 }),
  }),
  fc.record({ kind: fc.constant('extend' as const), rule: fc.nat({ max: RULES - 1 }), end: fc.nat({ max: 1 << 30 }) }),
);

describe('PairPool', () => {
  it('holds what fresh arrays would since its last reset, in the order rules were opened', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 300 }), (steps) => {
        const pool = new PairPool(RULES);
        let model = new Map<number, number[]>();
        const check = () => {
          const got = [...pool.lists()].map(([rule, view]) => [rule, [...view]] as const);
          assert.deepEqual(got, [...model]);
          for (let rule = 0; rule < RULES; rule++) {
            assert.equal(pool.has(rule), model.has(rule));
            const list = model.get(rule) ?? [];
            assert.ok(Object.is(pool.lastEnd(rule), list.length === 0 ? NaN : list[list.length - 1]!));
          }
        };
        pool.reset();
        for (const s of steps) {
          if (s.kind === 'reset') {
            pool.reset();
            model = new Map();
          } else if (s.kind === 'push') {
            pool.open(s.rule);
            pool.push(s.rule, s.start, s.end);
            let list = model.get(s.rule);
            if (list === undefined) model.set(s.rule, (list = []));
            list.push(s.start, s.end);
          } else if (model.get(s.rule)?.length) {
            pool.setLastEnd(s.rule, s.end);
            const list = model.get(s.rule)!;
            list[list.length - 1] = s.end;
          }
          check();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('opens a list empty after a reset, though the rule had pairs before it', () => {
    const pool = new PairPool(2);
    pool.reset();
    pool.open(1);
    pool.push(1, 3, 9);
    pool.reset();
    assert.equal(pool.has(1), false);
    pool.open(1);
    assert.ok(Number.isNaN(pool.lastEnd(1)));
    assert.deepEqual(
      [...pool.lists()].map(([rule, v]) => [rule, [...v]]),
      [[1, []]],
    );
  });
});
