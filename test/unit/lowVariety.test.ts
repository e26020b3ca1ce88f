import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isLowVariety } from '../../src/core/rules/placeholders';

// The low-variety check, rewritten without allocations, equals its plain definition.

const text = (maxLength: number) =>
  fc.string({
    unit: fc.oneof(
      fc.constantFrom('a', 'b', 'c', 'Z', '0', '1', '='),
      fc.constantFrom('é', '😀', '😁', '\ud83d'),
      fc.string({ unit: 'binary', maxLength: 1 }),
    ),
    maxLength,
  });

/** isLowVariety as first written: a Set of the code points. */
function lowVarietyReference(value: string): boolean {
  if (value.length === 0) return true;
  if (value.length >= 8 && new Set(value).size <= 3) return true;
  let run = 1;
  let seq = 1;
  for (let i = 1; i < value.length; i++) {
    const d = value.charCodeAt(i) - value.charCodeAt(i - 1);
    run = d === 0 ? run + 1 : 1;
    seq = d === 1 || d === -1 ? seq + 1 : 1;
    if (run >= 6 || seq >= 8) return true;
  }
  return false;
}

describe('isLowVariety', function () {
  this.timeout(60_000);
  it('equals the Set-based definition for any text', () => {
    fc.assert(
      fc.property(text(24), (t) => isLowVariety(t) === lowVarietyReference(t)),
      { numRuns: 1000 },
    );
    // Few distinct characters, astral ones sharing a high surrogate: code points, not code units, count.
    const few = fc
      .array(fc.constantFrom('a', 'b', '😀', '😁', '😂'), { minLength: 4, maxLength: 12 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(few, (t) => isLowVariety(t) === lowVarietyReference(t)),
      { numRuns: 1000 },
    );
    assert.equal(isLowVariety('😀😁😂😀😁😂😀😁'), true, 'three code points, four code units');
  });
});
