// The history scan on a generated repository (bench/historyRepo.ts): git's own output rate and CPU
// time, the size of the alternative (every distinct blob through cat-file), and the scan with 1 and 2
// workers (the built CLI) in MB/s of patch text (the bytes `git log -p -U0 --cc -M` writes: the
// added lines scanned, with their diff headers) and per CPU-second (node and git together),
// checking both give the same report; then time and peak memory on a repository of 100,000 small
// commits (bench/historyManyCommits.ts). Run by `npm run bench` (which reads the rows printed with
// --rows) or alone: node out/bench/historyBench.js [--rows]. BENCH_HISTORY_COMMITS and
// BENCH_HISTORY_MANY_COMMITS scale the two repositories (0 leaves the second out).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatFingerprintKey, newFingerprintKey } from '../src/core/fingerprint';
import { FINGERPRINT_KEY_FILE } from '../src/scan/fingerprintKey';
import { logArgs } from '../src/scan/historyGit';
import { generateHistoryRepo } from './historyRepo';
import { generateManyCommitsRepo } from './historyManyCommits';
import { type Row } from './benchRow';

const MB = 1024 * 1024;
const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const MAX_RSS = path.join(ROOT, 'bench/maxRss.js');

/** The CPU seconds (user + system) of the processes a shell ran, from its `times` output. */
function childCpuSeconds(timesOutput: string): number {
  const lines = timesOutput.trim().split('\n');
  const children = (lines[lines.length - 1] ?? '').match(/(\d+)m([\d.]+)s/g) ?? [];
  return children.reduce((sum, t) => {
    const m = /(\d+)m([\d.]+)s/.exec(t)!;
    return sum + Number(m[1]) * 60 + Number(m[2]);
  }, 0);
}

/** `git log -p` as the history scan runs it, alone: bytes written, wall time and CPU time. */
function gitLogAlone(repo: string): { bytes: number; ms: number; cpu: number } {
  const t0 = performance.now();
  const r = spawnSync('sh', ['-c', 'git "$@" | wc -c; times', 'sh', ...logArgs({ revisions: [] })], {
    cwd: repo,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`git log failed: ${r.stderr.slice(0, 300)}`);
  const [bytes = '0', ...times] = r.stdout.trim().split('\n');
  return { bytes: Number(bytes.trim()), ms: performance.now() - t0, cpu: childCpuSeconds(times.join('\n')) };
}

/** Bytes a git process writes to stdout, and how long it took. */
function drain(child: ReturnType<typeof spawn>): Promise<{ bytes: number; ms: number }> {
  const t0 = performance.now();
  let bytes = 0;
  child.stdout!.on('data', (c: Buffer) => (bytes += c.length));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0 ? resolve({ bytes, ms: performance.now() - t0 }) : reject(new Error(`git exited with ${code}`)),
    );
  });
}

