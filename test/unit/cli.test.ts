import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { scanFile, type ScanTask } from '../../src/scan/scanTask';
import { scanTree, treeReport } from '../../src/scan/scanTree';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { formatFingerprintKey, newFingerprintKey } from '../../src/core/fingerprint';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { TempWorkspace } from '../support/tempWorkspace';
import { runCli } from '../support/runCli';

// All tokens are generated at runtime by FakeTokens: nothing committed is a credential.
const fake = new FakeTokens(2026);

const cli = (args: string[], cwd: string, stdin = '') => runCli(args, cwd, { stdin });

function assertNoSecret(secrets: string[], ...outputs: string[]): void {
  for (const s of secrets)
    for (const o of outputs) assert.ok(!o.includes(s), `output contains the secret ${s.slice(0, 4)}…`);
}

describe('CLI', function () {
  this.timeout(30_000);
  let ws: TempWorkspace;
  const token = fake.githubStyle('ghp_');
  const awsSecret = fake.base64(40).replace(/[+/=]/g, 'K');

  beforeEach(() => {
    ws = new TempWorkspace({
      'src/config.ts': `export const config = {\n  token: "${token}",\n};\n`,
      '.env': `AWS_SECRET_ACCESS_KEY=${awsSecret}\n`,
      'README.md': 'Set GITHUB_TOKEN=<your token> before running.\n',
    });
  });
  afterEach(() => ws.dispose());

  it('exits 0 and says so when the tree is clean', async () => {
    const clean = new TempWorkspace({ 'a.ts': 'export const a = 1;\n', 'b.env': 'API_KEY=${API_KEY}\n' });
    try {
      const r = await cli(['scan'], clean.root);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /✔ no secrets found · 2 files scanned/);
    } finally {
      clean.dispose();
    }
  });

  it('reports findings with file:line:column, rule, redacted preview and exits 1', async () => {
    const r = await cli(['scan', '.'], ws.root);
    assert.equal(r.code, 1);
    assert.match(
      r.stdout,
      /^src\/config\.ts:2:11 {2}high {4}GitHub personal access token \(classic\) {2}ghp_…\(40 chars\)$/m,
    );
    assert.match(r.stdout, /^\.env:1:23 {2}high {4}AWS secret access key/m);
    assert.match(r.stdout, /✖ 2 secrets in 2 files \(2 high\)/);
    assertNoSecret([token, awsSecret], r.stdout, r.stderr);
  });

  it('writes stable JSON', async () => {
    const r = await cli(['scan', '--format', 'json'], ws.root);
    const doc = JSON.parse(r.stdout);
    assert.equal(doc.version, 1);
    assert.equal(doc.summary.findings, 2);
    assert.deepEqual(Object.keys(doc.findings[0]), [
      'ruleId',
      'title',
      'provider',
      'confidence',
      'path',
      'startLine',
      'startColumn',
      'endLine',
      'endColumn',
      'preview',
      'entropy',
      'fingerprint',
      'envVar',
      'docs',
      'clientVisible',
      'clientVisibleReason',
    ]);
    const gh = doc.findings.find((f: { ruleId: string }) => f.ruleId === 'github-pat-classic');
    assert.deepEqual(
      [gh.path, gh.startLine, gh.startColumn, gh.endLine, gh.endColumn],
      ['src/config.ts', 2, 11, 2, 51],
    );
    assertNoSecret([token, awsSecret], r.stdout);
  });

  it('writes SARIF 2.1.0 with rules, 1-based exclusive regions and fingerprints', async () => {
    const r = await cli(['scan', '--format', 'sarif', '--output', 'out.sarif'], ws.root);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /report written to out\.sarif/);
    const text = readFileSync(ws.path('out.sarif'), 'utf8');
    const sarif = JSON.parse(text);
    assert.equal(sarif.version, '2.1.0');
    const run0 = sarif.runs[0];
    assert.equal(run0.tool.driver.name, 'ai-secret-guard');
    const ruleIds = run0.tool.driver.rules.map((x: { id: string }) => x.id);
    assert.deepEqual(ruleIds, ['aws-secret-access-key', 'github-pat-classic']);
    for (const rule of run0.tool.driver.rules) assert.match(rule.helpUri, /^https:\/\//);
    const res = run0.results.find((x: { ruleId: string }) => x.ruleId === 'github-pat-classic');
    assert.equal(res.level, 'error');
    assert.equal(run0.tool.driver.rules[res.ruleIndex].id, 'github-pat-classic');
    assert.deepEqual(res.locations[0].physicalLocation.region, {
      startLine: 2,
      startColumn: 11,
      endLine: 2,
      endColumn: 51,
    });
    assert.equal(res.locations[0].physicalLocation.artifactLocation.uri, 'src/config.ts');
    assert.match(res.partialFingerprints['aiSecretGuard/v2'], /^[0-9a-f]{32}$/);
    assertNoSecret([token, awsSecret], text, r.stderr);
  });

  it('honours .gitignore, nested ones included, unless --no-gitignore', async () => {
    ws.write({
      '.gitignore': '.env\n',
      'pkg/.gitignore': 'local.json\n',
      'pkg/local.json': `{"token": "${fake.githubStyle('ghp_')}"}\n`,
    });
    execFileSync('git', ['init', '-q'], { cwd: ws.root });
    const withIgnore = JSON.parse((await cli(['scan', '-f', 'json'], ws.root)).stdout);
    assert.deepEqual(
      withIgnore.findings.map((f: { path: string }) => f.path),
      ['src/config.ts'],
    );
    const all = JSON.parse((await cli(['scan', '-f', 'json', '--no-gitignore'], ws.root)).stdout);
    assert.deepEqual(all.findings.map((f: { path: string }) => f.path).sort(), [
      '.env',
      'pkg/local.json',
      'src/config.ts',
    ]);
  });

  it('scans a file named on the command line even if it is ignored', async () => {
    ws.write({ '.gitignore': '.env\n' });
    const r = await cli(['scan', '.env'], ws.root);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^\.env:1:23/m);
  });

  it('hides baselined findings but still reports a new secret on a baselined line', async () => {
    const b = await cli(['baseline'], ws.root);
    assert.equal(b.code, 0);
    const baselineText = readFileSync(ws.path('.ai-secret-guard-baseline.json'), 'utf8');
    assertNoSecret([token, awsSecret], baselineText);
    const again = await cli(['scan', '--baseline', '.ai-secret-guard-baseline.json', 'src', '.env'], ws.root);
    assert.equal(again.code, 0, again.stdout);
    assert.match(again.stdout, /2 in baseline/);
    const other = fake.githubStyle('ghp_');
    ws.write({ 'src/config.ts': `export const config = {\n  token: "${other}",\n};\n` });
    const moved = await cli(['scan', '--baseline', '.ai-secret-guard-baseline.json', '-f', 'json', 'src'], ws.root);
    assert.equal(moved.code, 1);
    assert.equal(JSON.parse(moved.stdout).findings.length, 1);
  });

  it('keeps a baselined secret accepted when the code around it moves', async () => {
    await cli(['baseline', 'src'], ws.root);
    ws.write({ 'src/config.ts': `// moved\n\n\nexport const config = {\n  retries: 3,\n  token: "${token}",\n};\n` });
    const r = await cli(['scan', '--baseline', '.ai-secret-guard-baseline.json', 'src'], ws.root);
    assert.equal(r.code, 0, r.stdout);
  });

  it('fails with exit 2 and a clear message on a malformed baseline', async () => {
    ws.write({ 'bad.json': '{ "version": 1, "entries": [ {"ruleId": 3} ] }' });
    const r = await cli(['scan', '--baseline', 'bad.json'], ws.root);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /bad\.json: baseline entry 0 needs string "fingerprint" and "ruleId"/);
    const missing = await cli(['scan', '--baseline', 'nope.json'], ws.root);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read baseline nope\.json: ENOENT/);
  });

  it('exits 2 on usage errors', async () => {
    for (const args of [
      ['scan', '--format', 'xml'],
      ['scan', '--bogus'],
      ['frobnicate'],
      ['scan', '--max-file-size', 'huge'],
      ['scan', 'does-not-exist'],
    ]) {
      const r = await cli(args, ws.root);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^ai-secret-guard: /);
    }
  });

  it('limits failure to the confidence asked for with --fail-on', async () => {
    const jwtOnly = new TempWorkspace({ 'a.txt': `session=${fake.jwt()}\n` });
    try {
      assert.equal((await cli(['scan', '--fail-on', 'high'], jwtOnly.root)).code, 0);
      assert.equal((await cli(['scan', '--fail-on', 'medium'], jwtOnly.root)).code, 1);
    } finally {
      jwtOnly.dispose();
    }
  });

  it('skips binary and oversized files and lists them', async () => {
    ws.write({ 'image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), 'big.txt': 'a'.repeat(5000) });
    const r = await cli(['scan', '--max-file-size', '4k', '-f', 'json'], ws.root);
    const doc = JSON.parse(r.stdout);
    assert.deepEqual(doc.skipped, [
      { path: 'big.txt', reason: 'too-large' },
      { path: 'image.png', reason: 'binary' },
    ]);
    assert.equal(doc.summary.partial, false);
  });

  it('reads standard input for the path "-"', async () => {
    const r = await cli(['scan', '-'], ws.root, `token=${fake.githubStyle('gho_')}\n`);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^<stdin>:1:7 {2}high {4}GitHub OAuth access token/m);
  });

  it('scans the staged content, not the working copy, with --staged', async () => {
    const stagedSecret = fake.githubStyle('ghp_');
    const repo = new TempWorkspace({ 'app.py': `TOKEN = "${stagedSecret}"\n`, 'notes.txt': 'nothing\n' });
    try {
      const git = (...a: string[]) => execFileSync('git', a, { cwd: repo.root });
      git('init', '-q');
      git('add', 'app.py');
      repo.write({ 'app.py': 'TOKEN = os.environ["TOKEN"]\n', 'untracked.env': `TOKEN=${fake.githubStyle('ghp_')}\n` });
      const r = await cli(['scan', '--staged', '-f', 'json'], repo.root);
      assert.equal(r.code, 1);
      assert.deepEqual(
        JSON.parse(r.stdout).findings.map((f: { path: string; startLine: number }) => `${f.path}:${f.startLine}`),
        ['app.py:1'],
      );
      git('add', 'app.py');
      assert.equal((await cli(['scan', '--staged'], repo.root)).code, 0);
    } finally {
      repo.dispose();
    }
  });

  it('gives the same result on worker threads as in process', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 150; i++)
      files[`gen/f${String(i).padStart(3, '0')}.ts`] =
        i % 10 === 0 ? `const k = "${fake.githubStyle('ghp_')}";\n` : `export const v${i} = ${i};\n`;
    // One key for both runs (without a key file each run publishes under a random one).
    const many = new TempWorkspace({ ...files, '.ai-secret-guard-key': formatFingerprintKey(newFingerprintKey()) });
    try {
      const threaded = JSON.parse((await cli(['scan', '-f', 'json', '--jobs', '2'], many.root)).stdout);
      const single = JSON.parse((await cli(['scan', '-f', 'json', '--jobs', '1'], many.root)).stdout);
      assert.equal(threaded.findings.length, 15);
      assert.deepEqual(threaded.findings, single.findings);
      assert.equal(threaded.summary.filesScanned, 151, 'the files and the key file');
    } finally {
      many.dispose();
    }
  });

  it('marks a scan with unreadable files as partial', () => {
    const detector = new Detector(builtinRules);
    const failing = {
      readCapped: () => {
        throw Object.assign(new Error('denied'), { code: 'EACCES' });
      },
    };
    const r = scanFile(detector, { display: 'locked.txt', abs: '/nowhere/locked.txt' }, 1000, failing);
    assert.deepEqual(r.skipped, { path: 'locked.txt', reason: 'unreadable', detail: 'EACCES' });
  });

  it('reports a scan as partial exactly when a file could not be read', async () => {
    const readable = { display: 'src/config.ts', abs: ws.path('src/config.ts') };
    // A folder passes the size check and then fails to read (EISDIR), like a file that vanished.
    const unreadable = { display: 'src', abs: ws.path('src') };
    const reportOf = async (tasks: ScanTask[]) =>
      treeReport(
        await scanTree([{ tasks, publish: (id) => id, isBaselined: () => false }], {
          maxFileSize: 1 << 20,
          maxLineLength: 4096,
          jobs: 1,
        }),
        { version: '0', command: 'test', started: 0 },
      );
    const clean = await reportOf([readable]);
    assert.equal(clean.partial, false);
    const partial = await reportOf([readable, unreadable]);
    assert.deepEqual(
      partial.skipped.map((s) => s.reason),
      ['unreadable'],
    );
    assert.equal(partial.partial, true);
    assert.equal(partial.findings.length, clean.findings.length, 'what could be read is still reported');
  });

  it('runs as the bundled executable', () => {
    const bin = path.resolve(__dirname, '../../../dist/cli.js');
    const r = spawnSync(process.execPath, [bin, 'scan', '--no-color', '.'], { cwd: ws.root, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /✖ 2 secrets in 2 files/);
    const v = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    assert.match(v.stdout.trim(), /^\d+\.\d+\.\d+$/);
  });
});
