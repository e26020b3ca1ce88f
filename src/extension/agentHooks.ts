import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { hookShim } from '../core/hooks/hookShim';
import { HOOK_AGENTS } from '../core/hooks/toolCall';
import { extensionBundleOf } from './extensionBundle';
import type { Log } from './log';

/**
 * Agent hooks from the editor: the extension runs its own bundle as the CLI (`dist/extension.js`
 * run as the main script: src/bundles/extensionBundle.ts) through a launcher in its global storage,
 * whose path survives extension updates (the launcher is rewritten on every activation to point at
 * the current bundle).
 */
export class AgentHooks {
  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly log: Log,
  ) {}

  private get cliPath(): string {
    return extensionBundleOf(this.context.extensionUri);
  }

  /** Writes the launcher; resolves to its path. */
  async ensureShim(): Promise<string> {
    const shim = hookShim(this.cliPath, process.execPath, process.platform);
    const dir = path.join(this.context.globalStorageUri.fsPath, 'bin');
    const file = path.join(dir, shim.fileName);
    await fs.mkdir(dir, { recursive: true });
    if ((await fs.readFile(file, 'utf8').catch(() => undefined)) !== shim.text)
      await fs.writeFile(file, shim.text, { mode: 0o755 });
    await fs.chmod(file, 0o755);
    return file;
  }

  /** Runs the bundled CLI with the editor's runtime; resolves to its exit code and output. */
  private runCli(args: readonly string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      execFile(
        process.execPath,
        [this.cliPath, ...args],
        { cwd, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, maxBuffer: 8 * 1024 * 1024 },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : 2) : 0;
          resolve({ code, stdout: String(stdout), stderr: String(stderr) });
        },
      );
    });
  }

  private async pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length <= 1) return folders[0];
    return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Which project gets the agent hooks?' });
  }

  /** "Install Agent Hooks": every agent by default, or those given (tests, other commands). */
  async install(agents?: readonly string[]): Promise<{ code: number; stdout: string } | undefined> {
    const folder = await this.pickFolder();
    if (!folder) return undefined;
    let chosen = agents;
    if (!chosen) {
      const picked = await vscode.window.showQuickPick(
        HOOK_AGENTS.map((a) => ({ label: a, picked: true })),
        { canPickMany: true, title: 'Install AI Secret Guard hooks for these agents' },
      );
      if (!picked || picked.length === 0) return undefined;
      chosen = picked.map((p) => p.label);
    }
    const shim = await this.ensureShim();
    const command = process.platform === 'win32' ? `"${shim}"` : `'${shim.replace(/'/g, `'\\''`)}'`;
    const r = await this.runCli(
      ['install-agent-hooks', '--root', folder.uri.fsPath, '--agents', chosen.join(','), '--command', command],
      folder.uri.fsPath,
    );
    this.log.info(`install-agent-hooks exited ${r.code}`);
    this.log.info(r.stdout + r.stderr);
    if (r.code === 0)
      void vscode.window.showInformationMessage(
        `AI Secret Guard hooks installed for ${chosen.join(', ')}. Restart the agents, then run "Check Agent Hooks".`,
      );
    else
      void vscode.window.showErrorMessage(
        `AI Secret Guard could not install the hooks: ${r.stderr.trim().split('\n')[0] ?? 'see the log'}`,
      );
    return { code: r.code, stdout: r.stdout };
  }

  /** "Check Agent Hooks": the CLI's doctor, its report in an editor tab. */
  async doctor(): Promise<{ code: number; stdout: string } | undefined> {
    const folder = await this.pickFolder();
    if (!folder) return undefined;
    const r = await this.runCli(['doctor', '--root', folder.uri.fsPath], folder.uri.fsPath);
    const document = await vscode.workspace.openTextDocument({
      content: r.stdout + (r.stderr ? `\n${r.stderr}` : ''),
      language: 'markdown',
    });
    await vscode.window.showTextDocument(document, { preview: true });
    if (r.code !== 0)
      void vscode.window.showWarningMessage(
        'AI Secret Guard: an agent hook lets a canary through, or is broken (see the report).',
      );
    return { code: r.code, stdout: r.stdout };
  }
}
