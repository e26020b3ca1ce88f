import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FakeTokens } from '../../../src/core/rules/fakeTokens';
import { activateExtension, closeAllEditors, waitForDiagnostics, workspaceUri, writeWorkspaceFile } from './helpers';

// The secret is a fake token generated at runtime; none is committed.
const fake = new FakeTokens(8080);

describe('agent journal and agent hooks', function () {
  this.timeout(120_000);
  before(async () => {
    await activateExtension();
  });
  afterEach(closeAllEditors);

  it('attributes a finding in a journaled range to the agent that wrote it, and escalates it', async () => {
    const token = fake.githubStyle('ghp_');
    const time = new Date();
    // What a post-write hook appends (src/scan/agentJournal.ts): where, who, when, a hash; no text.
    await writeWorkspaceFile(
      '.ai-secret-guard/agent-writes.jsonl',
      JSON.stringify({
        file: 'src/agent-written.ts',
        startLine: 2,
        endLine: 2,
        agent: 'claude-code',
        time: time.toISOString(),
        sha256: '0'.repeat(64),
      }) + '\n',
    );
    const uri = await writeWorkspaceFile('src/agent-written.ts', `// config\nexport const token = "${token}";\n`);
    const other = await writeWorkspaceFile(
      'src/typed-here.ts',
      `export const token = "${fake.githubStyle('ghp_')}";\n`,
    );
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const hhmm = `${String(time.getHours()).padStart(2, '0')}:${String(time.getMinutes()).padStart(2, '0')}`;
    const [d] = await waitForDiagnostics(uri, (ds) => ds.some((x) => x.message.includes('written by')), 20_000);
    assert.ok(d!.message.includes(`(written by Claude Code at ${hhmm})`), d!.message);
    assert.equal(d!.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(!d!.message.includes(token));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(other));
    const [plain] = await waitForDiagnostics(other, (ds) => ds.length > 0);
    assert.ok(!plain!.message.includes('written by'), 'a file no agent wrote is not attributed');
  });

  it('installs agent hooks from the editor: its bundled CLI through a launcher in global storage', async () => {
    const result = (await vscode.commands.executeCommand('aiSecretGuard.installAgentHooks', ['claude-code'])) as
      { code: number; stdout: string } | undefined;
    assert.equal(result?.code, 0, result?.stdout);
    const settings = JSON.parse(
      new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('.claude/settings.json'))),
    );
    const command: string = settings.hooks.PreToolUse[0].hooks[0].command;
    assert.match(command, /ai-secret-guard-hook'? hook claude-code$/);
    const launcher = command.replace(/ hook claude-code$/, '').replace(/^'|'$/g, '');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.file(launcher)));
    assert.match(text, /dist\/extension\.js/);
    // Check Agent Hooks: the CLI's doctor runs that very hook against canaries.
    const doctor = (await vscode.commands.executeCommand('aiSecretGuard.checkAgentHooks')) as
      { code: number; stdout: string } | undefined;
    assert.equal(doctor?.code, 0, doctor?.stdout);
    assert.match(doctor!.stdout, /claude-code\s+blocked\s+blocked\s+blocked\s+blocked/);
    await vscode.workspace.fs.delete(workspaceUri('.claude'), { recursive: true });
  });
});
