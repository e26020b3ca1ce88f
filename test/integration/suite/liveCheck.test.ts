import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FakeTokens } from '../../../src/core/rules/fakeTokens';
import type { Verification } from '../../../src/core/verify/types';
import { startTestServer, type TestServer } from '../../support/httpsTestServer';
import { activateExtension, closeAllEditors, codeActionsAt, waitForDiagnostics, writeWorkspaceFile } from './helpers';

// Tokens are fake, generated at runtime; the "provider" is a local HTTPS server with a certificate
// made for this run, which the extension reaches through its test-only target.
const fake = new FakeTokens(1717);
const severity = () => vscode.workspace.getConfiguration('aiSecretGuard');
const TITLE = 'Check whether this secret is live';

async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  // Without Markdown's escapes, so the assertions read as the hover does.
  return hovers
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
    .join('\n')
    .replace(/\\(?=[-.()_*#+!|<>{}[\]`])/g, '');
}

describe('live check: "Check whether this secret is live" against a local provider', function () {
  this.timeout(60_000);
  let server: TestServer;
  const live = fake.githubStyle('ghp_');
  const dead = fake.githubStyle('ghp_');

  before(async () => {
    const api = await activateExtension();
    assert.ok(api.liveChecks, 'the test seam is present under the test runner');
    server = await startTestServer(['api.github.com']);
    server.play((req) =>
      String(req.headers['authorization']).endsWith(live)
        ? { status: 200, body: JSON.stringify({ login: 'octo-tester' }), headers: { 'X-OAuth-Scopes': 'repo' } }
        : { status: 401, body: JSON.stringify({ message: 'Bad credentials' }) },
    );
    api.liveChecks.useTestTarget({ host: '127.0.0.1', port: server.port, ca: server.ca });
    // High findings show as warnings here, so the live check's escalation to error is visible.
    await severity().update(
      'severity',
      { high: 'warning', medium: 'warning', low: 'information' },
      vscode.ConfigurationTarget.Workspace,
    );
  });

  after(async () => {
    (await activateExtension()).liveChecks?.useTestTarget(undefined);
    await severity().update('severity', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
    await server.close();
  });

  it('is offered as a code action, sends nothing until chosen, then marks a live secret as an error with its owner in the hover', async () => {
    const uri = await writeWorkspaceFile('src/livecheck.ts', `export const token = "${live}";\n`);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const [diagnostic] = await waitForDiagnostics(
      uri,
      (d) => d.length === 1 && d[0]!.severity === vscode.DiagnosticSeverity.Warning,
    );
    const actions = await codeActionsAt(uri, diagnostic!.range, vscode.CodeActionKind.QuickFix.value);
    const action = actions.find((a) => a.title.startsWith(TITLE));
    assert.ok(action?.command, `offered: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(server.requests.length, 0, 'nothing is sent before the user asks');

    const result = await vscode.commands.executeCommand<Verification>(
      action.command.command,
      ...(action.command.arguments ?? []),
    );
    assert.equal(result?.status, 'live');
    assert.deepEqual(
      server.requests.map((r) => `${r.method} ${r.host}${r.path}`),
      ['GET api.github.com/user'],
    );

    const [escalated] = await waitForDiagnostics(uri, (d) => d[0]?.severity === vscode.DiagnosticSeverity.Error);
    assert.match(escalated!.message, /^LIVE: GitHub accepts this credential \(user octo-tester; scopes repo\)/);
    assert.ok(!escalated!.message.includes(live), 'the message holds no value');
    const hover = await hoverText(uri, diagnostic!.range.start.translate(0, 2));
    assert.match(
      hover,
      /\*\*Live\*\* — GitHub accepts it; belongs to user octo-tester; scopes repo\. \[Rotate it now\]\(https:\/\/github\.com\/settings\/tokens\)/,
    );
    assert.ok(!hover.includes(live));
  });

  it('runs from the palette on the secret under the cursor, and a revoked one stays as it was', async () => {
    server.requests.length = 0;
    const uri = await writeWorkspaceFile('src/livecheck-dead.ts', `export const token = "${dead}";\n`);
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    const [diagnostic] = await waitForDiagnostics(uri, (d) => d.length === 1);
    editor.selection = new vscode.Selection(
      diagnostic!.range.start.translate(0, 3),
      diagnostic!.range.start.translate(0, 3),
    );
    const result = await vscode.commands.executeCommand<Verification>('aiSecretGuard.checkLive');
    assert.equal(result?.status, 'revoked');
    assert.equal(server.requests.length, 1);
    const [after] = await waitForDiagnostics(uri, (d) => /^Revoked per GitHub/.test(d[0]?.message ?? ''));
    assert.equal(after!.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(
      await hoverText(uri, diagnostic!.range.start.translate(0, 2)),
      /\*\*Revoked\*\* per GitHub: rejected by the provider \(HTTP 401\)/,
    );
  });

  it('asks a self-managed GitLab named in the user settings, only after gitlab.com rejects the token', async () => {
    const instance = 'gitlab.example.org';
    const gitlab = await startTestServer(['gitlab.com', instance]);
    const api = await activateExtension();
    const settings = vscode.workspace.getConfiguration('aiSecretGuard.liveCheck');
    try {
      gitlab.play((req) =>
        req.host === instance
          ? { status: 200, body: JSON.stringify({ name: 'deploy', active: true, user_id: 7 }) }
          : { status: 401, body: JSON.stringify({ message: '401 Unauthorized' }) },
      );
      api.liveChecks!.useTestTarget({ host: '127.0.0.1', port: gitlab.port, ca: gitlab.ca });
      await settings.update('gitlabHosts', [instance], vscode.ConfigurationTarget.Global);
      // A GitLab token, fake and made at runtime from the documented glpat- prefix.
      const uri = await writeWorkspaceFile(
        'src/livecheck-gitlab.ts',
        `export const token = "${'glpat' + '-'}${fake.alnum(20)}";\n`,
      );
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const [diagnostic] = await waitForDiagnostics(uri, (d) =>
        d.some((x) => /gitlab/.test(String((x.code as { value: string }).value))),
      );
      const fingerprint = api.scanner.get(uri)?.findings[0]?.fingerprint;
      const result = await vscode.commands.executeCommand<Verification>('aiSecretGuard.checkLive', uri, fingerprint);
      assert.equal(result?.status, 'live', JSON.stringify(result));
      assert.match(result!.identity ?? '', /instance gitlab\.example\.org$/);
      assert.deepEqual(
        gitlab.requests.map((r) => r.host),
        ['gitlab.com', instance],
      );
      assert.ok(diagnostic);
    } finally {
      await settings.update('gitlabHosts', undefined, vscode.ConfigurationTarget.Global);
      api.liveChecks!.useTestTarget({ host: '127.0.0.1', port: server.port, ca: server.ca });
      await gitlab.close();
    }
  });
});
