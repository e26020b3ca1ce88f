import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FakeTokens } from '../../../src/core/rules/fakeTokens';
import { startTestServer, type TestServer } from '../../support/httpsTestServer';
import {
  activateExtension,
  closeAllEditors,
  codeActionsAt,
  waitForDiagnostics,
  workbenchShows,
  writeWorkspaceFile,
} from '../suite/helpers';

// This window enforces workspace trust and the folder has never been trusted (Restricted Mode).
// The token is fake, generated at runtime; the "provider" is a local HTTPS server that would call
// it live, so any request reaching it would be a leak the refusal failed to stop.
const fake = new FakeTokens(1718);
const TITLE = 'Check whether this secret is live';
const REFUSAL = 'live checks are disabled in untrusted workspaces';
// The file also gets an exposure diagnostic (readable by AI assistants); this is the secret's.
const isGithubFinding = (d: vscode.Diagnostic) => /^github-/.test(String((d.code as { value?: unknown })?.value));

describe('untrusted workspace: secrets are detected, the live check refuses and sends nothing', function () {
  this.timeout(60_000);
  let server: TestServer;
  const token = fake.githubStyle('ghp_');

  before(async () => {
    const api = await activateExtension();
    assert.ok(api.liveChecks, 'the test seam is present under the test runner');
    server = await startTestServer(['api.github.com']);
    server.play(() => ({ status: 200, body: JSON.stringify({ login: 'octo-tester' }) }));
    api.liveChecks.useTestTarget({ host: '127.0.0.1', port: server.port, ca: server.ca });
  });

  after(async () => {
    (await activateExtension()).liveChecks?.useTestTarget(undefined);
    await closeAllEditors();
    await server.close();
  });

  it('runs in a window where the folder is untrusted', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });

  it('flags the secret, offers no live check, and refuses the command with a reason, sending nothing', async () => {
    const uri = await writeWorkspaceFile('untrusted-token.ts', `export const token = "${token}";\n`);
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    const diagnostic = (await waitForDiagnostics(uri, (d) => d.some(isGithubFinding))).find(isGithubFinding);

    const actions = await codeActionsAt(uri, diagnostic!.range, vscode.CodeActionKind.QuickFix.value);
    assert.ok(actions.length > 0, 'the other quick fixes are still offered');
    assert.deepEqual(
      actions.filter((a) => a.title.startsWith(TITLE)).map((a) => a.title),
      [],
      'no live check is offered',
    );

    // The command with the arguments its code action would carry, then from the palette on the cursor;
    // the list is cleared first so the message found below is theirs.
    await vscode.commands.executeCommand('notifications.clearAll');
    const fingerprint = (await activateExtension()).scanner.get(uri)?.findings[0]?.fingerprint;
    assert.ok(fingerprint, 'the scanner holds the finding');
    assert.equal(await vscode.commands.executeCommand('aiSecretGuard.checkLive', uri, fingerprint), undefined);
    editor.selection = new vscode.Selection(
      diagnostic!.range.start.translate(0, 3),
      diagnostic!.range.start.translate(0, 3),
    );
    assert.equal(await vscode.commands.executeCommand('aiSecretGuard.checkLive'), undefined);

    // The notification list holds every message whatever room the toasts have (a toast counts too).
    await vscode.commands.executeCommand('notifications.showList');
    assert.ok(
      await workbenchShows('untrusted-refusal', `.notification-list-item:has-text("${REFUSAL}")`),
      'the user is told why (a notification)',
    );
    await vscode.commands.executeCommand('notifications.hideList');
    assert.equal(server.requests.length, 0, 'the provider received nothing');
    const after = vscode.languages.getDiagnostics(uri).find(isGithubFinding);
    assert.match(after!.message, /^GitHub personal access token/, 'no answer was recorded');
  });
});
