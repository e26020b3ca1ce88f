import { promises as fs, constants as fsConstants } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createTwoFilesPatch } from 'diff';
import { DEFAULT_MAX_LINE_LENGTH } from '../core/detect/detector';
import { DEFAULT_MAX_FILE_SIZE } from '../core/detect/limits';
import { ASSISTANT_TARGETS } from '../core/exclusions/assistantCatalogue';
import { ExclusionFileError } from '../core/exclusions/errors';
import { assessExposure, CHANNEL_LABELS, isExposed, type FileExposure } from '../core/exclusions/exposure';
import { createSensitiveMatcher, DEFAULT_SENSITIVE_PATTERNS, NEVER_SEARCHED_DIRS, normalizeRelPath, type ExclusionPolicy } from '../core/exclusions/policy';
import { selectTargets, type TargetSelection } from '../core/exclusions/selection';
import { planGitignore, planSync, type PlannedWrite } from '../core/exclusions/sync';
import type { AssistantTarget } from '../core/exclusions/targets';
import { parseExclusionSettings } from '../core/exclusions/workspaceSettings';
import { UsageError } from './args';
import type { CliIO } from './io';
import { scanAll } from '../scan/scanPool';
import { exists } from '../scan/walk';

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

const SKIPPED_DIRS = new Set(NEVER_SEARCHED_DIRS);

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
  if (sub !== 'check' && sub !== 'sync') throw new UsageError(sub ? `unknown exclusions command ${JSON.stringify(sub)}` : 'exclusions needs a command: check or sync');
  if (rest.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(rest[0])}`);
  const format = parsed.values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format expects text or json; got ${JSON.stringify(format)}`);
  const v = parsed.values;
  return {
    sub,
    root: v.root ?? '.',
    ...(v.assistants !== undefined ? { assistants: v.assistants.split(',').map((s) => s.trim()).filter(Boolean) } : {}),
    scan: !v['no-scan'],
    gitignore: Boolean(v.gitignore),
    dryRun: Boolean(v['dry-run']),
    format,
  };
}

async function readText(abs: string): Promise<string | undefined> {
  try {
    return await fs.readFile(abs, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'EISDIR') throw new ExclusionFileError(abs, 'it is a directory, not a file');
    throw e;
  }
}

/** Every file below `root` (relative, forward slashes), git-ignored ones included: .env files usually are. */
async function listWorkspaceFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(dir: string): Promise<void> {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIPPED_DIRS.has(e.name)) await walk(abs);
      } else if (e.isFile()) out.push(normalizeRelPath(path.relative(root, abs)));
    }
  }
  await walk(root);
  return out;
}

/** Of the workspace files, those in which the detector finds a high-confidence secret. */
async function filesWithHighConfidenceSecrets(root: string, files: readonly string[], jobs: number | undefined): Promise<string[]> {
  const tasks = files.map((rel) => ({ display: rel, abs: path.join(root, rel) }));
  const results = await scanAll(tasks, { maxFileSize: DEFAULT_MAX_FILE_SIZE, maxLineLength: DEFAULT_MAX_LINE_LENGTH, ...(jobs ? { jobs } : {}) });
  const found = new Set<string>();
  for (const r of results) for (const f of r.findings) if (f.confidence === 'high') found.add(normalizeRelPath(f.path));
  return [...found].sort();
}

export interface Workspace {
  readonly root: string;
  readonly policy: ExclusionPolicy;
  readonly selection: TargetSelection;
  readonly sensitive: readonly string[];
  readonly read: (rel: string) => string | undefined;
}

export interface WorkspaceRequest {
  /** Assistant ids; default: the workspace setting, else those detected in use. */
  readonly assistants?: readonly string[];
  /**
   * Root-relative files known to hold a high-confidence secret (they join the policy), or `scan`
   * to find them by scanning every file, git-ignored ones included.
   */
  readonly secretFiles: 'scan' | readonly string[];
  readonly jobs?: number;
}

/**
 * The exclusion view of the folder `root` (absolute): its policy, the assistants to protect, the
 * sensitive files and their exclusion files' text. Throws UsageError or ExclusionFileError.
 */
