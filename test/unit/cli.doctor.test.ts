import assert from 'node:assert/strict';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TempWorkspace } from '../support/tempWorkspace';
import { runCli } from '../support/runCli';

// The hooks doctor runs are the built CLI, as install-agent-hooks writes them (npm run build first).
const CLI = path.resolve(__dirname, '../../../dist/cli.js');

interface Report {
  agents: { agent: string; configured: boolean; channels: { channel: string; status: string; detail?: string }[] }[];
}

describe('CLI: doctor', function () {
  this.timeout(300_000);
  let ws: TempWorkspace;
  let home: TempWorkspace;
  beforeEach(() => {
    ws = new TempWorkspace({ 'src/app.ts': 'export const a = 1;\n' });
    home = new TempWorkspace({});
  });
  afterEach(() => {
    ws.dispose();
    home.dispose();
  });

  const doctor = async (...args: string[]) => {
    const r = await runCli(['doctor', '--json', ...args], ws.root, { env: { HOME: home.root } });
    return { code: r.code, report: JSON.parse(r.stdout) as Report, stderr: r.stderr };
  };
  const status = (report: Report, agent: string) =>
    Object.fromEntries(report.agents.find((a) => a.agent === agent)!.channels.map((c) => [c.channel, c.status]));

  it('passes with every agent installed: each hook, run as its agent runs it, blocks each canary', async () => {
    assert.equal((await runCli(['install-agent-hooks'], ws.root, { cliScript: CLI })).code, 0);
    const { code, report } = await doctor();
    for (const agent of report.agents) {
      assert.ok(agent.configured, agent.agent);
      for (const c of agent.channels)
        assert.ok(
          c.status === 'blocked' || (agent.agent === 'codex' && c.channel === 'read' && c.status === 'n/a'),
          `${agent.agent} ${c.channel}: ${c.status} ${c.detail ?? ''}`,
        );
    }
    assert.equal(code, 0);
  });

  it('fails when one hook is removed, when one lets canaries through, when one cannot start, and when hooks are switched off', async () => {
    assert.equal(
      (await runCli(['install-agent-hooks', '--agents', 'cursor,claude-code,cline'], ws.root, { cliScript: CLI })).code,
      0,
    );
    const cursorFile = ws.path('.cursor/hooks.json');
    const cursor = JSON.parse(readFileSync(cursorFile, 'utf8'));
    delete cursor.hooks.beforeShellExecution;
    writeFileSync(cursorFile, JSON.stringify(cursor));
    // A stand-in "CLI" that answers nothing and exits 0: Claude Code takes that as "go ahead".
    ws.write({ 'stub/dist/cli.js': '' });
    const claudeFile = ws.path('.claude/settings.json');
    writeFileSync(claudeFile, readFileSync(claudeFile, 'utf8').split(CLI).join(ws.path('stub/dist/cli.js')));
    chmodSync(ws.path('.clinerules/hooks/PreToolUse'), 0o644);
    const { code, report } = await doctor('--agents', 'cursor,claude-code,cline,gemini');
    assert.equal(code, 1);
    assert.deepEqual(status(report, 'cursor'), {
      read: 'blocked',
      shell: 'not-installed',
      prompt: 'blocked',
      write: 'blocked',
    });
    assert.deepEqual(status(report, 'claude-code'), {
      read: 'let-through',
      shell: 'let-through',
      prompt: 'let-through',
      write: 'let-through',
    });
    assert.equal(status(report, 'cline')['read'], 'shadowed');
    assert.deepEqual(status(report, 'gemini'), {
      read: 'not-installed',
      shell: 'not-installed',
      prompt: 'not-installed',
      write: 'not-installed',
    });
    writeFileSync(
      claudeFile,
      JSON.stringify({
        hooks: {
          UserPromptSubmit: [
            { hooks: [{ type: 'command', command: 'ai-secret-guard-missing-binary hook claude-code' }] },
          ],
        },
      }),
    );
    const broken = await doctor('--agents', 'claude-code');
    assert.equal(status(broken.report, 'claude-code')['prompt'], 'broken');
    assert.equal(
      status(broken.report, 'claude-code')['read'],
      'not-installed',
      'a configured agent missing a channel fails',
    );
    home.write({ '.claude/settings.json': '{ "disableAllHooks": true }' });
    assert.equal(status((await doctor('--agents', 'claude-code')).report, 'claude-code')['prompt'], 'shadowed');
  });

  it('reports Gemini CLI reads as redacted when the project redacts instead of blocking', async () => {
    ws.write({ '.vscode/settings.json': JSON.stringify({ 'aiSecretGuard.agentHooks.sensitiveReads': 'redact' }) });
    assert.equal((await runCli(['install-agent-hooks', '--agents', 'gemini'], ws.root, { cliScript: CLI })).code, 0);
    const { code, report } = await doctor('--agents', 'gemini');
    assert.deepEqual(status(report, 'gemini'), {
      read: 'redacted',
      shell: 'redacted',
      prompt: 'blocked',
      write: 'blocked',
    });
    assert.equal(code, 0);
  });

  it('fails when no agent has hooks at all, and says how to install them', async () => {
    const r = await runCli(['doctor', '--agents', 'windsurf'], ws.root, { env: { HOME: home.root } });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /windsurf\s+not-installed/);
    assert.match(r.stderr, /install-agent-hooks/);
  });
});
