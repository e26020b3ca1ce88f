// The work of long-line rescans against full scans, per seed of a generated line (issue 12): on
// lines packed with multi-line rules' one-line examples, whether a cut holds near an edit depends
// on which examples land there, so one seed says little. For each seed: a 48 KB line, a character
// deleted and one inserted every ~1 KB from 2 to 16 KB into it (within the longest multi-line
// span of its start); each rescan is checked against a full scan. Work units, not time: exact
// and the same on a busy machine.
//   node out/bench/rescanWorkRatio.js [seeds, default 12] [line KB, default 48]
import assert from 'node:assert/strict';
import { Detector } from '../src/core/detect/detector';
import type { Finding } from '../src/core/finding';
import { builtinRules } from '../src/core/rules';
import { FakeTokens } from '../src/core/rules/fakeTokens';
import { adversarialCases } from './adversarial';

const KB = 1024;
const CASE = "multi-line rules' one-line examples, one line";

function workOf(detector: Detector, run: () => void): number {
  const before = detector.work;
  run();
  return detector.work - before;
}

/** Rescan work over full-scan work for the edits of one seed's line. */
export function workRatio(detector: Detector, seed: number, lineKb: number): number {
  const text = adversarialCases[CASE]!(lineKb * KB, new FakeTokens(seed));
  const findings = detector.scan(text, { willRescan: true });
  let rescanWork = 0;
  let fullWork = 0;
  for (let at = 2 * KB; at < Math.min(16 * KB, text.length); at += 997)
    for (const [removed, insert] of [
      [1, ''],
      [0, 'x'],
    ] as const) {
      const next = text.slice(0, at) + insert + text.slice(at + removed);
      const edit = { start: at, oldEnd: at + removed, newEnd: at + insert.length };
      let rescanned: Finding[] = [];
      let full: Finding[] = [];
      rescanWork += workOf(detector, () => (rescanned = detector.rescan(next, findings, edit)));
      fullWork += workOf(detector, () => (full = detector.scan(next)));
      assert.deepEqual(rescanned, full, `seed ${seed}, edit at ${at}`);
    }
  return rescanWork / fullWork;
}

if (require.main === module) {
  const seeds = Number(process.argv[2] ?? 12);
  const lineKb = Number(process.argv[3] ?? 48);
  const detector = new Detector(builtinRules);
  const ratios = Array.from({ length: seeds }, (_, i) => workRatio(detector, i + 1, lineKb));
  console.log(`rescan / full-scan work, ${lineKb} KB line of ${CASE}, edits 2-16 KB in, seeds 1-${seeds}:`);
  console.log(ratios.map((r) => r.toFixed(2)).join(' '));
  console.log(`worst ${Math.max(...ratios).toFixed(2)}; over 0.8: ${ratios.filter((r) => r > 0.8).length}`);
}
