import assert from 'node:assert/strict';
import fc from 'fast-check';
import { shannonEntropy } from '../../src/core/entropy';

/** The definition, counted in a Map and summed in order of first occurrence. */
function reference(s: string): number {
  if (s.length === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < s.length; i++) counts.set(s.charCodeAt(i), (counts.get(s.charCodeAt(i)) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / s.length) * Math.log2(n / s.length);
  return bits;
}

describe('shannonEntropy', () => {
  it('is 0 for one repeated character and log2(n) for n distinct ones', () => {
    assert.equal(shannonEntropy(''), 0);
    assert.equal(shannonEntropy('aaaa'), 0);
    assert.equal(shannonEntropy('abcd'), 2);
  });

  it('gives exactly the reference value on ASCII and non-ASCII strings, called in any order', () => {
    const text = fc
      .array(fc.constantFrom('a', 'b', 'Z', '0', '_', '=', '\u007f', '\u0000', 'é', '€', '\u{1F511}'), {
        maxLength: 40,
      })
      .map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), (texts) => {
        for (const s of texts) assert.equal(shannonEntropy(s), reference(s), JSON.stringify(s));
      }),
      { numRuns: 2000, seed: 31 },
    );
  });
});
