import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { decodeText, withLfLineBreaks } from '../../src/core/textDecoding';
import { runCli } from '../support/runCli';
import { TempWorkspace } from '../support/tempWorkspace';

// Text in UTF-16 or UTF-32 (with a byte-order mark) is text, not binary: scanned by the CLI and
// checked by the agent hook. Tokens are fake, built at runtime.
const fake = new FakeTokens(5656);

function encode(text: string, encoding: 'utf8-bom' | 'utf16le' | 'utf16be' | 'utf32le' | 'utf32be'): Buffer {
  if (encoding === 'utf8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  if (encoding === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (encoding === 'utf16be') return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
  const cps = [...text].map((c) => c.codePointAt(0)!);
  const out = Buffer.alloc(4 + 4 * cps.length);
  const le = encoding === 'utf32le';
  out.set(le ? [0xff, 0xfe, 0, 0] : [0, 0, 0xfe, 0xff]);
  cps.forEach((cp, i) => (le ? out.writeUInt32LE(cp, 4 + 4 * i) : out.writeUInt32BE(cp, 4 + 4 * i)));
  return out;
}

const encodings = ['utf8-bom', 'utf16le', 'utf16be', 'utf32le', 'utf32be'] as const;

describe('adversarial input: UTF-16 and UTF-32 files', function () {
  this.timeout(20_000);

  it('decodes any text in each encoding back to itself (lone CR line breaks as LF)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }).filter((s) => !s.includes('\0')),
        fc.constantFrom(...encodings),
        (text, enc) => decodeText(encode(text, enc)) === withLfLineBreaks(text),
      ),
    );
  });

  it('still takes unmarked bytes with a NUL for binary', () => {
    assert.equal(decodeText(Buffer.from('abc\0def')), undefined);
    assert.equal(decodeText(Buffer.from('x = 1\n', 'utf16le')), undefined);
  });

  for (const enc of encodings) {
    it(`scans a ${enc} file and places the finding at the right line and column`, async () => {
      const ws = new TempWorkspace({ 'app.py': encode(`# é\nTOKEN = "${fake.githubStyle('ghp_')}"\n`, enc) });
      try {
        const r = await runCli(['scan', '-f', 'json', 'app.py'], ws.root, { jobs: 1 });
        const doc = JSON.parse(r.stdout) as {
          findings: { startLine: number; startColumn: number }[];
          skipped: unknown[];
        };
        assert.deepEqual(doc.skipped, []);
        assert.deepEqual(
          doc.findings.map((f) => [f.startLine, f.startColumn]),
          [[2, 10]],
        );
      } finally {
        ws.dispose();
      }
    });
  }

  it('the agent hook blocks reading a UTF-16 file that holds a secret', async () => {
    const ws = new TempWorkspace({
      'src/legacy.ts': encode(`export const t = "${fake.githubStyle('ghp_')}";\n`, 'utf16le'),
    });
    try {
      const payload = JSON.stringify({
        session_id: 's',
        hook_event_name: 'PreToolUse',
        cwd: ws.root,
        tool_name: 'Read',
        tool_input: { file_path: ws.path('src/legacy.ts') },
      });
      const r = await runCli(['hook', 'claude-code'], ws.root, { stdin: payload });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /src\/legacy\.ts contains a hard-coded GitHub personal access token/);
    } finally {
      ws.dispose();
    }
  });
});
