import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseJsonc } from 'jsonc-parser';
import { TempWorkspace } from '../support/tempWorkspace';
import { runCli } from '../support/runCli';

const cli = (args: string[], cwd: string, stdin = '', env: Record<string, string> = {}) => runCli(args, cwd, { stdin, env });

describe('CLI: install-agent-hooks', function () {
  this.timeout(30_000);
  let ws: TempWorkspace;
  beforeEach(() => (ws = new TempWorkspace({})));
  afterEach(() => ws.dispose());

  it('writes all three agents\' files, then changes nothing when run again', async () => {
    const first = await cli(['install-agent-hooks'], ws.root);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /updated \.claude\/settings\.json \(new\)/);
    assert.match(first.stdout, /updated \.cursor\/hooks\.json \(new\)/);
    assert.match(first.stdout, /updated \.github\/hooks\/ai-secret-guard\.json \(new\)/);
    const claude = JSON.parse(readFileSync(ws.path('.claude/settings.json'), 'utf8'));
    assert.equal(claude.hooks.PreToolUse[0].hooks[0].command, 'npx --no-install ai-secret-guard hook claude-code');
    const snapshot = ['.claude/settings.json', '.cursor/hooks.json', '.github/hooks/ai-secret-guard.json'].map((f) => readFileSync(ws.path(f), 'utf8'));
    const again = await cli(['install-agent-hooks'], ws.root);
    assert.equal(again.code, 0);
    assert.equal((again.stdout.match(/already set up/g) ?? []).length, 3);
    assert.deepEqual(['.claude/settings.json', '.cursor/hooks.json', '.github/hooks/ai-secret-guard.json'].map((f) => readFileSync(ws.path(f), 'utf8')), snapshot);
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
    assert.match(r.stderr, /\.cursor\/hooks\.json: not updated, because it is not valid JSON \(.+ at line 1, column \d+\); nothing was written/);
    assert.ok(!existsSync(ws.path('.claude')) && !existsSync(ws.path('.github')));
    assert.equal(readFileSync(ws.path('.cursor/hooks.json'), 'utf8'), '{ "version": 1, "hooks": { ');
  });

  it('rejects unknown agents and options', async () => {
    assert.equal((await cli(['install-agent-hooks', '--agents', 'claude-code,emacs'], ws.root)).code, 2);
    assert.equal((await cli(['install-agent-hooks', '--bogus'], ws.root)).code, 2);
    assert.equal((await cli(['install-agent-hooks', '--root', 'missing'], ws.root)).code, 2);
    assert.match((await cli(['install-agent-hooks', '--help'], ws.root)).stdout, /Usage: ai-secret-guard install-agent-hooks/);
  });
});
