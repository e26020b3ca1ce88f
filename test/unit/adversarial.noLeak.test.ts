import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseFingerprintKey } from '../../src/core/fingerprint';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { runCli, type CliRun } from '../support/runCli';
import { TempWorkspace } from '../support/tempWorkspace';

// Plants values (fake, built at runtime) in many shapes and places, runs every command in every
// format, and greps everything they printed or wrote, stderr included, for any piece of a value
// beyond the short prefix a redacted preview may show.
const fake = new FakeTokens(9191);
const values = {
  github: fake.githubStyle('ghp_'),
  password: `${fake.alnum(14)}9!`,
  aws: fake.base64(40).replace(/[+/=]/g, 'Q'),
  pem: fake.pem('PRIVATE KEY', 4),
  allowlistKey: fake.githubStyle('ghp_'),
};
const pemBody = values.pem.split('\n').slice(1, -1).join('\n');

/** Pieces of each value no output may contain: every 10-character slice after the first four characters. */
function pieces(): string[] {
  const out: string[] = [];
  for (const v of [values.github, values.password, values.aws, pemBody, values.allowlistKey]) {
    for (let i = 4; i + 10 <= v.length; i += 3) if (!v.slice(i, i + 10).includes('\n')) out.push(v.slice(i, i + 10));
  }
  return out;
}

function leaked(output: string): string | undefined {
  return pieces().find((p) => output.includes(p));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    if (n === '.git') return [];
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe('adversarial input: no secret byte in any output', function () {
  this.timeout(120_000);
  let ws: TempWorkspace;
  const planted = () => ({
    'src/config.ts': `export const token = "${values.github}";\nconst password = "${values.password}";\n`,
    '.env': `AWS_SECRET_ACCESS_KEY=${values.aws}\nGITHUB_TOKEN=${values.github}\n`,
    'keys/id.pem': values.pem + '\n',
    'bundle.min.js': `var a="${'x'.repeat(20_000)}",k={"key":"${values.pem.replace(/\n/g, '\\n')}"};`,
    'utf16.py': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`TOKEN = "${values.github}"\n`, 'utf16le')]),
    // A team allowlist whose broken pattern holds a key: the warning about it must not print it.
    '.gitleaks.toml': `[allowlist]\nregexes = ['''${values.allowlistKey}(''']\n`,
  });
  beforeEach(() => {
    ws = new TempWorkspace(planted());
    execFileSync('git', ['init', '-q'], { cwd: ws.root });
    execFileSync('git', ['add', '-A'], { cwd: ws.root });
  });
  afterEach(() => ws.dispose());

  const check = (label: string, r: CliRun) => {
    const bad = leaked(r.stdout + r.stderr);
    assert.equal(bad, undefined, `${label} printed a piece of a planted value`);
  };

  it('scan, baseline and evidence in every format, to stdout and to files, and scan --staged and stdin', async () => {
    const runs: [string, string[], string?][] = [
      ['scan text', ['scan']],
      ['scan json', ['scan', '-f', 'json']],
      ['scan sarif', ['scan', '-f', 'sarif']],
      ['scan json -o', ['scan', '-f', 'json', '-o', 'out/report.json']],
      ['scan sarif -o', ['scan', '-f', 'sarif', '-o', 'out/report.sarif']],
      ['scan text -o', ['scan', '-o', 'out/report.txt']],
      ['scan --staged', ['scan', '--staged', '-f', 'json']],
      ['scan --staged text', ['scan', '--staged']],
      ['scan stdin', ['scan', '-'], `token=${values.github}\npassword = "${values.password}"\n`],
      ['scan --no-gitleaks', ['scan', '--no-gitleaks', '-f', 'sarif']],
      ['baseline', ['baseline', '-o', 'out/baseline.json']],
      ['scan with baseline', ['scan', '--baseline', 'out/baseline.json', '-f', 'json']],
      ['evidence', ['evidence']],
      ['evidence -o', ['evidence', '-o', 'out/evidence.md']],
      ['exclusions check', ['exclusions', 'check']],
      ['rules', ['rules']],
    ];
    execFileSync('mkdir', ['-p', ws.path('out')]);
    const printed: string[] = [];
    for (const [label, args, stdin] of runs) {
      const r = await runCli(args, ws.root, { jobs: 1, ...(stdin !== undefined ? { stdin } : {}) });
      check(label, r);
      printed.push(r.stdout + r.stderr);
      if (label === 'scan json') {
        // The check means something only if the values were found and the warning was printed.
        const found = (JSON.parse(r.stdout) as { findings: { path: string }[] }).findings.map((f) => f.path);
        for (const p of ['src/config.ts', '.env', 'keys/id.pem', 'bundle.min.js', 'utf16.py'])
          assert.ok(found.includes(p), `nothing found in ${p}`);
        assert.match(r.stderr, /regex ghp_…\(41 chars\) skipped/);
      }
    }
    for (const f of filesUnder(ws.path('out'))) {
      assert.equal(leaked(readFileSync(f, 'utf8')), undefined, `${path.basename(f)} holds a piece of a planted value`);
      printed.push(readFileSync(f, 'utf8'));
    }
    // The baseline created the fingerprint key; the runs after it published under it and never showed it.
    const key = parseFingerprintKey(readFileSync(ws.path('.ai-secret-guard-key'), 'utf8'))!;
    assert.ok(
      printed.every((out) => !out.includes(key) && !out.includes(key.slice(0, 16))),
      'an output holds the fingerprint key',
    );
  });

  it('the agent hook, for reads, writes and shell commands of every agent', async () => {
    const calls = [
      { tool_name: 'Read', tool_input: { file_path: ws.path('src/config.ts') } },
      { tool_name: 'Read', tool_input: { file_path: ws.path('utf16.py') } },
      { tool_name: 'Read', tool_input: { file_path: ws.path('bundle.min.js') } },
      {
        tool_name: 'Write',
        tool_input: { file_path: ws.path('src/new.ts'), content: `const k = "${values.github}";\n` },
      },
      { tool_name: 'Bash', tool_input: { command: `echo ${values.github} > x.txt` } },
    ];
    for (const agent of ['claude-code', 'cursor', 'vscode']) {
      for (const call of calls) {
        const payload = JSON.stringify({
          session_id: 's',
          hook_event_name: 'PreToolUse',
          cwd: ws.root,
          ...call,
          command: call.tool_input.command ?? '',
        });
        check(`hook ${agent} ${call.tool_name}`, await runCli(['hook', agent], ws.root, { stdin: payload }));
      }
    }
  });
});
