// The whole process as a user runs it (issue 14): `ai-secret-guard scan` on trees A and B with one
// and two workers, secretlint on the same trees, and a one-file scan (the pre-commit case), with the
// machine described. Run by bench/run.ts (which reads the rows printed with --rows) or alone:
//   node out/bench/wholeProcess.js [--rows]
// BENCH_ONLY_LARGE=1 runs tree C alone (BENCH_LARGE_FILES / BENCH_LARGE_MB size it; BENCH_SKIP_LARGE=1 leaves it out).
// Secretlint is stopped after SECRETLINT_BUDGET_S seconds so the bench stays short; the ratio is
// then a lower bound (shown with ≥).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { editorSliceRows } from './editorSlices';
import { profiledRun } from './profileBreakdown';
import { prepareLargeTree, prepareProcessTrees, type ProcessTrees } from './processTrees';
import { type Row, median } from './benchRow';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const PRELOADS = ['bench/maxRss.js', 'bench/cpuUsage.js'].map((f) => `--require ${path.join(ROOT, f)}`).join(' ');
const MB = 1024 * 1024;
const SECRETLINT_BUDGET_S = Number(process.env['BENCH_SECRETLINT_BUDGET_S'] ?? 90);

interface Run {
  readonly wallS: number;
  readonly cpuS: number;
  readonly rssMb: number;
  /** Stopped at the time budget: the figures are bounds. */
  readonly timedOut: boolean;
}

/** Runs `node args` in `cwd`; wall time, the process's CPU time (every thread) and peak RSS. */
function measure(args: readonly string[], cwd: string, timeoutS?: number): Run {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 512 * MB,
    env: { ...process.env, NODE_OPTIONS: PRELOADS },
    ...(timeoutS ? { timeout: timeoutS * 1000, killSignal: 'SIGKILL' as const } : {}),
  });
  const wallS = (performance.now() - t0) / 1000;
  const timedOut = r.signal === 'SIGKILL';
  if (!timedOut && r.status !== 0 && r.status !== 1)
    throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr.slice(0, 500)}`);
  const rss = /__MAX_RSS_KB__=(\d+)/.exec(r.stderr);
  const cpu = /__CPU_US__=(\d+)/.exec(r.stderr);
  return { wallS, cpuS: cpu ? Number(cpu[1]) / 1e6 : NaN, rssMb: rss ? Number(rss[1]) / 1024 : NaN, timedOut };
}

function treeSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    bytes += statSync(path.join(e.parentPath, e.name)).size;
    files++;
  }
  return { bytes, files };
}

function describe(run: Run, mb: number): string {
  const bound = run.timedOut ? '≤ ' : '';
  const wall = `${bound}${(mb / run.wallS).toFixed(1)} MB/s (${run.timedOut ? '> ' : ''}${run.wallS.toFixed(2)} s)`;
  return run.timedOut
    ? `${wall}, stopped at the time budget`
    : `${wall}, ${(mb / run.cpuS).toFixed(1)} MB per CPU-s, peak RSS ${run.rssMb.toFixed(0)} MB`;
}

/** The CLI with -j 1 and -j 2 and secretlint on one tree. */
function treeRows(label: string, dir: string, extra: readonly string[], tools: ProcessTrees, goal?: number): Row[] {
  const { bytes, files } = treeSize(dir);
  const mb = bytes / MB;
  const report = path.join(tmpdir(), `asg-process-bench-${process.pid}.json`);
  // The trees live in the git-ignored bench folder: --no-gitignore, or the walk would skip them all.
  const cli = (jobs: number) =>
    measure(
      [CLI, 'scan', '.', '--no-gitignore', '--format', 'json', '--output', report, '-j', String(jobs), ...extra],
      dir,
    );
  cli(2); // warms the file cache so the first measured run does not pay for the disk
  const one = cli(1);
  const two = cli(2);
  // --maskSecrets: its report (read by nobody) holds no value either.
  const sl = measure(
    [tools.secretlintBin, '**/*', '--secretlintrc', tools.secretlintrc, '--format', 'json', '--maskSecrets'],
    dir,
    SECRETLINT_BUDGET_S,
  );
  const ratio = sl.wallS / two.wallS;
  return [
    { measure: `${label}: tree`, value: `${mb.toFixed(1)} MB in ${files} files` },
    { measure: `${label}: ai-secret-guard -j 1`, value: describe(one, mb) },
    {
      measure: `${label}: ai-secret-guard -j 2`,
      value: describe(two, mb),
      ...(goal ? { target: `≥ ${goal} MB/s`, ok: mb / two.wallS >= goal } : {}),
    },
    {
      measure: `${label}: second worker's speed-up`,
      value: `${(one.wallS / two.wallS).toFixed(2)}×`,
      target: '≥ 1.6×',
      ok: one.wallS / two.wallS >= 1.6,
    },
    { measure: `${label}: secretlint 11.7.1 (preset-recommend)`, value: describe(sl, mb) },
    {
      measure: `${label}: speed-up over secretlint (-j 2)`,
      value: `${sl.timedOut ? '≥ ' : ''}${ratio.toFixed(1)}×`,
      target: '≥ 10×',
      ok: ratio >= 10,
    },
  ];
}