export async function openWorkspace(root: string, request: WorkspaceRequest): Promise<Workspace> {
  const settings = parseExclusionSettings(await readText(path.join(root, '.vscode', 'settings.json')));
  // One walk serves both the scan and the pattern match.
  const files = await listWorkspaceFiles(root);
  const secretFiles = request.secretFiles === 'scan' ? await filesWithHighConfidenceSecrets(root, files, request.jobs) : request.secretFiles;
  const policy: ExclusionPolicy = { patterns: settings.patterns ?? DEFAULT_SENSITIVE_PATTERNS, secretFiles };
  const sensitive = files.filter(createSensitiveMatcher(policy));

  const present = new Set<string>();
  for (const t of ASSISTANT_TARGETS) {
    for (const p of [t.file, ...t.detect.workspacePaths]) if (t.syntax !== 'copilot-repository-yaml' && (await exists(path.join(root, p)))) present.add(t.id);
  }
  const selection = selectTargets(ASSISTANT_TARGETS, request.assistants ?? settings.assistants, (t) => present.has(t.id));
  if (selection.unknown.length > 0) throw new UsageError(`unknown assistant id(s): ${selection.unknown.join(', ')}`);

  // Exclusion files are small; read each once up front so the core stays synchronous.
  const texts = new Map<string, string | undefined>();
  for (const f of [...ASSISTANT_TARGETS.map((t) => t.file), '.gitignore']) texts.set(f, await readText(path.join(root, f)));
  return { root, policy, selection, sensitive, read: (rel) => texts.get(rel) };
}

async function loadWorkspace(options: ExclusionsOptions, io: CliIO): Promise<Workspace> {
  const root = path.resolve(io.cwd, options.root);
  const stat = await fs.stat(root).catch(() => undefined);
  if (!stat?.isDirectory()) throw new UsageError(`--root is not a folder: ${options.root}`);
  return openWorkspace(root, { ...(options.assistants ? { assistants: options.assistants } : {}), secretFiles: options.scan ? 'scan' : [], ...(io.jobs ? { jobs: io.jobs } : {}) });
}

const LEVEL_TEXT = { exposed: 'EXPOSED', partial: 'partly excluded', protected: 'excluded', unknown: 'check on GitHub' } as const;

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
      const how = t.level === 'exposed' || t.level === 'partial' ? `  (still readable via: ${t.openChannels.map((c) => CHANNEL_LABELS[c]).join(', ')})` : '';
      lines.push(`  ${byId.get(t.targetId)!.name.padEnd(width)}${LEVEL_TEXT[t.level]}${how}${t.problem ? `  [${t.problem}]` : ''}`);
    }
  }
  const exposed = exposures.filter(isExposed).length;
  lines.push('', exposed > 0 ? `✖ ${exposed} of ${exposures.length} sensitive file(s) exposed to an enabled assistant · run: ai-secret-guard exclusions sync` : `✔ ${exposures.length} sensitive file(s), none fully exposed`);
  return lines.join('\n') + '\n';
}

async function checkCommand(options: ExclusionsOptions, io: CliIO): Promise<number> {
  const ws = await loadWorkspace(options, io);
  const exposures = assessExposure(ws.sensitive, ws.selection.targets, ws.read);
  if (options.format === 'json') {
    io.stdout(JSON.stringify({ assistants: ws.selection.targets.map((t) => t.id), basis: ws.selection.basis, files: exposures }, null, 2) + '\n');
  } else {
    io.stdout(formatCheckText(ws, exposures));
  }
  return exposures.some(isExposed) ? 1 : 0;
}

/** Fails before anything is written when any planned file cannot be written. */
async function assertWritable(root: string, writes: readonly PlannedWrite[]): Promise<void> {
  for (const w of writes) {
    const abs = path.join(root, w.file);
    try {
      if (w.before !== undefined) {
        await fs.access(abs, fsConstants.W_OK);
        // Root may write anything; a file without write permission bits was still meant to stay as it is.
        if (((await fs.stat(abs)).mode & 0o222) === 0) throw Object.assign(new Error('read-only'), { code: 'EACCES' });
      }
      else {
        let dir = path.dirname(abs);
        while (!(await exists(dir))) dir = path.dirname(dir);
        await fs.access(dir, fsConstants.W_OK);
      }
    } catch (e) {
      throw new ExclusionFileError(w.file, `it is not writable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); nothing was written`);
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
    return 2;
  }
  for (const w of writes) {
    if (options.dryRun) io.stdout(createTwoFilesPatch(`a/${w.file}`, `b/${w.file}`, w.before ?? '', w.after, w.before === undefined ? '(new file)' : '', ''));
  }
  if (!options.dryRun) {
    await assertWritable(ws.root, writes);
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
  return 0;
}

/** `ai-secret-guard exclusions …`; resolves to the exit code (0, 1 for exposure found by check, 2 for errors). */
export async function exclusionsMain(argv: readonly string[], io: CliIO): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(EXCLUSIONS_USAGE + '\n');
    return 0;
  }
  try {
    const options = parseExclusionsArgs(argv);
    return options.sub === 'check' ? await checkCommand(options, io) : await syncCommand(options, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`ai-secret-guard: ${e.message}\n\n${EXCLUSIONS_USAGE}\n`);
      return 2;
    }
    if (e instanceof ExclusionFileError) {
      io.stderr(`ai-secret-guard: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
