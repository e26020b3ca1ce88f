import assert from 'node:assert/strict';
import path from 'node:path';
import { DEFAULT_MAX_LINE_LENGTH, Detector, type TextEdit } from '../../src/core/detect/detector';
import type { Finding } from '../../src/core/finding';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import {
  DocumentJobs,
  FINDINGS_PER_REPLY,
  type DocumentReply,
  type DocumentRequest,
} from '../../src/scan/documentJobs';
import { DocumentWorker, ScanCutShort } from '../../src/scan/documentWorker';
import type { WorkerConfig } from '../../src/scan/scanTask';

// Every fake value below is generated at runtime (FakeTokens, concatenation): no literal credential.
const fake = new FakeTokens(2718);
const config: WorkerConfig = { maxFileSize: 64 * 1024 * 1024, maxLineLength: DEFAULT_MAX_LINE_LENGTH };
const detector = new Detector(builtinRules);

/** One long line of minified code with secrets far apart: the shape the editor sends to the worker. */
function minifiedLine(): string {
  const filler = 'function f(x){return x+1};var q=[1,2,3].map(function(n){return n*2});'.repeat(300);
  return [1, 2, 3].map(() => `${filler}var k="${fake.githubStyle('ghp_')}";`).join('') + filler;
}

function insert(text: string, at: number, what: string): { text: string; edit: TextEdit } {
  return { text: text.slice(0, at) + what + text.slice(at), edit: { start: at, oldEnd: at, newEnd: at + what.length } };
}

/** Every reply of a scan: the first, then each next chunk asked for while the last one says more follow. */
function allReplies(jobs: DocumentJobs, first: DocumentReply[]): DocumentReply[] {
  const replies = [...first];
  for (let last = replies.at(-1); last && 'findings' in last && last.more; last = replies.at(-1)) {
    const next = jobs.handle({ kind: 'next', id: last.id });
    assert.equal(next.length, 1, 'one chunk per request');
    replies.push(...next);
  }
  return replies;
}

/** The findings of a scan's replies: chunks, each but the last saying more follow. */
function findingsOf(replies: DocumentReply[], jobs?: DocumentJobs): Finding[] {
  const all = jobs ? allReplies(jobs, replies) : replies;
  const out: Finding[] = [];
  for (const [i, reply] of all.entries()) {
    assert.ok('findings' in reply, `a scan, not ${JSON.stringify(reply)}`);
    assert.equal(reply.more, i < all.length - 1);
    assert.ok(reply.findings.length <= FINDINGS_PER_REPLY);
    out.push(...reply.findings);
  }
  return out;
}

/** Short lines of `password=` assignments: thousands of findings (hostile input). */
function manyFindings(lines: number): string {
  return Array.from({ length: lines }, () => `password=${fake.alnum(12)}\n`).join('');
}

/** A detector that counts full scans and rescans (to tell a chained rescan from a fallback full scan). */
function countingDetector(): { detector: Detector; scans: number; rescans: number } {
  const counts = { detector: new Detector(builtinRules), scans: 0, rescans: 0 };
  const { scan, rescan, rescanLazily } = counts.detector;
  counts.detector.scan = (...args) => (counts.scans++, scan.apply(counts.detector, args));
  counts.detector.rescan = (...args) => (counts.rescans++, rescan.apply(counts.detector, args));
  counts.detector.rescanLazily = (...args) => (counts.rescans++, rescanLazily.apply(counts.detector, args));
  return counts;
}

