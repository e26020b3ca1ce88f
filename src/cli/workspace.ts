import path from 'node:path';
import { DEFAULT_MAX_LINE_LENGTH } from '../core/detect/detector';
import { DEFAULT_MAX_FILE_SIZE } from '../core/detect/limits';
import { ASSISTANT_TARGETS } from '../core/exclusions/assistantCatalogue';
import { ExclusionFileError } from '../core/exclusions/errors';
import {
  createSensitiveMatcher,
  DEFAULT_SENSITIVE_PATTERNS,
  NEVER_SEARCHED_DIRS,
  normalizeRelPath,
  type ExclusionPolicy,
} from '../core/exclusions/policy';
import { selectTargets, type TargetSelection } from '../core/exclusions/selection';
import { parseExclusionSettings } from '../core/exclusions/workspaceSettings';
import { readIfPresent } from '../scan/files';
import { scanAll } from '../scan/scanPool';
import { exists, listFiles } from '../scan/walk';
import { UsageError } from './usageError';

// A folder's AI-exclusion state as the `exclusions` and `evidence` commands read it from disk.

const SKIPPED_DIRS = new Set(NEVER_SEARCHED_DIRS);

async function readText(abs: string): Promise<string | undefined> {
  try {
    return await readIfPresent(abs);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EISDIR')
      throw new ExclusionFileError(abs, 'it is a directory, not a file');
    throw e;
  }
}

/** Every file below `root` (relative, forward slashes), git-ignored ones included: .env files usually are. */
async function listWorkspaceFiles(root: string): Promise<string[]> {
  return (await listFiles([root], root, false, { skipDirs: SKIPPED_DIRS })).map((f) => normalizeRelPath(f.display));
}

/** Of the workspace files, those in which the detector finds a high-confidence secret. */
async function filesWithHighConfidenceSecrets(
  root: string,
  files: readonly string[],
  jobs: number | undefined,
): Promise<string[]> {
  const tasks = files.map((rel) => ({ display: rel, abs: path.join(root, rel) }));
  const results = await scanAll(tasks, {
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    maxLineLength: DEFAULT_MAX_LINE_LENGTH,
    ...(jobs ? { jobs } : {}),
  });
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
  const secretFiles =
    request.secretFiles === 'scan'
      ? await filesWithHighConfidenceSecrets(root, files, request.jobs)
      : request.secretFiles;
  const policy: ExclusionPolicy = { patterns: settings.patterns ?? DEFAULT_SENSITIVE_PATTERNS, secretFiles };
  const sensitive = files.filter(createSensitiveMatcher(policy));

  const present = new Set<string>();
  for (const t of ASSISTANT_TARGETS) {
    for (const p of [t.file, ...t.detect.workspacePaths])
      if (t.syntax !== 'copilot-repository-yaml' && (await exists(path.join(root, p)))) present.add(t.id);
  }
  const selection = selectTargets(ASSISTANT_TARGETS, request.assistants ?? settings.assistants, (t) =>
    present.has(t.id),
  );
  if (selection.unknown.length > 0) throw new UsageError(`unknown assistant id(s): ${selection.unknown.join(', ')}`);

  // Exclusion files are small; read each once up front so the core stays synchronous.
  const texts = new Map<string, string | undefined>();
  for (const f of [...ASSISTANT_TARGETS.map((t) => t.file), '.gitignore'])
    texts.set(f, await readText(path.join(root, f)));
  return { root, policy, selection, sensitive, read: (rel) => texts.get(rel) };
}