async function blobBytes(repo: string): Promise<{ bytes: number; ms: number }> {
  const child = spawn('git', ['cat-file', '--batch-all-objects', '--batch', '--unordered'], {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return drain(child);
}

/**
 * The built CLI's `scan --history` (start-up included): its findings, wall time, CPU time of node
 * and the git processes it ran, and node's peak RSS (worker threads included).
 */
function cliHistoryScan(
  repo: string,
  jobs: number,
  nodeOptions = '',
): { findings: unknown[]; commits: number; seconds: number; cpu: number; peakMb: number } {
  const out = path.join(repo, '..', `history-j${jobs}.json`);
  const t0 = performance.now();
  const script = 'node "$@" > "$OUT"; code=$?; times; exit $code';
  const r = spawnSync('sh', ['-c', script, 'sh', CLI, 'scan', '--history', '-f', 'json', '-j', String(jobs)], {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 256 * MB,
    env: { ...process.env, OUT: out, NODE_OPTIONS: `${nodeOptions} --require ${MAX_RSS}` },
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`scan --history failed (${r.status}): ${r.stderr.slice(0, 500)}`);
  const doc = JSON.parse(readFileSync(out, 'utf8')) as { findings: unknown[]; history: { commitsScanned: number } };
  const m = /__MAX_RSS_KB__=(\d+)/.exec(r.stderr);
  return {
    findings: doc.findings,
    commits: doc.history.commitsScanned,
    seconds,
    cpu: childCpuSeconds(r.stdout),
    peakMb: m ? Number(m[1]) / 1024 : NaN,
  };
}

/** A fixed fingerprint key in the work tree (not committed): runs publish the same fingerprints, so reports compare. */
function pinFingerprintKey(repo: string): void {
  writeFileSync(path.join(repo, FINGERPRINT_KEY_FILE), formatFingerprintKey(newFingerprintKey()));
}

/** The V8 old-space limit the many-commits scan must also finish under. */
const CAPPED_HEAP_MB = 48;

const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** The 20k-commit repository of realistic edits: throughput, and the same report with 1 and 2 workers. */
async function patchTextRows(work: string, rows: Row[]): Promise<void> {
  const commits = Number(process.env['BENCH_HISTORY_COMMITS'] ?? 20_000);
  const repo = path.join(work, 'repo');
  const t0 = performance.now();
  const stats = generateHistoryRepo(repo, commits);
  pinFingerprintKey(repo);
  rows.push({
    measure: 'history: generated repository',
    value: `${stats.commits} commits, ${stats.secretsAdded} secrets added (some moved or removed), in ${secs(performance.now() - t0)}`,
  });
  const log = gitLogAlone(repo);
  const mb = log.bytes / MB;
  const blobs = await blobBytes(repo);
  rows.push({
    measure: 'history: git log -p -U0 --cc -M alone (patch text)',
    value: `${mb.toFixed(1)} MB in ${secs(log.ms)} (${(mb / (log.ms / 1000)).toFixed(1)} MB/s), ${log.cpu.toFixed(2)} CPU-s (${(mb / log.cpu).toFixed(1)} MB per CPU-s)`,
  });
  rows.push({
    measure: 'history: rev-list + cat-file alternative (every distinct blob)',
    value: `${(blobs.bytes / MB).toFixed(1)} MB to scan (${(blobs.bytes / log.bytes).toFixed(1)}× the patch text), git alone ${secs(blobs.ms)}`,
  });
  const reports: string[] = [];
  for (const jobs of [1, 2]) {
    const run = cliHistoryScan(repo, jobs);
    const mbps = mb / run.seconds;
    reports.push(JSON.stringify(run.findings));
    rows.push({
      measure: `history: CLI scan --history -j ${jobs} (incl. start-up)`,
      value:
        `${mbps.toFixed(1)} MB/s of patch text, ${run.seconds.toFixed(2)} s, ${run.cpu.toFixed(2)} CPU-s node + git ` +
        `(${(mb / run.cpu).toFixed(1)} MB per CPU-s), ${run.commits} commits, ${run.findings.length} distinct secrets, peak RSS ${run.peakMb.toFixed(0)} MB`,
      ...(jobs === 2 ? { target: '≥ 50 MB/s on 2 cores', ok: mbps >= 50 } : {}),
    });
  }
  rows.push({
    measure: 'history: same report with 1 and 2 workers',
    value: reports[0] === reports[1] ? 'yes' : 'NO',
    target: 'yes',
    ok: reports[0] === reports[1],
  });
}

/** The repository of many small commits: time and peak memory of a 2-worker scan. */
function manyCommitsRows(work: string, rows: Row[]): void {
  const commits = Number(process.env['BENCH_HISTORY_MANY_COMMITS'] ?? 100_000);
  if (commits <= 0) return;
  const repo = path.join(work, 'many');
  const t0 = performance.now();
  const stats = generateManyCommitsRepo(repo, commits);
  pinFingerprintKey(repo);
  const generated = performance.now() - t0;
  const run = cliHistoryScan(repo, 2);
  // With V8's old space capped the run must still finish with the same report: its memory does not grow with the history.
  const capped = cliHistoryScan(repo, 2, `--max-old-space-size=${CAPPED_HEAP_MB}`);
  const same = JSON.stringify(capped.findings) === JSON.stringify(run.findings);
  rows.push({
    measure: `history: ${stats.commits} small commits, scan --history -j 2`,
    value:
      `${run.seconds.toFixed(1)} s (${Math.round(run.commits / run.seconds)} commits/s), ${run.cpu.toFixed(1)} CPU-s node + git, ` +
      `${run.findings.length} of ${stats.secretsAdded} secrets, node peak RSS ${run.peakMb.toFixed(0)} MB (repository generated in ${secs(generated)})`,
    target: 'every secret found',
    ok: run.commits === stats.commits && run.findings.length === stats.secretsAdded,
  });
  rows.push({
    measure: `history: ${stats.commits} small commits, heap capped at ${CAPPED_HEAP_MB} MB`,
    value: `${same ? 'same report' : 'DIFFERENT report'}, ${capped.seconds.toFixed(1)} s, node peak RSS ${capped.peakMb.toFixed(0)} MB`,
    target: 'same report (memory bounded)',
    ok: same,
  });
}

export async function historyBench(): Promise<Row[]> {
  const rows: Row[] = [];
  const work = mkdtempSync(path.join(tmpdir(), 'asg-history-bench-'));
  try {
    await patchTextRows(work, rows);
    manyCommitsRows(work, rows);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return rows;
}

if (require.main === module) {
  void historyBench().then((rows) => {
    if (process.argv.includes('--rows')) console.log(JSON.stringify(rows));
    else
      for (const r of rows)
        console.log(`${r.measure}: ${r.value}${r.target ? ` (target ${r.target}: ${r.ok ? 'met' : 'NOT met'})` : ''}`);
  });
}
