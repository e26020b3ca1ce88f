import assert from 'node:assert/strict';
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import { BLOCK_BEGIN } from '../../src/core/exclusions/managedBlock';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { TempWorkspace } from '../support/tempWorkspace';
import { runCli } from '../support/runCli';

// Tokens are generated at runtime by FakeTokens: nothing committed is a credential.
const fake = new FakeTokens(404);

const cli = (args: string[], cwd: string) => runCli(args, cwd, { jobs: 1 });

describe('CLI: exclusions', function () {
  this.timeout(30_000);
  let ws: TempWorkspace;
  const token = fake.githubStyle('ghp_');

  beforeEach(() => {
    ws = new TempWorkspace({
      '.env': 'DATABASE_URL=postgres://localhost/dev\n',
      'apps/api/.env.production': 'X=1\n',
      '.env.example': 'DATABASE_URL=\n',
      'src/settings.ts': `export const token = "${token}";\n`,
      'src/index.ts': 'export {};\n',
      '.cursorignore': '# mine\nbuild/\n',
      '.claude/settings.json': '{\n  // team\n  "model": "opus"\n}\n',
      'node_modules/pkg/.env': 'IGNORED=1\n',
    });
  });
  afterEach(() => ws.dispose());

  it('check: lists sensitive files per detected assistant and exits 1 while any is exposed', async () => {
    const r = await cli(['exclusions', 'check'], ws.root);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /assistants \(detected\): Cursor, Claude Code/);
    for (const f of ['.env', 'apps/api/.env.production', 'src/settings.ts'])
      assert.match(r.stdout, new RegExp(`^${f.replace(/\./g, '\\.')}$`, 'm'), f);
    assert.doesNotMatch(r.stdout, /\.env\.example|node_modules|src\/index\.ts/);
    assert.match(r.stdout, /EXPOSED/);
    assert.ok(!r.stdout.includes(token), 'no secret value in the report');
  });

  it('sync writes every enabled assistant file, keeps user content, and check then passes', async () => {
    const sync = await cli(['exclusions', 'sync', '--gitignore'], ws.root);
    assert.equal(sync.code, 0, sync.stderr);
    assert.match(sync.stdout, /updated \.cursorignore\nupdated \.claude\/settings\.json\nupdated \.gitignore \(new\)/);
    const cursorignore = readFileSync(ws.path('.cursorignore'), 'utf8');
    assert.ok(cursorignore.startsWith('# mine\nbuild/\n\n' + BLOCK_BEGIN));
    assert.match(cursorignore, /^\/src\/settings\.ts$/m, 'the file with a high-confidence secret is excluded by path');
    const claude = readFileSync(ws.path('.claude/settings.json'), 'utf8');
    assert.match(claude, /\/\/ team/);
    assert.match(claude, /"Read\(\.\/\*\*\/\.env\)"/);
    assert.match(readFileSync(ws.path('.gitignore'), 'utf8'), /^\.env\.\*$\n^!\.env\.example$/m);
    assert.equal(existsSync(ws.path('.aiexclude')), false, 'no file for an assistant that is not in use');

    const again = await cli(['exclusions', 'sync', '--gitignore'], ws.root);
    assert.match(again.stdout, /already up to date/);
    const check = await cli(['exclusions', 'check', '--format', 'json'], ws.root);
    assert.equal(check.code, 0);
    const report = JSON.parse(check.stdout) as {
      assistants: string[];
      files: { path: string; targets: { level: string }[] }[];
    };
    assert.deepEqual(report.assistants, ['cursor', 'claude-code']);
    assert.ok(report.files.every((f) => f.targets.every((t) => t.level !== 'exposed')));
  });

  it('sync --dry-run shows a diff and writes nothing', async () => {
    const r = await cli(['exclusions', 'sync', '--dry-run', '--assistants', 'gemini-code-assist'], ws.root);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /\+\+\+ b\/\.aiexclude/);
    assert.match(r.stdout, /would update \.aiexclude \(new\)/);
    assert.equal(existsSync(ws.path('.aiexclude')), false);
  });

  it('refuses malformed Claude settings with a clear error and writes no file at all', async () => {
    ws.write({ '.claude/settings.json': '{ "permissions": { "deny": [ }' });
    const r = await cli(['exclusions', 'sync'], ws.root);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.claude\/settings\.json: not updated, because it is not valid JSON/);
    assert.match(r.stderr, /nothing was written/);
    assert.equal(readFileSync(ws.path('.cursorignore'), 'utf8'), '# mine\nbuild/\n');
  });

  it('refuses a read-only exclusion file before writing anything', async () => {
    chmodSync(ws.path('.claude/settings.json'), 0o444);
    const r = await cli(['exclusions', 'sync'], ws.root);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.claude\/settings\.json: not updated, because it is not writable/);
    assert.equal(readFileSync(ws.path('.cursorignore'), 'utf8'), '# mine\nbuild/\n');
  });

  it('takes the policy from the workspace settings and rejects unknown assistants and bad settings', async () => {
    ws.write({
      '.vscode/settings.json': '{\n  // ours\n  "aiSecretGuard.exclusions.patterns": ["*.secret"],\n}\n',
      'a.secret': 'x\n',
    });
    const r = await cli(['exclusions', 'check', '--no-scan', '--assistants', 'cursor'], ws.root);
    assert.match(r.stdout, /^a\.secret$/m);
    assert.doesNotMatch(r.stdout, /^\.env$/m, 'the setting replaces the defaults');
    assert.equal((await cli(['exclusions', 'check', '--assistants', 'nope'], ws.root)).code, 2);
    ws.write({ '.vscode/settings.json': '{ "aiSecretGuard.exclusions.patterns": "*.secret" }' });
    const bad = await cli(['exclusions', 'check'], ws.root);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /must be a list of strings/);
    assert.equal((await cli(['exclusions', 'frobnicate'], ws.root)).code, 2);
  });

  it('checks every assistant when none is detected', async () => {
    const bare = new TempWorkspace({ '.env': 'A=1\n' });
    try {
      const r = await cli(['exclusions', 'check', '--no-scan'], bare.root);
      assert.equal(r.code, 1);
      assert.match(r.stdout, /none detected, so checking all/);
      assert.match(r.stdout, /GitHub Copilot.*check on GitHub/);
    } finally {
      bare.dispose();
    }
  });
});
