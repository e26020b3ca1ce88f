import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { renderIgnoreFile } from '../../src/core/exclusions/managedBlock';
import { GIT_HOOK_MARKER, renderGitHook } from '../../src/core/hooks/gitHookScript';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { withLfLineBreaks } from '../../src/core/textDecoding';
import { runCli } from '../support/runCli';
import { TempWorkspace } from '../support/tempWorkspace';

// Lone CR line breaks (classic Mac OS files) and files edited by hand. Tokens are fake, built at runtime.
const fake = new FakeTokens(1310);

interface JsonFinding {
  readonly startLine: number;
  readonly startColumn: number;
}

async function findingsOf(files: Record<string, string>, name: string): Promise<JsonFinding[]> {
  const ws = new TempWorkspace(files);
  try {
    const r = await runCli(['scan', '-f', 'json', name], ws.root, { jobs: 1 });
    return (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
  } finally {
    ws.dispose();
  }
}

describe('adversarial input: lone CR line breaks and hand-edited files', function () {
  this.timeout(30_000);

  it('places a finding in a lone-CR file at its line and column', async () => {
    const token = fake.githubStyle('ghp_');
    const found = await findingsOf({ 'app.py': `# one\r# two\rTOKEN = "${token}"\r` }, 'app.py');
    assert.deepEqual(
      found.map((f) => [f.startLine, f.startColumn]),
      [[3, 10]],
    );
  });

  it('an allow marker in a lone-CR file allows its own line only', async () => {
    const [a, b] = [fake.githubStyle('ghp_'), fake.githubStyle('ghp_')];
    const found = await findingsOf({ 'app.py': `A = "${a}"  # ai-secret-guard:allow\rB = "${b}"\r` }, 'app.py');
    assert.deepEqual(
      found.map((f) => f.startLine),
      [2],
    );
  });

  it('keeps offsets: only lone CRs change, one character for one', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', '\r', '\n', '\r\n', ' '), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const out = withLfLineBreaks(text);
        assert.equal(out.length, text.length);
        assert.ok(!/\r(?!\n)/.test(out));
        assert.equal(out.replace(/\r?\n/g, '|'), text.replace(/\r\n|\r|\n/g, '|'));
      }),
    );
  });

  it('an exclusion file settles after one write, whatever its line breaks', () => {
    const wanted = ['.env', '*.pem', '!.env.example'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom('build/', '# mine', '', '\r', '\n', '\r\n'), { maxLength: 12 }), (parts) => {
        const once = renderIgnoreFile(parts.join(''), wanted, 'f')!;
        assert.equal(renderIgnoreFile(once, wanted, 'f'), once);
      }),
    );
  });

  it('exclusions sync rewrites a lone-CR ignore file once, then leaves it', async () => {
    const ws = new TempWorkspace({ '.env': 'X=1\n', '.cursorignore': '# mine\rbuild/\r' });
    try {
      const first = await runCli(['exclusions', 'sync', '--assistants', 'cursor'], ws.root, { jobs: 1 });
      assert.match(first.stdout, /updated \.cursorignore/);
      const written = readFileSync(ws.path('.cursorignore'), 'utf8');
      assert.ok(written.startsWith('# mine\rbuild/\r'), 'the user lines are kept byte for byte');
      const second = await runCli(['exclusions', 'sync', '--assistants', 'cursor'], ws.root, { jobs: 1 });
      assert.match(second.stdout, /already up to date/);
      assert.equal(readFileSync(ws.path('.cursorignore'), 'utf8'), written);
    } finally {
      ws.dispose();
    }
  });

  it('a hook written before the block had an end marker is updated, keeping the lines above it', () => {
    const old = `#!/bin/sh\necho mine\n${GIT_HOOK_MARKER}: blocks commits that add hard-coded secrets.\n\nexec ai-secret-guard scan --staged\n`;
    const next = renderGitHook(old, { command: 'npx ai-secret-guard' });
    assert.ok(next.startsWith(`#!/bin/sh\necho mine\n${GIT_HOOK_MARKER}`));
    assert.ok(!next.includes('exec '), 'the old block is replaced whole');
    assert.equal(renderGitHook(next, { command: 'npx ai-secret-guard' }), next);
  });
});
