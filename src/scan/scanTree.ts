import { promises as fs } from 'node:fs';
import path from 'node:path';
import { BaselineError, baselineAcceptance, parseBaseline, type Baseline } from '../core/baseline';
import type { Publish } from '../core/fingerprint';
import type { ReportedFinding, ScanReport } from '../core/report/model';
import { decodeText } from '../core/textDecoding';
import { MAX_FINDINGS_PER_FILE } from '../core/detect/limits';
import { TOOL_NAME } from '../core/toolInfo';
import { InputError } from './errors';
import { readStaged } from './git';
import { FINGERPRINT_KEY_FILE, loadFingerprintKey, type FingerprintKey } from './fingerprintKey';
import { findRepoRoot, loadGitleaksAllowlist, type GitleaksAllowlist } from './gitleaks';
import { scanFeed, warmThreads, type PoolOptions } from './scanPool';
import { TaskFeed } from './taskFeed';
import { TreeTally, type TreeScan } from './treeTally';
import type { ScanTask } from './scanTask';
import { displayPath, walkFiles, type FileEntry } from './walk';

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

/** A root whose files are streamed (a tree's walk) rather than listed: read as the pool takes them. */
export interface StreamedRoot extends Omit<ScanRoot, 'tasks'> {
  readonly tasks: AsyncIterable<ScanTask>;
}

export type TreeOptions = Omit<PoolOptions, 'allowlist' | 'onProgress'> & {
  /** `total` counts the files of listed roots, and of streamed ones those read so far. */
  readonly onProgress?: (done: number, total: number) => void;
};

// The result's shape lives with the tally that builds it (no import circle); callers import it from here.
export type { TreeScan } from './treeTally';

/**
 * The scan both fronts run: each root's files through the worker pool (with its gitleaks
 * allowlist), then its baseline. Roots are scanned one after another; progress counts all files.
 * Only files with findings or skips leave more than counters behind, so a streamed root's scan
 * holds what is in flight, not the tree.
 */
export async function scanTree(roots: readonly (ScanRoot | StreamedRoot)[], options: TreeOptions): Promise<TreeScan> {
  const listed = roots.reduce((n, r) => n + (isListed(r) ? r.tasks.length : 0), 0);
  const tally = new TreeTally();
  let before = 0;
  let cancelled = false;
  for (const root of roots) {
    const offset = before;
    const feed = isListed(root) ? TaskFeed.of(root.tasks) : TaskFeed.from(root.tasks, { signal: options.signal });
    const rootTally = tally.root(root);
    const pool = await scanFeed(feed, rootTally.add, {
      ...options,
      ...(root.gitleaks && !root.gitleaks.allowlist.empty ? { allowlist: root.gitleaks.spec } : {}),
      onProgress: (done) => options.onProgress?.(offset + done, listed + (isListed(root) ? 0 : feed.count)),
    });
    before += feed.count;
    if (pool.cancelled) {
      cancelled = true;
      break;
    }
  }
  return { ...tally.finish(), cancelled };
}

function isListed(root: ScanRoot | StreamedRoot): root is ScanRoot {
  return Array.isArray(root.tasks);
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
    partial: scan.cancelled || scan.skipped.some((s) => s.reason === 'unreadable' || s.reason === 'too-many-findings'),
  };
}

/** Keeps the tasks whose path the allowlist does not allow, tagged with their root-relative path. */
export function applyPathAllowlist(
  tasks: readonly ScanTask[],
  gitleaks: GitleaksAllowlist,
): { tasks: ScanTask[]; notScanned: number } {
  const kept: ScanTask[] = [];
  for (const t of tasks) {
    const task = pathAllowlisted(t, gitleaks);
    if (task) kept.push(task);
  }
  return { tasks: kept, notScanned: tasks.length - kept.length };
}

/** applyPathAllowlist on a stream: `notScanned` counts the tasks left out so far. */
function streamPathAllowlist(
  tasks: AsyncIterable<ScanTask>,
  gitleaks: GitleaksAllowlist,
): { tasks: AsyncIterable<ScanTask>; notScanned: () => number } {
  let notScanned = 0;
  async function* kept(): AsyncGenerator<ScanTask> {
    for await (const t of tasks) {
      const task = pathAllowlisted(t, gitleaks);
      if (task) yield task;
      else notScanned++;
    }
  }
  return { tasks: kept(), notScanned: () => notScanned };
}

