import assert from 'node:assert/strict';
import fc from 'fast-check';
import { regexReach } from '../../src/core/detect/regexReach';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';

/** What a sticky attempt of `regex` at `at` of `text` matches (its length), or -1. */
function attempt(regex: RegExp, text: string, at: number): number {
  regex.lastIndex = at;
  const m = regex.exec(text);
  return m === null ? -1 : m[0].length;
}

describe('regexReach', () => {
  it('measures matches, lookarounds, word boundaries and back-references', () => {
    // [source, flags, ahead, behind, min]
    const cases: [string, string, number, number, number][] = [
      ['abc', '', 3, 0, 3],
      ['a{2,5}b?', '', 6, 0, 2],
      ['a(?=bcd)', '', 4, 0, 1],
      ['(?<=ab)c', '', 2, 2, 1],
      ['x?(?<=abc)', '', 4, 3, 0],
      ['\\bfoo\\b', '', 4, 1, 3],
      ['(a|bc){2,3}', '', 6, 0, 2],
      ['([\'"])x{3}\\1', '', 5, 0, 4],
      ['(?<q>[ab]{3})-\\k<q>', '', 7, 0, 4],
      ['[\\]a]{4}', '', 4, 0, 4],
      ['^a$', '', 2, 1, 1],
      ['a{2}', 'u', 4, 0, 2],
      ['\\u0041\\x41\\cA', '', 3, 0, 3],
    ];
    for (const [source, flags, ahead, behind, min] of cases)
      assert.deepEqual(regexReach(source, flags), { ahead, behind, min }, `/${source}/${flags}`);
  });

  it('is unbounded where the pattern is, or where it cannot tell', () => {
    for (const source of ['a+', 'a*b', 'a{3,}', '\\1(a)', '(?i:a)', '[a', '(a', 'a)', 'a{2}{', '[\\q{ab}]'])
      assert.equal(regexReach(source, source.includes('q{') ? 'v' : 'u').ahead, Infinity, source);
  });

  it('bounds every built-in rule', () => {
    for (const rule of builtinRules) {
      const { ahead, behind } = regexReach(rule.pattern.source, rule.pattern.flags);
      assert.ok(Number.isFinite(ahead) && Number.isFinite(behind), rule.id);
    }
  });

  it("holds each built-in rule's own positive examples' matches", () => {
    // The examples are generated at runtime (FakeTokens): no literal credential here.
    const fake = new FakeTokens(31);
    for (const rule of builtinRules) {
      const { ahead } = regexReach(rule.pattern.source, rule.pattern.flags);
      const regex = new RegExp(rule.pattern.source, rule.pattern.flags.replace(/[gy]/g, '') + 'g');
      for (const example of rule.examples.positives(fake))
        for (const m of example.matchAll(regex))
          assert.ok(m[0].length <= ahead, `${rule.id}: ${m[0].length} > ${ahead}`);
    }
  });

  it("gives a min no longer than any match of a built-in rule (its examples', whole and cut)", () => {
    // The detector skips a pattern on a stretch shorter than `min` (compiledRules.ts minLength).
    // Examples are generated at runtime (FakeTokens), and cut short to find the shortest matches.
    const fake = new FakeTokens(37);
    for (const rule of builtinRules) {
      const { min } = regexReach(rule.pattern.source, rule.pattern.flags);
      const regex = new RegExp(rule.pattern.source, rule.pattern.flags.replace(/[gy]/g, '') + 'g');
      for (const example of rule.examples.positives(fake))
        for (let cut = 0; cut <= example.length; cut += Math.max(1, example.length >> 3))
          for (const text of [example.slice(cut), example.slice(0, example.length - cut)])
            for (const m of text.matchAll(regex)) assert.ok(m[0].length >= min, `${rule.id}: ${m[0].length} < ${min}`);
    }
  });

  // Small patterns of the constructs the reach adds up, and texts over their alphabet: an attempt
  // sees the same on the whole text as on the text cut to its reach either side.
  const atom = fc.constantFrom(
    'a',
    'b',
    ' ',
    '[ab]',
    '\\b',
    '\\B',
    '(?=a)',
    '(?!b)',
    '(?<=a)',
    '(?<!b )',
    '^',
    '$',
    '.',
  );
  function patternOf(depth: number): fc.Arbitrary<string> {
    if (depth === 0) return atom;
    const inner = patternOf(depth - 1);
    return fc.oneof(
      atom,
      fc.tuple(inner, inner).map(([x, y]) => x + y),
      fc.tuple(inner, inner).map(([x, y]) => `(?:${x}|${y})`),
      fc.tuple(inner, fc.constantFrom('?', '{0,2}', '{1,3}', '{2}', '??')).map(([x, q]) => `(?:${x})${q}`),
      inner.map((x) => `(?=${x})`),
      inner.map((x) => `(?<!${x})`),
      inner.map((x) => `(${x})\\1`),
    );
  }
  const pattern = patternOf(3);

  it('bounds what an attempt reads either side of where it starts, and matches no fewer than `min`', () => {
    fc.assert(
      fc.property(pattern, fc.stringMatching(/^[ab ]{0,24}$/), fc.boolean(), (source, text, unicode) => {
        const flags = unicode ? 'uy' : 'y';
        const regex = new RegExp(source, flags);
        const { ahead, behind, min } = regexReach(source, flags);
        for (let at = 0; at <= text.length; at++)
          assert.ok(
            attempt(regex, text, at) === -1 || attempt(regex, text, at) >= min,
            `/${source}/ min at ${at} of "${text}"`,
          );
        if (!Number.isFinite(ahead + behind)) return;
        for (let at = 0; at <= text.length; at++) {
          const from = Math.max(0, at - behind);
          const cut = text.slice(from, at + ahead);
          assert.equal(attempt(regex, cut, at - from), attempt(regex, text, at), `/${source}/ at ${at} of "${text}"`);
        }
      }),
      { numRuns: 2000, seed: 12 },
    );
  });
});
