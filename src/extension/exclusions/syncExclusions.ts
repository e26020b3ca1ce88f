import * as vscode from 'vscode';
import { planGitignore, planSync, type PlannedWrite } from '../../core/exclusions/sync';
import { assertWritableFile } from '../fileChecks';
import type { Log } from '../log';
import type { FolderState } from './folderState';

export const PREVIEW_SCHEME = 'ai-secret-guard-preview';

/** How the command runs: interactively (diff + confirmation) or, for auto-sync and tests, directly. */
export interface SyncRequest {
  /** Show the diff and ask before writing (default true). */
  readonly confirm?: boolean;
  /** Add the sensitive files to `.gitignore`: ask (default), always, or never. */
  readonly gitignore?: 'ask' | 'yes' | 'no';
}

export interface SyncOutcome {
  /** Workspace-relative paths written (prefixed with the folder name in multi-root workspaces). */
  readonly written: readonly string[];
  /** Files that could not be updated, with the reason; nothing was written in their folder. */
  readonly errors: readonly string[];
  /** Copilot's repository-settings YAML, when that assistant is enabled. */
  readonly copilotYaml?: string;
}

interface FolderWrite {
  readonly state: FolderState;
  readonly write: PlannedWrite;
  readonly uri: vscode.Uri;
}

/** Proposed texts shown on the right of the diff editor. */
export class PreviewContentProvider implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  set(uri: vscode.Uri, text: string): void {
    this.texts.set(uri.toString(), text);
  }
  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }
}

function label(w: FolderWrite, multiRoot: boolean): string {
  return multiRoot ? `${w.state.folder.name}/${w.write.file}` : w.write.file;
}

async function preview(
  writes: readonly FolderWrite[],
  provider: PreviewContentProvider,
  multiRoot: boolean,
): Promise<void> {
  for (const w of writes) {
    const right = vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: `/${w.state.folder.name}/${w.write.file}` });
    provider.set(right, w.write.after);
    const left =
      w.write.before === undefined
        ? vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: `/empty/${w.write.file}` })
        : w.uri;
    await vscode.commands.executeCommand(
      'vscode.diff',
      left,
      right,
      `${label(w, multiRoot)}: AI exclusion sync (proposed)`,
      { preview: false },
    );
  }
}

/**
 * Writes the exclusion policy into each enabled assistant's file, across the workspace folders.
 * A folder whose plan has an error (malformed JSON, broken managed block, read-only file) gets
 * nothing written, and the error is returned and shown.
 */
export async function syncExclusions(
  states: readonly FolderState[],
  request: SyncRequest,
  provider: PreviewContentProvider,
  log: Log,
): Promise<SyncOutcome> {
  const multiRoot = states.length > 1;
  const errors: string[] = [];
  const writes: FolderWrite[] = [];
  let copilotYaml: string | undefined;
  for (const state of states) {
    const plan = planSync(state.policy, state.selection.targets, state.read);
    copilotYaml ??= plan.copilotYaml;
    if (plan.errors.length > 0) {
      errors.push(...plan.errors.map((e) => e.message));
      continue;
    }
    const folderWrites = plan.writes.map((write) => ({
      state,
      write,
      uri: vscode.Uri.joinPath(state.folder.uri, write.file),
    }));
    try {
      for (const w of folderWrites) await assertWritableFile(w.uri, w.write.file);
      writes.push(...folderWrites);
    } catch (e) {
      errors.push(`${state.folder.name}: not updated, because ${(e as Error).message}`);
    }
  }

  const written: string[] = [];
  if (writes.length > 0) {
    let go = request.confirm === false;
    if (!go) {
      await preview(writes, provider, multiRoot);
      const detail = writes
        .map((w) => `• ${label(w, multiRoot)}${w.write.before === undefined ? ' (new)' : ''}`)
        .join('\n');
      go =
        (await vscode.window.showInformationMessage(
          `Write ${writes.length} AI exclusion file(s)?`,
          { modal: true, detail },
          'Write',
        )) === 'Write';
    }
    if (go) {
      for (const w of writes) {
        await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(w.uri, '..'));
        await vscode.workspace.fs.writeFile(w.uri, new TextEncoder().encode(w.write.after));
        written.push(label(w, multiRoot));
      }
      log.info(`exclusions: wrote ${written.length} file(s)`);
    }
  }

  written.push(...(await syncGitignore(states, request.gitignore ?? 'ask', multiRoot)));
  if (errors.length > 0) {
    for (const e of errors) log.warn(`exclusions: ${e}`);
    void vscode.window.showErrorMessage(`AI Secret Guard: ${errors.join(' ')}`);
  } else if (request.confirm !== false) {
    void vscode.window.showInformationMessage(
      written.length > 0
        ? `AI Secret Guard: updated ${written.join(', ')}.`
        : 'AI Secret Guard: AI exclusion files are already up to date.',
    );
  }
  if (copilotYaml && request.confirm !== false) {
    const doc = await vscode.workspace.openTextDocument({ language: 'yaml', content: copilotYaml });
    await vscode.window.showTextDocument(doc, { preview: true });
  }
  return { written, errors, ...(copilotYaml ? { copilotYaml } : {}) };
}

async function syncGitignore(
  states: readonly FolderState[],
  mode: 'ask' | 'yes' | 'no',
  multiRoot: boolean,
): Promise<string[]> {
  if (mode === 'no') return [];
  const written: string[] = [];
  for (const state of states) {
    const write = planGitignore(state.policy, state.sensitive, state.read);
    if (!write) continue;
    if (mode === 'ask') {
      const answer = await vscode.window.showWarningMessage(
        `Some sensitive files in ${state.folder.name} are not git-ignored. Add them to .gitignore?`,
        { detail: 'A marked block is added; your own lines stay as they are.' },
        'Add to .gitignore',
      );
      if (answer !== 'Add to .gitignore') continue;
    }
    const uri = vscode.Uri.joinPath(state.folder.uri, '.gitignore');
    try {
      await assertWritableFile(uri, '.gitignore');
    } catch (e) {
      void vscode.window.showErrorMessage(`AI Secret Guard: .gitignore not updated, because ${(e as Error).message}.`);
      continue;
    }
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(write.after));
    written.push(multiRoot ? `${state.folder.name}/.gitignore` : '.gitignore');
  }
  return written;
}
