// Hostile inputs for the whole CLI: each case is generated at 1, 2, 4 and 8 MB and scanned by
// `dist/cli.js scan`; reports MB per CPU-second (all threads, start-up included), the same less the
// CLI's start-up (its CPU time on an empty file), and the growth of CPU time per doubling of the
// input, which stays near 2 only if nothing is super-linear.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeTokens } from '../src/core/rules/fakeTokens';
import { builtinRules } from '../src/core/rules';
import { Detector, type TextEdit } from '../src/core/detect/detector';
import type { Findings } from '../src/core/detect/findingRope';
import { FINDINGS_PER_REPLY } from '../src/scan/documentJobs';
import { threadClockNote, threadCpuMs } from './cpuTime';

const ROOT = path.resolve(__dirname, '../..');
// BENCH_CLI compares another build (e.g. an older commit's dist/cli.js) on the same inputs.
const CLI = process.env['BENCH_CLI'] ?? path.join(ROOT, 'dist/cli.js');
const CPU_USAGE = path.join(ROOT, 'bench/cpuUsage.js');
const MB = 1024 * 1024;

/** Repeats `unit()` (fresh each call) until `bytes` characters. */
function fill(bytes: number, unit: () => string): string {
  const parts: string[] = [];
  let n = 0;
  while (n < bytes) {
    const u = unit();
    parts.push(u);
    n += u.length;
  }
  return parts.join('').slice(0, bytes);
}

const INSERT_HEADER = 'INSERT INTO `users` (`id`, `email`, `full_name`, `password`) VALUES ';

/** A row of `INSERT_HEADER`'s table: its quoted values stand under columns naming nothing secret. */
function insertRow(fake: FakeTokens): string {
  return `(${fake.digits(5)},'${fake.lower(7)}@corp.example','${fake.alnum(8)} ${fake.lower(6)}',NULL)`;
}

