import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createTwoFilesPatch } from 'diff';
import { ASSISTANT_TARGETS, FILELESS_ASSISTANTS } from '../core/exclusions/assistantCatalogue';
import { ExclusionFileError } from '../core/exclusions/errors';
import { assessExposure, CHANNEL_LABELS, isExposed, type FileExposure } from '../core/exclusions/exposure';
import type { TargetSelection } from '../core/exclusions/selection';
import { planGitignore, planSync, type PlannedWrite } from '../core/exclusions/sync';
import type { AssistantTarget } from '../core/exclusions/targets';
import { assertWritable, errorCode } from '../scan/files';
import type { CliCommand } from './command';
import { EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE } from './exitCodes';
import type { CliIO } from './io';
import { UsageError } from './usageError';
import { openWorkspace, type Workspace } from './workspace';

export const EXCLUSIONS_USAGE = `Usage: ai-secret-guard exclusions <check|sync> [options]

  check    List the sensitive files and which AI assistants can still read them.
           Exit 1 when a sensitive file is not excluded for an enabled assistant.
  sync     Write the exclusion policy into each enabled assistant's exclusion file
           (a marked block; your own lines are kept), then report what changed.

Options:
      --root <dir>            Workspace folder (default: .).
      --assistants <ids>      Comma-separated assistant ids, or "all" (default: the
                              workspace setting, else the assistants detected in use).
      --no-scan               Do not scan for secrets; only the policy's patterns count.
      --gitignore             sync: also add the sensitive files to .gitignore.
      --dry-run               sync: show the changes as a diff, write nothing.
  -f, --format <text|json>    check: report format (default: text).

The policy is "aiSecretGuard.exclusions.patterns" in .vscode/settings.json, or the defaults.
Assistant ids: ${ASSISTANT_TARGETS.map((t) => t.id).join(', ')}.`;

interface ExclusionsOptions {
  readonly sub: 'check' | 'sync';
  readonly root: string;
  readonly assistants?: readonly string[];
  readonly scan: boolean;
  readonly gitignore: boolean;
  readonly dryRun: boolean;
  readonly format: 'text' | 'json';
}

