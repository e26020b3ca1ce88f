import path from 'node:path';
import { version } from '../../package.json';
import { GitleaksConfigError } from '../core/allowlist/gitleaksConfig';
import { BaselineError, createBaseline, formatBaseline } from '../core/baseline';
import { formatJson } from '../core/report/json';
import { ruleLookup } from '../core/report/model';
import { formatSarif } from '../core/report/sarif';
import { formatText } from '../core/report/text';
import { builtinRules } from '../core/rules';
import { INFORMATION_URI } from '../core/toolInfo';
import { parseInvocation, USAGE, UsageError, type ScanOptions } from './args';
import { evidenceCommand } from './evidence';
import { EXIT_CLEAN, EXIT_USAGE } from './exitCodes';
import { GitError } from './git';
import type { CliIO } from './main';
import { exitCodeFor, runScan, summaryLine, writeOutput } from './scanReport';
import { displayPath } from './walk';

/** `scan`, `baseline`, `evidence`, `rules`, help and version; resolves to the exit code. */
export async function scanMain(argv: readonly string[], io: CliIO): Promise<number> {
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
        if (e instanceof UsageError || e instanceof BaselineError || e instanceof GitError || e instanceof GitleaksConfigError) {
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
    await writeOutput(file, formatBaseline(createBaseline(all)), options.output!);
    io.stderr(`wrote ${all.length} finding(s) to ${displayPath(file, io.cwd)}\n`);
    return EXIT_CLEAN;
  }

  const color = options.color ?? (io.colorDefault && !options.output);
  const rendered =
    options.format === 'json' ? formatJson(report, rules) : options.format === 'sarif' ? formatSarif(report, rules, INFORMATION_URI) : formatText(report, rules, { color });

  if (options.output) {
    await writeOutput(path.resolve(io.cwd, options.output), rendered, options.output);
    io.stderr(summaryLine(report) + `\nreport written to ${options.output}\n`);
  } else {
    io.stdout(rendered);
  }
  if (report.partial && options.format !== 'text') io.stderr('ai-secret-guard: partial scan: some files could not be read\n');
  return exitCodeFor(report, options.failOn);
}