describe('document scans on the worker thread (DocumentJobs)', () => {
  const request = (r: Omit<DocumentRequest, 'kind' | 'id'>): DocumentRequest => ({ kind: 'document', id: 1, ...r });

  it('chains rescans on the findings it keeps, each equal to a full scan', () => {
    const counting = countingDetector();
    const jobs = new DocumentJobs(counting.detector);
    let text = minifiedLine();
    assert.deepEqual(findingsOf(jobs.handle(request({ key: 'a', version: 1, text }))), detector.scan(text));
    for (const [version, where] of [0.5, 0.1, 0.9].entries()) {
      const next = insert(text, Math.floor(text.length * where), 'x');
      const rescan = { edit: next.edit, baseVersion: version + 1, baseLength: text.length };
      const found = findingsOf(jobs.handle(request({ key: 'a', version: version + 2, text: next.text, rescan })));
      assert.deepEqual(found, detector.scan(next.text));
      text = next.text;
    }
    assert.deepEqual([counting.scans, counting.rescans], [1, 3]);
  });

  it('rescans from the findings sent when it does not hold the base, and scans whole when neither has it', () => {
    const counting = countingDetector();
    const jobs = new DocumentJobs(counting.detector);
    const before = `const a = 1;\nconst t = "${fake.githubStyle('ghp_')}";\n`;
    const next = insert(before, 0, `const u = "${fake.githubStyle('ghp_')}";\n`);
    const rescan = { edit: next.edit, baseVersion: 4, baseLength: before.length };
    const sent = { ...rescan, findings: detector.scan(before) };
    assert.deepEqual(
      findingsOf(jobs.handle(request({ key: 'b', version: 5, text: next.text, rescan: sent }))),
      detector.scan(next.text),
    );
    assert.deepEqual([counting.scans, counting.rescans], [0, 1]);
    // Base version 4 is not what it holds now (5), and no findings came: a full scan is still exact.
    assert.deepEqual(
      findingsOf(jobs.handle(request({ key: 'b', version: 6, text: next.text, rescan }))),
      detector.scan(next.text),
    );
    assert.deepEqual([counting.scans, counting.rescans], [1, 1]);
  });

  it('forgets a closed document, and replies with the error when a scan throws', () => {
    const counting = countingDetector();
    const jobs = new DocumentJobs(counting.detector);
    const text = 'const a = 1;\n';
    jobs.handle(request({ key: 'c', version: 1, text }));
    assert.deepEqual(jobs.handle({ kind: 'forget', key: 'c' }), []);
    const rescan = { edit: { start: 0, oldEnd: 0, newEnd: 0 }, baseVersion: 1, baseLength: text.length };
    jobs.handle(request({ key: 'c', version: 2, text, rescan }));
    assert.deepEqual([counting.scans, counting.rescans], [2, 0], 'scanned whole: the base was forgotten');

    counting.detector.scan = () => {
      throw new RangeError('boom');
    };
    assert.deepEqual(jobs.handle(request({ key: 'd', version: 1, text })), [
      { kind: 'document', id: 1, error: 'RangeError: boom' },
    ]);
  });

  it('replies with many findings in chunks sent one per request, and with one empty chunk when there are none', () => {
    const jobs = new DocumentJobs(detector);
    const text = manyFindings(5000);
    const first = jobs.handle(request({ key: 'e', version: 1, text }));
    assert.equal(first.length, 1, 'only the first chunk comes unasked');
    const replies = allReplies(jobs, first);
    assert.ok(replies.length >= 3, `${replies.length} replies`);
    assert.deepEqual(findingsOf(replies), detector.scan(text));
    assert.deepEqual(jobs.handle({ kind: 'next', id: 1 }), [], 'nothing is left once the last chunk went');
    assert.deepEqual(jobs.handle(request({ key: 'f', version: 1, text: 'const a = 1;' })), [
      { kind: 'document', id: 1, findings: [], more: false },
    ]);
  });
});

describe('document scans on the worker thread: rescans of a long line of many findings', () => {
  it('reply in chunks equal to a full scan, chained on findings whose chunks were never asked for', () => {
    // One line of `password=` assignments (thousands of findings): a rescan's findings are a rope,
    // each chunk made when asked; an edit before the editor asked for them all drops the rest, and
    // the next rescan chains on the findings all the same.
    const jobs = new DocumentJobs(detector);
    let text = manyFindings(3000).replace(/\n/g, ' ');
    let id = 1;
    allReplies(jobs, jobs.handle({ kind: 'document', id, key: 'h', version: 1, text }));
    for (const [i, where] of [0.5, 0.05, 0.95, 0.3].entries()) {
      const next = insert(text, Math.floor(text.length * where), 'x');
      const rescan = { edit: next.edit, baseVersion: i + 1, baseLength: text.length };
      const first = jobs.handle({ kind: 'document', id: ++id, key: 'h', version: i + 2, text: next.text, rescan });
      text = next.text;
      if (i % 2 === 0) {
        assert.ok('findings' in first[0]! && first[0].more, 'more chunks follow');
        continue; // superseded by the next edit before the editor asked for the rest
      }
      assert.deepEqual(findingsOf(first, jobs), detector.scan(text));
    }
  });
});

describe('document scans on the worker thread: chunks not yet asked for', () => {
  it('are dropped when the document is scanned again or closed', () => {
    const jobs = new DocumentJobs(detector);
    const text = manyFindings(5000);
    const first = jobs.handle({ kind: 'document', id: 1, key: 'g', version: 1, text });
    assert.ok('findings' in first[0]! && first[0].more);
    jobs.handle({ kind: 'document', id: 2, key: 'g', version: 2, text });
    assert.deepEqual(jobs.handle({ kind: 'next', id: 1 }), [], 'a newer scan of the document supersedes it');
    assert.equal(jobs.handle({ kind: 'next', id: 2 }).length, 1, "the newer scan's chunks still come");
    jobs.handle({ kind: 'forget', key: 'g' });
    assert.deepEqual(jobs.handle({ kind: 'next', id: 2 }), [], 'a closed document sends nothing more');
  });
});

