import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { TempWorkspace } from '../support/tempWorkspace';
import { runCli } from '../support/runCli';

// Every token is generated at runtime by FakeTokens: nothing committed is a credential.
const fake = new FakeTokens(4242);

const cli = (args: string[], cwd: string, jobs?: number) => runCli(args, cwd, jobs ? { jobs } : {});

function paths(json: string): string[] {
  return (JSON.parse(json).findings as { path: string; startLine: number }[])
    .map((f) => `${f.path}:${f.startLine}`)
    .sort();
}

describe('CLI: gitleaks allowlists', function () {
  this.timeout(60_000);
  let ws: TempWorkspace;
  const tokens = Array.from({ length: 6 }, () => fake.githubStyle('ghp_'));

  beforeEach(() => {
    ws = new TempWorkspace({
      'src/app.ts': `export const a = "${tokens[0]}";\nexport const b = "${tokens[1]}";\n`,
      'testdata/keys.json': `{"token": "${tokens[2]}"}\n`,
      'docs/guide.md': `Use ${tokens[3]} # example only\n`,
      'src/other.ts': `const c = "${tokens[4]}"; // dummy-fixture\n`,
    });
    execFileSync('git', ['init', '-q'], { cwd: ws.root });
  });
  afterEach(() => ws.dispose());

  it('scans everything without a gitleaks config', async () => {
    const r = await cli(['scan', '-f', 'json'], ws.root);
    assert.deepEqual(paths(r.stdout), [
      'docs/guide.md:1',
      'src/app.ts:1',
      'src/app.ts:2',
      'src/other.ts:1',
      'testdata/keys.json:1',
    ]);
  });

  it('applies .gitleaks.toml paths, regexes (line target, AND), stopwords and .gitleaksignore lines, in scan, baseline and evidence', async () => {
    ws.write({
      '.gitleaks.toml': [
        '[allowlist]',
        "paths = ['''^testdata/''']",
        'stopwords = ["dummy-fixture-nothing"]',
        '[[allowlists]]',
        'condition = "AND"',
        "paths = ['''^docs/''']",
        'regexTarget = "line"',
        "regexes = ['''# example only$''']",
      ].join('\n'),
      '.gitleaksignore': '# reviewed\nsrc/app.ts:generic-api-key:2\n',
    });
    const r = await cli(['scan', '-f', 'json'], ws.root);
    assert.equal(r.code, 1);
    assert.deepEqual(paths(r.stdout), ['src/app.ts:1', 'src/other.ts:1']);
    assert.match(
      r.stderr,
      /gitleaks allowlist \(\.gitleaks\.toml, \.gitleaksignore\): 2 finding\(s\) allowed, 1 file\(s\) not scanned/,
    );
    const summary = JSON.parse(r.stdout).summary;
    assert.equal(summary.filesScanned, 5, 'six files, the one under the allowed path not scanned');
    assert.deepEqual(summary.allowlist, { files: ['.gitleaks.toml', '.gitleaksignore'], allowed: 2, notScanned: 1 });

    await cli(['baseline'], ws.root);
    const baseline = JSON.parse(readFileSync(ws.path('.ai-secret-guard-baseline.json'), 'utf8'));
    assert.equal(baseline.entries.length, 2, 'the baseline holds only what the allowlist does not allow');

    const evidence = await cli(['evidence', '--no-exposure'], ws.root);
    assert.match(evidence.stdout, /FAIL:\*\* 2 findings/);
    const unfiltered = await cli(['evidence', '--no-exposure', '--no-gitleaks'], ws.root);
    assert.match(unfiltered.stdout, /FAIL:\*\* 5 findings/);
    for (const t of tokens) assert.ok(!(r.stdout + r.stderr + evidence.stdout + evidence.stderr).includes(t));
  });

  it('counts what an allow-everything regex accepted in every format, so it cannot pass silently', async () => {
    ws.write({ '.gitleaks.toml': "[allowlist]\nregexes = ['''.*''']\n" });
    const json = await cli(['scan', '-f', 'json'], ws.root);
    assert.equal(json.code, 0);
    const summary = JSON.parse(json.stdout).summary;
    assert.equal(summary.findings, 0);
    assert.deepEqual(summary.allowlist, { files: ['.gitleaks.toml'], allowed: 5, notScanned: 0 });
    const sarif = JSON.parse((await cli(['scan', '-f', 'sarif'], ws.root)).stdout);
    const invocation = sarif.runs[0].invocations[0];
    assert.deepEqual(invocation.properties.allowlist, { files: ['.gitleaks.toml'], allowed: 5, notScanned: 0 });
    assert.ok(
      invocation.toolExecutionNotifications.some(
        (n: { level: string; message: { text: string } }) =>
          n.level === 'warning' && /allowed 5 finding/.test(n.message.text),
      ),
    );
    const text = await cli(['scan'], ws.root);
    assert.match(text.stdout, /no secrets found · .* · 5 allowed by the gitleaks allowlist/);
  });

  it('applies a stopword to the secret, case-insensitively', async () => {
    ws.write({ '.gitleaks.toml': `[allowlist]\nstopwords = ["${tokens[4]!.slice(8, 20).toUpperCase()}"]\n` });
    assert.deepEqual(paths((await cli(['scan', '-f', 'json', 'src/other.ts'], ws.root)).stdout), []);
  });

  it('applies the allowlist in worker threads too', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 120; i++)
      files[`gen/f${String(i).padStart(3, '0')}.ts`] =
        i % 3 === 0
          ? `const k = "${fake.githubStyle('ghp_')}"; // allow-me\n`
          : `const k = "${fake.githubStyle('ghp_')}";\n`;
    ws.write({
      ...files,
      '.gitleaks.toml': "[[allowlists]]\nregexTarget = \"line\"\nregexes = ['''// allow-me$''']\n",
    });
    const r = await cli(['scan', '-f', 'json', 'gen'], ws.root, 2);
    assert.equal(JSON.parse(r.stdout).findings.length, 80);
    assert.match(r.stderr, /40 finding\(s\) allowed/);
  });

  it('applies to --staged scans, with paths relative to the repository root', async () => {
    ws.write({ '.gitleaks.toml': "[allowlist]\npaths = ['''^src/app\\.ts$''']\n" });
    execFileSync('git', ['add', 'src', 'docs'], { cwd: ws.root });
    const r = await cli(['scan', '--staged', '-f', 'json'], ws.path('src'));
    assert.deepEqual(paths(r.stdout), ['../docs/guide.md:1', 'other.ts:1']);
  });

  it('warns about entries it cannot apply and still applies the rest', async () => {
    ws.write({ '.gitleaks.toml': "[allowlist]\npaths = ['''(a+)+''', '''^testdata/''']\n" });
    const r = await cli(['scan', '-f', 'json'], ws.root);
    assert.match(
      r.stderr,
      /\.gitleaks\.toml \[allowlist\]: path \(…\(5 chars\) skipped: it nests unbounded quantifiers/,
    );
    assert.ok(!paths(r.stdout).includes('testdata/keys.json:1'));
  });

  it('stops with exit 2 on malformed TOML, and --no-gitleaks scans without it', async () => {
    ws.write({ '.gitleaks.toml': '[allowlist\npaths = [' });
    const bad = await cli(['scan'], ws.root);
    assert.equal(bad.code, 2);
    assert.match(
      bad.stderr,
      /\.gitleaks\.toml: it is not valid TOML at line 1, column \d+; fix it, or scan with --no-gitleaks/,
    );
    assert.equal((await cli(['scan', '--no-gitleaks', '-f', 'json'], ws.root)).code, 1);
  });

  it('reads another config with --gitleaks-config, and follows [extend] path', async () => {
    ws.write({
      'ci/base.toml': "[allowlist]\npaths = ['''^docs/''']\n",
      'ci/team.toml': '[extend]\npath = "ci/base.toml"\n[allowlist]\nstopwords = ["never-present"]\n',
    });
    const r = await cli(['scan', '-f', 'json', '--gitleaks-config', 'ci/team.toml'], ws.root);
    assert.ok(!paths(r.stdout).some((p) => p.startsWith('docs/')));
    const missing = await cli(['scan', '--gitleaks-config', 'nope.toml'], ws.root);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /gitleaks config not found: nope\.toml/);
    assert.equal((await cli(['scan', '--no-gitleaks', '--gitleaks-config', 'x'], ws.root)).code, 2);
  });
});
