import assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import type { Finding } from '../../src/core/finding';
import { BackgroundScans, type ScanState } from '../../src/extension/diagnostics/backgroundScans';
import type { Settings } from '../../src/extension/config';
import type { Log } from '../../src/extension/log';
import { ScanCutShort, type DocumentWorker, type SentScan } from '../../src/scan/documentWorker';
import type { DocumentRequest } from '../../src/scan/documentJobs';

// The editor's side of worker scans, in plain Node: a stand-in document and a worker whose answers
// the test gives, so each order of events (edits during a scan, failures, restarts) is exact.

type Request = Omit<DocumentRequest, 'kind' | 'id'>;

class FakeWorker {
  readonly sent: { request: Request; resolve: (f: Finding[]) => void; reject: (e: Error) => void }[] = [];
  thread = 1;
  usable = true;
  scan(_config: unknown, request: Request): SentScan {
    const findings = new Promise<Finding[]>((resolve, reject) => this.sent.push({ request, resolve, reject }));
    return { thread: this.thread, findings };
  }
}

const finding = (start: number): Finding => ({ ruleId: 'r', start, end: start + 4 }) as Finding;
const settle = () => new Promise((r) => setImmediate(r));

function setup() {
  const worker = new FakeWorker();
  const document = { uri: { toString: () => 'file:///a.js' }, version: 1, isClosed: false };
  const state: ScanState = { findings: [], scanned: false };
  const calls = { applied: [] as [Finding[], boolean, number][], scanNow: [] as boolean[], warnings: [] as string[] };
  let current = true;
  const scans = new BackgroundScans({
    log: { warn: (m: string) => calls.warnings.push(m), error: () => undefined } as unknown as Log,
    settings: () =>
      ({ maxFileSize: 1e9, maxLineLength: 4096, disabledRules: [], customRules: [] }) as unknown as Settings,
    worker: worker as unknown as DocumentWorker,
    isCurrent: () => current,
    scanNow: (_d, local) => void calls.scanNow.push(local),
  });
  const send = (text: string, edit?: { start: number; oldEnd: number; newEnd: number }) =>
    scans.onWorker(document as unknown as vscode.TextDocument, state, text, 'a.js', edit, (f, inc, v) =>
      calls.applied.push([f, inc, v]),
    );
  return { worker, document, state, calls, send, close: () => (current = false) };
}

describe('scans on the worker, as the editor takes them in (BackgroundScans)', () => {
  it('shows the findings of a document still at the version sent', async () => {
    const t = setup();
    t.send('text');
    t.worker.sent[0]!.resolve([finding(0)]);
    await settle();
    assert.deepEqual(t.calls.applied, [[[finding(0)], false, 1]]);
    assert.equal(t.state.job, undefined);
    assert.deepEqual(t.state.workerHolds, { thread: 1, version: 1 });
  });

  it('keeps the findings of an edited document as the base of the next rescan, which starts once they arrive', async () => {
    const t = setup();
    t.send('text');
    // Two edits while the worker scans; the debounce asks for a scan, which waits.
    t.document.version = 3;
    t.state.job!.edited({ start: 0, oldEnd: 0, newEnd: 2 });
    t.state.job!.edited({ start: 10, oldEnd: 11, newEnd: 10 });
    t.state.job!.rerun = true;
    t.worker.sent[0]!.resolve([finding(5)]);
    await settle();
    assert.deepEqual(t.calls.applied, [], 'not shown: the document moved on');
    assert.deepEqual(t.state.findings, [finding(5)]);
    assert.equal(t.state.version, 1);
    assert.deepEqual(t.state.pendingEdit, { start: 0, oldEnd: 9, newEnd: 10 });
    assert.ok(t.state.scanned);
    assert.deepEqual(t.calls.scanNow, [false]);
  });

  it('sends the base findings only when the worker does not hold them', () => {
    const t = setup();
    Object.assign(t.state, { findings: [finding(1)], version: 4, scanned: true });
    const edit = { start: 2, oldEnd: 2, newEnd: 3 };
    t.send('texts', edit);
    assert.deepEqual(t.worker.sent[0]!.request.rescan, { edit, baseVersion: 4, baseLength: 4, findings: [finding(1)] });
    t.state.job = undefined;
    t.state.workerHolds = { thread: 1, version: 4 };
    t.send('texts', edit);
    assert.deepEqual(t.worker.sent[1]!.request.rescan, { edit, baseVersion: 4, baseLength: 4 });
    // A restarted thread (new settings) holds nothing.
    t.state.job = undefined;
    t.worker.thread = 2;
    t.send('texts', edit);
    assert.deepEqual(t.worker.sent[2]!.request.rescan?.findings, [finding(1)]);
  });

  it('drops the findings of a closed or rescanned-whole document', async () => {
    const t = setup();
    t.send('text');
    t.state.job = undefined; // a full rescan (settings changed) superseded it
    t.worker.sent[0]!.resolve([finding(0)]);
    t.send('text');
    t.close();
    t.worker.sent[1]!.resolve([finding(0)]);
    await settle();
    assert.deepEqual([t.calls.applied, t.calls.scanNow], [[], []]);
  });

  it('scans on the editor thread, with a warning, when the worker fails; again as usual when it was cut short', async () => {
    const t = setup();
    t.send('text');
    t.worker.sent[0]!.reject(new Error('the scan worker exited (code 1)'));
    await settle();
    assert.deepEqual(t.calls.scanNow, [true]);
    assert.equal(t.calls.warnings.length, 1);
    assert.equal(t.state.job, undefined);

    t.send('text');
    t.worker.sent[1]!.reject(new ScanCutShort('the detector settings changed'));
    await settle();
    assert.deepEqual(t.calls.scanNow, [true, false]);
    assert.equal(t.calls.warnings.length, 1, 'a restart is not a failure');
  });
});
