import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser';
import { TempWorkspace } from '../support/tempWorkspace';
import { runCli } from '../support/runCli';

const cli = (args: string[], cwd: string, stdin = '', env: Record<string, string> = {}) =>
  runCli(args, cwd, { stdin, env });

describe('CLI: install-agent-hooks', function () {
  this.timeout(30_000);
  let ws: TempWorkspace;
  beforeEach(() => (ws = new TempWorkspace({})));
  afterEach(() => ws.dispose());

  const FILES = [
    '.claude/settings.json',
    '.cursor/hooks.json',
    '.github/hooks/ai-secret-guard.json',
    '.gemini/settings.json',
    '.codex/hooks.json',
    '.windsurf/hooks.json',
    '.clinerules/hooks/PreToolUse',
    '.clinerules/hooks/UserPromptSubmit',
    '.clinerules/hooks/PostToolUse',
  ];

  it("writes every agent's files with a command that runs this CLI by absolute path, then changes nothing when run again", async () => {
    const script = path.join(ws.root, 'tools dir', 'dist', 'cli.js');
    const first = await runCli(['install-agent-hooks'], ws.root, { cliScript: script });
    assert.equal(first.code, 0, first.stderr);
    for (const f of FILES) assert.ok(first.stdout.includes(`updated ${f} (new)`), f);
    const claude = JSON.parse(readFileSync(ws.path('.claude/settings.json'), 'utf8'));
    assert.equal(claude.hooks.PreToolUse[0].hooks[0].command, `node '${script}' hook claude-code`);
    if (process.platform !== 'win32')
      assert.equal(
        statSync(ws.path('.clinerules/hooks/PreToolUse')).mode & 0o111,
        0o111,
        'Cline runs the hook as a program',
      );
    const snapshot = FILES.map((f) => readFileSync(ws.path(f), 'utf8'));
    const again = await runCli(['install-agent-hooks'], ws.root, { cliScript: script });
    assert.equal(again.code, 0);
    assert.equal((again.stdout.match(/already set up/g) ?? []).length, FILES.length);
    assert.deepEqual(
      FILES.map((f) => readFileSync(ws.path(f), 'utf8')),
      snapshot,
    );
  });

  it('uninstalls what it added and nothing else, with a dry run first', async () => {
    ws.write({ '.windsurf/hooks.json': '{ "hooks": { "post_write_code": [{ "command": "./fmt.sh" }] } }\n' });
    assert.equal((await cli(['install-agent-hooks'], ws.root)).code, 0);
    const dry = await cli(['install-agent-hooks', '--uninstall', '--dry-run'], ws.root);
    assert.match(dry.stdout, /would delete \.claude\/settings\.json/);
    assert.ok(existsSync(ws.path('.claude/settings.json')));
    const r = await cli(['install-agent-hooks', '--uninstall'], ws.root);
    assert.equal(r.code, 0, r.stderr);
    for (const f of FILES.filter((f) => f !== '.windsurf/hooks.json')) assert.ok(!existsSync(ws.path(f)), f);
    assert.deepEqual(JSON.parse(readFileSync(ws.path('.windsurf/hooks.json'), 'utf8')), {
      hooks: { post_write_code: [{ command: './fmt.sh' }] },
    });
    assert.match(
      (await cli(['install-agent-hooks', '--uninstall'], ws.root)).stdout,
      /\.windsurf\/hooks\.json: no hook of this tool in it/,
    );
  });

  it('merges into existing Claude settings, keeping comments and the deny rules', async () => {
    const existing = '{\n  // ours\n  "permissions": {\n    "deny": ["Read(./.env)"]\n  }\n}\n';
    ws.write({ '.claude/settings.json': existing });
    const r = await cli(['install-agent-hooks', '--agents', 'claude-code', '--command', 'node tools/asg.js'], ws.root);
    assert.equal(r.code, 0);
    const text = readFileSync(ws.path('.claude/settings.json'), 'utf8');
    assert.ok(text.startsWith('{\n  // ours\n  "permissions": {\n    "deny": ["Read(./.env)"]\n  },'));
    assert.equal(parseJsonc(text).hooks.PreToolUse[0].hooks[0].command, 'node tools/asg.js hook claude-code');
    assert.ok(!existsSync(ws.path('.cursor/hooks.json')), 'only the agents asked for');
  });

  it('shows a diff and writes nothing with --dry-run', async () => {
    const r = await cli(['install-agent-hooks', '--dry-run', '--agents', 'cursor'], ws.root);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /\+\+\+ b\/\.cursor\/hooks\.json/);
    assert.match(r.stdout, /would update \.cursor\/hooks\.json \(new\)/);
    assert.ok(!existsSync(ws.path('.cursor')));
  });

  it('writes nothing at all when one file is malformed', async () => {
    ws.write({ '.cursor/hooks.json': '{ "version": 1, "hooks": { ' });
    const r = await cli(['install-agent-hooks'], ws.root);
    assert.equal(r.code, 2);
    assert.match(
      r.stderr,
      /\.cursor\/hooks\.json: not updated, because it is not valid JSON \(.+ at line 1, column \d+\); nothing was written/,
    );
    assert.ok(!existsSync(ws.path('.claude')) && !existsSync(ws.path('.github')) && !existsSync(ws.path('.gemini')));
    assert.equal(readFileSync(ws.path('.cursor/hooks.json'), 'utf8'), '{ "version": 1, "hooks": { ');
  });

  it('writes hooks that refuse unreadable input with --fail-closed, and updates them in place', async () => {
    assert.equal(
      (await cli(['install-agent-hooks', '--agents', 'codex', '--command', 'npx ai-secret-guard'], ws.root)).code,
      0,
    );
    assert.equal(
      (
        await cli(
          ['install-agent-hooks', '--agents', 'codex', '--command', 'npx ai-secret-guard', '--fail-closed'],
          ws.root,
        )
      ).code,
      0,
    );
    const codex = JSON.parse(readFileSync(ws.path('.codex/hooks.json'), 'utf8'));
    assert.deepEqual(codex.hooks.PreToolUse, [
      { hooks: [{ type: 'command', command: 'npx ai-secret-guard hook codex --fail-closed' }] },
    ]);
  });

  it('rejects unknown agents and options', async () => {
    assert.equal((await cli(['install-agent-hooks', '--agents', 'claude-code,emacs'], ws.root)).code, 2);
    assert.equal((await cli(['install-agent-hooks', '--bogus'], ws.root)).code, 2);
    assert.equal((await cli(['install-agent-hooks', '--root', 'missing'], ws.root)).code, 2);
    assert.match(
      (await cli(['install-agent-hooks', '--help'], ws.root)).stdout,
      /Usage: ai-secret-guard install-agent-hooks/,
    );
  });
});