/** Each case builds its fake values at runtime (FakeTokens), never a literal credential. */
export const adversarialCases: Record<string, (bytes: number, fake: FakeTokens) => string> = {
  'api_key: + long A runs, one line': (bytes) => fill(bytes, () => 'api_key: ' + 'A'.repeat(2000) + ' '),
  'one api_key: and a single A run': (bytes) => 'api_key: ' + 'A'.repeat(bytes - 9),
  'base64 data URIs, minified bundle': (bytes, fake) =>
    fill(bytes, () => `a.src="data:image/png;base64,${fake.base64(3000)}";`),
  'AWS key ids on one line': (bytes, fake) => fill(bytes, () => 'AKIA' + fake.upperAlnum(16) + ','),
  'every rule keyword, one line': (bytes) => {
    const soup = [...new Set(builtinRules.flatMap((r) => r.keywords))].join('=x ');
    return fill(bytes, () => soup + ' ');
  },
  'PEM BEGIN lines, short lines': (bytes) => fill(bytes, () => '-----BEGIN PRIVATE KEY-----\n'),
  'PEM BEGIN markers, one line': (bytes) => fill(bytes, () => '-----BEGIN PRIVATE KEY-----\\n'),
  'password= on short lines': (bytes, fake) => fill(bytes, () => `password=${fake.alnum(12)}\n`),
  'password= assignments, one line': (bytes, fake) =>
    fill(bytes, () => `password=${fake.alnum(12)} token=${fake.githubStyle('ghp_')} `),
  // A minified bundle whose keywords stand tens of KB apart: the rescan cuts the line near an edit.
  'minified code, secrets 18 KB apart, one line': (bytes, fake) =>
    fill(
      bytes,
      () =>
        'function f(x){return x+1};var q=[1,2,3].map(function(n){return n*2});'.repeat(250) +
        `api_key="${fake.alnum(30)}";`,
    ),
  // Shapes an attacker would try next: every one a single line unless it says otherwise.
  '"token": " repeated, one line': (bytes) => fill(bytes, () => '"token": "'),
  'base64 of base64 of base64 of assignments, one line': (bytes, fake) => {
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    return fill(bytes, () => b64(b64(b64(`api_key=${fake.alnum(24)} password=${fake.alnum(14)}`))) + ' ');
  },
  'only = signs': (bytes) => '='.repeat(bytes),
  'only double quotes': (bytes) => '"'.repeat(bytes),
  'hex runs, one line': (bytes, fake) => fill(bytes, () => fake.hex(4000) + ' '),
  'PEM BEGIN and base64, no END, one line': (bytes, fake) =>
    fill(bytes, () => '-----BEGIN RSA PRIVATE KEY-----' + fake.base64(64)),
  'URLs with user:password@, one line': (bytes, fake) =>
    fill(bytes, () => `https://u${fake.alnum(4)}:${fake.alnum(12)}@h${fake.lower(3)}.io/ `),
  'JSON-escaped assignments, one line': (bytes, fake) =>
    fill(bytes, () => `{\\"api_key\\":\\"${fake.alnum(32)}\\",\\"secret\\":\\"${fake.alnum(20)}\\"},`),
  'percent-encoded runs, one line': (bytes, fake) => fill(bytes, () => `%2B${fake.alnum(40)}%3D%2F`),
  'keyword-dense identifiers, minified': (bytes, fake) =>
    fill(
      bytes,
      () =>
        `var secretKey=${fake.lower(6)},apiTokenSecret=k.${fake.lower(8)},passwordHash=p(${fake.digits(3)}),clientSecretId="${fake.alnum(9)}";`,
    ),
  'AWS key ids on short lines': (bytes, fake) => fill(bytes, () => 'AKIA' + fake.upperAlnum(16) + '\n'),
  // Multi-line rules' own one-line examples (JWKs, XML keys, expect scripts...) packed on one line
  // among other rules' keywords: their matches and spans overlap all along it, so a rescan's cuts
  // stand some KB from an edit (before every keyword whose span reaches it: up to 16 KB back).
  "multi-line rules' one-line examples, one line": (bytes, fake) => {
    const multi = builtinRules.filter((r) => r.multiline);
    const oneLine = multi.flatMap((r) => r.examples.positives(fake)).filter((t) => !t.includes('\n'));
    const taken = new Set(multi.flatMap((r) => r.keywords));
    const others = [...new Set(builtinRules.flatMap((r) => r.keywords))].filter((k) => !taken.has(k));
    return fill(
      bytes,
      () => `${oneLine[fake.int(oneLine.length)]} ${others[fake.int(others.length)]}=${fake.alnum(16)} `,
    );
  },
  // A multi-row INSERT as mysqldump writes it: one header, then thousands of rows on its line, every
  // quoted value a candidate whose column is told by counting the values from the header.
  'multi-row INSERT dump, one line': (bytes, fake) =>
    INSERT_HEADER + fill(bytes - INSERT_HEADER.length, () => insertRow(fake) + ','),
  // The same on lines just under the line-length limit, each scanned whole: a check counting from
  // the header per value reads up to 4 KB a value.
  'multi-row INSERTs on 4 KB lines': (bytes, fake) =>
    fill(bytes, () => {
      let line = INSERT_HEADER + insertRow(fake);
      while (line.length < 3900) line += ',' + insertRow(fake);
      return line + ';\n';
    }),
  // Lines just under the line-length limit, so scanned whole, each one rule's own positive repeated:
  // a check reading its whole line per candidate (a judge's look back for a name, a client call or an
  // SDK's initialiser) costs up to 4 KB a candidate here; on a longer line it sees a window.
  "rules' own positives repeated, 4 KB lines": (bytes, fake) => {
    const judged = builtinRules.filter((r) => r.keywordGate !== undefined || r.validate !== undefined);
    return fill(bytes, () => {
      const positive = judged[fake.int(judged.length)]!.examples.positives(fake)[0]!.replace(/\r?\n/g, ' ');
      return positive.repeat(Math.ceil(4000 / positive.length)).slice(0, 4000) + '\n';
    });
  },
};

export interface CaseResult {
  readonly name: string;
  /** CPU seconds per size in `sizesMb`. */
  readonly cpuSeconds: number[];
  /** The whole CLI's: start-up included (the criterion). */
  readonly worstMbPerCpuSecond: number;
  /** The scan's own: each size's CPU time less the start-up's (`startupCpuSeconds`). */
  readonly worstMarginalMbPerCpuSecond: number;
  /** The worst growth of CPU time per doubling of the input between consecutive sizes (see `perDoubling`). */
  readonly worstDoubling: number;
}

