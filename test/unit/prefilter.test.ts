import assert from 'node:assert/strict';
import fc from 'fast-check';
import { KeywordMatcher } from '../../src/core/detect/prefilter';

function hits(matcher: KeywordMatcher, text: string): string[] {
  const out: string[] = [];
  matcher.scan(text, 0, text.length, (id, end) => out.push(`${matcher.keywords[id]}@${end}`));
  return out.sort();
}

function naive(keywords: string[], text: string): string[] {
  const out: string[] = [];
  const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  for (const kw of keywords) {
    for (let i = lower.indexOf(kw); i !== -1; i = lower.indexOf(kw, i + 1)) out.push(`${kw}@${i + kw.length}`);
  }
  return out.sort();
}

describe('KeywordMatcher (Aho-Corasick)', () => {
  it('finds overlapping and nested keywords, case-insensitively', () => {
    const m = new KeywordMatcher(['he', 'she', 'his', 'hers']);
    assert.deepEqual(hits(m, 'USHERS'), ['he@4', 'hers@6', 'she@4']);
  });

  it('agrees with a naive search on random texts', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', 'A', 'B', '_', '-', 'é');
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.array(fc.constantFrom('a', 'b', 'c', '_', '-'), { minLength: 1, maxLength: 4 }).map((a) => a.join('')), { minLength: 1, maxLength: 8 }),
        fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')),
        (keywords, text) => {
          assert.deepEqual(hits(new KeywordMatcher(keywords), text), naive(keywords, text));
        },
      ),
      { numRuns: 500, seed: 1 },
    );
  });

  it('scans only the requested range', () => {
    const m = new KeywordMatcher(['key']);
    const out: number[] = [];
    m.scan('key key key', 4, 7, (_, end) => out.push(end));
    assert.deepEqual(out, [7]);
  });

  it('rejects keywords it cannot match', () => {
    assert.throws(() => new KeywordMatcher(['Key']), /lowercase/);
    assert.throws(() => new KeywordMatcher(['clé']), /ASCII/);
  });
});
