import { promises as fs } from 'node:fs';
import path from 'node:path';
import { version } from '../../package.json';
import { applyBaseline, BaselineError, createBaseline, formatBaseline, parseBaseline, type Baseline } from '../core/baseline';
import { formatJson } from '../core/report/json';
import { ruleLookup, type ReportedFinding, type ScanReport, type SkippedFile } from '../core/report/model';
import { formatSarif } from '../core/report/sarif';
import { formatText } from '../core/report/text';
import { builtinRules } from '../core/rules';
import type { Confidence } from '../core/rules/types';
import { parseInvocation, USAGE, UsageError, type ScanOptions } from './args';
import { exclusionsMain } from './exclusions';
import { GitError, readStaged } from './git';
import { scanAll } from './scanPool';
import type { ScanTask } from './scanTask';
import { displayPath, listFiles } from './walk';

export const TOOL_NAME = 'ai-secret-guard';
export const INFORMATION_URI = 'https://github.com/ai-secret-guard/ai-secret-guard';

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** Everything the CLI touches outside itself, so tests can run it in process. */
export interface CliIO {
  readonly cwd: string;
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly readStdin: () => Promise<Buffer>;
  readonly colorDefault: boolean;
  readonly jobs?: number;
}

const RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

/** Runs the CLI; resolves to the exit code. Never prints a secret value. */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  if (argv[0] === 'exclusions') return exclusionsMain(argv.slice(1), io);
  let invocation;
  try {
    invocation = parseInvocation(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`ai-secret-guard: ${e.message}\n\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
  switch (invocation.command) {
    case 'help':
      io.stdout(USAGE + '\n');
      return EXIT_CLEAN;
    case 'version':
      io.stdout(version + '\n');
      return EXIT_CLEAN;
    case 'rules':
      for (const r of builtinRules) io.stdout(`${r.id.padEnd(42)} ${r.confidence.padEnd(6)} ${r.title}\n`);
      io.stdout(`${builtinRules.length} rules\n`);
      return EXIT_CLEAN;
    default:
      try {
        return await scanCommand(invocation, argv, io);
      } catch (e) {
        if (e instanceof UsageError || e instanceof BaselineError || e instanceof GitError) {
          io.stderr(`ai-secret-guard: ${e.message}\n`);
          return EXIT_USAGE;
        }
        throw e;
      }
  }
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
    return files.map((f) => ({ display: displayPath(path.join(root, f.path), io.cwd), content: f.content, ...(f.tooLarge ? { tooLarge: true } : {}) }));
  }
  const tasks: ScanTask[] = [];
  const fsPaths: string[] = [];
  for (const p of options.paths) {
    if (p === '-') tasks.push({ display: '<stdin>', content: await io.readStdin() });
    else fsPaths.push(p);
  }
  try {
    for (const f of await listFiles(fsPaths, io.cwd, options.gitignore)) tasks.push({ display: f.display, abs: f.abs });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') throw new UsageError(`no such file or directory: ${err.path ? displayPath(err.path, io.cwd) : ''}`);
    throw e;
  }
  return tasks;
}

async function scanCommand(options: ScanOptions, argv: readonly string[], io: CliIO): Promise<number> {
  const started = performance.now();
  const baseline = await loadBaseline(options.baseline, io.cwd);
  const tasks = await collectTasks(options, io);
  const results = await scanAll(tasks, { maxFileSize: options.maxFileSize, maxLineLength: options.maxLineLength, jobs: options.jobs ?? io.jobs });

  const all: ReportedFinding[] = [];
  const skipped: SkippedFile[] = [];
  let bytes = 0;
  for (const r of results) {
    all.push(...r.findings);
    if (r.skipped) skipped.push(r.skipped);
    bytes += r.bytes;
  }
  const rules = ruleLookup(builtinRules);

  if (options.command === 'baseline') {
    const file = path.resolve(io.cwd, options.output!);
    await fs.writeFile(file, formatBaseline(createBaseline(all)));
    io.stderr(`wrote ${all.length} finding(s) to ${displayPath(file, io.cwd)}\n`);
    return EXIT_CLEAN;
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
  const color = options.color ?? (io.colorDefault && !options.output);
  const rendered =
    options.format === 'json' ? formatJson(report, rules) : options.format === 'sarif' ? formatSarif(report, rules, INFORMATION_URI) : formatText(report, rules, { color });

  if (options.output) {
    await fs.writeFile(path.resolve(io.cwd, options.output), rendered);
    io.stderr(formatText({ ...report, findings: kept, skipped: [] }, rules, { color: false }).split('\n').filter(Boolean).pop()! + `\nreport written to ${options.output}\n`);
  } else {
    io.stdout(rendered);
  }
  if (report.partial && options.format !== 'text') io.stderr('ai-secret-guard: partial scan: some files could not be read\n');
  const failing = kept.some((f) => RANK[f.confidence] >= RANK[options.failOn]);
  return failing ? EXIT_FINDINGS : EXIT_CLEAN;
}

function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

if (require.main === module) {
  const io: CliIO = {
    cwd: process.cwd(),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: () => readAll(process.stdin),
    colorDefault: Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'],
  };
  run(process.argv.slice(2), io).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(`ai-secret-guard: internal error: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
}
