import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fieldRunEnd, MAX_NAME_RUN, nameRunDot, nameRunEnd, wordRunEnd } from '../../src/core/rules/nameRun';

/** The end of the run of `chars` from `at`, read as nameRun.ts documents it: at most MAX_NAME_RUN past `at`, not past `lineEnd`. */
function expectedEnd(text: string, at: number, lineEnd: number, chars: RegExp): number {
  const limit = Math.min(lineEnd, at + MAX_NAME_RUN);
  let p = at;
  while (p < limit && chars.test(text.charAt(p))) p++;
  return p;
}

const NAME = /^[A-Za-z0-9_.-]$/;
const WORD = /^\w$/;
const FIELD = /^[\w-]$/;
const DOTLESS = /^[A-Za-z0-9_-]$/;

// Names, separators and non-ASCII letters (none of them name characters), in runs long and short.
const arbText = fc
  .array(
    fc.oneof(
      fc.constantFrom('token', 'api_key', 'secret', 'A', '9', '_', '.', '-', '.equals', 'x'.repeat(70)),
      fc.constantFrom(' ', '=', '"', "'", '(', '\n', '\u00e9', '\u0130', '\u212a'),
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(''));

describe('name runs (nameRun.ts)', () => {
  it('end where the name, word and field runs end, whatever was read before', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(arbText, fc.nat(), fc.nat(), fc.constantFrom(0, 1, 2, 3)), { minLength: 1, maxLength: 6 }),
        (asks) => {
          // Several texts and positions in turn, each read through a different function, so that
          // what is kept from one question can only be reused where it answers the next.
          for (const [text, a, b, which] of asks) {
            const at = text.length === 0 ? 0 : a % text.length;
            const lineEnd = at + (b % (text.length - at + 1));
            if (which === 0) assert.equal(nameRunEnd(text, at, lineEnd), expectedEnd(text, at, lineEnd, NAME));
            if (which === 1) assert.equal(wordRunEnd(text, at, lineEnd), expectedEnd(text, at, lineEnd, WORD));
            if (which === 2) assert.equal(fieldRunEnd(text, at, lineEnd), expectedEnd(text, at, lineEnd, FIELD));
            if (which === 3) assert.equal(nameRunDot(text, at, lineEnd), expectedEnd(text, at, lineEnd, DOTLESS));
          }
        },
      ),
      { numRuns: 3000, seed: 31 },
    );
  });

  it('end where they end when asked at later positions of one text, each with its own line end', () => {
    fc.assert(
      fc.property(
        arbText,
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(0, 1, 2, 3)), { maxLength: 12 }),
        (text, asks) => {
          // Ascending positions, as an over-long line's rule asks its keywords: most fall inside the run last read.
          let at = 0;
          for (const [step, b, which] of asks) {
            at = Math.min(text.length, at + (step % 4));
            const lineEnd = at + (b % (text.length - at + 1));
            if (which === 0) assert.equal(nameRunEnd(text, at, lineEnd), expectedEnd(text, at, lineEnd, NAME));
            if (which === 1) assert.equal(wordRunEnd(text, at, lineEnd), expectedEnd(text, at, lineEnd, WORD));
            if (which === 2) assert.equal(fieldRunEnd(text, at, lineEnd), expectedEnd(text, at, lineEnd, FIELD));
            if (which === 3) assert.equal(nameRunDot(text, at, lineEnd), expectedEnd(text, at, lineEnd, DOTLESS));
          }
        },
      ),
      { numRuns: 3000, seed: 32 },
    );
  });

  it('are read again for another text of the same length, position and line end', () => {
    assert.equal(nameRunEnd('token = x', 0, 9), 5);
    assert.equal(nameRunEnd('tokens= x', 0, 9), 6);
    assert.equal(wordRunEnd('tok.n = x', 0, 9), 3);
    assert.equal(fieldRunEnd('to-en.a x', 0, 9), 5);
  });

  it('stop at MAX_NAME_RUN and at the line end', () => {
    const long = 'a'.repeat(100);
    assert.equal(nameRunEnd(long, 10, 100), 10 + MAX_NAME_RUN);
    assert.equal(wordRunEnd(long, 10, 30), 30);
  });
});
