import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/**
 * Where the time of a phase goes: a sample counts for the innermost of these functions on its
 * stack (so reading inside a scan counts as reading). Names are the bundle's (dist/cli.js is not
 * minified by `npm run build`).
 */
const PHASES: Readonly<Record<string, string>> = {
  Detector: 'detector build',
  listFiles: 'walk',
  walkDir: 'walk', // resumed after an await, an async function's frame has no caller on the stack
  readScope: 'walk',
  readCapped: 'read',
  decodeFast: 'decode',
  scanBytes: 'scan',
  scanBytesPart: 'scan',
  formatJson: 'report',
  formatText: 'report',
  formatSarif: 'report',
  writeOutput: 'report',
  '(garbage collector)': 'GC',
  '(idle)': 'idle',
};
const ORDER = ['start-up and module load', 'detector build', 'walk', 'read', 'decode', 'scan', 'report', 'GC', 'idle'];

/** Milliseconds per phase of the main thread's profile; what matches no phase is start-up and module load. */
export function breakdown(profile: CpuProfile): Map<string, number> {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const phaseOf = new Map<number, string>();
  const phase = (id: number): string => {
    const known = phaseOf.get(id);
    if (known) return known;
    const name = byId.get(id)!.callFrame.functionName;
    const own = Object.hasOwn(PHASES, name) ? PHASES[name] : undefined;
    const up = parent.get(id);
    const found = own ?? (up === undefined ? ORDER[0]! : phase(up));
    phaseOf.set(id, found);
    return found;
  };
  const ms = new Map(ORDER.map((p) => [p, 0]));
  profile.samples.forEach((id, i) => ms.set(phase(id), ms.get(phase(id))! + (profile.timeDeltas[i] ?? 0) / 1000));
  return ms;
}

/** Runs `node --cpu-prof args` in `cwd` and describes the main thread's phases in one line. */
export function profiledRun(args: readonly string[], cwd: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'asg-prof-'));
  try {
    const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, ...args], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    });
    if (r.status !== 0 && r.status !== 1)
      throw new Error(`profiled run failed (${r.status}): ${r.stderr.slice(0, 300)}`);
    // The main thread's profile is the first one written (worker threads' follow).
    const main = readdirSync(dir).sort()[0]!;
    const ms = breakdown(JSON.parse(readFileSync(path.join(dir, main), 'utf8')) as CpuProfile);
    const total = [...ms.values()].reduce((a, b) => a + b, 0);
    return `${total.toFixed(0)} ms: ` + ORDER.map((p) => `${p} ${ms.get(p)!.toFixed(0)}`).join(', ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
