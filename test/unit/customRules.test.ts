import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { compileCustomRules, hasNestedQuantifier } from '../../src/core/rules/custom';
import { FakeTokens } from '../../src/core/rules/fakeTokens';

const builtin = new Set(['github-pat-classic']);

describe('custom rules', () => {
  it('compiles a valid rule that the detector then runs', () => {
    const { rules, problems } = compileCustomRules(
      [
        {
          id: 'acme-token',
          pattern: 'acme_(?<secret>[a-z0-9]{32})',
          keywords: ['ACME_'],
          confidence: 'high',
          envVar: 'ACME_TOKEN',
        },
      ],
      builtin,
    );
    assert.deepEqual(problems, []);
    assert.equal(rules[0]!.keywords[0], 'acme_', 'keywords are lower-cased for the prefilter');
    // A generated value: not a credential.
    const value = new FakeTokens(1).lowerAlnum(32);
    const [f] = new Detector(rules).scan(`TOKEN=acme_${value}`);
    assert.equal(f!.ruleId, 'acme-token');
  });

  const bad: [string, Record<string, unknown>, RegExp][] = [
    ['a missing id', { pattern: 'x{3}', keywords: ['xx'] }, /"id" must be a kebab-case/],
    ['a built-in id', { id: 'github-pat-classic', pattern: 'x{3}', keywords: ['xx'] }, /already used/],
    ['an invalid regex', { id: 'a-b', pattern: '([a-z]', keywords: ['xx'] }, /not a valid regular expression/],
    ['nested quantifiers', { id: 'a-b', pattern: '(a+)+$', keywords: ['aa'] }, /nests unbounded quantifiers/],
    ['no keywords', { id: 'a-b', pattern: 'abc' }, /"keywords" must be/],
    ['unsupported flags', { id: 'a-b', pattern: 'abc', flags: 'g', keywords: ['ab'] }, /"flags"/],
    ['a bad confidence', { id: 'a-b', pattern: 'abc', keywords: ['ab'], confidence: 'certain' }, /"confidence"/],
    ['a bad envVar', { id: 'a-b', pattern: 'abc', keywords: ['ab'], envVar: 'my-var' }, /"envVar"/],
  ];
  for (const [what, spec, message] of bad) {
    it(`reports ${what} once and skips the rule`, () => {
      const { rules, problems } = compileCustomRules(
        [spec, { id: 'fine-rule', pattern: 'fine[0-9]{4}', keywords: ['fine'] }],
        builtin,
      );
      assert.equal(problems.length, 1);
      assert.equal(problems[0]!.index, 0);
      assert.match(problems[0]!.message, message);
      assert.deepEqual(
        rules.map((r) => r.id),
        ['fine-rule'],
      );
    });
  }

  it('rejects a duplicate id within the list', () => {
    const { problems } = compileCustomRules(
      [
        { id: 'x-y', pattern: 'a{2}', keywords: ['aa'] },
        { id: 'x-y', pattern: 'b{2}', keywords: ['bb'] },
      ],
      builtin,
    );
    assert.equal(problems.length, 1);
  });

  it('spots nested unbounded quantifiers, not safe shapes', () => {
    for (const p of ['(a+)+', '(\\w*)*', '(?:x+y*)+z', '(a{1,})+', '((ab)+)*'])
      assert.equal(hasNestedQuantifier(p), true, p);
    for (const p of ['a+b+', '(ab){2,5}', '[a+]+', '(?:foo|bar)+', '\\(a+\\)+', '(a{3})+'])
      assert.equal(hasNestedQuantifier(p), false, p);
  });
});
