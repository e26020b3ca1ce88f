import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import * as vscode from 'vscode';

const execFileAsync = promisify(execFile);

/** Read-only documents holding a file as it was at a commit (`git show <commit>:<path>`). */
export const COMMIT_SCHEME = 'ai-secret-guard-commit';

/** The URI of `path` (relative to the repository at `root`) at `commit`; its name ends with the file's, so the language is guessed right. */
export function commitFileUri(root: string, commit: string, path: string): vscode.Uri {
  return vscode.Uri.from({
    scheme: COMMIT_SCHEME,
    path: `/${commit.slice(0, 12)}/${path}`,
    query: new URLSearchParams({ root, commit, path }).toString(),
  });
}

/** Serves COMMIT_SCHEME documents; works whether or not the built-in git extension is enabled. */
export function registerCommitContent(): vscode.Disposable {
  return vscode.workspace.registerTextDocumentContentProvider(COMMIT_SCHEME, {
    async provideTextDocumentContent(uri) {
      const q = new URLSearchParams(uri.query);
      const [root, commit, path] = [q.get('root'), q.get('commit'), q.get('path')];
      if (!root || !commit || !/^[0-9a-f]{7,64}$/i.test(commit) || path === null) return '';
      try {
        return (await execFileAsync('git', ['show', `${commit}:${path}`], { cwd: root, maxBuffer: 64 * 1024 * 1024 }))
          .stdout;
      } catch (e) {
        return `git show ${commit.slice(0, 12)}:${path} failed: ${(e as Error).message.split('\n')[0]}\n`;
      }
    },
  });
}
