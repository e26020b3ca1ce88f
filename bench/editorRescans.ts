// The editor's rescan after a one-character edit on a 1 MB hostile line (issue 14): how long it holds
// the extension host's thread when the detector rescans there (before), and when the rescan goes to
// the scan worker as the live diagnostics send it (src/scan/offThread.ts decides), chained on the
// findings the worker keeps. Also what the decision costs on an ordinary one-line edit.
import { DEFAULT_MAX_LINE_LENGTH, Detector, type TextEdit } from '../src/core/detect/detector';
import { builtinRules } from '../src/core/rules';
import { FakeTokens } from '../src/core/rules/fakeTokens';
import type { DocumentWorker } from '../src/scan/documentWorker';
import { planScan } from '../src/scan/offThread';
import type { WorkerConfig } from '../src/scan/scanTask';
import { adversarialCases } from './adversarial';
import { median, type Row } from './benchRow';
import { threadClockResolutionMs, threadCpuMs } from './cpuTime';

const MB = 1024 * 1024;
/** The built-in rules, as the editor's default settings give them. */
export const WORKER_CONFIG: WorkerConfig = { maxFileSize: 64 * MB, maxLineLength: DEFAULT_MAX_LINE_LENGTH };
/** The cases whose rescans on one 1 MB line took 50-700 ms on the thread. */
const CASES = [
  'api_key: + long A runs, one line',
  'AWS key ids on one line',
  'every rule keyword, one line',
  'password= assignments, one line',
];
const EDITS = [0.5, 0.1, 0.9, 0.3, 0.7, 0.2];

/**
 * The longest the thread ran between two turns of its event loop while `work` ran (CPU ms of this
 * thread, so a busy shared machine's preemption does not count): what a keystroke would wait for.
 * Probed with 1 ms timers.
 */
export async function longestBlock(work: () => Promise<void>): Promise<number> {
  let longest = 0;
  let last = threadCpuMs();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = () => {
    const now = threadCpuMs();
    longest = Math.max(longest, now - last);
    last = now;
    timer = setTimeout(tick, 1);
  };
  timer = setTimeout(tick, 1);
  try {
    await work();
  } finally {
    clearTimeout(timer);
  }
  return Math.max(longest, threadCpuMs() - last);
}

function edited(text: string, where: number): { text: string; edit: TextEdit } {
  const at = Math.floor(text.length * where);
  const next = text.slice(0, at) + 'x' + text.slice(at);
  next.charCodeAt(next.length >> 1); // flatten, as an editor's buffer would be
  return { text: next, edit: { start: at, oldEnd: at, newEnd: at + 1 } };
}

/** Worst CPU ms of the thread over the rescans of the chain, on the thread. */
function onThread(detector: Detector, line: string): number {
  let text = line;
  let findings = detector.scan(text, { willRescan: true });
  const times: number[] = [];
  for (const where of EDITS) {
    const next = edited(text, where);
    const c0 = threadCpuMs();
    findings = detector.rescan(next.text, findings, next.edit);
    times.push(threadCpuMs() - c0);
    text = next.text;
  }
  return Math.max(...times);
}

/** Longest block of the thread and median wall latency of the rescans of the chain, on the worker. */
async function onWorker(worker: DocumentWorker, line: string): Promise<{ block: number; latency: number }> {
  const key = `bench-${line.length}-${line.slice(0, 8)}`;
  let text = line;
  let version = 1;
  await worker.scan(WORKER_CONFIG, { key, version, text }).findings;
  const latencies: number[] = [];
  const block = await longestBlock(async () => {
    for (const where of EDITS) {
      const next = edited(text, where);
      if (planScan(next.text, next.edit, true).place !== 'worker') throw new Error('a long-line rescan stayed here');
      const t0 = performance.now();
      const rescan = { edit: next.edit, baseVersion: version, baseLength: text.length };
      await worker.scan(WORKER_CONFIG, { key, version: ++version, text: next.text, rescan }).findings;
      latencies.push(performance.now() - t0);
      text = next.text;
    }
  });
  worker.forget(key);
  return { block, latency: median(latencies) };
}

/** What deciding where to rescan costs on a one-line edit of `ordinary` code, and where it goes. */
function decisionRow(ordinary: string): Row {
  const at = ordinary.indexOf('\n', ordinary.length >> 1) + 1;
  const edit = { start: at, oldEnd: at, newEnd: at + 1 };
  const text = ordinary.slice(0, at) + 'x' + ordinary.slice(at);
  const t0 = performance.now();
  let place = '';
  for (let i = 0; i < 1000; i++) place = planScan(text, edit, true).place;
  const us = performance.now() - t0; // ms for 1000 decisions = µs for one
  return {
    measure: `editor, where a one-line edit of ${(ordinary.length / MB).toFixed(0)} MB of code is rescanned`,
    value: `${place}, decided in ${us.toFixed(1)} µs`,
    target: 'thread',
    ok: place === 'thread',
  };
}

/** Rows for rescans on 1 MB hostile lines, on the thread and on `worker`; and the decision on `ordinary` code. */
export async function rescanRows(worker: DocumentWorker, ordinary: string): Promise<Row[]> {
  const detector = new Detector(builtinRules);
  const rows: Row[] = [
    decisionRow(ordinary),
    // The figures below are this thread's CPU time: say how finely the clock reads it.
    {
      measure: 'editor, resolution of the thread CPU clock the rescan rows read',
      value: `${threadClockResolutionMs().toFixed(3)} ms`,
    },
  ];
  for (const name of CASES) {
    const line = adversarialCases[name]!(MB, new FakeTokens(5)).replace(/\n/g, ' ');
    const before = onThread(detector, line);
    const after = await onWorker(worker, line);
    rows.push({
      measure: `editor, rescan on a 1 MB line, ${name}: thread held (on the thread → with the worker)`,
      value: `${before.toFixed(1)} ms CPU → ${after.block.toFixed(1)} ms (findings after ${after.latency.toFixed(0)} ms)`,
      target: '≤ 50 ms',
      ok: after.block <= 50,
    });
  }
  return rows;
}
