import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Detector } from '../../src/core/detect/detector';
import { fallbackEnvName } from '../../src/core/fixes/envName';
import { locateFindings } from '../../src/core/report/model';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { measureRegexWork } from '../support/regexWork';

// Placing many findings of one long line in a report: the per-finding work on the text before
// each finding is bounded, whatever the line's length. Values are fake, built at runtime.

/** fallbackEnvName before it cut its input to a tail: the same patterns over the whole text. */
function fallbackEnvNameWhole(linePrefix: string): string | undefined {
  const read =
    /(?:\benv\.([A-Za-z_][A-Za-z0-9_]{0,90})|\benv\[\s{0,2}["']([A-Za-z_][A-Za-z0-9_]{0,90})["']\s{0,2}\]|[\w.]{0,40}\(\s{0,4}["']([A-Za-z_][A-Za-z0-9_]{0,90})["']\s{0,4}\)\)?)\s{0,4}(?:\|\||\?\?|\?:|or|\.orElse\()\s{0,4}["'`]$/i.exec(
      linePrefix,
    );
  if (read) return read[1] ?? read[2] ?? read[3];
  const getter =
    /(?:env|environ\.get|getOrDefault|fetch|config|str)\(\s{0,4}["']([A-Za-z_][A-Za-z0-9_]{0,90})["']\s{0,4},\s{0,4}(?:default\s{0,2}=\s{0,2})?[rbu]?["'`]$/i.exec(
      linePrefix,
    );
  if (getter) return getter[1];
  return /\$\{([A-Za-z_][A-Za-z0-9_]{0,90})(?::?[-=]|:)$/.exec(linePrefix)?.[1];
}

const pieces = [
  'process.',
  'env.',
  'env[',
  'os.getenv(',
  'ENV.fetch(',
  'environ.get(',
  '${',
  'JWT_SECRET',
  'x',
  'A'.repeat(60),
  '_',
  '.',
  '(',
  ')',
  '"',
  "'",
  '`',
  ' ',
  '||',
  '??',
  ' or ',
  '.orElse(',
  ',',
  ':-',
  ':',
  '=',
  'default=',
  ']',
];

describe('adversarial input: placing findings on a long line', function () {
  this.timeout(60_000);

  it('reads a fallback variable name from a bounded tail with the same answer as from the whole text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        assert.equal(fallbackEnvName(text), fallbackEnvNameWhole(text), JSON.stringify(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('looks at a bounded stretch of text per finding, however long the line', () => {
    const detector = new Detector(builtinRules);
    const line = (n: number, f: FakeTokens) =>
      Array.from({ length: n }, () => `password=${f.alnum(12)} token=${f.githubStyle('ghp_')} `).join('');
    const perFinding = (n: number) => {
      const text = line(n, new FakeTokens(n));
      const found = detector.scan(text);
      assert.ok(found.length >= n);
      return measureRegexWork(() => locateFindings('src/app.ts', text, found)) / found.length;
    };
    const [small, large] = [perFinding(2000), perFinding(4000)];
    assert.ok(large <= 1024, `${large.toFixed(0)} characters of regex input per finding`);
    assert.ok(large <= small * 1.1, `per-finding work grew from ${small.toFixed(0)} to ${large.toFixed(0)}`);
  });
});
