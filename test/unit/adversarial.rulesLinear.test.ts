import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import type { Rule } from '../../src/core/rules/types';

// "Nothing quadratic" for the code around the regexes. A rule's keyword gate and validator are
// arbitrary code, outside the detector's work count (adversarial.linear.test.ts budgets that): a gate
// searching to the end of its line from every keyword, or a validator reading its whole line before
// every match, makes a long line of that rule's own keyword quadratic. So every rule with a gate or a
// validator is scanned alone on inputs built from its own data (its keywords repeated, the stretch
// of its positives from a keyword on, its positives whole), at two sizes four times apart, and the
// CPU time may grow about four times, not sixteen.
//
// A growth check, not a speed target: the ratio of two CPU times of the same code, the lesser of a
// few runs each; a rule over the limit is measured again at larger sizes (where a quadratic cost
// stands out further from the fixed costs and the noise) and fails only if it stays over. Every
// input is made at runtime from the rules' own generated examples (no literal token is committed).

/** CPU time may grow this much when the input grows four times: linear is ~4, quadratic ~16. */
const MAX_GROWTH = 8;
const SMALL = 8 * 1024;
const GROWTH = 4;
/** Measured again at these sizes (×GROWTH) before a rule over the limit fails. */
const RETRY_SMALL = 64 * 1024;

/**
 * How a rule meets its inputs: in a detector as the scans build it, on a file of short lines then
 * one over-long line (scanned in windows around its keywords); and in one that scans any line whole,
 * where what a gate or validator reads per keyword is not capped by the line-length limit (under
 * that cap, reading the whole line per keyword still costs up to 4 KB a keyword).
 */
const SETUPS = {
  'short lines, then one long line': { options: {}, layout: linesThenLongLine },
  'one line scanned whole': { options: { maxLineLength: 1 << 24 }, layout: oneLine },
} as const;

/** `unit` repeated to `size` characters: half as lines of one unit each, then one long line of units. */
function linesThenLongLine(unit: string, size: number): string {
  const flat = unit.replace(/\r?\n/g, ' ');
  return repeatTo(flat + '\n', size / 2) + '\n' + repeatTo(flat, size / 2);
}

function oneLine(unit: string, size: number): string {
  return repeatTo(unit.replace(/\r?\n/g, ' '), size);
}

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/**
 * The rule's hostile units: its first keywords alone (closed by a blank); its first positive from
 * the character before a keyword on, less its last character (the gate's wants are met, the
 * pattern's may not be; repeated, what the positive holds before the keyword is missing, as a check
 * may look for it back to the line's start); and all its positives joined by blanks (many accepted
 * matches on a line).
 */
export function unitsOf(rule: Rule): Map<string, string> {
  const units = new Map<string, string>();
  const positives = rule.examples.positives(new FakeTokens(7)).map((p) => p.replace(/\r?\n/g, ' '));
  for (const keyword of rule.keywords.slice(0, 2)) units.set(`keyword ${JSON.stringify(keyword)}`, keyword + ' ');
  const positive = positives[0];
  if (positive !== undefined) {
    const lower = positive.toLowerCase();
    const at = Math.min(...rule.keywords.map((k) => lower.indexOf(k)).filter((x) => x >= 0));
    // With the character before the keyword, which a pattern may look behind for (a separator).
    const tail = Number.isFinite(at) ? positive.slice(Math.max(0, at - 1)) : positive;
    units.set('a positive from its keyword, less its last character', tail.slice(0, -1) || tail);
    units.set('positives joined', positives.join(' ') + ' ');
  }
  return units;
}

/** The CPU time of the quickest of `reps` scans of `text` (microseconds). */
function cpuOf(detector: Detector, text: string, path: string | undefined, reps: number): number {
  let best = Infinity;
  for (let r = 0; r < reps; r++) {
    const before = process.cpuUsage();
    detector.scan(text, { path });
    const used = process.cpuUsage(before);
    best = Math.min(best, used.user + used.system);
  }
  return Math.max(best, 1);
}

interface Growth {
  readonly small: number;
  readonly large: number;
  readonly ratio: number;
}

function growth(
  detector: Detector,
  layout: (unit: string, size: number) => string,
  unit: string,
  path: string | undefined,
  small: number,
  reps: number,
): Growth {
  const smallText = layout(unit, small);
  const largeText = layout(unit, small * GROWTH);
  // A first scan of each warms the code up; the lesser of `reps` counts.
  detector.scan(smallText, { path });
  const s = cpuOf(detector, smallText, path, reps);
  const l = cpuOf(detector, largeText, path, reps);
  return { small: s, large: l, ratio: l / s };
}

function describeGrowth(g: Growth): string {
  return `${(g.small / 1000).toFixed(2)} ms -> ${(g.large / 1000).toFixed(2)} ms (x${g.ratio.toFixed(1)})`;
}

/** The rules whose own code runs per keyword or per match (RULES_LINEAR_ONLY=id,id narrows them, to look into one). */
const only = process.env['RULES_LINEAR_ONLY']?.split(',');
const judged = builtinRules.filter(
  (r) => (r.keywordGate !== undefined || r.validate !== undefined) && (only === undefined || only.includes(r.id)),
);

describe('adversarial input: rule gates and validators stay linear', function () {
  this.timeout(600_000);

  it('covers every rule with a keyword gate or a validator', () => {
    assert.ok(judged.length > (only === undefined ? 100 : 0));
    for (const rule of judged) assert.ok(unitsOf(rule).size > 0, rule.id);
  });

  for (const [setup, { options, layout }] of Object.entries(SETUPS)) {
    it(`${setup}: four times the input costs about four times the CPU, for every rule's own data`, () => {
      const failures: string[] = [];
      for (const rule of judged) {
        const detector = new Detector([rule], options);
        const path = rule.examples.path ?? 'notes.txt';
        for (const [shape, unit] of unitsOf(rule)) {
          // One run each (after a warm-up) clears nearly every input; one over the limit is measured
          // again, the lesser of three runs, then at larger sizes, where a quadratic cost dwarfs the
          // fixed ones and the noise. It fails only if it stays over the limit throughout.
          let g = growth(detector, layout, unit, path, SMALL, 1);
          if (g.ratio > MAX_GROWTH) g = growth(detector, layout, unit, path, SMALL, 3);
          if (g.ratio > MAX_GROWTH) g = growth(detector, layout, unit, path, RETRY_SMALL, 3);
          if (process.env['RULES_LINEAR_VERBOSE']) console.log(rule.id, shape, describeGrowth(g));
          if (g.ratio <= MAX_GROWTH) continue;
          failures.push(`${rule.id} on ${shape}: ${describeGrowth(g)}`);
        }
      }
      assert.deepEqual(failures, []);
    });
  }
});
