import assert from 'node:assert/strict';
import fc from 'fast-check';
import { HitCache } from '../../src/core/detect/hitCache';
import { KeywordMatcher } from '../../src/core/detect/prefilter';

// The hit cache of a long-line rescan grows to serve ranges outside what it scanned: what it serves
// must be what one scan of its whole stretch reports, keywords and encoded runs crossing the bounds
// it grew past included.
const RUN = 8;
const keywords = ['pass', 'password', 'token', 'api_key', 'sk-', 'ss'];
const matcher = new KeywordMatcher(keywords, { runLength: RUN });
const lengths = Int32Array.from([...keywords, 'x'.repeat(RUN)], (k) => k.length);

/** The hits wholly in [from, to) that a scan of [lo, hi) reports, as (id, end) pairs. */
function scanned(text: string, lo: number, hi: number, from: number, to: number): number[] {
  const out: number[] = [];
  matcher.scan(text, lo, hi, (id, end) => {
    if (end - lengths[id]! >= from && end <= to) out.push(id, end);
  });
  return out;
}

const pieces = ['password', 'pass', 'token', 'api_key', 'sk-', 'sss', 'ABCDEFGHIJ', 'abc123', ' ', '=', ';', 'x'];
const arbText = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 80 }).map((p) => p.join(''));

describe('HitCache', () => {
  it('serves any range as one scan of its grown stretch reports it', () => {
    fc.assert(
      fc.property(
        arbText.chain((text) =>
          fc.tuple(
            fc.constant(text),
            fc.nat({ max: text.length }),
            fc.nat({ max: 40 }),
            fc.array(fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length })), { maxLength: 8 }),
          ),
        ),
        ([text, at, size, requests]) => {
          const lo = Math.min(at, text.length);
          const cache = new HitCache(matcher, lengths, text, lo, Math.min(text.length, lo + size), 0, text.length);
          for (const [a, b] of requests) {
            const from = Math.min(a, b);
            const to = Math.max(a, b);
            const served: number[] = [];
            cache.scan(from, to, (id, end) => served.push(id, end));
            const [sLo, sHi] = cache.stretch;
            assert.ok(sLo <= from && to <= sHi);
            assert.deepEqual(served, scanned(text, sLo, sHi, from, to));
          }
        },
      ),
      { numRuns: 2000, seed: 20261206 },
    );
  });

  it('serves the text before an edit, built from the cache after it, as one scan of that text reports it', () => {
    // A rescan reads the old text's hits from the new text's cache away from the edit: keywords and
    // runs crossing the edit, or running on from it, are scanned again.
    fc.assert(
      fc.property(
        arbText.chain((text) =>
          fc.tuple(
            fc.constant(text),
            fc.nat({ max: text.length }),
            fc.nat({ max: 12 }),
            fc.constantFrom(...pieces, '', 'AB', 'a', 'ss'),
            fc.nat({ max: 60 }),
            fc.nat({ max: 60 }),
            fc.array(fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length })), { maxLength: 6 }),
          ),
        ),
        ([old, at, removed, insert, left, right, requests]) => {
          const start = Math.min(at, old.length);
          const oldEnd = Math.min(old.length, start + removed);
          const text = old.slice(0, start) + insert + old.slice(oldEnd);
          const edit = { start, oldEnd, newEnd: start + insert.length };
          const delta = edit.newEnd - oldEnd;
          const lo = Math.max(0, start - left);
          const cache = new HitCache(
            matcher,
            lengths,
            text,
            lo,
            Math.min(text.length, edit.newEnd + right),
            0,
            text.length,
          );
          const before = cache.beforeEdit(old, edit, 0, old.length);
          assert.ok(before !== undefined);
          assert.deepEqual(before.stretch, [cache.stretch[0], cache.stretch[1] - delta]);
          const [sLo, sHi]: readonly [number, number] = before.stretch;
          for (const [a, b] of [[sLo, sHi], ...requests]) {
            const from = Math.max(sLo, Math.min(a, b, old.length));
            const to = Math.min(sHi, Math.max(from, Math.min(Math.max(a, b), old.length)));
            const served: number[] = [];
            before.scan(from, to, (id, end) => served.push(id, end));
            assert.deepEqual(served, scanned(old, sLo, sHi, from, to));
          }
        },
      ),
      { numRuns: 3000, seed: 20261206 },
    );
  });

  it('serves only the keywords asked for, as a scan filtered afterwards, and tells their share', () => {
    // The multi-line check of a rescan reads its rules' keywords from the cache of every keyword.
    const only = Uint8Array.from([...keywords, 'run'], (k) => (k.startsWith('pass') || k === 'sk-' ? 1 : 0));
    fc.assert(
      fc.property(arbText, fc.nat({ max: 400 }), fc.nat({ max: 400 }), (text, a, b) => {
        const from = Math.min(a, b, text.length);
        const to = Math.min(Math.max(a, b), text.length);
        const cache = new HitCache(matcher, lengths, text, from, from, 0, text.length);
        const served: number[] = [];
        cache.scan(from, to, (id, end) => served.push(id, end), only);
        const all = scanned(text, ...cache.stretch, from, to);
        assert.deepEqual(
          served,
          all.filter((_, i) => only[all[i - (i % 2)]!] === 1),
        );
        const held = scanned(text, ...cache.stretch, ...cache.stretch).filter((_, i) => i % 2 === 0);
        const share = held.length === 0 ? 1 : held.filter((id) => only[id] === 1).length / held.length;
        assert.equal(cache.shareOf(only), share);
      }),
      { numRuns: 500, seed: 20261206 },
    );
  });
});
