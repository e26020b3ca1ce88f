import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';

/**
 * Case folders under test/unit/fixtures (the source tree, not the compiled copy):
 * - `ok.<case>/`: realistic files that must yield no finding at all;
 * - `ng.<case>/`: files whose secrets are written as templates and generated at test time
 *   (`{{fake:method:arg}}`, `{{fake-json:…}}` JSON-escaped, `{{fake-indent4:…}}` indented), with an
 *   `expected.json` listing, per file, the rule ids that must be found. A case without its
 *   expectation, or a folder named otherwise, fails.
 */
const FIXTURES = path.resolve(__dirname, '../../../test/unit/fixtures');
const detector = new Detector(builtinRules);

function filesOf(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = path.join(dir, name);
    return statSync(abs).isDirectory() ? filesOf(abs, base) : [path.relative(base, abs).split(path.sep).join('/')];
  });
}

function expand(template: string, fake: FakeTokens): string {
  return template.replace(
    /\{\{(fake(?:-json|-indent4)?):(\w+)(?::([^}]*))?\}\}/g,
    (_, kind: string, method: string, arg?: string) => {
      const fn = (fake as unknown as Record<string, (a?: string | number) => string>)[method];
      if (typeof fn !== 'function') throw new Error(`unknown generator ${method}`);
      const value = fn.call(fake, arg === undefined ? undefined : /^\d+$/.test(arg) ? Number(arg) : arg);
      if (kind === 'fake-json') return JSON.stringify(value).slice(1, -1);
      if (kind === 'fake-indent4') return value.split('\n').join('\n    ');
      return value;
    },
  );
}

describe('fixture cases', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    const dir = path.join(FIXTURES, name);
    it(`${name}`, () => {
      const fake = new FakeTokens(name.length * 7919);
      const scan = (rel: string) => detector.scan(expand(readFileSync(path.join(dir, rel), 'utf8'), fake));
      if (name.startsWith('ok.')) {
        for (const rel of filesOf(dir)) {
          const found = scan(rel).map((f) => `${f.ruleId} ${f.preview}`);
          assert.deepEqual(found, [], `${name}/${rel}`);
        }
      } else if (name.startsWith('ng.')) {
        const expectedFile = path.join(dir, 'expected.json');
        assert.ok(filesOf(dir).includes('expected.json'), `${name} has no expected.json`);
        const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Record<string, string[]>;
        const files = filesOf(dir).filter((f) => f !== 'expected.json');
        assert.deepEqual(Object.keys(expected).sort(), files.sort(), `${name}: expected.json must list every file`);
        for (const rel of files) {
          const found = scan(rel).map((f) => f.ruleId);
          assert.ok(found.length > 0, `${name}/${rel}: no finding`);
          assert.deepEqual(found.sort(), [...expected[rel]!].sort(), `${name}/${rel}`);
        }
      } else {
        assert.fail(`fixture folder ${name} must start with ok. or ng.`);
      }
    });
  }
});
