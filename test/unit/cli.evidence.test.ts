import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { TempWorkspace } from '../support/tempWorkspace';
import { runCli } from '../support/runCli';

// Every token is generated at runtime by FakeTokens: nothing committed is a credential.
const fake = new FakeTokens(4242);

const cli = (args: string[], cwd: string) => runCli(args, cwd, { jobs: 1 });

function section(md: string, heading: string): string {
  const start = md.indexOf(`### ${heading}\n`);
  assert.ok(start !== -1, `missing section ${heading}`);
  const next = md.indexOf('\n### ', start + 4);
  return md.slice(start, next === -1 ? undefined : next);
}

describe('CLI: evidence', function () {
  this.timeout(30_000);
  let ws: TempWorkspace;
  const stripe = `sk_live_${fake.alnum(24)}`;
  const aws = fake.base64(40).replace(/[+/=]/g, 'K');

  beforeEach(() => {
    ws = new TempWorkspace({
      'public/config.js': `window.CONFIG = { stripeKey: "${stripe}" };\n`,
      '.env': `AWS_SECRET_ACCESS_KEY=${aws}\n`,
      'src/index.ts': 'export {};\n',
      '.cursorignore': 'build/\n',
    });
  });
  afterEach(() => ws.dispose());

  function assertNoSecret(...outputs: string[]): void {
    for (const o of outputs)
      for (const s of [stripe, aws]) assert.ok(!o.includes(s), `output contains the secret ${s.slice(0, 4)}…`);
  }

  it("states what the repository's gitleaks allowlist kept out of the review", async () => {
    ws.write({ '.gitleaks.toml': "[allowlist]\npaths = ['''^public/''']\n" });
    const r = await cli(['evidence', '--no-exposure'], ws.root);
    assert.equal(r.code, 1, r.stderr);
    assert.doesNotMatch(r.stdout, /public\/config\.js/, 'the allowed path is not scanned');
    assert.match(
      r.stdout,
      /The repository's gitleaks allowlist \(\.gitleaks\.toml\) allowed 0 finding\(s\) and kept 1 file\(s\) out of the scan; those were not reviewed here\./,
    );
    assertNoSecret(r.stdout, r.stderr);
  });

  it('prints the evidence block and exits 1 when secrets are found', async () => {
    const r = await cli(['evidence'], ws.root);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^<!-- ai-secret-guard:evidence v1 -->\n## Secret leak review evidence\n/);
    assert.match(
      section(r.stdout, 'Secret surfaces reviewed'),
      /- \*\*Scanned:\*\* `\.` \(working tree; \.gitignore honoured; files over 2 MiB skipped\)/,
    );
    assert.match(section(r.stdout, 'Scanner command and version'), /`ai-secret-guard evidence`/);
    assert.match(section(r.stdout, 'Result'), /✖ FAIL:\*\* 2 findings at or above low confidence/);
    const rows = section(r.stdout, 'Files requiring human inspection')
      .split('\n')
      .filter((l) => l.startsWith('| `'));
    assert.deepEqual(
      rows.map((l) => l.split(' | ')[0]),
      ['| `.env`', '| `public/config.js`'],
    );
    assert.match(
      section(r.stdout, 'Client-visible config confirmed'),
      /- `public\/config\.js:1` Stripe live secret key `sk_l…\(32 chars\)`: in public\/, which is served to browsers as is\./,
    );
    assert.match(section(r.stdout, 'Rotation needed'), /- \[ \] Rotated or revoked: \*\*AWS secret access key\*\*/);
    assertNoSecret(r.stdout, r.stderr);
  });

  it('assesses the AI-context exposure of the scanned folder', async () => {
    const r = await cli(['evidence', '.'], ws.root);
    const exposure = section(r.stdout, 'AI-context exposure');
    assert.match(exposure, /Folder `\.`; assistants checked: Cursor\./, 'the detected assistant only');
    assert.match(exposure, /^\| `\.env` \| \*\*Cursor\*\* \| – \| – \|$/m);
    assert.match(
      exposure,
      /^\| `public\/config\.js` \| \*\*Cursor\*\* \|/m,
      'a file with a high-confidence secret is sensitive',
    );
    assert.equal(r.code, 1);

    await cli(['exclusions', 'sync'], ws.root);
    const after = section((await cli(['evidence'], ws.root)).stdout, 'AI-context exposure');
    assert.match(after, /^\| `\.env` \| – \| Cursor \(terminal commands\) \| – \|$/m);
    assert.match(after, /✔ Every sensitive file is in every checked assistant's exclusions/);
  });

  it('skips the exposure check with --no-exposure, and reports a broken policy instead of failing', async () => {
    const skipped = await cli(['evidence', '--no-exposure'], ws.root);
    assert.match(section(skipped.stdout, 'AI-context exposure'), /Not assessed: skipped with --no-exposure\./);
    ws.write({ '.vscode/settings.json': '{ "aiSecretGuard.exclusions.patterns": "*.key" }' });
    const broken = await cli(['evidence'], ws.root);
    assert.equal(broken.code, 1);
    assert.match(
      section(broken.stdout, 'AI-context exposure'),
      /Not assessed: \.vscode\/settings\.json: .*must be a list of strings/,
    );
  });

  it('passes (exit 0) on a clean tree and says what was checked', async () => {
    const clean = new TempWorkspace({
      'src/a.ts': 'export const url = process.env.API_URL;\n',
      'public/index.html': '<p>hello</p>\n',
    });
    try {
      const r = await cli(['evidence', '--no-exposure'], clean.root);
      assert.equal(r.code, 0);
      assert.match(section(r.stdout, 'Result'), /✔ PASS:\*\* no finding at or above low confidence/);
      assert.match(
        section(r.stdout, 'Client-visible config confirmed'),
        /✔ No finding, so nothing is client-visible\. Checked: /,
      );
      assert.match(section(r.stdout, 'Rotation needed'), /Nothing to rotate/);
    } finally {
      clean.dispose();
    }
  });

  it('honours --fail-on, --baseline and --output like scan', async () => {
    const jwtOnly = new TempWorkspace({ 'a.txt': `session=${fake.jwt()}\n` });
    try {
      const high = await cli(['evidence', '--fail-on', 'high', '--no-exposure'], jwtOnly.root);
      assert.equal(high.code, 0);
      assert.match(high.stdout, /✔ PASS:\*\* no finding at or above high confidence/);
    } finally {
      jwtOnly.dispose();
    }
    await cli(['baseline'], ws.root);
    const baselined = await cli(
      ['evidence', '--baseline', '.ai-secret-guard-baseline.json', '--output', 'evidence.md'],
      ws.root,
    );
    assert.equal(baselined.code, 0);
    assert.equal(baselined.stdout, '');
    assert.match(baselined.stderr, /evidence written to evidence\.md/);
    const md = readFileSync(ws.path('evidence.md'), 'utf8');
    assert.match(section(md, 'Result'), /\*\*Baselined:\*\* 2 findings matched the baseline/);
    // A baselined secret still makes its file sensitive for the exposure check.
    assert.match(section(md, 'AI-context exposure'), /`public\/config\.js`/);
    assertNoSecret(md, baselined.stderr);
  });

  it('marks secrets in framework-exposed variables as client-visible', async () => {
    ws.write({ '.env': `VITE_STRIPE_SECRET=${stripe}\n`, 'public/config.js': 'window.CONFIG = {};\n' });
    const r = await cli(['evidence', '--no-exposure'], ws.root);
    assert.match(
      section(r.stdout, 'Client-visible config confirmed'),
      /- `\.env:1` Stripe live secret key `sk_l…\(32 chars\)`: assigned to VITE\\_STRIPE\\_SECRET, which Vite exposes/,
    );
    const json = JSON.parse((await cli(['scan', '-f', 'json'], ws.root)).stdout);
    assert.equal(json.summary.clientVisible, 1);
    assert.equal(json.findings[0].clientVisible, true);
    assert.match(json.findings[0].clientVisibleReason, /^assigned to VITE_STRIPE_SECRET/);
  });

  it('exits 2 on usage errors', async () => {
    for (const args of [
      ['evidence', '--format', 'json'],
      ['scan', '--no-exposure'],
      ['evidence', 'missing-dir'],
    ]) {
      const r = await cli(args, ws.root);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^ai-secret-guard: /);
    }
  });

  it('assesses the working directory for a folder inside it, and a folder elsewhere itself', async () => {
    const inside = await cli(['evidence', 'public'], ws.root);
    assert.match(section(inside.stdout, 'AI-context exposure'), /Folder `\.`; assistants checked: Cursor\./);
    assert.doesNotMatch(
      section(inside.stdout, 'Files requiring human inspection'),
      /\.env/,
      'only public/ was scanned',
    );
    const elsewhere = new TempWorkspace({});
    try {
      const r = await cli(['evidence', path.relative(elsewhere.root, ws.root)], elsewhere.root);
      assert.match(
        section(r.stdout, 'AI-context exposure'),
        /Folder `\.\.\/asg-test-\w+`; assistants checked: Cursor\./,
      );
      assert.match(section(r.stdout, 'AI-context exposure'), /^\| `\.env` \| \*\*Cursor\*\*/m);
    } finally {
      elsewhere.dispose();
    }
  });

  it('runs as the bundled executable', () => {
    const bin = path.resolve(__dirname, '../../../dist/cli.js');
    const r = spawnSync(process.execPath, [bin, 'evidence'], { cwd: ws.root, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /### Client-visible config confirmed\n\n✖ 1 secret is readable/);
    assertNoSecret(r.stdout, r.stderr);
  });
});
