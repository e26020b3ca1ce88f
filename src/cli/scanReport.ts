import { promises as fs } from 'node:fs';
import path from 'node:path';
import { version } from '../../package.json';
import { applyBaseline, BaselineError, parseBaseline, type Baseline } from '../core/baseline';
import { type ReportedFinding, type ScanReport, type SkippedFile } from '../core/report/model';
import { meetsThreshold } from '../core/report/summary';
import { summaryLines } from '../core/report/text';
import { TOOL_NAME } from '../core/toolInfo';
import type { Confidence } from '../core/rules/types';
import { UsageError, type ScanOptions } from './args';
import { EXIT_CLEAN, EXIT_FINDINGS, EXIT_PARTIAL } from './exitCodes';
import { readStaged } from './git';
import { findRepoRoot, loadGitleaksAllowlist, type GitleaksAllowlist } from './gitleaks';
import type { CliIO } from './main';
import { scanAll } from './scanPool';
import type { ScanTask } from './scanTask';
import { displayPath, listFiles } from './walk';


export { EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE } from './exitCodes';

export interface ScanOutcome {
  /** Findings after the baseline, with everything the reporters need. */
  readonly report: ScanReport;
  /** Every finding, the baselined ones included (for writing a baseline). */
  readonly all: readonly ReportedFinding[];
  /** What the repository's gitleaks allowlist kept out, when it has one. */
  readonly gitleaks?: { readonly files: readonly string[]; readonly allowed: number; readonly notScanned: number };
}

