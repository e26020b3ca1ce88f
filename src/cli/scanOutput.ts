import { version } from '../../package.json';
import { ruleLookup, type RuleLookup, type ScanReport } from '../core/report/model';
import { formatJson } from '../core/report/json';
import { meetsThreshold } from '../core/report/summary';
import { formatSarif } from '../core/report/sarif';
import { formatText } from '../core/report/text';
import { builtinRules } from '../core/rules';
import type { Confidence } from '../core/rules/types';
import { INFORMATION_URI, TOOL_NAME } from '../core/toolInfo';
import { runScan, type ScanOutcome, type SourceOptions } from '../scan/scanTree';
import { EXIT_CLEAN, EXIT_FINDINGS } from './exitCodes';
import type { CliIO } from './io';

/** The shared scan, run for a command line: warnings to stderr, the command line in the report. */
export function runCliScan(options: SourceOptions, argv: readonly string[], io: CliIO): Promise<ScanOutcome> {
  return runScan(options, {
    cwd: io.cwd,
    readStdin: io.readStdin,
    warn: (message) => io.stderr(`ai-secret-guard: ${message}\n`),
    ...(io.jobs !== undefined ? { jobs: io.jobs } : {}),
    version,
    command: [TOOL_NAME, ...argv].join(' '),
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
  return formatText({ ...report, skipped: [] }, ruleLookup(builtinRules), { color: false }).split('\n').filter(Boolean).pop()!;
}

/** EXIT_FINDINGS when any finding is at or above `failOn`, else EXIT_CLEAN. */
export function exitCodeFor(report: ScanReport, failOn: Confidence): number {
  return report.findings.some((f) => meetsThreshold(f.confidence, failOn)) ? EXIT_FINDINGS : EXIT_CLEAN;
}
