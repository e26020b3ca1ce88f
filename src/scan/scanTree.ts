import { promises as fs } from 'node:fs';
import path from 'node:path';
import { BaselineError, baselineAcceptance, parseBaseline, type Baseline } from '../core/baseline';
import type { Publish } from '../core/fingerprint';
import type { ReportedFinding, ScanReport, SkippedFile } from '../core/report/model';
import { decodeText } from '../core/textDecoding';
import { TOOL_NAME } from '../core/toolInfo';
import { InputError } from './errors';
import { readStaged } from './git';
import { FINGERPRINT_KEY_FILE, loadFingerprintKey, type FingerprintKey } from './fingerprintKey';
import { findRepoRoot, loadGitleaksAllowlist, type GitleaksAllowlist } from './gitleaks';
import { scanPool, warmThreads, type PoolOptions, type PoolResult } from './scanPool';
import type { ScanTask } from './scanTask';
import { displayPath, listFiles } from './walk';

/** Files under one root, with what that root's team accepted. */
export interface ScanRoot {
  /** After `applyPathAllowlist` when the root has a gitleaks allowlist. */
  readonly tasks: readonly ScanTask[];
  readonly gitleaks?: GitleaksAllowlist;
  /** The root's fingerprint key: findings leave the scan with their identity published under it. */
  readonly publish: Publish;
  /** Whether the root's baseline accepts a finding, by its identity and its published fingerprint. */
  readonly isBaselined: (identity: string, published: string) => boolean;
}

export type TreeOptions = Omit<PoolOptions, 'allowlist' | 'onProgress'> & {
  readonly onProgress?: (done: number, total: number) => void;
};

/** What the roots held, findings sorted into reported, baselined and allowed. */
export interface TreeScan {
  /** Findings neither allowed nor baselined. */
  readonly findings: readonly ReportedFinding[];
  /** Every finding the allowlists let through, the baselined ones included (for writing a baseline). */
  readonly all: readonly ReportedFinding[];
  readonly skipped: readonly SkippedFile[];
  readonly filesScanned: number;
  readonly bytesScanned: number;
  readonly baselined: number;
  /** Findings an allowlist (gitleaks config, .gitleaksignore) accepted. */
  readonly allowed: number;
  /** The signal stopped the scan before every file was scanned. */
  readonly cancelled: boolean;
}

/**
 * The scan both fronts run: each root's files through the worker pool (with its gitleaks
 * allowlist), then its baseline. Roots are scanned one after another; progress counts all files.
 */
export async function scanTree(roots: readonly ScanRoot[], options: TreeOptions): Promise<TreeScan> {
  const total = roots.reduce((n, r) => n + r.tasks.length, 0);
  const pools: { root: ScanRoot; pool: PoolResult }[] = [];
  let before = 0;
  for (const root of roots) {
    const offset = before;
    const pool = await scanPool(root.tasks, {
      ...options,
      ...(root.gitleaks && !root.gitleaks.allowlist.empty ? { allowlist: root.gitleaks.spec } : {}),
      onProgress: (done) => options.onProgress?.(offset + done, total),
    });
    pools.push({ root, pool });
    before += root.tasks.length;
    if (pool.cancelled) break;
  }
  return { ...tally(pools), cancelled: pools.reduce((n, p) => n + p.pool.results.filter(Boolean).length, 0) < total };
}

function tally(pools: readonly { root: ScanRoot; pool: PoolResult }[]): Omit<TreeScan, 'cancelled'> {
  const findings: ReportedFinding[] = [];
  const all: ReportedFinding[] = [];
  const skipped: SkippedFile[] = [];
  let [filesScanned, bytesScanned, baselined, allowed] = [0, 0, 0, 0];
  for (const { root, pool } of pools) {
    pool.results.forEach((r, i) => {
      if (!r) return;
      if (r.skipped) skipped.push(r.skipped);
      else filesScanned++;
      bytesScanned += r.bytes;
      allowed += r.allowed ?? 0;
      const allowlistPath = root.tasks[i]!.allowlistPath;
      for (const f of r.findings) {
        if (
          root.gitleaks &&
          allowlistPath !== undefined &&
          root.gitleaks.allowlist.allowsLine(allowlistPath, f.startLine)
        ) {
          allowed++;
          continue;
        }
        // The worker's finding carries the unkeyed identity; from here on it carries the published
        // fingerprint (set in place: the object is this thread's copy, and a spread per finding is slow).
        const identity = f.fingerprint;
        const published = root.publish(identity);
        (f as { fingerprint: string }).fingerprint = published;
        all.push(f);
        if (root.isBaselined(identity, published)) baselined++;
        else findings.push(f);
      }
    });
  }
  return { findings, all, skipped, filesScanned, bytesScanned, baselined, allowed };
}

