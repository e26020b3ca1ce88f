import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { regexReach } from '../../src/core/detect/regexReach';
import { patternHash, prebuildReachTable, reachOfRule, type ReachTable } from '../../src/core/detect/ruleReach';
import { builtinRules } from '../../src/core/rules';
import type { Rule } from '../../src/core/rules/types';

// The bundles carry the built-in rules' reaches worked out at build time (esbuild.js runs
// prebuildReachTable); these tests hold that table to what parsing each pattern gives, and check a
// rule the table does not hold as it is now is parsed.

const table = (): ReachTable => JSON.parse(prebuildReachTable(builtinRules)) as ReachTable;

/** `rule` with another pattern (or none of its other fields changed). */
const withPattern = (rule: Rule, pattern: RegExp): Rule => ({ ...rule, pattern });

describe('rule reach prebuilt at build time', () => {
  it('gives every built-in rule what parsing its pattern gives, from the table', () => {
    const built = table();
    assert.equal(Object.keys(built).length, builtinRules.length, 'a row for every built-in rule');
    for (const rule of builtinRules)
      assert.deepEqual(reachOfRule(rule, built), regexReach(rule.pattern.source, rule.pattern.flags), rule.id);
  });

  it('carries an unbounded reach (Infinity) through the JSON', () => {
    const rule: Rule = { ...builtinRules[0]!, id: 'unbounded', pattern: /(?<=a+)b+/ };
    const built = JSON.parse(prebuildReachTable([rule])) as ReachTable;
    assert.deepEqual(built[rule.id]!.slice(1), [-1, -1, 1]);
    assert.deepEqual(reachOfRule(rule, built), { ahead: Infinity, behind: Infinity, min: 1 });
  });

  it('answers from the table where the row is for the pattern as it is', () => {
    // A doctored row under the right hash: the answer comes from the table, not from a parse.
    const rule = builtinRules[0]!;
    const { source, flags } = rule.pattern;
    const doctored: ReachTable = { [rule.id]: [patternHash(source, flags), 7, -1, 3] };
    assert.deepEqual(reachOfRule(rule, doctored), { ahead: 7, behind: Infinity, min: 3 });
  });

  it('parses a pattern the table holds no row for as it is now (stale rows, user rules)', () => {
    const built = table();
    const rule = builtinRules.find((r) => regexReach(r.pattern.source, r.pattern.flags).min > 2)!;
    // The same id with another pattern, or the same source with other flags: the row is not used.
    const changed = withPattern(rule, /ab{2,4}c/);
    assert.deepEqual(reachOfRule(changed, built), { ahead: 6, behind: 0, min: 4 });
    const doctored: ReachTable = { [rule.id]: [patternHash(rule.pattern.source, rule.pattern.flags), 1, 1, 1] };
    const reflagged = withPattern(rule, new RegExp(rule.pattern.source, rule.pattern.flags + 'm'));
    assert.deepEqual(reachOfRule(reflagged, doctored), regexReach(reflagged.pattern.source, reflagged.pattern.flags));
    // A rule from config under an id no built-in rule has.
    const user = withPattern({ ...rule, id: 'user-rule' }, /x{3}/);
    assert.deepEqual(reachOfRule(user, built), { ahead: 3, behind: 0, min: 3 });
    // Ids that name properties every object has.
    for (const id of ['constructor', '__proto__', 'toString'])
      assert.deepEqual(reachOfRule({ ...user, id }, built), { ahead: 3, behind: 0, min: 3 }, id);
  });

  it('hashes source and flags apart', () => {
    assert.notEqual(patternHash('ab', 'i'), patternHash('a', 'bi'));
    assert.notEqual(patternHash('ab', ''), patternHash('ab', 'i'));
    assert.equal(patternHash('ab', 'i'), patternHash('ab', 'i'));
  });

  it('is the same text at every build (reproducible bundles)', () => {
    assert.equal(prebuildReachTable(builtinRules), prebuildReachTable(builtinRules));
  });

  it('is what the built bundles carry (the CLI, its scan threads, the extension)', () => {
    for (const bundle of ['cliMain.js', 'scanWorkerMain.js', 'extension.js']) {
      const text = readFileSync(path.join(__dirname, '../../../dist', bundle), 'utf8');
      // The JSON as a string literal: single-quoted, a template literal, or double-quoted with its quotes escaped.
      const literal =
        /('\{"[a-z0-9-]+":\[\d+,(?:[^'\\]|\\.)*'|`\{"[a-z0-9-]+":\[\d+,[^`]*`|"\{\\"[a-z0-9-]+\\":\[\d+,(?:[^"\\]|\\.)*")/.exec(
          text,
        );
      assert.ok(literal, `${bundle} holds the prebuilt reaches`);
      assert.equal(new Function(`return ${literal[1]}`)() as string, prebuildReachTable(builtinRules), bundle);
    }
  });
});