/** The sizes in MB, ascending (BENCH_ADVERSARIAL_MB, e.g. `1,8`). */
export const sizesMb = (process.env['BENCH_ADVERSARIAL_MB'] ?? '1,2,4,8')
  .split(',')
  .map(Number)
  .sort((a, b) => a - b);

/**
 * The growth of CPU time per doubling of the input from `mbA` (`secondsA`) to `mbB`: the ratio of
 * times to the power 1/log2(mbB/mbA), so 1 -> 8 MB counts as three doublings, not one.
 */
export function perDoubling(mbA: number, secondsA: number, mbB: number, secondsB: number): number {
  return (secondsB / secondsA) ** (1 / Math.log2(mbB / mbA));
}

function cliCpuSeconds(file: string): number {
  const r = spawnSync(
    process.execPath,
    [CLI, 'scan', file, '--max-file-size', '64m', '--format', 'json', '--output', file + '.json'],
    {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: `--require ${CPU_USAGE}` },
    },
  );
  const m = /__CPU_US__=(\d+)/.exec(r.stderr);
  if ((r.status !== 0 && r.status !== 1) || !m) throw new Error(`CLI failed (${r.status}): ${r.stderr.slice(0, 500)}`);
  return Number(m[1]) / 1e6;
}

/** The CLI's CPU seconds on an empty file: what every run costs before its input. Best of five. */
function startupCpuSeconds(work: string): number {
  const file = path.join(work, 'empty.txt');
  writeFileSync(file, '');
  cliCpuSeconds(file); // the first run after a build writes the code cache
  return Math.min(...Array.from({ length: 5 }, () => cliCpuSeconds(file)));
}

