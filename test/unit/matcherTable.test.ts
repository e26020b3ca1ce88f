import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildRuleMatcher, compileRule, ruleMatcher, type RuleMatcher } from '../../src/core/detect/compiledRules';
import { Detector, prebuildMatcherTable } from '../../src/core/detect/detector';
import {
  matcherTableFor,
  matcherTableJson,
  parseMatcherTable,
  useMatcherTable,
} from '../../src/core/detect/matcherTable';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import type { Rule } from '../../src/core/rules/types';
import { loadBuiltinRules } from '../../src/scan/builtinRules';

// The CLI's bundles carry the built-in catalogue's keyword matcher as data (esbuild.js runs
// prebuildMatcherTable); these tests hold a matcher revived from that table to the one a detector
// builds, and check that any other rule list builds its own.

/** Everything a detector reads of a matcher, with plans' rules as indices and gates as they are. */
function shape(m: RuleMatcher) {
  return {
    keywords: m.matcher.keywords,
    classes: m.matcher.classes,
    runId: m.matcher.runId,
    rulesByKeyword: m.rulesByKeyword,
    keywordLengths: m.keywordLengths,
    triggerOf: m.triggerOf,
    widensOnly: m.widensOnly,
    plans: m.plans.map((p) => ({
      multi: p.multi.map((c) => c.index),
      allSingles: p.allSingles,
      singles: p.singles,
    })),
  };
}

/** The built-in rules compiled as a detector compiles them (the header stage's gate aside). */
const compiled = () => builtinRules.map((r, i) => compileRule(r, i));

/** Text holding every built-in rule's positive examples, a few per line group. */
function examplesText(): string {
  const fake = new FakeTokens(3);
  return builtinRules.flatMap((r) => r.examples.positives(fake)).join('\n\n');
}

describe('keyword matcher table made at build time', () => {
  it('revives to the matcher a detector builds over the built-in rules', function () {
    this.timeout(60_000);
    const rules = compiled();
    const built = buildRuleMatcher(rules);
    const table = parseMatcherTable(
      matcherTableJson(
        builtinRules.map((r) => r.id),
        built,
      ),
    );
    const revived = ruleMatcher(rules, table);
    assert.ok(built.rulesByKeyword.length > 4000, 'thousands of keywords');
    assert.deepEqual(shape(revived), shape(built));
    // Plans share one object per distinct rule list, as the built matcher's do; gates are the rules' own.
    assert.equal(new Set(revived.plans).size, new Set(built.plans).size);
    revived.plans.forEach((p, id) =>
      p.singles.forEach((g, k) => assert.equal(g.gate, built.plans[id]!.singles[k]!.gate, `keyword ${id}`)),
    );
  });

  it('finds what a detector building its own matcher finds', function () {
    this.timeout(120_000);
    const text = examplesText();
    const own = new Detector([...builtinRules]).scan(text);
    const rules = loadBuiltinRules();
    assert.ok(matcherTableFor(rules) === undefined, 'unbundled builds carry no table');
    const copy = [...builtinRules];
    useMatcherTable(copy, prebuildMatcherTable(copy));
    assert.ok(matcherTableFor(copy), 'the table is used for the list it was given for');
    const fromTable = new Detector(copy).scan(text);
    assert.ok(own.length > builtinRules.length / 2, `${own.length} findings`);
    assert.deepEqual(fromTable, own);
  });

  it('is not used for another rule list (rules disabled or added, another order)', () => {
    const json = prebuildMatcherTable(builtinRules);
    const given = [...builtinRules];
    useMatcherTable(given, json);
    assert.equal(matcherTableFor([...given]), undefined, 'a copy of the list is another list');
    const user: Rule = { ...builtinRules[0]!, id: 'user-rule', keywords: ['zzqx'] };
    for (const other of [given.slice(1), [user, ...given.slice(1)], [given[1]!, given[0]!, ...given.slice(2)]]) {
      // Given the same table, a list of other ids is refused.
      useMatcherTable(other, json);
      assert.equal(matcherTableFor(other), undefined);
    }
    // A user rule in place of the first built-in one, under the same table: its own keyword wakes it.
    const withUser = [user, ...builtinRules.slice(1)];
    useMatcherTable(withUser, json);
    const positive = builtinRules[0]!.examples.positives(new FakeTokens(1))[0]!;
    const found = new Detector(withUser).scan(`zzqx ${positive}`).map((f) => f.ruleId);
    assert.ok(found.includes('user-rule'), found.join());
    assert.ok(!new Detector(withUser).scan(positive).some((f) => f.ruleId === 'user-rule'), 'not without its keyword');
  });

  it('is the same text at every build (reproducible bundles)', () => {
    assert.equal(prebuildMatcherTable(builtinRules), prebuildMatcherTable(builtinRules));
  });

  it('is what the CLI bundles carry, and the extension carries none', () => {
    const expected = prebuildMatcherTable(builtinRules);
    for (const bundle of ['cliMain.js', 'scanWorkerMain.js']) {
      const text = readFileSync(path.join(__dirname, '../../../dist', bundle), 'utf8');
      // The JSON as a string literal: a template literal (a keyword's backtick escaped in it), or
      // double-quoted with its quotes escaped.
      const literal = /(`\{"ids":"(?:[^`\\]|\\.)*`|"\{\\"ids\\":\\"(?:[^"\\]|\\.)*")/.exec(text);
      assert.ok(literal, `${bundle} holds the prebuilt matcher`);
      assert.equal(new Function(`return ${literal[1]}`)() as string, expected, bundle);
    }
    const extension = readFileSync(path.join(__dirname, '../../../dist/extension.js'), 'utf8');
    assert.doesNotMatch(extension, /\{\\?"ids\\?":/);
  });
});
