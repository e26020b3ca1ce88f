import type { SourceOptions } from '../scan/scanTree';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ExclusionFileError } from '../core/exclusions/errors';
import { assessExposure } from '../core/exclusions/exposure';
import { normalizeRelPath } from '../core/exclusions/policy';
import { formatEvidence, type ExposureEvidence, type HistoryEvidence } from '../core/report/evidence';
import { failsRun } from '../core/report/summary';
import { onlyInHistory } from '../scan/historyScan';
import { EXIT_FINDINGS } from './exitCodes';
import type { ReportedFinding } from '../core/report/model';
import { builtinRules } from '../core/rules';
import type { ScanOptions } from './args';
import { UsageError } from './usageError';
import { openWorkspace } from './workspace';
import type { CliIO } from './io';
import { exitCodeFor, runCliScan, summaryLine, writeOutput } from './scanOutput';
import { findRepoRoot } from '../scan/gitleaks';
import { exists } from '../scan/walk';

/**
 * The folder whose AI-context exposure the evidence describes: for one folder scanned, the git
 * repository holding it (exclusion files sit at a repository's root), or the folder itself when it
 * is in no repository and outside the working directory. A folder inside the working directory and
 * in no repository is assessed as part of the working directory (its workspace root). Anything else
 * (several paths, stdin, --staged) is assessed at the working directory.
 */
async function exposureRoot(options: ScanOptions, cwd: string): Promise<string> {
  if (!options.staged && options.paths.length === 1 && options.paths[0] !== '-') {
    const abs = path.resolve(cwd, options.paths[0]!);
    const stat = await fs.stat(abs).catch(() => undefined);
    if (stat?.isDirectory()) {
      const repo = await findRepoRoot(abs); // abs itself when in no repository
      if (repo !== abs || (await exists(path.join(abs, '.git')))) return repo;
      const rel = path.relative(cwd, abs);
      return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel)) ? cwd : abs;
    }
  }
  return cwd;
}

/**
 * Exposure of `root`. The files this scan found a high-confidence secret in join the policy (as in
 * `exclusions check`) without scanning a second time. A broken settings or exclusion file does not
 * stop the evidence: it becomes the reason exposure was not assessed.
 */
async function assessRoot(
  root: string,
  findings: readonly ReportedFinding[],
  io: CliIO,
): Promise<{ exposure?: ExposureEvidence; note?: string }> {
  const secretFiles = new Set<string>();
  for (const f of findings) {
    if (f.confidence !== 'high' || f.path === '<stdin>') continue;
    const rel = path.relative(root, path.resolve(io.cwd, f.path));
    if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) secretFiles.add(normalizeRelPath(rel));
  }
  try {
    const ws = await openWorkspace(root, { secretFiles: [...secretFiles].sort() });
    return {
      exposure: {
        assistants: ws.selection.targets,
        files: assessExposure(ws.sensitive, ws.selection.targets, ws.read),
      },
    };
  } catch (e) {
    if (e instanceof UsageError || e instanceof ExclusionFileError) return { note: e.message };
    throw e;
  }
}

function formatSize(bytes: number): string {
  for (const [unit, n] of [
    ['GiB', 1024 ** 3],
    ['MiB', 1024 ** 2],
    ['KiB', 1024],
  ] as const)
    if (bytes % n === 0) return `${bytes / n} ${unit}`;
  return `${bytes} bytes`;
}

function describeScope(options: ScanOptions): string {
  const size = `files over ${formatSize(options.maxFileSize)} skipped`;
  if (options.staged) return `content staged in the git index; ${size}`;
  if (options.history)
    return `working tree and git history; ${options.gitignore ? '.gitignore honoured' : '.gitignore not applied'}; ${size}`;
  return `working tree; ${options.gitignore ? '.gitignore honoured' : '.gitignore not applied'}; ${size}`;
}

/**
 * `ai-secret-guard evidence [PATH...]`: the scan of `scan`, rendered as the pull-request evidence
 * block. Exit codes as `scan`: exposure informs the reviewer but never fails the run (that is
 * `exclusions check`'s job).
 */
export async function evidenceCommand(options: ScanOptions, argv: readonly string[], io: CliIO): Promise<number> {
  const { report, all, gitleaks, key } = await runCliScan(options, argv, io);
  // One key for both scans: a secret still in the files must carry the same fingerprint in history.
  const history = await historyEvidence({ ...options, fingerprintKey: key }, all, argv, io);
  const root = await exposureRoot(options, io.cwd);
  // Baselined secrets are still in the files, so they still make a file sensitive.
  const assessed = options.exposure ? await assessRoot(root, all, io) : { note: 'skipped with --no-exposure' };
  const markdown = formatEvidence({
    report,
    rules: builtinRules,
    roots: options.staged ? ['git index'] : options.paths.map((p) => (p === '-' ? '<stdin>' : p)),
    scope: describeScope(options),
    failOn: options.failOn,
    ...(assessed.exposure
      ? { exposure: { ...assessed.exposure, root: normalizeRelPath(path.relative(io.cwd, root)) || '.' } }
      : {}),
    ...(assessed.note ? { exposureNote: assessed.note } : {}),
    ...(gitleaks && (gitleaks.allowed || gitleaks.notScanned)
      ? {
          facts: [
            `The repository's gitleaks allowlist (${gitleaks.files.join(', ')}) allowed ${gitleaks.allowed} finding(s) and kept ${gitleaks.notScanned} file(s) out of the scan; those were not reviewed here.`,
          ],
        }
      : {}),
    ...(history ? { history } : {}),
  });
  if (options.output) {
    await writeOutput(path.resolve(io.cwd, options.output), markdown, options.output);
    io.stderr(`${summaryLine(report)}\nevidence written to ${options.output}\n`);
  } else {
    io.stdout(markdown);
  }
  const historyFails = history?.onlyInHistory.some((f) => failsRun(f, options.failOn)) ?? false;
  return historyFails ? EXIT_FINDINGS : exitCodeFor(report, options.failOn);
}

/** With --history: the history scan, and which of its secrets the scanned files no longer hold. */
async function historyEvidence(
  options: ScanOptions & Pick<SourceOptions, 'fingerprintKey'>,
  current: readonly ReportedFinding[],
  argv: readonly string[],
  io: CliIO,
): Promise<HistoryEvidence | undefined> {
  const { history } = options;
  if (!history) return undefined;
  const { runCliHistoryScan } = await import('./historyOutput');
  const { report } = await runCliHistoryScan({ ...options, history }, argv, io);
  return { scope: report.history!, onlyInHistory: onlyInHistory(report.findings, current) };
}
