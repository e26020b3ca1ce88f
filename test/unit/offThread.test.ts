import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Detector, type TextEdit } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { LARGE_DOCUMENT, LONG_STRETCH, planScan, rescanStretch } from '../../src/scan/offThread';
import { OffThreadJob } from '../../src/scan/offThreadJob';

// Every fake value below is generated at runtime (FakeTokens, concatenation): no literal credential.
const fake = new FakeTokens(1414);
const MB = 1024 * 1024;

/** About `length` characters of ordinary code: short lines. */
function ordinaryCode(length: number): string {
  const lines: string[] = [];
  for (let n = 0, i = 0; n < length; i++) {
    const line = `export const value${i} = compute(${i}, "label ${i}");`;
    lines.push(line);
    n += line.length + 1;
  }
  return lines.join('\n');
}

const insertAt = (at: number): TextEdit => ({ start: at, oldEnd: at, newEnd: at + 1 });

describe('where the editor scans a document (planScan)', () => {
  const code = ordinaryCode(MB);
  const middleLine = code.indexOf('\n', code.length >> 1) + 1;

  it('rescans a one-line edit of a 1 MB file of ordinary code on the thread, worker or not', () => {
    for (const usable of [true, false])
      assert.deepEqual(planScan(code, insertAt(middleLine + 3), usable), {
        place: 'thread',
        edit: insertAt(middleLine + 3),
      });
  });

  it('scans a small document whole on the thread, a large one on the worker, or in slices without one', () => {
    assert.deepEqual(planScan(ordinaryCode(LARGE_DOCUMENT - 100), undefined, true), { place: 'thread' });
    assert.deepEqual(planScan(code, undefined, true), { place: 'worker' });
    assert.deepEqual(planScan(code, undefined, false), { place: 'slices' });
  });

  it('sends a rescan inside a multi-MB line to the worker, and keeps it here without one', () => {
    const line = 'var a=1;'.repeat(MB / 4);
    const edit = insertAt(line.length >> 1);
    assert.deepEqual(planScan(line, edit, true), { place: 'worker', edit });
    assert.deepEqual(planScan(line, edit, false), { place: 'thread', edit });
  });

  it('sends a rescan to the worker when an over-long line is next to the edited one (the rescan reads it too)', () => {
    const after = ordinaryCode(64 * 1024);
    const text = 'const a = 1;\nconst b = 2;\n' + 'x'.repeat(MB) + '\n' + after;
    // The line after the edited one, and lines a few KB before it (multi-line rules look back).
    assert.equal(planScan(text, insertAt(15), true).place, 'worker');
    assert.equal(planScan(text, insertAt(text.length - after.length + 3), true).place, 'worker');
    // Far enough past the long line, an edit is ordinary again.
    assert.equal(planScan(text, insertAt(text.length - 3), true).place, 'thread');
  });

  it('turns an edit larger than a large document into a full scan', () => {
    const edit: TextEdit = { start: 10, oldEnd: 10, newEnd: 10 + LARGE_DOCUMENT + 1 };
    assert.deepEqual(planScan(code, edit, true), { place: 'worker' });
    assert.deepEqual(planScan(code, edit, false), { place: 'slices' });
  });

  it('counts at most the lines around the edit: the stretch does not grow with the document', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: code.length - 1 }), (at) => {
        const stretch = rescanStretch(code, insertAt(at));
        assert.ok(stretch > 0 && stretch < LONG_STRETCH, `stretch ${stretch} at ${at}`);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a scan off the thread (OffThreadJob)', () => {
  it('is applied when the document is still at the version sent', () => {
    assert.deepEqual(new OffThreadJob(7).outcome(7), { kind: 'apply' });
  });

  it('is dropped when the document closed, or changed with no edit recorded', () => {
    const job = new OffThreadJob(7);
    assert.deepEqual(job.outcome(undefined), { kind: 'drop' });
    assert.deepEqual(job.outcome(9), { kind: 'drop' });
    job.edited(insertAt(3));
    assert.deepEqual(job.outcome(undefined), { kind: 'drop' });
  });

  it('keeps a superseded scan as the base of a rescan equal to a full scan of the text now', () => {
    const detector = new Detector(builtinRules);
    const secret = () => `token = "${fake.githubStyle('ghp_')}"\n`;
    const pieces = fc.constantFrom(
      'const x = 1;\n',
      'a'.repeat(40),
      '\n',
      'password: ',
      `${fake.alnum(16)}9!`,
      secret(),
    );
    const editArb = fc.record({ at: fc.nat(), remove: fc.nat({ max: 30 }), insert: pieces });
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 40 }),
        fc.array(editArb, { minLength: 1, maxLength: 6 }),
        (parts, edits) => {
          let text = parts.join('');
          const job = new OffThreadJob(1);
          const sent = detector.scan(text, { path: 'src/app.ts' }); // what the worker found in the text sent
          for (const e of edits) {
            const start = Math.min(e.at, text.length);
            const oldEnd = Math.min(text.length, start + e.remove);
            text = text.slice(0, start) + e.insert + text.slice(oldEnd);
            job.edited({ start, oldEnd, newEnd: start + e.insert.length });
          }
          const outcome = job.outcome(1 + edits.length);
          assert.equal(outcome.kind, 'adopt');
          if (outcome.kind !== 'adopt') return;
          const rescanned = detector.rescan(text, sent, outcome.sinceEdit, { path: 'src/app.ts' });
          assert.deepEqual(rescanned, detector.scan(text, { path: 'src/app.ts' }));
        },
      ),
      { numRuns: 150 },
    );
  });
});