function parseExclusionsArgs(argv: readonly string[]): ExclusionsOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        root: { type: 'string' },
        assistants: { type: 'string' },
        'no-scan': { type: 'boolean' },
        gitignore: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        format: { type: 'string', short: 'f' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const [sub, ...rest] = parsed.positionals;
  if (sub !== 'check' && sub !== 'sync')
    throw new UsageError(
      sub ? `unknown exclusions command ${JSON.stringify(sub)}` : 'exclusions needs a command: check or sync',
    );
  if (rest.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(rest[0])}`);
  const format = parsed.values.format ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`--format expects text or json; got ${JSON.stringify(format)}`);
  const v = parsed.values;
  return {
    sub,
    root: v.root ?? '.',
    ...(v.assistants !== undefined
      ? {
          assistants: v.assistants
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        }
      : {}),
    scan: !v['no-scan'],
    gitignore: Boolean(v.gitignore),
    dryRun: Boolean(v['dry-run']),
    format,
  };
}

async function loadWorkspace(options: ExclusionsOptions, io: CliIO): Promise<Workspace> {
  const root = path.resolve(io.cwd, options.root);
  const stat = await fs.stat(root).catch(() => undefined);
  if (!stat?.isDirectory()) throw new UsageError(`--root is not a folder: ${options.root}`);
  return openWorkspace(root, {
    ...(options.assistants ? { assistants: options.assistants } : {}),
    secretFiles: options.scan ? 'scan' : [],
    ...(io.jobs ? { jobs: io.jobs } : {}),
  });
}

const LEVEL_TEXT = {
  exposed: 'EXPOSED',
  partial: 'partly excluded',
  protected: 'excluded',
  unknown: 'check on GitHub',
} as const;

function describeSelection(selection: TargetSelection): string {
  const names = selection.targets.map((t) => t.name).join(', ');
  if (selection.basis === 'all') return `assistants: none detected, so checking all (${names})`;
  return `assistants (${selection.basis}): ${names}`;
}

function formatCheckText(ws: Workspace, exposures: readonly FileExposure[]): string {
  const byId = new Map<string, AssistantTarget>(ws.selection.targets.map((t) => [t.id, t]));
  const lines = [describeSelection(ws.selection), ''];
  const width = Math.max(...ws.selection.targets.map((t) => t.name.length)) + 2;
  if (exposures.length === 0) lines.push('No sensitive files found.');
  for (const file of exposures) {
    lines.push(file.path);
    for (const t of file.targets) {
      const how =
        t.level === 'exposed' || t.level === 'partial'
          ? `  (still readable via: ${t.openChannels.map((c) => CHANNEL_LABELS[c]).join(', ')})`
          : '';
      lines.push(
        `  ${byId.get(t.targetId)!.name.padEnd(width)}${LEVEL_TEXT[t.level]}${how}${t.problem ? `  [${t.problem}]` : ''}`,
      );
    }
  }
  lines.push('', `No exclusion file exists for: ${FILELESS_ASSISTANTS.map((a) => `${a.name} (${a.note})`).join(' ')}`);
  for (const t of ws.selection.targets.filter((x) => x.status.state !== 'current'))
    lines.push('', `${t.name}: ${t.status.state}. ${t.status.note ?? ''} (${t.status.source})`);
  const exposed = exposures.filter(isExposed).length;
  lines.push(
    '',
    exposed > 0
      ? `✖ ${exposed} of ${exposures.length} sensitive file(s) exposed to an enabled assistant · run: ai-secret-guard exclusions sync`
      : `✔ ${exposures.length} sensitive file(s), none fully exposed`,
  );
  return lines.join('\n') + '\n';
}

async function checkCommand(options: ExclusionsOptions, io: CliIO): Promise<number> {
  const ws = await loadWorkspace(options, io);
  const exposures = assessExposure(ws.sensitive, ws.selection.targets, ws.read);
  if (options.format === 'json') {
    io.stdout(
      JSON.stringify(
        { assistants: ws.selection.targets.map((t) => t.id), basis: ws.selection.basis, files: exposures },
        null,
        2,
      ) + '\n',
    );
  } else {
    io.stdout(formatCheckText(ws, exposures));
  }
  return exposures.some(isExposed) ? EXIT_FINDINGS : EXIT_CLEAN;
}

/** Fails before anything is written when any planned file cannot be written. */
async function assertAllWritable(root: string, writes: readonly PlannedWrite[]): Promise<void> {
  for (const w of writes) {
    try {
      await assertWritable(path.join(root, w.file), w.before !== undefined);
    } catch (e) {
      throw new ExclusionFileError(w.file, `it is not writable (${errorCode(e)}); nothing was written`);
    }
  }
}

async function syncCommand(options: ExclusionsOptions, io: CliIO): Promise<number> {
  const ws = await loadWorkspace(options, io);
  const plan = planSync(ws.policy, ws.selection.targets, ws.read);
  const writes = [...plan.writes];
  if (options.gitignore) {
    const gitignore = planGitignore(ws.policy, ws.sensitive, ws.read);
    if (gitignore) writes.push(gitignore);
  }
  io.stdout(describeSelection(ws.selection) + '\n');
  if (plan.errors.length > 0) {
    for (const e of plan.errors) io.stderr(`ai-secret-guard: ${e.message}\n`);
    io.stderr('ai-secret-guard: nothing was written\n');
    return EXIT_USAGE;
  }
  for (const w of writes) {
    if (options.dryRun)
      io.stdout(
        createTwoFilesPatch(
          `a/${w.file}`,
          `b/${w.file}`,
          w.before ?? '',
          w.after,
          w.before === undefined ? '(new file)' : '',
          '',
        ),
      );
  }
  if (!options.dryRun) {
    await assertAllWritable(ws.root, writes);
    for (const w of writes) {
      const abs = path.join(ws.root, w.file);
      await fs.mkdir(path.dirname(abs), { recursive: true });
      await fs.writeFile(abs, w.after);
    }
  }
  const verb = options.dryRun ? 'would update' : 'updated';
  for (const w of writes) io.stdout(`${verb} ${w.file}${w.before === undefined ? ' (new)' : ''}\n`);
  if (writes.length === 0) io.stdout('exclusion files already up to date\n');
  if (plan.copilotYaml) io.stdout('\n' + plan.copilotYaml);
  return EXIT_CLEAN;
}

/** `ai-secret-guard exclusions …`: exit 0, 1 for exposure found by check, 2 for errors. */
export const exclusionsCommand: CliCommand<ExclusionsOptions> = {
  usage: EXCLUSIONS_USAGE,
  parse: (argv) => (argv.includes('--help') || argv.includes('-h') ? 'help' : parseExclusionsArgs(argv)),
  run: (options, io) => (options.sub === 'check' ? checkCommand(options, io) : syncCommand(options, io)),
  inputErrors: [ExclusionFileError],
};
