import { homedir } from 'node:os';
import * as vscode from 'vscode';
import { ASSISTANT_TARGETS } from '../../core/exclusions/assistantCatalogue';
import {
  createSensitiveMatcher,
  NEVER_SEARCHED_DIRS,
  normalizeRelPath,
  type ExclusionPolicy,
} from '../../core/exclusions/policy';
import { selectTargets, type TargetSelection } from '../../core/exclusions/selection';
import type { AssistantTarget } from '../../core/exclusions/targets';
import type { ExclusionSettings } from './exclusionSettings';

const SKIPPED_GLOB = `**/{${NEVER_SEARCHED_DIRS.join(',')}}/**`;
const MAX_FILES = 200_000;

/** Everything the exclusion features know about one workspace folder at one moment. */
export interface FolderState {
  readonly folder: vscode.WorkspaceFolder;
  readonly policy: ExclusionPolicy;
  readonly selection: TargetSelection;
  /** Sensitive files, relative to the folder. */
  readonly sensitive: readonly string[];
  /** The text of each exclusion file (and `.gitignore`), undefined when absent. */
  readonly read: (relPath: string) => string | undefined;
  readonly isSensitive: (relPath: string) => boolean;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export async function readTextFile(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
    throw e;
  }
}

/** Cursor and Windsurf are VS Code forks: when we run inside one, it is in use. */
function hostAppTarget(): string | undefined {
  const app = vscode.env.appName.toLowerCase();
  if (app.includes('cursor')) return 'cursor';
  if (app.includes('windsurf')) return 'windsurf';
  return undefined;
}

/** An assistant counts as in use when its extension is installed, its config folder exists, or its exclusion file already does. */
async function isPresent(target: AssistantTarget, folder: vscode.Uri): Promise<boolean> {
  if (hostAppTarget() === target.id) return true;
  if (target.detect.extensions.some((id) => vscode.extensions.getExtension(id) !== undefined)) return true;
  if (target.syntax === 'copilot-repository-yaml') return false;
  for (const rel of [target.file, ...target.detect.workspacePaths])
    if (await exists(vscode.Uri.joinPath(folder, rel))) return true;
  for (const rel of target.detect.homePaths) if (await exists(vscode.Uri.file(`${homedir()}/${rel}`))) return true;
  return false;
}

/** Lists the folder's files (dependencies and VCS folders skipped; git-ignored files included, as `.env` usually is). */
export async function listFolderFiles(
  folder: vscode.WorkspaceFolder,
  token?: vscode.CancellationToken,
): Promise<string[]> {
  const uris = await vscode.workspace.findFiles(
    new vscode.RelativePattern(folder, '**/*'),
    SKIPPED_GLOB,
    MAX_FILES,
    token,
  );
  return uris.map((u) => normalizeRelPath(vscode.workspace.asRelativePath(u, false)));
}

export async function loadFolderState(
  folder: vscode.WorkspaceFolder,
  settings: ExclusionSettings,
  secretFiles: readonly string[],
): Promise<FolderState> {
  const policy: ExclusionPolicy = {
    patterns: settings.patterns,
    secretFiles: settings.includeSecretFiles ? secretFiles : [],
  };
  const isSensitive = createSensitiveMatcher(policy);
  const sensitive = (await listFolderFiles(folder)).filter(isSensitive).sort();
  const present = new Set<string>();
  for (const t of ASSISTANT_TARGETS) if (await isPresent(t, folder.uri)) present.add(t.id);
  const selection = selectTargets(ASSISTANT_TARGETS, settings.assistants, (t) => present.has(t.id));
  const texts = new Map<string, string | undefined>();
  for (const f of [...ASSISTANT_TARGETS.map((t) => t.file), '.gitignore'])
    texts.set(f, await readTextFile(vscode.Uri.joinPath(folder.uri, f)));
  return { folder, policy, selection, sensitive, read: (rel) => texts.get(rel), isSensitive };
}
