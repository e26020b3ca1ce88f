import { promises as fs } from 'node:fs';
import { version } from '../../package.json';
import type { RuleLookup, ScanReport } from '../core/report/model';
import { formatJson } from '../core/report/json';
import { failsRun, type FailOn } from '../core/report/summary';
import { formatSarif } from '../core/report/sarif';
import { formatText, summaryLines } from '../core/report/text';
import { INFORMATION_URI, TOOL_NAME } from '../core/toolInfo';
import { runScan, type ScanOutcome, type SourceOptions } from '../scan/scanTree';
import { EXIT_CLEAN, EXIT_FINDINGS, EXIT_PARTIAL } from './exitCodes';
import { InputError } from '../scan/errors';
import type { ScanOptions } from './args';
import type { CliIO } from './io';

/** The shared scan, run for a command line: warnings to stderr, the command line in the report; then, with --verify, the providers' answers. */
export async function runCliScan(
  options: SourceOptions & Pick<ScanOptions, 'verify' | 'baselineHidesLive' | 'verifyProxy' | 'verifyGitlabHosts'>,
  argv: readonly string[],
  io: CliIO,
): Promise<ScanOutcome> {
  const outcome = await runScan(options, {
    cwd: io.cwd,
    readStdin: io.readStdin,
    warn: (message) => io.stderr(`ai-secret-guard: ${message}\n`),
    ...(io.jobs !== undefined ? { jobs: io.jobs } : {}),
    version,
    command: [TOOL_NAME, ...argv].join(' '),
  });
  if (!options.verify) return outcome;
  // Loaded only with --verify: it brings the HTTPS stack, which a plain scan would load for nothing.
  const { verifyScan } = await import('../scan/verify/verifyScan');
  return verifyScan(outcome, {
    baselineHidesLive: options.baselineHidesLive ?? false,
    ...(options.verifyProxy ? { proxy: options.verifyProxy } : {}),
    ...(io.verifyTarget ? { testTarget: io.verifyTarget } : {}),
    ...(options.verifyGitlabHosts ? { settings: { gitlabInstances: options.verifyGitlabHosts } } : {}),
  });
}

/** `--format` values and how each renders a report. */
export const REPORTERS = {
  text: (report: ScanReport, rules: RuleLookup, color: boolean) => formatText(report, rules, { color }),
  json: (report: ScanReport, rules: RuleLookup) => formatJson(report, rules),
  sarif: (report: ScanReport, rules: RuleLookup) => formatSarif(report, rules, INFORMATION_URI),
} as const;

/** The text report's last line (counts only), for stderr when the report goes to a file. */
export function summaryLine(report: ScanReport): string {
  // Built from the summary alone: rendering every finding to keep one line was slow on large reports.
  return summaryLines(report, { color: false })[0]!;
}

/** EXIT_FINDINGS when any finding is at or above `failOn` (or live, for `live`), else EXIT_PARTIAL for an incomplete scan, else EXIT_CLEAN. */
export function exitCodeFor(report: ScanReport, failOn: FailOn): number {
  if (report.findings.some((f) => failsRun(f, failOn))) return EXIT_FINDINGS;
  return report.partial ? EXIT_PARTIAL : EXIT_CLEAN;
}

/** Writes a report or baseline; a missing folder or a full disk becomes a usage-level message, not a stack trace. */
export async function writeOutput(file: string, text: string, shown: string): Promise<void> {
  try {
    await fs.writeFile(file, text);
  } catch (e) {
    throw new InputError(`cannot write ${shown}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}