/** The report of a tree scan; partial when files were unreadable or the scan was cancelled. */
export function treeReport(
  scan: TreeScan,
  run: { readonly version: string; readonly command: string; readonly started: number },
): ScanReport {
  return {
    tool: { name: TOOL_NAME, version: run.version },
    command: run.command,
    findings: scan.findings,
    skipped: scan.skipped,
    filesScanned: scan.filesScanned,
    bytesScanned: scan.bytesScanned,
    durationMs: performance.now() - run.started,
    baselined: scan.baselined,
    partial: scan.cancelled || scan.skipped.some((s) => s.reason === 'unreadable'),
  };
}

/** Keeps the tasks whose path the allowlist does not allow, tagged with their root-relative path. */
export function applyPathAllowlist(
  tasks: readonly ScanTask[],
  gitleaks: GitleaksAllowlist,
): { tasks: ScanTask[]; notScanned: number } {
  const kept: ScanTask[] = [];
  for (const t of tasks) {
    if (!t.abs) {
      kept.push(t);
      continue;
    }
    const rel = relativeToRoot(t.abs, gitleaks.root);
    if (!gitleaks.allowlist.allowsPath(rel)) kept.push({ ...t, allowlistPath: rel });
  }
  return { tasks: kept, notScanned: tasks.length - kept.length };
}

function relativeToRoot(abs: string, root: string): string {
  return path.relative(root, abs).split(path.sep).join('/');
}

/** What to scan from the command line: paths (`-` is standard input) or the git index. */
export interface SourceOptions {
  readonly paths: readonly string[];
  readonly staged: boolean;
  readonly gitignore: boolean;
  readonly maxFileSize: number;
  readonly maxLineLength: number;
  readonly jobs?: number;
  readonly baseline?: string;
  readonly gitleaks: boolean;
  readonly gitleaksConfig?: string;
  /** Create the repository's fingerprint key file when it has none (writing a baseline needs one). */
  readonly createFingerprintKey?: boolean;
  /** The key an earlier scan of the same run loaded (evidence --history): both then name a secret alike. */
  readonly fingerprintKey?: FingerprintKey;
}

/** Where a command-line scan runs. */
export interface ScanEnvironment {
  readonly cwd: string;
  /** Reads standard input, stopping after `limit` + 1 bytes when a limit is given. */
  readonly readStdin: (limit?: number) => Promise<Buffer>;
  /** A warning for the user (gitleaks config notes, allowlist counts). */
  readonly warn: (message: string) => void;
  readonly jobs?: number;
  readonly version: string;
  /** The command line, for the report. */
  readonly command: string;
}

export interface ScanOutcome {
  /** Findings after the baseline, with everything the reporters need. */
  readonly report: ScanReport;
  /** Every finding, the baselined ones included (for writing a baseline). */
  readonly all: readonly ReportedFinding[];
  /** The key the findings' fingerprints were published under (a baseline records its id; a second scan of the run reuses it). */
  readonly key: FingerprintKey;
  /** What the repository's gitleaks allowlist kept out, when it has one. */
  readonly gitleaks?: { readonly files: readonly string[]; readonly allowed: number; readonly notScanned: number };
  /** Reads a scanned file's text again by its reported path (staged blobs and stdin from memory), for verification. */
  readonly readText?: (reportedPath: string) => Promise<string | undefined>;
}

/** Re-reads what the tasks scanned, decoded as the scan decoded it; undefined when it cannot be read. */
function textReader(tasks: readonly ScanTask[]): (reportedPath: string) => Promise<string | undefined> {
  const byPath = new Map(tasks.map((t) => [t.display, t]));
  return async (reportedPath) => {
    const task = byPath.get(reportedPath);
    if (!task) return undefined;
    const bytes = task.content ?? (task.abs ? await fs.readFile(task.abs).catch(() => undefined) : undefined);
    return bytes ? decodeText(bytes) : undefined;
  };
}