export function runAdversarial(only?: RegExp): { startup: number; results: CaseResult[] } {
  const work = mkdtempSync(path.join(tmpdir(), 'asg-adversarial-'));
  const results: CaseResult[] = [];
  let startup = NaN;
  try {
    startup = startupCpuSeconds(work);
    for (const [name, make] of Object.entries(adversarialCases)) {
      if (only && !only.test(name)) continue;
      const cpuSeconds = sizesMb.map((mb) => {
        const file = path.join(work, 'input.txt');
        writeFileSync(file, make(mb * MB, new FakeTokens(mb)));
        // Best of two: a shared machine only ever adds time.
        return Math.min(cliCpuSeconds(file), cliCpuSeconds(file));
      });
      const worstMbPerCpuSecond = Math.min(...sizesMb.map((mb, i) => mb / cpuSeconds[i]!));
      // Start-up varies by a few ms between runs: a floor keeps a tiny remainder from reading as infinite speed.
      const worstMarginalMbPerCpuSecond = Math.min(
        ...sizesMb.map((mb, i) => mb / Math.max(cpuSeconds[i]! - startup, 0.001)),
      );
      const worstDoubling = Math.max(
        ...cpuSeconds.slice(1).map((s, i) => perDoubling(sizesMb[i]!, cpuSeconds[i]!, sizesMb[i + 1]!, s)),
      );
      results.push({ name, cpuSeconds, worstMbPerCpuSecond, worstMarginalMbPerCpuSecond, worstDoubling });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return { startup, results };
}

/**
 * Where the one-character edits of `rescanOnLongLine` land, as fractions of the line; the first and
 * last KB too (~100 and ~1,000 characters in at 1 MB), where the cut search once found no cut and
 * rescanned the whole line.
 */
const EDIT_POSITIONS = [
  0.5, 0.1, 0.9, 0.3, 0.7, 0.2, 0.8, 0.4, 0.6, 0.05, 0.95, 0.35, 0.65, 0.15, 0.85, 0.0001, 0.001, 0.999, 0.9999,
];

/**
 * The editor's incremental rescan after a one-character edit on a 1 MB line of each case (CPU ms of
 * this thread): median and worst of edits spread over the line, each rescan given the findings of
 * the one before, as the editor chains them. One warm-up edit first. `ms`/`maxMs`: the worker's
 * path (../src/scan/documentJobs.ts), `Detector.rescanLazily` and the first reply chunk of findings
 * made (the rest are made one chunk per turn as the editor asks, and not at all once a newer edit
 * supersedes them); `arrayMs`/`arrayMaxMs`: `Detector.rescan`, every finding made (the editor's own
 * thread, without a worker).
 */
export function rescanOnLongLine(
  only?: RegExp,
): { name: string; ms: number; maxMs: number; arrayMs: number; arrayMaxMs: number }[] {
  const detector = new Detector(builtinRules);
  const out: { name: string; ms: number; maxMs: number; arrayMs: number; arrayMaxMs: number }[] = [];
  for (const [name, make] of Object.entries(adversarialCases)) {
    if (only && !only.test(name)) continue;
    const text = make(MB, new FakeTokens(5)).replace(/\n/g, ' ');
    const lazy = timeEdits(detector, text, (next, findings, edit) => {
      const found = detector.rescanLazily(next, findings, edit);
      found.slice(0, FINDINGS_PER_REPLY);
      return found;
    });
    const array = timeEdits(detector, text, (next, findings, edit) => detector.rescan(next, findings, edit));
    out.push({ name, ms: lazy.median, maxMs: lazy.max, arrayMs: array.median, arrayMaxMs: array.max });
  }
  return out;
}

/** Median and worst CPU ms of `rescan` over the edits of `rescanOnLongLine`, chained from a scan of `text`. */
function timeEdits(
  detector: Detector,
  text: string,
  rescan: (next: string, findings: Findings, edit: TextEdit) => Findings,
): { median: number; max: number } {
  let findings: Findings = detector.scan(text, { willRescan: true });
  const times: number[] = [];
  for (const [i, where] of [0.5, ...EDIT_POSITIONS].entries()) {
    const at = Math.floor(text.length * where);
    const next = text.slice(0, at) + 'x' + text.slice(at);
    next.charCodeAt(next.length >> 1); // flatten, as an editor's buffer would be
    const c0 = threadCpuMs();
    findings = rescan(next, findings, { start: at, oldEnd: at, newEnd: at + 1 });
    if (i > 0) times.push(threadCpuMs() - c0);
    text = next;
  }
  const sorted = times.sort((a, b) => a - b);
  return { median: sorted[sorted.length >> 1]!, max: sorted[sorted.length - 1]! };
}

if (require.main === module) {
  const only = process.argv[2] ? new RegExp(process.argv[2], 'i') : undefined;
  const { startup, results } = runAdversarial(only);
  console.log(`CLI start-up (an empty file, best of 5): ${startup.toFixed(3)} CPU-s`);
  console.log(
    `case | CPU-s at ${sizesMb.join('/')} MB | worst MB per CPU-s, whole CLI (≥ 10) | less start-up | worst ×/doubling (≤ 2.2)`,
  );
  for (const r of results) {
    // The verdict is the issue's: the whole CLI, start-up included.
    const ok = r.worstMbPerCpuSecond >= 10 && r.worstDoubling <= 2.2 ? 'ok' : 'MISSED';
    console.log(
      `${r.name} | ${r.cpuSeconds.map((s) => s.toFixed(2)).join(' / ')} | ${r.worstMbPerCpuSecond.toFixed(1)} | ${r.worstMarginalMbPerCpuSecond.toFixed(1)} | ${sizesMb.length > 1 ? r.worstDoubling.toFixed(2) : 'n/a (one size)'} ${ok}`,
    );
  }
  console.log(
    `\nincremental rescan, one-character edit on a 1 MB line: median / max CPU ms, the worker's (rescanLazily and the first reply chunk; ≤ 20 ms) | every finding made (rescan); ${threadClockNote()}`,
  );
  for (const r of rescanOnLongLine(only))
    console.log(
      `${r.name} | ${r.ms.toFixed(1)} / ${r.maxMs.toFixed(1)} ms ${r.maxMs <= 20 ? 'ok' : 'MISSED'} | ${r.arrayMs.toFixed(1)} / ${r.arrayMaxMs.toFixed(1)} ms`,
    );
}
