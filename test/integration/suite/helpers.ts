import { existsSync, readFileSync, rmSync, watch } from 'node:fs';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../../src/extension/extension';
import { SCREENSHOT_REQUEST, UI_PROBE_REQUEST, screenshotDoneMarker, uiProbeMarker } from './screenshotProtocol';

export const EXTENSION_ID = 'ai-secret-guard.ai-secret-guard';

export async function activateExtension(): Promise<ExtensionApi> {
  const ext = vscode.extensions.getExtension<ExtensionApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in this host`);
  return ext.activate();
}

/** The code of the "readable by AI assistants" diagnostic (src/extension/exclusions/exposureView.ts). */
export const EXPOSURE_CODE = 'ai-context-exposure';

/**
 * Our diagnostics of `uri`: the secret findings, and with `withExposure` also the exposure warning,
 * which comes and goes with the assistants a workspace holds (another suite's .cursorignore or
 * .cursor folder) and would make counts of findings depend on suite order and timing.
 */
export function ourDiagnostics(uri: vscode.Uri, withExposure = false): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'AI Secret Guard' && (withExposure || d.code !== EXPOSURE_CODE));
}

/**
 * Resolves when the diagnostics of `uri` satisfy `predicate` (checked now and on every change),
 * rejects after `timeoutMs`. Event-driven: no polling.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (d: vscode.Diagnostic[]) => boolean,
  timeoutMs = 10_000,
  withExposure = false,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const d = ourDiagnostics(uri, withExposure);
      if (predicate(d)) {
        sub.dispose();
        clearTimeout(timer);
        resolve(d);
        return true;
      }
      return false;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      sub.dispose();
      reject(
        new Error(
          `timed out waiting for diagnostics on ${uri.toString()}; have ${JSON.stringify(ourDiagnostics(uri, true).map((d) => d.message))}`,
        ),
      );
    }, timeoutMs);
    check();
  });
}

/** Resolves with the next value of `event` that satisfies `predicate`, or rejects after `timeoutMs`. */
export function nextEvent<T>(
  event: vscode.Event<T>,
  predicate: (e: T) => boolean = () => true,
  timeoutMs = 10_000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const sub = event((e) => {
      if (!predicate(e)) return;
      sub.dispose();
      clearTimeout(timer);
      resolve(e);
    });
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error('timed out waiting for an event'));
    }, timeoutMs);
  });
}

/** Types `text` one character at a time into the active editor, as a person would. */
export async function typeText(text: string): Promise<void> {
  for (const ch of text) await vscode.commands.executeCommand('type', { text: ch });
}

/**
 * Asks the launcher for a screenshot of the workbench and waits until it is written; with
 * `waitFor`, once an element matching that CSS selector is visible. A no-op under launchers that
 * cannot take one.
 */
export async function screenshot(name: string, timeoutMs = 15_000, waitFor?: string): Promise<boolean> {
  const dir = process.env['ASG_SCREENSHOT_DIR'];
  if (!dir || process.env['ASG_SCREENSHOTS'] !== '1') return false;
  const done = screenshotDoneMarker(dir, name);
  const finished = new Promise<boolean>((resolve) => {
    const watcher = watch(dir, () => {
      if (existsSync(done)) {
        watcher.close();
        clearTimeout(timer);
        resolve(true);
      }
    });
    const timer = setTimeout(() => {
      watcher.close();
      resolve(false);
    }, timeoutMs);
  });
  console.log(`${SCREENSHOT_REQUEST}${name}${waitFor ? ` ${waitFor}` : ''}`);
  return finished;
}

/**
 * Whether the workbench shows an element matching `selector` (a Playwright selector, so text can be
 * matched) within the launcher's wait. Only the code-server launcher can look: elsewhere it throws,
 * so a test that relies on it cannot pass without looking.
 */
export async function workbenchShows(name: string, selector: string, timeoutMs = 40_000): Promise<boolean> {
  const dir = process.env['ASG_SCREENSHOT_DIR'];
  if (!dir || process.env['ASG_SCREENSHOTS'] !== '1') throw new Error('this launcher cannot inspect the workbench');
  const marker = uiProbeMarker(dir, name);
  rmSync(marker, { force: true }); // an earlier run's answer
  const answered = new Promise<string>((resolve, reject) => {
    const watcher = watch(dir, () => {
      // The file can be seen created before its answer is written: wait for the answer itself.
      const answer = existsSync(marker) ? readFileSync(marker, 'utf8') : '';
      if (answer !== 'visible' && answer !== 'absent') return;
      watcher.close();
      clearTimeout(timer);
      resolve(answer);
    });
    const timer = setTimeout(() => {
      watcher.close();
      reject(new Error(`the launcher did not answer the UI probe ${name}`));
    }, timeoutMs);
  });
  console.log(`${UI_PROBE_REQUEST}${name} ${selector}`);
  return (await answered) === 'visible';
}

export function workspaceUri(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, relative);
}

export async function writeWorkspaceFile(relative: string, content: string): Promise<vscode.Uri> {
  const uri = workspaceUri(relative);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(content));
  return uri;
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * The code actions at a range. A request made while a language server is still starting for a new
 * buffer can come back cancelled; it is asked again once, as the light bulb would be.
 */
export async function codeActionsAt(uri: vscode.Uri, range: vscode.Range, kind: string): Promise<vscode.CodeAction[]> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        uri,
        range,
        kind,
      );
    } catch (e) {
      if (attempt > 0 || !(e instanceof Error) || !/Canceled/.test(e.message)) throw e;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/**
 * Closes the quick pick a command shows until the command settles: the command finishes only once
 * its pick is dismissed, and the pick appears when the command gets to it, not at a known time.
 */
export async function dismissQuickPicksUntil<T>(pending: Thenable<T>, timeoutMs = 15_000): Promise<T> {
  let settled = false;
  const result = Promise.resolve(pending).finally(() => (settled = true));
  const deadline = Date.now() + timeoutMs;
  while (!settled && Date.now() < deadline) {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await Promise.race([result, new Promise((r) => setTimeout(r, 100))]);
  }
  return result;
}
