import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { checkPatterns, type PatternCheck } from '../support/recheckPool';

/**
 * Every built-in pattern must be linear-time. recheck proves it (or finds an attack string); the
 * pathological inputs below check that nothing hangs in practice, including the detector's
 * windowing switched off.
 */
describe('ReDoS safety of built-in patterns', function () {
  let verdicts: Map<string, PatternCheck>;

  before(async function () {
    this.timeout(30 * 60_000);
    verdicts = await checkPatterns(builtinRules);
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
  const N = 40_000;
  const fillers = ['a', 'A', '0', '=', ':', ' ', '/', '.', '-', '_', '"', "'", '\\', '\\n', '@', 'aB3/', 'a:', '-----', ' = '];

  for (const rule of builtinRules) {
    it(`${rule.id}: completes on long adversarial lines`, () => {
      const detectors = [new Detector([rule]), new Detector([rule], { maxLineLength: Number.MAX_SAFE_INTEGER })];
      for (const kw of keywordSample(rule.keywords)) {
        const inputs = [kw.repeat(Math.ceil(N / kw.length)), ...fillers.map((f) => kw + f.repeat(Math.ceil(N / f.length))), (kw + '\n').repeat(2000)];
        for (const input of inputs) for (const d of detectors) assert.ok(Array.isArray(d.scan(input)));
      }
    });
  }
});