/** applyPathAllowlist on a list or a stream. */
function withPathAllowlist(
  tasks: readonly ScanTask[] | AsyncIterable<ScanTask>,
  gitleaks: GitleaksAllowlist,
): { tasks: readonly ScanTask[] | AsyncIterable<ScanTask>; notScanned: () => number } {
  if (!Array.isArray(tasks)) return streamPathAllowlist(tasks as AsyncIterable<ScanTask>, gitleaks);
  const applied = applyPathAllowlist(tasks, gitleaks);
  return { tasks: applied.tasks, notScanned: () => applied.notScanned };
}

/** The task tagged with its root-relative path, or undefined when the allowlist allows its path. */
function pathAllowlisted(t: ScanTask, gitleaks: GitleaksAllowlist): ScanTask | undefined {
  if (!t.abs) return t;
  const rel = relativeToRoot(t.abs, gitleaks.root);
  return gitleaks.allowlist.allowsPath(rel) ? undefined : { ...t, allowlistPath: rel };
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
  /** Findings listed per file at most (default MAX_FINDINGS_PER_FILE; Infinity: all). */
  readonly maxFindingsPerFile?: number;
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
function textReader(byPath: ReadonlyMap<string, ScanTask>): (reportedPath: string) => Promise<string | undefined> {
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

/**
 * The tasks of a command-line scan: the git index's blobs as a list; else standard input first,
 * then the walk of the paths as a stream (every path is looked at here: a missing one throws).
 */
async function collectTasks(
  options: SourceOptions,
  env: ScanEnvironment,
): Promise<readonly ScanTask[] | AsyncIterable<ScanTask>> {
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
    return streamTasks(tasks, await walkFiles(fsPaths, env.cwd, options.gitignore));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT')
      throw new InputError(`no such file or directory: ${err.path ? displayPath(err.path, env.cwd) : ''}`);
    throw e;
  }
}

async function* streamTasks(first: readonly ScanTask[], walk: AsyncIterable<FileEntry>): AsyncGenerator<ScanTask> {
  yield* first;
  for await (const f of walk)
    yield { display: f.display, abs: f.abs, ...(f.unreadable !== undefined ? { unreadable: f.unreadable } : {}) };
}

/** The tasks without `file` (the key file this run created: the walk, once run before the key, never listed it). */
function without(tasks: readonly ScanTask[] | AsyncIterable<ScanTask>, file: string | undefined) {
  if (file === undefined) return tasks;
  if (Array.isArray(tasks)) return tasks.filter((t) => t.abs !== file);
  const all = tasks as AsyncIterable<ScanTask>;
  return (async function* () {
    for await (const t of all) if (t.abs !== file) yield t;
  })();
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
    maxFindingsPerFile: options.maxFindingsPerFile ?? MAX_FINDINGS_PER_FILE,
    jobs: options.jobs ?? env.jobs,
  };
  // A walk ahead: the threads start and build their detectors while it lists the first files.
  const warm = (await walksFolder(options, env.cwd))
    ? warmThreads({
        ...treeOptions,
        ...(gitleaks && !gitleaks.allowlist.empty ? { allowlist: gitleaks.spec } : {}),
      })
    : undefined;
  let scan: TreeScan;
  let notScanned: () => number;
  let key: FingerprintKey;
  try {
    const collected = await collectTasks(options, env);
    key = await scanKey(options, env, baseline);
    // The walk is read as the scan goes (after the key): a key file created just now stays out, as before.
    const source = without(collected, key.created ? key.file : undefined);
    const kept = gitleaks ? withPathAllowlist(source, gitleaks) : { tasks: source, notScanned: () => 0 };
    notScanned = kept.notScanned;
    const root = {
      tasks: kept.tasks,
      ...(gitleaks ? { gitleaks } : {}),
      publish: key.publish,
      isBaselined: baselineAcceptance(baseline),
    } as ScanRoot | StreamedRoot;
    scan = await scanTree([root], { ...treeOptions, ...(warm ? { warm } : {}) });
  } finally {
    await warm?.close();
  }
  const allowlist = gitleaks ? { files: gitleaks.files, allowed: scan.allowed, notScanned: notScanned() } : undefined;
  if (allowlist && (allowlist.allowed > 0 || allowlist.notScanned > 0)) {
    env.warn(
      `gitleaks allowlist (${allowlist.files.join(', ')}): ${allowlist.allowed} finding(s) allowed, ${allowlist.notScanned} file(s) not scanned`,
    );
  }
  const report = {
    ...treeReport(scan, { version: env.version, command: env.command, started }),
    ...(allowlist ? { allowlist } : {}),
  };
  return {
    report,
    all: scan.all,
    key,
    ...(allowlist ? { gitleaks: allowlist } : {}),
    readText: textReader(scan.sources),
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
