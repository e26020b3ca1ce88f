import assert from 'node:assert/strict';
import { classifyChange, isEscalated, withClipboard, type ChangeFacts } from '../../src/core/changeKind';

const typedKey: ChangeFacts = {
  insertedLength: 1,
  insertedLines: 0,
  changeCount: 1,
  undoRedo: false,
  inBackground: false,
};

describe('change classification', () => {
  const cases: [string, Partial<ChangeFacts>, string][] = [
    ['a keystroke', {}, 'typed'],
    ['a deletion', { insertedLength: 0 }, 'typed'],
    ['an auto-closed pair', { insertedLength: 2 }, 'typed'],
    ['an undo', { undoRedo: true, insertedLength: 500, insertedLines: 20 }, 'undo-redo'],
    ['a multi-line insertion (inline completion, chat apply)', { insertedLength: 30, insertedLines: 3 }, 'bulk'],
    ['a long single-line insertion', { insertedLength: 64 }, 'bulk'],
    ['an edit to a background document (agent)', { insertedLength: 5, inBackground: true }, 'bulk'],
    [
      'an inline completion by its detailed reason',
      { insertedLength: 3, reasonSource: 'inlineCompletionAccept' },
      'ai',
    ],
    ['a chat edit by its detailed reason', { insertedLength: 3, reasonSource: 'Chat.applyEdits' }, 'ai'],
    ['a formatter by its detailed reason', { insertedLength: 3, reasonSource: 'formatEditsCommand' }, 'typed'],
    ['an inline chat edit by its detailed reason', { insertedLength: 3, reasonSource: 'inlineChat.applyEdits' }, 'ai'],
    [
      'a partly accepted completion by its detailed reason',
      { insertedLength: 3, reasonSource: 'inlineCompletionPartialAccept' },
      'ai',
    ],
    // Editor commands whose names contain "ai", "nes" or "chat"-like letters are not assistants.
    ['moving lines by its detailed reason', { insertedLength: 3, reasonSource: 'moveLinesDown' }, 'typed'],
    ['indenting lines by its detailed reason', { insertedLength: 3, reasonSource: 'indentLines' }, 'typed'],
    ['an "explain" command by its detailed reason', { insertedLength: 3, reasonSource: 'explain' }, 'typed'],
    ['a source that only contains "chat"', { insertedLength: 3, reasonSource: 'snippetChatterbox' }, 'typed'],
  ];
  for (const [what, facts, kind] of cases) {
    it(`classifies ${what} as ${kind}`, () => assert.equal(classifyChange({ ...typedKey, ...facts }), kind));
  }

  it('honours configured thresholds', () => {
    assert.equal(classifyChange({ ...typedKey, insertedLength: 10 }, { minChars: 8, minLines: 5 }), 'bulk');
    assert.equal(
      classifyChange({ ...typedKey, insertedLength: 10, insertedLines: 2 }, { minChars: 80, minLines: 5 }),
      'typed',
    );
  });

  it('escalates AI, bulk and pasted text only', () => {
    assert.deepEqual((['typed', 'paste', 'undo-redo', 'bulk', 'ai'] as const).filter(isEscalated), [
      'paste',
      'bulk',
      'ai',
    ]);
  });
});

describe('paste detection', () => {
  it('labels a bulk insert equal to the clipboard a paste, and nothing else', () => {
    assert.equal(withClipboard('bulk', true), 'paste');
    assert.equal(withClipboard('bulk', false), 'bulk');
    for (const kind of ['typed', 'ai', 'undo-redo'] as const) assert.equal(withClipboard(kind, true), kind);
  });

  it('matches clipboard text despite re-indentation and line endings', async () => {
    const { isSameInsertion } = await import('../../src/core/changeKind');
    assert.equal(isSameInsertion('a = 1\n    b = 2\n', 'a = 1\r\nb = 2'), true);
    assert.equal(isSameInsertion('a = 1', 'a = 2'), false);
    assert.equal(isSameInsertion('', ''), false);
  });
});