/** Tree C: 1 GB in 100k files (BENCH_LARGE_FILES / BENCH_LARGE_MB to change), -j 2: peak RSS and wall time. */
function largeTreeRows(treeA: string, cache: string): Row[] {
  if (process.env['BENCH_SKIP_LARGE'] === '1') return [];
  const files = Number(process.env['BENCH_LARGE_FILES'] ?? 100_000);
  const mb = Number(process.env['BENCH_LARGE_MB'] ?? 1024);
  const tree = prepareLargeTree(treeA, cache, files, mb * MB);
  const report = path.join(tmpdir(), `asg-large-bench-${process.pid}.json`);
  const run = measure([CLI, 'scan', '.', '--no-gitignore', '--format', 'json', '--output', report, '-j', '2'], tree);
  return [
    {
      measure: `tree C (${mb} MB in ${files} files from tree A's sources), -j 2: peak RSS`,
      value: `${run.rssMb.toFixed(0)} MB`,
      target: '≤ 200 MB',
      ok: run.rssMb <= 200,
    },
    {
      measure: `tree C, -j 2: wall time`,
      value: `${run.wallS.toFixed(1)} s (${(mb / run.wallS).toFixed(1)} MB/s, ${(mb / run.cpuS).toFixed(1)} MB per CPU-s)`,
      target: '≤ 30 s',
      ok: run.wallS <= 30,
    },
  ];
}

/** A one-file scan, start-up included (the pre-commit case), against `node -e 0` alone. */
function oneFileRows(file: string): Row[] {
  const runs = Array.from({ length: 7 }, () =>
    measure([CLI, 'scan', file, '--no-gitignore', '--format', 'json'], path.dirname(file)),
  );
  const bare = Array.from({ length: 7 }, () => measure(['-e', '0'], ROOT));
  const ms = median(runs.map((r) => r.wallS)) * 1000;
  const cpuMs = median(runs.map((r) => r.cpuS)) * 1000;
  return [
    {
      measure: 'one-file scan (pre-commit case), incl. start-up, median of 7',
      value: `${ms.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU, peak RSS ${median(runs.map((r) => r.rssMb)).toFixed(0)} MB`,
      target: '≤ 150 ms',
      ok: ms <= 150,
    },
    {
      measure: 'node -e 0 alone, median of 7',
      value: `${(median(bare.map((r) => r.wallS)) * 1000).toFixed(0)} ms wall, ${(median(bare.map((r) => r.cpuS)) * 1000).toFixed(0)} ms CPU`,
    },
  ];
}

function machineRow(when: string): Row {
  const load = loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');
  return {
    measure: `machine (${when})`,
    value: `${availableParallelism()} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load average ${load}`,
  };
}

export async function wholeProcessBench(log: (line: string) => void): Promise<Row[]> {
  const cache = path.join(ROOT, '.bench-cache', 'process');
  const trees = prepareProcessTrees(ROOT, cache, log);
  const rows: Row[] = [machineRow('before')];
  // BENCH_ONLY_LARGE=1: tree C's rows alone (the memory goal), without the minutes the rest takes.
  if (process.env['BENCH_ONLY_LARGE'] === '1')
    return [...rows, ...largeTreeRows(trees.treeA, cache), machineRow('after')];
  rows.push(...oneFileRows(path.join(trees.treeA, 'webpack/lib/Compiler.js')));
  // Where the main thread's time goes (a profiler slows the run: compare phases, not totals).
  rows.push({
    measure: 'profile, one-file scan (main thread)',
    value: profiledRun([CLI, 'scan', 'webpack/lib/Compiler.js', '--no-gitignore', '--format', 'json'], trees.treeA),
  });
  rows.push({
    measure: 'profile, tree A, -j 1 (main thread)',
    value: profiledRun([CLI, 'scan', '.', '--no-gitignore', '--format', 'json', '-j', '1'], trees.treeA),
  });
  rows.push(...treeRows('tree A (webpack node_modules, files < 1 MB)', trees.treeA, [], trees, 100));
  rows.push(...treeRows('tree B (TypeScript _tsc.js + typescript.js)', trees.treeB, ['--max-file-size', '64m'], trees));
  rows.push(...(await editorSliceRows(path.join(trees.treeB, 'typescript.js'))));
  rows.push(...largeTreeRows(trees.treeA, cache));
  rows.push(machineRow('after'));
  return rows;
}

if (require.main === module) {
  void wholeProcessBench((line) => process.stderr.write(line + '\n')).then((rows) => {
    if (process.argv.includes('--rows')) console.log(JSON.stringify(rows));
    else
      for (const r of rows)
        console.log(`${r.measure}: ${r.value}${r.target ? ` (target ${r.target}: ${r.ok ? 'met' : 'NOT met'})` : ''}`);
  });
}
