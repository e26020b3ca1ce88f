import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { checkPatterns, type PatternCheck } from '../support/recheckPool';
import { loadSafeVerdicts, verdictKey } from '../support/redosVerdicts';
import { measureRegexWork } from '../support/regexWork';

/**
 * Every built-in pattern must be linear-time. recheck proves it (or finds an attack string); a
 * pattern it already found safe, unchanged since, keeps its committed verdict (see
 * test/support/redosVerdicts.ts). The pathological inputs below check that the detector's work
 * grows linearly in practice, including with its windowing switched off.
 */
describe('ReDoS safety of built-in patterns', function () {
  let verdicts: Map<string, PatternCheck>;

  before(async function () {
    this.timeout(30 * 60_000);
    const safe = loadSafeVerdicts();
    verdicts = await checkPatterns(builtinRules.filter((r) => !safe.has(verdictKey(r.pattern))));
    for (const r of builtinRules)
      if (!verdicts.has(r.id))
        verdicts.set(r.id, { id: r.id, status: 'safe', detail: 'committed verdict for this exact pattern' });
  });

  for (const rule of builtinRules) {
    it(`${rule.id}: recheck reports the pattern safe`, () => {
      const v = verdicts.get(rule.id);
      assert.ok(v, 'not checked');
      assert.equal(v.status, 'safe', `${rule.id}: ${v.status} ${v.detail}`);
    });
  }
});

/**
 * The keywords to try: all of them, or for a table-driven rule with hundreds (whose pattern holds
 * none of them, so any keyword only wakes it) an even spread of MAX_KEYWORDS_TRIED.
 */
const MAX_KEYWORDS_TRIED = 40;
function keywordSample(keywords: readonly string[]): readonly string[] {
  if (keywords.length <= MAX_KEYWORDS_TRIED) return keywords;
  const step = (keywords.length - 1) / (MAX_KEYWORDS_TRIED - 1);
  return Array.from({ length: MAX_KEYWORDS_TRIED }, (_, i) => keywords[Math.round(i * step)]!);
}

describe('pathological inputs', function () {
  this.timeout(60_000);
  const N = 20_000;
  /** Doubling the input may at most double the work, plus slack for per-scan constants. */
  const GROWTH_BUDGET = 2.5;
  const fillers = [
    'a',
    'A',
    '0',
    '=',
    ':',
    ' ',
    '/',
    '.',
    '-',
    '_',
    '"',
    "'",
    '\\',
    '\\n',
    '@',
    'aB3/',
    'a:',
    '-----',
    ' = ',
  ];
  const inputsOf = (kw: string, n: number) => [
    kw.repeat(Math.ceil(n / kw.length)),
    ...fillers.map((f) => kw + f.repeat(Math.ceil(n / f.length))),
    (kw + '\n').repeat(n / 20),
  ];

  for (const rule of builtinRules) {
    it(`${rule.id}: works linearly on long adversarial lines`, () => {
      const detectors = [new Detector([rule]), new Detector([rule], { maxLineLength: Number.MAX_SAFE_INTEGER })];
      // A multi-line rule looks up to maxSpan past each keyword line: linear growth shows once the
      // text is several spans long.
      const n = Math.max(N, 4 * (rule.multiline?.maxSpan ?? 0));
      for (const kw of keywordSample(rule.keywords)) {
        const [small, large] = [inputsOf(kw, n), inputsOf(kw, 2 * n)];
        small.forEach((input, i) => {
          for (const d of detectors) {
            const work = measureRegexWork(() => d.scan(input));
            const doubled = measureRegexWork(() => d.scan(large[i]!));
            assert.ok(
              doubled <= GROWTH_BUDGET * work + 1000,
              `input ${i} of "${kw}": ${work} characters examined for ${input.length}, ${doubled} for ${large[i]!.length}`,
            );
          }
        });
      }
    });
  }

  it('counts the rescans of a quadratic loop, so the budget can fail', () => {
    const rule = builtinRules[0]!;
    const quadratic = (text: string) => {
      for (let i = 0; i < text.length; i += 100) rule.pattern.test(text.slice(i));
    };
    const input = 'x'.repeat(N);
    const work = measureRegexWork(() => quadratic(input));
    const doubled = measureRegexWork(() => quadratic(input + input));
    assert.ok(doubled > GROWTH_BUDGET * work + 1000, `${work} then ${doubled}`);
  });
});
