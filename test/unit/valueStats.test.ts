import assert from 'node:assert/strict';
import fc from 'fast-check';
import { shannonEntropy } from '../../src/core/entropy';
import { isLowVariety } from '../../src/core/rules/placeholders';

// The per-match value statistics, rewritten without allocations: each equals its plain definition.

/** The definition, counted in a Map in order of first occurrence. */
function reference(s: string): number {
  if (s.length === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < s.length; i++) counts.set(s.charCodeAt(i), (counts.get(s.charCodeAt(i)) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / s.length) * Math.log2(n / s.length);
  return bits;
}

const text = (maxLength: number) => fc.string({ unit: fc.oneof(fc.constantFrom('a', 'b', 'c', 'Z', '0', '1', '='), fc.constantFrom('é', '😀', '😁', '\ud83d'), fc.string({ unit: 'binary', maxLength: 1 })), maxLength });

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

describe('isLowVariety', () => {
  it('equals the Set-based definition for any text', () => {
    fc.assert(fc.property(text(24), (t) => isLowVariety(t) === lowVarietyReference(t)), { numRuns: 1000 });
    // Few distinct characters, astral ones sharing a high surrogate: code points, not code units, count.
    const few = fc.array(fc.constantFrom('a', 'b', '😀', '😁', '😂'), { minLength: 4, maxLength: 12 }).map((a) => a.join(''));
    fc.assert(fc.property(few, (t) => isLowVariety(t) === lowVarietyReference(t)), { numRuns: 1000 });
    assert.equal(isLowVariety('😀😁😂😀😁😂😀😁'), true, 'three code points, four code units');
  });
});

describe('shannonEntropy', () => {
  it('equals the definition to the last bit, for any text and any sequence of calls', () => {
    fc.assert(
      fc.property(fc.array(text(80), { minLength: 1, maxLength: 5 }), (texts) => {
        for (const t of texts) assert.equal(shannonEntropy(t), reference(t), JSON.stringify(t));
      }),
      { numRuns: 200 },
    );
  });

  it('gives the known values', () => {
    assert.equal(shannonEntropy(''), 0);
    assert.equal(shannonEntropy('aaaa'), 0);
    assert.equal(shannonEntropy('abab'), 1);
    assert.equal(shannonEntropy('abcd'), 2);
  });
});
