import assert from 'node:assert/strict';
import { checkSync } from 'recheck';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';

/**
 * Every built-in pattern must be linear-time. recheck proves it (or finds an attack string); the
 * pathological inputs below check that nothing hangs in practice, including the detector's
 * windowing switched off.
 */
describe('ReDoS safety of built-in patterns', function () {
  this.timeout(120_000);

  for (const rule of builtinRules) {
    it(`${rule.id}: recheck reports the pattern safe`, () => {
      const result = checkSync(rule.pattern.source, rule.pattern.flags.replace(/[dgy]/g, ''), { timeout: 20_000 });
      assert.equal(result.status, 'safe', `${rule.id}: ${result.status} ${'attack' in result && result.attack ? JSON.stringify(result.attack.pattern) : ''}`);
    });
  }
});

describe('pathological inputs', function () {
  this.timeout(60_000);
  const N = 40_000;
  const fillers = ['a', 'A', '0', '=', ':', ' ', '/', '.', '-', '_', '"', "'", '\\', '\\n', '@', 'aB3/', 'a:', '-----', ' = '];

  for (const rule of builtinRules) {
    it(`${rule.id}: completes on long adversarial lines`, () => {
      const detectors = [new Detector([rule]), new Detector([rule], { maxLineLength: Number.MAX_SAFE_INTEGER })];
      for (const kw of rule.keywords) {
        const inputs = [kw.repeat(Math.ceil(N / kw.length)), ...fillers.map((f) => kw + f.repeat(Math.ceil(N / f.length))), (kw + '\n').repeat(2000)];
        for (const input of inputs) for (const d of detectors) assert.ok(Array.isArray(d.scan(input)));
      }
    });
  }
});
