import assert from 'node:assert/strict';
import { addToBaseline, formatBaseline, parseBaseline, BaselineError } from '../../src/core/baseline';

describe('baseline', () => {
  it('adds entries once each, sorted by path then fingerprint, keeping earlier entries', () => {
    const existing = parseBaseline(
      formatBaseline({ version: 1, entries: [{ fingerprint: 'b2', ruleId: 'r', path: 'src/b.ts' }] }),
    );
    const merged = addToBaseline(
      existing,
      [
        { fingerprint: 'a9', ruleId: 'r', path: 'src/a.ts', preview: 'ghp_…(40 chars)' },
        { fingerprint: 'b2', ruleId: 'r', path: 'moved/b.ts' },
        { fingerprint: 'a1', ruleId: 'r', path: 'src/a.ts' },
      ],
      'k1',
    );
    assert.deepEqual(
      merged.entries.map((e) => [e.path, e.fingerprint]),
      [
        ['src/a.ts', 'a1'],
        ['src/a.ts', 'a9'],
        ['src/b.ts', 'b2'],
      ],
      'an already accepted fingerprint keeps its first entry',
    );
    assert.deepEqual(addToBaseline(undefined, [], 'k1'), { version: 1, keyId: 'k1', entries: [] });
  });

  it('rejects malformed files with a clear message', () => {
    assert.throws(
      () => parseBaseline('{"version": 1, "entries": [{"ruleId": "x"}]}'),
      (e: unknown) => e instanceof BaselineError && /entry 0 needs string "fingerprint"/.test((e as Error).message),
    );
    assert.throws(() => parseBaseline('{'), /not valid JSON/);
  });
});
