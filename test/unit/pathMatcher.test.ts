import assert from 'node:assert/strict';
import { pathMatcher } from '../../src/core/rules/judge/pathMatcher';
import { isExamplePath } from '../../src/core/rules/judge/context';
import { isTranscriptPath } from '../../src/core/rules/judge/transcripts';

describe('pathMatcher: a path check remembered for the last path', () => {
  it('answers as the pattern does, path after path, and asks it again only when the path changes', () => {
    let asked = 0;
    const pattern = /(?:^|\/)docs\//;
    const counted = new RegExp(pattern.source);
    const test = counted.test.bind(counted);
    counted.test = (s: string) => {
      asked++;
      return test(s);
    };
    const inDocs = pathMatcher(counted);
    const paths = ['docs/a.md', 'docs/a.md', 'src/a.ts', 'src/a.ts', 'src/a.ts', 'docs/b.md', 'src/a.ts'];
    assert.deepEqual(
      paths.map(inDocs),
      paths.map((p) => pattern.test(p)),
    );
    assert.equal(asked, 4);
  });

  it('answers false without a path, whatever the pattern', () => {
    assert.equal(pathMatcher(/.*/)(undefined), false);
  });

  it('refuses a global or sticky pattern, whose test keeps state between calls', () => {
    assert.throws(() => pathMatcher(/docs/g));
    assert.throws(() => pathMatcher(/docs/y));
  });

  it('keeps the path checks built on it answering per path when paths alternate', () => {
    for (let i = 0; i < 3; i++) {
      assert.equal(isExamplePath('examples/config.yml'), true);
      assert.equal(isExamplePath('src/config.yml'), false);
      assert.equal(isExamplePath('examples/session.har'), false);
      assert.equal(isTranscriptPath('notes/.aider.chat.history.md'), true);
      assert.equal(isTranscriptPath('notes/todo.md'), false);
    }
  });
});
