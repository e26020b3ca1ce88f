import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatFingerprintKey, newFingerprintKey } from '../../src/core/fingerprint';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { TempWorkspace } from '../support/tempWorkspace';
import { runCli, type CliRun } from '../support/runCli';

// Every token is generated at runtime by FakeTokens: nothing committed is a credential.
const fake = new FakeTokens(31337);

const cli = (args: string[], cwd: string, stdin = '', env: Record<string, string> = {}) =>
  runCli(args, cwd, { stdin, env });

describe('CLI: hook <agent>', function () {
  this.timeout(30_000);
  let ws: TempWorkspace;
  const kept = fake.githubStyle('ghp_');
  const fresh = fake.githubStyle('ghp_');

  beforeEach(() => {
    ws = new TempWorkspace({
      '.env': `GITHUB_TOKEN=${fake.githubStyle('ghp_')}\n`,
      '.env.example': 'GITHUB_TOKEN=\n',
      'src/app.ts': 'export const a = 1;\n',
      'src/legacy.ts': `export const t = "${kept}";\n`,
    });
  });
  afterEach(() => ws.dispose());

  const claude = (tool: string, input: object) =>
    JSON.stringify({
      session_id: 's',
      hook_event_name: 'PreToolUse',
      cwd: ws.root,
      tool_name: tool,
      tool_input: input,
    });
  const denied = (r: CliRun) => r.code === 2 && r.stdout === '' && /AI Secret Guard blocked this/.test(r.stderr);
  const noSecret = (...outputs: string[]) => outputs.every((o) => !o.includes(kept) && !o.includes(fresh));

  it('Claude Code: blocks reading .env (exit 2, reason on stderr) and lets the template and clean files through', async () => {
    assert.ok(denied(await cli(['hook', 'claude-code'], ws.root, claude('Read', { file_path: ws.path('.env') }))));
    assert.deepEqual(
      await cli(['hook', 'claude-code'], ws.root, claude('Read', { file_path: ws.path('.env.example') })),
      { code: 0, stdout: '', stderr: '' },
    );
    assert.deepEqual(
      await cli(['hook', 'claude-code'], ws.root, claude('Read', { file_path: ws.path('src/app.ts') })),
      { code: 0, stdout: '', stderr: '' },
    );
  });

  it('Claude Code: blocks reading a file that holds a high-confidence secret, without printing it', async () => {
    const r = await cli(['hook', 'claude-code'], ws.root, claude('Read', { file_path: ws.path('src/legacy.ts') }));
    assert.ok(denied(r));
    assert.match(
      r.stderr,
      /src\/legacy\.ts contains a hard-coded GitHub personal access token \(classic\) \(ghp_…\(40 chars\), line 1\)/,
    );
    assert.ok(noSecret(r.stdout, r.stderr));
  });

  it("Claude Code: blocks a Write or Edit that introduces a secret, not one that keeps the file's own", async () => {
    const write = await cli(
      ['hook', 'claude-code'],
      ws.root,
      claude('Write', { file_path: ws.path('src/new.ts'), content: `export const t = "${fresh}";\n` }),
    );
    assert.ok(denied(write));
    assert.match(
      write.stderr,
      /would hard-code a GitHub personal access token \(classic\) \(ghp_…\(40 chars\)\) in src\/new\.ts\. Read the value from an environment variable \(e\.g\. GITHUB_TOKEN\)/,
    );
    const edit = await cli(
      ['hook', 'claude-code'],
      ws.root,
      claude('Edit', {
        file_path: ws.path('src/app.ts'),
        old_string: 'export const a = 1;',
        new_string: `export const a = "${fresh}";`,
      }),
    );
    assert.ok(denied(edit));
    const rewrite = await cli(
      ['hook', 'claude-code'],
      ws.root,
      claude('Write', { file_path: ws.path('src/legacy.ts'), content: `// moved\nexport const t = "${kept}";\n` }),
    );
    assert.equal(rewrite.code, 0, 'the secret was already in the file');
    assert.ok(noSecret(write.stderr, edit.stderr, rewrite.stderr));
  });

  it('honours the baseline and the gitleaks allowlist for writes', async () => {
    ws.write({ '.gitleaks.toml': "[allowlist]\npaths = ['''^fixtures/''']\n" });
    assert.equal(
      (
        await cli(
          ['hook', 'claude-code'],
          ws.root,
          claude('Write', { file_path: ws.path('fixtures/t.ts'), content: `t = "${fresh}"\n` }),
        )
      ).code,
      0,
    );
    // The repository's committed key: the scan and the hook publish the same fingerprints.
    writeFileSync(ws.path('.ai-secret-guard-key'), formatFingerprintKey(newFingerprintKey()));
    const f = await cli(['scan', '-f', 'json', '-'], ws.root, `t = "${fresh}"\n`);
    const fingerprint = JSON.parse(f.stdout).findings[0].fingerprint;
    writeFileSync(
      ws.path('.ai-secret-guard-baseline.json'),
      JSON.stringify({ version: 1, entries: [{ fingerprint, ruleId: 'github-pat-classic' }] }),
    );
    assert.equal(
      (
        await cli(
          ['hook', 'claude-code'],
          ws.root,
          claude('Write', { file_path: ws.path('src/t.ts'), content: `t = "${fresh}"\n` }),
        )
      ).code,
      0,
    );
  });

  it('Claude Code: blocks Bash commands that read .env, and uses CLAUDE_PROJECT_DIR as the project root', async () => {
    const sub = ws.path('src');
    const payload = JSON.stringify({
      hook_event_name: 'PreToolUse',
      cwd: sub,
      tool_name: 'Bash',
      tool_input: { command: 'cat ../.env | grep TOKEN' },
    });
    assert.ok(denied(await cli(['hook', 'claude-code'], sub, payload, { CLAUDE_PROJECT_DIR: ws.root })));
    assert.equal(
      (await cli(['hook', 'claude-code'], ws.root, claude('Bash', { command: 'echo .env >> .gitignore' }))).code,
      0,
    );
  });

  it('follows the policy in .vscode/settings.json, and falls back to the defaults when it is broken', async () => {
    ws.write({
      '.vscode/settings.json': '{\n  // policy\n  "aiSecretGuard.exclusions.patterns": ["config/private.json"]\n}\n',
      'config/private.json': '{}\n',
    });
    assert.ok(
      denied(
        await cli(['hook', 'claude-code'], ws.root, claude('Read', { file_path: ws.path('config/private.json') })),
      ),
    );
    const env = await cli(['hook', 'claude-code'], ws.root, claude('Read', { file_path: ws.path('.env') }));
    assert.doesNotMatch(env.stderr, /excluded from AI context/, 'the policy no longer lists .env');
    assert.match(env.stderr, /\.env contains a hard-coded/, 'its secret still keeps it out');
    ws.write({ '.vscode/settings.json': '{ "aiSecretGuard.exclusions.patterns": [1] }' });
    const r = await cli(['hook', 'claude-code'], ws.root, claude('Read', { file_path: ws.path('.env') }));
    assert.ok(r.code === 2 && /using the default exclusion patterns/.test(r.stderr));
  });

  it('VS Code: answers with a PreToolUse permission decision, also through the Claude Code hook', async () => {
    const payload = JSON.stringify({
      timestamp: 't',
      cwd: ws.root,
      sessionId: 's',
      hookEventName: 'PreToolUse',
      tool_name: 'create_file',
      tool_input: { filePath: ws.path('src/x.ts'), content: `k = "${fresh}"` },
    });
    for (const agent of ['vscode', 'claude-code']) {
      const r = await cli(['hook', agent], ws.root, payload);
      assert.equal(r.code, 0);
      const out = JSON.parse(r.stdout);
      assert.equal(out.hookSpecificOutput.permissionDecision, 'deny');
      assert.match(out.hookSpecificOutput.permissionDecisionReason, /would hard-code a GitHub personal access token/);
      assert.ok(noSecret(r.stdout, r.stderr));
    }
    const ok = await cli(
      ['hook', 'vscode'],
      ws.root,
      JSON.stringify({
        hookEventName: 'PreToolUse',
        cwd: ws.root,
        tool_name: 'read_file',
        tool_input: { filePath: ws.path('src/app.ts') },
      }),
    );
    assert.deepEqual(JSON.parse(ok.stdout), { continue: true });
  });

  it('Cursor: beforeReadFile and beforeShellExecution get a permission answer', async () => {
    const read = await cli(
      ['hook', 'cursor'],
      ws.path('src'),
      JSON.stringify({
        hook_event_name: 'beforeReadFile',
        workspace_roots: [ws.root],
        file_path: ws.path('.env'),
        content: 'A=1',
      }),
    );
    assert.deepEqual([read.code, JSON.parse(read.stdout)], [0, { permission: 'deny' }]);
    const shell = await cli(
      ['hook', 'cursor'],
      ws.root,
      JSON.stringify({
        hook_event_name: 'beforeShellExecution',
        workspace_roots: [ws.root],
        cwd: ws.root,
        command: 'source .env && npm start',
      }),
    );
    assert.equal(JSON.parse(shell.stdout).permission, 'deny');
    assert.match(JSON.parse(shell.stdout).agent_message, /reads \.env/);
    const fine = await cli(
      ['hook', 'cursor'],
      ws.root,
      JSON.stringify({
        hook_event_name: 'beforeReadFile',
        workspace_roots: [ws.root],
        file_path: ws.path('src/app.ts'),
        content: 'x',
      }),
    );
    assert.deepEqual(JSON.parse(fine.stdout), { permission: 'allow' });
  });

  it('lets a call it cannot read through with a warning (exit 1), and rejects an unknown agent', async () => {
    const bad = await cli(['hook', 'claude-code'], ws.root, 'not json');
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /not JSON; this call was not checked/);
    assert.equal((await cli(['hook', 'claude-code'], ws.root, '[]')).code, 1);
    const unknown = await cli(['hook', 'emacs'], ws.root, '{}');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /hook needs one agent: claude-code, cursor, vscode/);
  });

  it('runs as a process: the built CLI answers a piped payload', () => {
    const main = path.resolve(__dirname, '../../src/cli/main.js');
    const r = spawnSync(process.execPath, [main, 'hook', 'claude-code'], {
      input: claude('Read', { file_path: ws.path('.env') }),
      encoding: 'utf8',
    });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /\.env is excluded from AI context/);
  });
});