/** The baseline file named on the command line, parsed; InputError or BaselineError when it cannot be used. */
export async function loadBaseline(file: string | undefined, cwd: string): Promise<Baseline | undefined> {
  if (!file) return undefined;
  let text;
  try {
    text = await fs.readFile(path.resolve(cwd, file), 'utf8');
  } catch (e) {
    throw new InputError(`cannot read baseline ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return parseBaseline(text);
  } catch (e) {
    throw new BaselineError(`${file}: ${(e as Error).message}`);
  }
}

async function collectTasks(options: SourceOptions, env: ScanEnvironment): Promise<ScanTask[]> {
  if (options.staged) {
    const { root, files } = await readStaged(env.cwd, options.maxFileSize);
    return files.map((f) => ({
      // Each side of a conflict is scanned and named: the resolution may keep the incoming side.
      display: displayPath(path.join(root, f.path), env.cwd) + (f.stage ? ` (merge stage ${f.stage})` : ''),
      abs: path.join(root, f.path),
      allowlistPath: f.path,
      content: f.content,
      ...(f.tooLarge ? { tooLarge: true } : {}),
    }));
  }
  const tasks: ScanTask[] = [];
  const fsPaths: string[] = [];
  // Standard input can be read once: a second "-" would silently scan nothing.
  if (options.paths.filter((p) => p === '-').length > 1)
    throw new InputError('"-" (standard input) can be given only once');
  for (const p of options.paths) {
    if (p === '-') {
      // Read up to the size limit and one byte more: enough to know it is too large.
      const content = await env.readStdin(options.maxFileSize);
      tasks.push(
        content.length > options.maxFileSize
          ? { display: '<stdin>', content: Buffer.alloc(0), tooLarge: true }
          : { display: '<stdin>', content },
      );
    } else fsPaths.push(p);
  }
  try {
    for (const f of await listFiles(fsPaths, env.cwd, options.gitignore))
      tasks.push({
        display: f.display,
        abs: f.abs,
        ...(f.unreadable !== undefined ? { unreadable: f.unreadable } : {}),
      });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT')
      throw new InputError(`no such file or directory: ${err.path ? displayPath(err.path, env.cwd) : ''}`);
    throw e;
  }
  return tasks;
}

/**
 * The scan behind `scan`, `baseline` and `evidence`: files (or the git index, or stdin) through
 * the worker pool, then the baseline. Throws InputError, BaselineError or GitError.
 */
export async function runScan(options: SourceOptions, env: ScanEnvironment): Promise<ScanOutcome> {
  const started = performance.now();
  const baseline = await loadBaseline(options.baseline, env.cwd);
  const gitleaks = options.gitleaks
    ? await loadGitleaksAllowlist(await findRepoRoot(env.cwd), env.cwd, options.gitleaksConfig)
    : undefined;
  for (const w of gitleaks?.warnings ?? []) env.warn(w);
  const treeOptions = {
    maxFileSize: options.maxFileSize,
    maxLineLength: options.maxLineLength,
    jobs: options.jobs ?? env.jobs,
  };
  // A walk ahead: the threads start and build their detectors while it lists the files.
  const warm = (await walksFolder(options, env.cwd))
    ? warmThreads({
        ...treeOptions,
        ...(gitleaks && !gitleaks.allowlist.empty ? { allowlist: gitleaks.spec } : {}),
      })
    : undefined;
  let scan: TreeScan;
  let notScanned: number;
  let tasks: ScanTask[];
  let key: FingerprintKey;
  try {
    const collected = await collectTasks(options, env);
    ({ tasks, notScanned } = gitleaks ? applyPathAllowlist(collected, gitleaks) : { tasks: collected, notScanned: 0 });
    key = await scanKey(options, env, baseline);
    const root: ScanRoot = {
      tasks,
      ...(gitleaks ? { gitleaks } : {}),
      publish: key.publish,
      isBaselined: baselineAcceptance(baseline),
    };
    scan = await scanTree([root], { ...treeOptions, ...(warm ? { warm } : {}) });
  } finally {
    await warm?.close();
  }
  if (gitleaks && (scan.allowed > 0 || notScanned > 0)) {
    env.warn(
      `gitleaks allowlist (${gitleaks.files.join(', ')}): ${scan.allowed} finding(s) allowed, ${notScanned} file(s) not scanned`,
    );
  }
  const allowlist = gitleaks ? { files: gitleaks.files, allowed: scan.allowed, notScanned } : undefined;
  const report = {
    ...treeReport(scan, { version: env.version, command: env.command, started }),
    ...(allowlist ? { allowlist } : {}),
  };
  return {
    report,
    all: scan.all,
    key,
    ...(allowlist ? { gitleaks: allowlist } : {}),
    readText: textReader(tasks),
  };
}

/** Whether the scan walks a folder (so is worth threads started before its files are listed). */
async function walksFolder(options: SourceOptions, cwd: string): Promise<boolean> {
  if (options.staged) return false;
  for (const p of options.paths)
    if (
      p !== '-' &&
      (await fs.stat(path.resolve(cwd, p)).then(
        (s) => s.isDirectory(),
        () => false,
      ))
    )
      return true;
  return false;
}

/** The fingerprint key of the scan's repository; says when it was created, and when the baseline was written under another. */
export async function scanKey(
  options: Pick<SourceOptions, 'createFingerprintKey' | 'fingerprintKey'>,
  env: Pick<ScanEnvironment, 'cwd' | 'warn'>,
  baseline: Baseline | undefined,
): Promise<FingerprintKey> {
  if (options.fingerprintKey) return options.fingerprintKey;
  let key: FingerprintKey;
  try {
    key = await loadFingerprintKey(env.cwd, options.createFingerprintKey === true);
  } catch (e) {
    throw new InputError((e as Error).message);
  }
  const shown = key.file ? displayPath(key.file, env.cwd) : FINGERPRINT_KEY_FILE;
  if (key.created)
    env.warn(
      `created ${shown}: commit it, so fingerprints in reports and baselines are the same on every machine and in CI`,
    );
  if (baseline?.keyId !== undefined && baseline.keyId !== key.keyId) {
    env.warn(
      key.file
        ? `the baseline was written with another fingerprint key than ${shown}: its entries do not match; restore that key file or write the baseline again`
        : `the baseline was written with a fingerprint key, but there is no ${shown} here: commit the key file with the baseline`,
    );
  }
  return key;
}