async function loadBaseline(file: string | undefined, cwd: string): Promise<Baseline | undefined> {
  if (!file) return undefined;
  let text;
  try {
    text = await fs.readFile(path.resolve(cwd, file), 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read baseline ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return parseBaseline(text);
  } catch (e) {
    throw new BaselineError(`${file}: ${(e as Error).message}`);
  }
}

async function collectTasks(options: ScanOptions, io: CliIO): Promise<ScanTask[]> {
  if (options.staged) {
    const { root, files } = await readStaged(io.cwd, options.maxFileSize);
    return files.map((f) => ({
      // Each side of a conflict is scanned and named: the resolution may keep the incoming side.
      display: displayPath(path.join(root, f.path), io.cwd) + (f.stage ? ` (merge stage ${f.stage})` : ''),
      abs: path.join(root, f.path),
      allowlistPath: f.path,
      content: f.content,
      ...(f.tooLarge ? { tooLarge: true } : {}),
    }));
  }
  const tasks: ScanTask[] = [];
  const fsPaths: string[] = [];
  // Standard input can be read once: a second "-" would silently scan nothing.
  if (options.paths.filter((p) => p === '-').length > 1) throw new UsageError('"-" (standard input) can be given only once');
  for (const p of options.paths) {
    if (p === '-') {
      // Read up to the size limit and one byte more: enough to know it is too large.
      const content = await io.readStdin(options.maxFileSize);
      tasks.push(content.length > options.maxFileSize ? { display: '<stdin>', content: Buffer.alloc(0), tooLarge: true } : { display: '<stdin>', content });
    }
    else fsPaths.push(p);
  }
  try {
    for (const f of await listFiles(fsPaths, io.cwd, options.gitignore)) tasks.push({ display: f.display, abs: f.abs, ...(f.unreadable !== undefined ? { unreadable: f.unreadable } : {}) });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') throw new UsageError(`no such file or directory: ${err.path ? displayPath(err.path, io.cwd) : ''}`);
    throw e;
  }
  return tasks;
}

/**
 * The scan behind `scan`, `baseline` and `evidence`: files (or the git index, or stdin) through
 * the worker pool, then the baseline. Throws UsageError, BaselineError or GitError.
 */
export async function runScan(options: ScanOptions, argv: readonly string[], io: CliIO): Promise<ScanOutcome> {
  const started = performance.now();
  const baseline = await loadBaseline(options.baseline, io.cwd);
  const gitleaks = options.gitleaks ? await loadGitleaksAllowlist(await findRepoRoot(io.cwd), io.cwd, options.gitleaksConfig) : undefined;
  for (const w of gitleaks?.warnings ?? []) io.stderr(`ai-secret-guard: ${w}\n`);
  const collected = await collectTasks(options, io);
  const { tasks, notScanned } = gitleaks ? applyPathAllowlist(collected, gitleaks) : { tasks: collected, notScanned: 0 };
  const results = await scanAll(tasks, {
    maxFileSize: options.maxFileSize,
    maxLineLength: options.maxLineLength,
    jobs: options.jobs ?? io.jobs,
    ...(gitleaks && !gitleaks.allowlist.empty ? { allowlist: gitleaks.spec } : {}),
  });

  let all: ReportedFinding[] = [];
  const skipped: SkippedFile[] = [];
  let bytes = 0;
  let allowed = 0;
  for (const r of results) {
    for (const f of r.findings) all.push(f); // not push(...): a file with 100k findings overflows the stack
    if (r.skipped) skipped.push(r.skipped);
    bytes += r.bytes;
    allowed += r.allowed ?? 0;
  }
  if (gitleaks) {
    const before = all.length;
    all = all.filter((f) => f.path === '<stdin>' || !gitleaks.allowlist.allowsLine(relativeToRoot(f.path, gitleaks.root, io.cwd), f.startLine));
    allowed += before - all.length;
    if (allowed > 0 || notScanned > 0) {
      io.stderr(`ai-secret-guard: gitleaks allowlist (${gitleaks.files.join(', ')}): ${allowed} finding(s) allowed, ${notScanned} file(s) not scanned\n`);
    }
  }
  const { kept, baselined } = applyBaseline(all, baseline);
  const report: ScanReport = {
    tool: { name: TOOL_NAME, version },
    command: [TOOL_NAME, ...argv].join(' '),
    findings: kept,
    skipped,
    filesScanned: results.length - skipped.length,
    bytesScanned: bytes,
    durationMs: performance.now() - started,
    baselined,
    partial: skipped.some((s) => s.reason === 'unreadable'),
  };
  return { report, all, ...(gitleaks ? { gitleaks: { files: gitleaks.files, allowed, notScanned } } : {}) };
}

function relativeToRoot(p: string, root: string, cwd: string): string {
  return path.relative(root, path.resolve(cwd, p)).split(path.sep).join('/');
}

/** Drops the files the allowlist's paths allow (gitleaks would report nothing there) and tags the rest with their root-relative path. */
function applyPathAllowlist(tasks: readonly ScanTask[], gitleaks: GitleaksAllowlist): { tasks: ScanTask[]; notScanned: number } {
  const kept: ScanTask[] = [];
  for (const t of tasks) {
    if (!t.abs) {
      kept.push(t);
      continue;
    }
    const rel = relativeToRoot(t.abs, gitleaks.root, gitleaks.root);
    if (!gitleaks.allowlist.allowsPath(rel)) kept.push({ ...t, allowlistPath: rel });
  }
  return { tasks: kept, notScanned: tasks.length - kept.length };
}

/** The text report's last line (counts only), for stderr when the report goes to a file. */
export function summaryLine(report: ScanReport): string {
  // Built from the summary alone: rendering every finding to keep one line was slow on large reports.
  return summaryLines(report, { color: false })[0]!;
}

/** EXIT_FINDINGS when any finding is at or above `failOn`, else EXIT_PARTIAL for an incomplete scan, else EXIT_CLEAN. */
export function exitCodeFor(report: ScanReport, failOn: Confidence): number {
  if (report.findings.some((f) => meetsThreshold(f.confidence, failOn))) return EXIT_FINDINGS;
  return report.partial ? EXIT_PARTIAL : EXIT_CLEAN;
}

/** Writes a report or baseline; a missing folder or a full disk becomes a usage-level message, not a stack trace. */
export async function writeOutput(file: string, text: string, shown: string): Promise<void> {
  try {
    await fs.writeFile(file, text);
  } catch (e) {
    throw new UsageError(`cannot write ${shown}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}
