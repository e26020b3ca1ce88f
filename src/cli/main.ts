import { promises as fs } from 'node:fs';
import path from 'node:path';
import { version } from '../../package.json';
import { BaselineError, createBaseline, formatBaseline } from '../core/baseline';
import { formatJson } from '../core/report/json';
import { ruleLookup } from '../core/report/model';
import { formatSarif } from '../core/report/sarif';
import { formatText } from '../core/report/text';
import { builtinRules } from '../core/rules';
import { parseInvocation, USAGE, UsageError, type ScanOptions } from './args';
import { evidenceCommand } from './evidence';
import { exclusionsMain } from './exclusions';
import { GitError } from './git';
import { INFORMATION_URI } from '../core/toolInfo';
import { EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, exitCodeFor, runScan, summaryLine } from './scanReport';
import { displayPath } from './walk';


export { EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE };

/** Everything the CLI touches outside itself, so tests can run it in process. */
export interface CliIO {
  readonly cwd: string;
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly readStdin: () => Promise<Buffer>;
  readonly colorDefault: boolean;
  readonly jobs?: number;
}

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
        return invocation.command === 'evidence' ? await evidenceCommand(invocation, argv, io) : await scanCommand(invocation, argv, io);
      } catch (e) {
        if (e instanceof UsageError || e instanceof BaselineError || e instanceof GitError) {
          io.stderr(`ai-secret-guard: ${e.message}\n`);
          return EXIT_USAGE;
        }
        throw e;
      }
  }
}

async function scanCommand(options: ScanOptions, argv: readonly string[], io: CliIO): Promise<number> {
  const { report, all } = await runScan(options, argv, io);
  const rules = ruleLookup(builtinRules);

  if (options.command === 'baseline') {
    const file = path.resolve(io.cwd, options.output!);
    await fs.writeFile(file, formatBaseline(createBaseline(all)));
    io.stderr(`wrote ${all.length} finding(s) to ${displayPath(file, io.cwd)}\n`);
    return EXIT_CLEAN;
  }

  const color = options.color ?? (io.colorDefault && !options.output);
  const rendered =
    options.format === 'json' ? formatJson(report, rules) : options.format === 'sarif' ? formatSarif(report, rules, INFORMATION_URI) : formatText(report, rules, { color });

  if (options.output) {
    await fs.writeFile(path.resolve(io.cwd, options.output), rendered);
    io.stderr(summaryLine(report) + `\nreport written to ${options.output}\n`);
  } else {
    io.stdout(rendered);
  }
  if (report.partial && options.format !== 'text') io.stderr('ai-secret-guard: partial scan: some files could not be read\n');
  return exitCodeFor(report, options.failOn);
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
