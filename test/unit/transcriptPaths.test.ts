import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { isTranscriptPath } from '../../src/core/rules/judge/transcripts';

const detector = new Detector(builtinRules);
const fake = new FakeTokens(0x7a11);

describe('transcripts are records, not documentation', () => {
  it('recognises the files assistants and mail tools write', () => {
    for (const p of [
      '.aider.chat.history.md',
      'api/.aider.input.history',
      '.specstory/history/2025-05-01_10-12-fix-auth.md',
      'home/.claude/projects/-home-dev-app/0b7c.jsonl',
      'chatgpt/conversations.json',
      'mail/credentials.eml',
      'archive/ops.mbox',
    ])
      assert.equal(isTranscriptPath(p), true, p);
    for (const p of [
      'README.md',
      'docs/cursor_pagination.md',
      'docs/history.md',
      'conversations.ts',
      'claude/projects.jsonl',
      undefined,
    ])
      assert.equal(isTranscriptPath(p), false, String(p));
  });

  it('judges a pasted value as set, not as illustrated in a README', () => {
    // Fake tokens built at run time.
    for (let i = 0; i < 20; i++) {
      const line = `I set ORDERS_ACCESS_TOKEN=${fake.hex(40)} but the client still says 401\n`;
      const chat = detector.scan(line, { path: '.specstory/history/2025-05-01_10-12-auth.md' });
      assert.deepEqual(
        chat.map((f) => f.confidence),
        ['medium'],
      );
      // In documentation only a strong value counts, at low confidence: hex often is not strong.
      assert.ok(detector.scan(line, { path: 'README.md' }).every((f) => f.confidence === 'low'));
    }
  });
});
