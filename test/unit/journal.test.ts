import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { attributionOf, JOURNAL_FILE, parseJournal, writtenRange } from '../../src/core/hooks/journal';
import { TempWorkspace } from '../support/tempWorkspace';
import { runCli } from '../support/runCli';

// Tokens are generated at runtime by FakeTokens: nothing committed is a credential.
const fake = new FakeTokens(4242);

describe('agent-write journal (post-write hooks)', function () {
  this.timeout(30_000);
  let ws: TempWorkspace;
  beforeEach(() => (ws = new TempWorkspace({})));
  afterEach(() => ws.dispose());
  const hook = (agent: string, payload: object) =>
    runCli(['hook', agent], ws.root, { stdin: JSON.stringify(payload), env: {} });

  it('records file, lines, agent, time and a hash, never the text, from Claude Code, Cursor, Windsurf and Gemini CLI', async () => {
    const token = fake.githubStyle('ghp_');
    const line = `export const token = "${token}";`;
    ws.write({
      'src/a.ts': `// a\n${line}\n`,
      'src/b.ts': `x\ny\n${line}\n`,
      'src/c.ts': line,
      'src/d.ts': `\n\n${line}`,
    });
    const claude = await hook('claude-code', {
      hook_event_name: 'PostToolUse',
      cwd: ws.root,
      tool_name: 'Edit',
      tool_input: { file_path: ws.path('src/a.ts'), old_string: 'x', new_string: line },
      tool_response: { success: true },
    });
    assert.deepEqual(claude, { code: 0, stdout: '', stderr: '' });
    await hook('cursor', {
      hook_event_name: 'afterFileEdit',
      workspace_roots: [ws.root],
      file_path: ws.path('src/b.ts'),
      edits: [{ old_string: '', new_string: line }],
    });
    await hook('windsurf', {
      agent_action_name: 'post_write_code',
      trajectory_id: 't',
      tool_info: { file_path: ws.path('src/c.ts'), edits: [{ old_string: '', new_string: line }] },
    });
    await hook('gemini', {
      hook_event_name: 'AfterTool',
      cwd: ws.root,
      tool_name: 'write_file',
      tool_input: { file_path: ws.path('src/d.ts'), content: `\n\n${line}` },
      tool_response: { llmContent: 'ok' },
    });
    const text = readFileSync(ws.path(JOURNAL_FILE), 'utf8');
    assert.ok(!text.includes(token), 'the journal holds no secret');
    const entries = parseJournal(text);
    assert.deepEqual(
      entries.map((e) => [e.file, e.startLine, e.endLine, e.agent]),
      [
        ['src/a.ts', 2, 2, 'claude-code'],
        ['src/b.ts', 3, 3, 'cursor'],
        ['src/c.ts', 1, 1, 'windsurf'],
        ['src/d.ts', 1, 3, 'gemini'],
      ],
    );
    for (const e of entries) assert.match(e.sha256, /^[0-9a-f]{64}$/);
    assert.equal(
      readFileSync(ws.path('.ai-secret-guard/.gitignore'), 'utf8').trim().split('\n').pop(),
      '*',
      'kept out of git',
    );
    assert.equal(attributionOf(entries, 'src/b.ts', 3)?.agent, 'cursor');
    assert.equal(attributionOf(entries, 'src/b.ts', 1), undefined);
  });

  it('journals nothing for reads, and nothing outside the project', async () => {
    ws.write({ 'a.ts': 'x\n' });
    await hook('claude-code', {
      hook_event_name: 'PostToolUse',
      cwd: ws.root,
      tool_name: 'Read',
      tool_input: { file_path: ws.path('a.ts') },
    });
    await hook('claude-code', {
      hook_event_name: 'PostToolUse',
      cwd: ws.root,
      tool_name: 'Write',
      tool_input: { file_path: '/tmp/elsewhere.ts', content: 'x' },
    });
    assert.ok(!existsSync(ws.path(JOURNAL_FILE)));
  });

  it('finds the written lines in the file as it is now, else takes the whole file', () => {
    assert.deepEqual(writtenRange('a\nb\nc\nd\n', 'b\nc'), { startLine: 2, endLine: 3 });
    assert.deepEqual(writtenRange('a\nb\n', 'zzz'), { startLine: 1, endLine: 3 });
    assert.deepEqual(
      parseJournal(
        'not json\n{"file":"a","startLine":1,"endLine":1,"agent":"codex","time":"t","sha256":"0"}\n{"file":1}\n',
      ).length,
      1,
    );
  });
});
