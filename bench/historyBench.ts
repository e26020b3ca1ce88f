// The history scan on a generated repository (bench/historyRepo.ts): git's own output rate, the
// size of the alternative (every distinct blob through cat-file), and the scan with 1 and 2
// workers (the built CLI) in MB/s of patch text, checking both give the same report. Run by `npm run bench`
// (which reads the rows printed with --rows) or alone: node out/bench/historyBench.js [--rows].
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnLog } from '../src/scan/historyGit';
import { generateHistoryRepo } from './historyRepo';

const MB = 1024 * 1024;
const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const MAX_RSS = path.join(ROOT, 'bench/maxRss.js');

interface Row {
  readonly measure: string;
  readonly value: string;
  readonly target?: string;
  readonly ok?: boolean;
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

/** The built CLI's `scan --history` (start-up included): its findings, wall time and peak RSS. */
function cliHistoryScan(
  repo: string,
  jobs: number,
): { findings: unknown[]; commits: number; seconds: number; peakMb: number } {
  const t0 = performance.now();
  const r = spawnSync('node', [CLI, 'scan', '--history', '-f', 'json', '-j', String(jobs)], {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 256 * MB,
    env: { ...process.env, NODE_OPTIONS: `--require ${MAX_RSS}` },
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`scan --history failed (${r.status}): ${r.stderr.slice(0, 500)}`);
  const doc = JSON.parse(r.stdout) as { findings: unknown[]; history: { commitsScanned: number } };
  const m = /__MAX_RSS_KB__=(\d+)/.exec(r.stderr);
  return {
    findings: doc.findings,
    commits: doc.history.commitsScanned,
    seconds,
    peakMb: m ? Number(m[1]) / 1024 : NaN,
  };
}

export async function historyBench(): Promise<Row[]> {
  const rows: Row[] = [];
  const commits = Number(process.env['BENCH_HISTORY_COMMITS'] ?? 20_000);
  const work = mkdtempSync(path.join(tmpdir(), 'asg-history-bench-'));
  try {
    const repo = path.join(work, 'repo');
    const t0 = performance.now();
    const stats = generateHistoryRepo(repo, commits);
    rows.push({
      measure: 'history: generated repository',
      value: `${stats.commits} commits, ${stats.secretsAdded} secrets added (some moved or removed), in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    });

    const log = await drain(spawnLog(repo, { revisions: [] }));
    const blobs = await blobBytes(repo);
    rows.push({
      measure: 'history: git log -p -U0 alone (patch text)',
      value: `${(log.bytes / MB).toFixed(1)} MB in ${(log.ms / 1000).toFixed(2)} s (${(log.bytes / MB / (log.ms / 1000)).toFixed(0)} MB/s)`,
    });
    rows.push({
      measure: 'history: rev-list + cat-file alternative (every distinct blob)',
      value: `${(blobs.bytes / MB).toFixed(1)} MB to scan (${(blobs.bytes / log.bytes).toFixed(1)}× the patch text), git alone ${(blobs.ms / 1000).toFixed(2)} s`,
    });

    const reports: string[] = [];
    for (const jobs of [1, 2]) {
      const run = cliHistoryScan(repo, jobs);
      const mbps = log.bytes / MB / run.seconds;
      reports.push(JSON.stringify(run.findings));
      rows.push({
        measure: `history: CLI scan --history -j ${jobs} (incl. start-up)`,
        value: `${mbps.toFixed(1)} MB/s of patch text (git alone: ${(log.bytes / MB / (log.ms / 1000)).toFixed(1)}), ${run.seconds.toFixed(2)} s, ${run.commits} commits, ${run.findings.length} distinct secrets, peak RSS ${run.peakMb.toFixed(0)} MB`,
        ...(jobs === 2 ? { target: '≥ 50 MB/s on 2 cores', ok: mbps >= 50 } : {}),
      });
    }
    rows.push({
      measure: 'history: same report with 1 and 2 workers',
      value: reports[0] === reports[1] ? 'yes' : 'NO',
      target: 'yes',
      ok: reports[0] === reports[1],
    });
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
