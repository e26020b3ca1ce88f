import assert from 'node:assert/strict';
import { anyOf } from '../../src/core/rules/judge/anyOf';

describe('anyOf: whether any of a list of patterns matches, in one run per flag set', () => {
  const patterns = [/^(?:sha256|md5)[-:]/i, /^\d+(?:\.\d+)*$/, /^[a-z]+(?:[-_][a-z]+)+$|^x$/, /:$/, /^(a)\1$/];
  const any = anyOf(patterns);
  const values = ['SHA256-abc', 'md5:x', '1.2.3', 'my-secret-name', 'x', 'label:', 'aa', 'ab', 'Xy7-Qz', '', 'x1'];

  it('answers as testing each pattern in turn does', () => {
    for (const v of values)
      assert.equal(
        any(v),
        patterns.some((p) => p.test(v)),
        v,
      );
  });

  it("keeps each pattern's flags and top-level alternatives to itself", () => {
    // Case-insensitive only where its own pattern is; `^x$` is not anchored to the other alternatives.
    assert.equal(anyOf([/^abc$/, /^q$/i])('ABC'), false);
    assert.equal(anyOf([/^abc$/, /^q$/i])('Q'), true);
    assert.equal(anyOf([/^a$|^b$/, /^c$/])('ab'), false);
  });

  it('runs a pattern with back-references on its own, where joining would renumber them', () => {
    assert.equal(anyOf([/^(x)y$/, /^(a)\1$/])('aa'), true);
    assert.equal(anyOf([/^(x)y$/, /^(a)\1$/])('xa'), false);
  });
});
