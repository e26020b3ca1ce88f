import path from 'node:path';
import { version } from '../../package.json';
import { GitleaksConfigError } from '../core/allowlist/gitleaksConfig';
import { BaselineError, createBaseline, formatBaseline } from '../core/baseline';
import { ruleLookup } from '../core/report/model';
import { loadBuiltinRules } from '../scan/builtinRules';
import { parseInvocation, USAGE, type Invocation, type ScanOptions } from './args';
import type { CliCommand } from './command';
import { EXIT_CLEAN } from './exitCodes';
import { InputError } from '../scan/errors';
import { GitError } from '../scan/git';
import type { CliIO } from './io';
import { exitCodeFor, REPORTERS, runCliScan, summaryLine, writeOutput } from './scanOutput';
import { displayPath } from '../scan/walk';

interface ScanInvocation {
  readonly invocation: Invocation;
  /** The command line as given, for the report. */
  readonly argv: readonly string[];
}

async function runInvocation({ invocation, argv }: ScanInvocation, io: CliIO): Promise<number> {
  switch (invocation.command) {
    case 'help': // parse answers help itself; kept for completeness of the switch
      io.stdout(USAGE + '\n');
      return EXIT_CLEAN;
    case 'version':
      io.stdout(version + '\n');
      return EXIT_CLEAN;
    case 'rules': {
      const builtinRules = loadBuiltinRules();
      for (const r of builtinRules) io.stdout(`${r.id.padEnd(42)} ${r.confidence.padEnd(6)} ${r.title}\n`);
      io.stdout(`${builtinRules.length} rules\n`);
      return EXIT_CLEAN;
    }
    case 'evidence': // loaded on use: exposure, workspace and history code a scan never needs
      return (await import('./evidence')).evidenceCommand(invocation, argv, io);
    default:
      return scanCommand(invocation, argv, io);
  }
}

/** `scan`, `baseline`, `evidence`, `rules`, help and version (the default command: argv starts with it or an option). */
export const scanCommands: CliCommand<ScanInvocation> = {
  usage: USAGE,
  parse: (argv) => {
    const invocation = parseInvocation(argv);
    return invocation.command === 'help' ? 'help' : { invocation, argv };
  },
  run: runInvocation,
  inputErrors: [InputError, BaselineError, GitError, GitleaksConfigError],
};

async function scanCommand(options: ScanOptions, argv: readonly string[], io: CliIO): Promise<number> {
  const { history } = options;
  // A baseline's entries must match on the next run: writing one creates the fingerprint key.
  const withKey = { ...options, createFingerprintKey: options.command === 'baseline' };
  const { report, all, key } = history
    ? await (await import('./historyOutput')).runCliHistoryScan({ ...withKey, history }, argv, io)
    : await runCliScan(withKey, argv, io);
  const rules = ruleLookup(loadBuiltinRules());

  if (options.command === 'baseline') {
    const file = path.resolve(io.cwd, options.output!);
    await writeOutput(file, formatBaseline(createBaseline(all, key.keyId)), options.output!);
    io.stderr(`wrote ${all.length} finding(s) to ${displayPath(file, io.cwd)}\n`);
    return EXIT_CLEAN;
  }

  const color = options.color ?? (io.colorDefault && !options.output);
  const rendered = REPORTERS[options.format](report, rules, color);

  if (options.output) {
    await writeOutput(path.resolve(io.cwd, options.output), rendered, options.output);
    io.stderr(summaryLine(report) + `\nreport written to ${options.output}\n`);
  } else {
    io.stdout(rendered);
  }
  if (report.partial && options.format !== 'text')
    io.stderr('ai-secret-guard: partial scan: some files could not be read\n');
  return exitCodeFor(report, options.failOn);
}