describe('the editor scan worker thread (DocumentWorker)', function () {
  this.timeout(60_000);
  const workers: DocumentWorker[] = [];
  const make = (options?: ConstructorParameters<typeof DocumentWorker>[0]) => {
    const w = new DocumentWorker(options);
    workers.push(w);
    return w;
  };
  afterEach(() => workers.splice(0).forEach((w) => w.dispose()));

  it("runs in the extension's own bundle, which is the script the extension gives its workers", async () => {
    // dist/extension.js loaded on a worker thread runs the worker (src/bundles/extensionBundle.ts), never `vscode`.
    const worker = make({ script: path.join(__dirname, '../../../dist/extension.js') });
    const text = minifiedLine();
    const scan = worker.scan(config, { key: 'b', version: 1, text, path: 'dist/app.min.js' });
    const expected = detector.scan(text, { path: 'dist/app.min.js' });
    assert.ok(expected.length > 0);
    assert.deepEqual(await scan.findings, expected);
  });

  it('starts on the first scan, finds what the detector finds and rescans from what it keeps', async () => {
    const worker = make();
    assert.equal(worker.thread, 0, 'no thread before it is needed');
    const text = minifiedLine();
    const first = worker.scan(config, { key: 'k', version: 1, text, path: 'dist/app.min.js' });
    assert.equal(first.thread, 1);
    assert.deepEqual(await first.findings, detector.scan(text, { path: 'dist/app.min.js' }));
    const next = insert(text, text.length >> 1, 'x');
    const rescan = { edit: next.edit, baseVersion: 1, baseLength: text.length };
    const second = worker.scan(config, { key: 'k', version: 2, text: next.text, path: 'dist/app.min.js', rescan });
    assert.equal(second.thread, 1, 'kept warm: the same thread');
    assert.deepEqual(await second.findings, detector.scan(next.text, { path: 'dist/app.min.js' }));
  });

  it('gathers the chunks of a scan with many findings', async () => {
    const worker = make();
    const text = manyFindings(5000);
    assert.deepEqual(await worker.scan(config, { key: 'k', version: 1, text }).findings, detector.scan(text));
  });

  it("builds the editor's detector: custom rules found, disabled rules not", async () => {
    const worker = make();
    const acme = `acme_${fake.lowerAlnum(32)}`;
    const text = `const a = "${acme}";\nconst t = "${fake.githubStyle('ghp_')}";\n`;
    const customRules = [{ id: 'acme-token', pattern: 'acme_(?<secret>[a-z0-9]{32})', keywords: ['acme_'] }];
    const custom = { ...config, customRules, disabledRules: ['github-pat-classic'] };
    const found = await worker.scan(custom, { key: 'k', version: 1, text }).findings;
    assert.deepEqual(
      found.map((f) => f.ruleId),
      ['acme-token'],
    );
  });

  it('starts a new thread when the settings change, cutting short what the old one held', async () => {
    const worker = make();
    const old = worker.scan(config, { key: 'k', version: 1, text: minifiedLine() });
    const renewed = worker.scan(
      { ...config, disabledRules: ['github-pat-classic'] },
      { key: 'k', version: 1, text: 'x' },
    );
    await assert.rejects(old.findings, (e) => e instanceof ScanCutShort && /settings changed/.test(e.message));
    assert.equal(renewed.thread, 2);
    assert.deepEqual(await renewed.findings, []);
    assert.ok(worker.usable);
  });

  it('fails once, visibly, when the thread cannot run, and is not used again', async () => {
    const failures: Error[] = [];
    const worker = make({ script: path.join(__dirname, 'no-such-worker.js'), onFailure: (e) => failures.push(e) });
    await assert.rejects(
      worker.scan(config, { key: 'k', version: 1, text: 'x' }).findings,
      (e) => !(e instanceof ScanCutShort),
    );
    assert.equal(worker.usable, false);
    assert.equal(failures.length, 1);
    await assert.rejects(worker.scan(config, { key: 'k', version: 2, text: 'x' }).findings, /not usable/);
    assert.equal(failures.length, 1);
  });

  it('rejects the scans in flight when disposed', async () => {
    const worker = make();
    const pending = worker.scan(config, { key: 'k', version: 1, text: minifiedLine() });
    worker.dispose();
    await assert.rejects(pending.findings, (e) => e instanceof ScanCutShort && /disposed/.test(e.message));
    assert.equal(worker.usable, false);
  });
});
