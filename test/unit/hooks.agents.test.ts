import assert from 'node:assert/strict';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { AGENT_HOOK_TARGETS, hookCommandLine } from '../../src/core/hooks/agentConfig';
import { hookCoverage } from '../../src/core/hooks/hookCoverage';
import { replyFor } from '../../src/core/hooks/reply';
import { parseToolCall } from '../../src/core/hooks/toolCall';
import { TempWorkspace } from '../support/tempWorkspace';
import { runCli, type CliRun } from '../support/runCli';

// Every token is generated at runtime by FakeTokens: nothing committed is a credential.
const fake = new FakeTokens(2718);

/**
 * Payloads in the shape each vendor documents (pages cited in docs/agent-hooks.md):
 * Gemini CLI geminicli.com/docs/hooks/reference, Codex developers.openai.com/codex/hooks,
 * Windsurf docs.windsurf.com/windsurf/cascade/hooks, Cline docs.cline.bot/features/hooks/hook-reference,
 * Cursor cursor.com/docs/agent/hooks, Claude Code code.claude.com/docs/en/hooks.
 */
const payloads = {
  geminiRead: (root: string, file: string) => ({
    session_id: 's',
    transcript_path: '/t',
    cwd: root,
    hook_event_name: 'BeforeTool',
    timestamp: 't',
    tool_name: 'read_file',
    tool_input: { file_path: file },
  }),
  geminiShell: (root: string, command: string) => ({
    session_id: 's',
    cwd: root,
    hook_event_name: 'BeforeTool',
    tool_name: 'run_shell_command',
    tool_input: { command },
  }),
  geminiWrite: (root: string, file: string, content: string) => ({
    session_id: 's',
    cwd: root,
    hook_event_name: 'BeforeTool',
    tool_name: 'write_file',
    tool_input: { file_path: file, content },
  }),
  geminiPrompt: (root: string, prompt: string) => ({
    session_id: 's',
    cwd: root,
    hook_event_name: 'BeforeAgent',
    prompt,
  }),
  codexShell: (root: string, command: string) => ({
    session_id: 's',
    cwd: root,
    hook_event_name: 'PreToolUse',
    model: 'm',
    tool_name: 'Bash',
    tool_use_id: 'u',
    tool_input: { command },
  }),
  codexPatch: (root: string, patch: string) => ({
    session_id: 's',
    cwd: root,
    hook_event_name: 'PreToolUse',
    tool_name: 'apply_patch',
    tool_input: { command: patch },
  }),
  codexPrompt: (root: string, prompt: string) => ({
    session_id: 's',
    cwd: root,
    hook_event_name: 'UserPromptSubmit',
    prompt,
  }),
  windsurfRead: (file: string) => ({
    agent_action_name: 'pre_read_code',
    trajectory_id: 't',
    execution_id: 'e',
    timestamp: 't',
    tool_info: { file_path: file },
  }),
  windsurfShell: (root: string, command: string) => ({
    agent_action_name: 'pre_run_command',
    trajectory_id: 't',
    tool_info: { command_line: command, cwd: root },
  }),
  windsurfWrite: (file: string, old: string, next: string) => ({
    agent_action_name: 'pre_write_code',
    trajectory_id: 't',
    tool_info: { file_path: file, edits: [{ old_string: old, new_string: next }] },
  }),
  windsurfPrompt: (prompt: string) => ({
    agent_action_name: 'pre_user_prompt',
    trajectory_id: 't',
    tool_info: { user_prompt: prompt },
  }),
  cline: (root: string, toolName: string, parameters: object) => ({
    clineVersion: '3',
    hookName: 'PreToolUse',
    timestamp: 't',
    taskId: 'k',
    workspaceRoots: [root],
    userId: 'u',
    preToolUse: { toolName, parameters },
  }),
  clinePrompt: (root: string, prompt: string) => ({
    clineVersion: '3',
    hookName: 'UserPromptSubmit',
    workspaceRoots: [root],
    userPromptSubmit: { prompt, attachments: [] },
  }),
  cursorPrompt: (root: string, prompt: string, attachments: object[] = []) => ({
    hook_event_name: 'beforeSubmitPrompt',
    conversation_id: 'c',
    workspace_roots: [root],
    prompt,
    attachments,
  }),
  cursorWrite: (root: string, file: string, content: string) => ({
    hook_event_name: 'preToolUse',
    workspace_roots: [root],
    tool_name: 'Write',
    tool_input: { file_path: file, content },
  }),
  claudePrompt: (root: string, prompt: string) => ({
    session_id: 's',
    cwd: root,
    hook_event_name: 'UserPromptSubmit',
    prompt,
  }),
};

describe('agent hooks: every agent, in its documented shapes', function () {
  this.timeout(30_000);
  let ws: TempWorkspace;
  const key = () => fake.githubStyle('ghp_');
  beforeEach(
    () => (ws = new TempWorkspace({ '.env': `GITHUB_TOKEN=${key()}\n`, 'src/app.ts': 'export const a = 1;\n' })),
  );
  afterEach(() => ws.dispose());

  const hook = (agent: string, payload: object, extra: string[] = []) =>
    runCli(['hook', agent, ...extra], ws.root, { stdin: JSON.stringify(payload), env: {} });
  const geminiDenied = (r: CliRun) => r.code === 0 && JSON.parse(r.stdout).decision === 'deny';
  const exit2 = (r: CliRun) => r.code === 2 && /AI Secret Guard blocked this/.test(r.stderr);
  const clineCancelled = (r: CliRun) => r.code === 0 && JSON.parse(r.stdout).cancel === true;

  it('Gemini CLI: BeforeTool reads, shell and writes; BeforeAgent prompts', async () => {
    assert.ok(geminiDenied(await hook('gemini', payloads.geminiRead(ws.root, ws.path('.env')))));
    assert.deepEqual(
      JSON.parse((await hook('gemini', payloads.geminiRead(ws.root, ws.path('src/app.ts')))).stdout),
      {},
    );
    assert.ok(geminiDenied(await hook('gemini', payloads.geminiShell(ws.root, 'cat .env'))));
    assert.ok(
      geminiDenied(await hook('gemini', payloads.geminiWrite(ws.root, ws.path('src/b.ts'), `const t = "${key()}";\n`))),
    );
    const prompt = await hook('gemini', payloads.geminiPrompt(ws.root, `use this token ${key()} please`));
    assert.ok(geminiDenied(prompt));
    assert.match(
      JSON.parse(prompt.stdout).reason,
      /your prompt contains a GitHub personal access token .*put the value in \.env \(as GITHUB_TOKEN\)/,
    );
  });

  it('Codex CLI: reads arrive as shell commands; apply_patch writes; prompts', async () => {
    assert.ok(exit2(await hook('codex', payloads.codexShell(ws.root, 'sed -n 1,5p .env'))));
    assert.equal((await hook('codex', payloads.codexShell(ws.root, 'ls src'))).code, 0);
    assert.ok(
      exit2(
        await hook(
          'codex',
          payloads.codexPatch(
            ws.root,
            `*** Begin Patch\n*** Add File: src/k.ts\n+export const k = "${key()}";\n*** End Patch`,
          ),
        ),
      ),
    );
    assert.ok(exit2(await hook('codex', payloads.codexPrompt(ws.root, `token: ${key()}`))));
    assert.deepEqual(await hook('codex', payloads.codexPrompt(ws.root, 'add a test')), {
      code: 0,
      stdout: '',
      stderr: '',
    });
  });

  it('Windsurf: pre_read_code, pre_run_command, pre_write_code, pre_user_prompt block with exit 2', async () => {
    assert.ok(exit2(await hook('windsurf', payloads.windsurfRead(ws.path('.env')))));
    assert.ok(exit2(await hook('windsurf', payloads.windsurfShell(ws.root, 'cat .env'))));
    assert.ok(
      exit2(
        await hook(
          'windsurf',
          payloads.windsurfWrite(ws.path('src/app.ts'), 'export const a = 1;', `export const a = "${key()}";`),
        ),
      ),
    );
    assert.ok(exit2(await hook('windsurf', payloads.windsurfPrompt(`here: ${key()}`))));
    assert.deepEqual(await hook('windsurf', payloads.windsurfRead(ws.path('src/app.ts'))), {
      code: 0,
      stdout: '',
      stderr: '',
    });
  });

  it('Cline: PreToolUse tools (workspace-relative paths, replace_in_file diffs) and UserPromptSubmit answer with cancel', async () => {
    assert.ok(clineCancelled(await hook('cline', payloads.cline(ws.root, 'read_file', { path: '.env' }))));
    assert.ok(
      clineCancelled(
        await hook(
          'cline',
          payloads.cline(ws.root, 'execute_command', { command: 'cat .env', requires_approval: 'false' }),
        ),
      ),
    );
    const diff = `------- SEARCH\nexport const a = 1;\n=======\nexport const a = "${key()}";\n+++++++ REPLACE\n`;
    assert.ok(
      clineCancelled(await hook('cline', payloads.cline(ws.root, 'replace_in_file', { path: 'src/app.ts', diff }))),
    );
    assert.ok(clineCancelled(await hook('cline', payloads.clinePrompt(ws.root, `key ${key()}`))));
    assert.deepEqual(
      JSON.parse((await hook('cline', payloads.cline(ws.root, 'read_file', { path: 'src/app.ts' }))).stdout),
      { cancel: false },
    );
  });

  it('Cursor: beforeSubmitPrompt (text and attachments) and preToolUse writes', async () => {
    const prompt = await hook('cursor', payloads.cursorPrompt(ws.root, `deploy with ${key()}`));
    assert.equal(JSON.parse(prompt.stdout).continue, false);
    const attached = await hook(
      'cursor',
      payloads.cursorPrompt(ws.root, 'what is in here?', [{ type: 'file', file_path: ws.path('.env') }]),
    );
    assert.match(JSON.parse(attached.stdout).user_message, /attaches \.env/);
    assert.deepEqual(JSON.parse((await hook('cursor', payloads.cursorPrompt(ws.root, 'fix the bug'))).stdout), {
      continue: true,
    });
    const write = await hook('cursor', payloads.cursorWrite(ws.root, ws.path('src/c.ts'), `const c = "${key()}";`));
    assert.equal(JSON.parse(write.stdout).permission, 'deny');
  });

  it('Claude Code: UserPromptSubmit with a secret is blocked (exit 2), naming the secret by preview only', async () => {
    const token = key();
    const r = await hook('claude-code', payloads.claudePrompt(ws.root, `why does ${token} fail?`));
    assert.ok(exit2(r));
    assert.ok(!r.stderr.includes(token));
    assert.match(r.stderr, /ghp_…\(40 chars\)/);
  });

  it('refuses NUL and oversized payloads with the reason, and malformed ones with --fail-closed', async () => {
    const nul = await runCli(['hook', 'claude-code'], ws.root, {
      stdin:
        '{"hook_event_name":"PreToolUse","tool_name":"Write","tool_input":{"file_path":"a","content":"x\\u0000y"}}',
      env: {},
    });
    assert.ok(exit2(nul) && /NUL characters/.test(nul.stderr));
    const big = await runCli(['hook', 'gemini'], ws.root, {
      stdin: JSON.stringify({
        hook_event_name: 'BeforeTool',
        tool_name: 'write_file',
        tool_input: { content: 'a'.repeat(5 * 1024 * 1024) },
      }),
      env: {},
    });
    assert.ok(geminiDenied(big) && /too large to check/.test(JSON.parse(big.stdout).reason));
    assert.equal(
      (await runCli(['hook', 'cline'], ws.root, { stdin: 'not json', env: {} })).code,
      1,
      'fails open by default, with a warning',
    );
    const closed = await runCli(['hook', 'cline', '--fail-closed'], ws.root, { stdin: 'not json', env: {} });
    assert.ok(clineCancelled(closed));
  });

  it("asks before an agent changes the guard's own policy, and ignores suppression comments it writes", async () => {
    const policy = await hook('claude-code', {
      hook_event_name: 'PreToolUse',
      cwd: ws.root,
      tool_name: 'Edit',
      tool_input: { file_path: ws.path('.claude/settings.json'), old_string: '"hooks"', new_string: '"x"' },
    });
    assert.equal(policy.code, 0);
    assert.equal(JSON.parse(policy.stdout).hookSpecificOutput.permissionDecision, 'ask');
    const settings = await hook(
      'windsurf',
      payloads.windsurfWrite(
        ws.path('.vscode/settings.json'),
        '"aiSecretGuard.enable": true',
        '"aiSecretGuard.enable": false',
      ),
    );
    assert.ok(exit2(settings) || /secret-guard policy/.test(settings.stderr));
    assert.equal(
      (
        await hook(
          'windsurf',
          payloads.windsurfWrite(ws.path('.vscode/settings.json'), '"editor.tabSize": 2', '"editor.tabSize": 4'),
        )
      ).code,
      0,
    );
    const suppressed = await hook(
      'gemini',
      payloads.geminiWrite(ws.root, ws.path('src/s.ts'), `const t = "${key()}"; // gitleaks:allow\n`),
    );
    assert.ok(geminiDenied(suppressed));
  });
});

describe('agent hooks: redact or ask instead of block (aiSecretGuard.agentHooks.sensitiveReads)', function () {
  this.timeout(30_000);
  let ws: TempWorkspace;
  let token: string;
  beforeEach(() => {
    token = fake.githubStyle('ghp_');
    ws = new TempWorkspace({
      '.env': `GITHUB_TOKEN=${token}\nDB_PASSWORD=correct-horse-battery\n`,
      'src/legacy.ts': `export const t = "${token}";\n`,
    });
  });
  afterEach(() => ws.dispose());
  const policy = (sensitiveReads: string) =>
    ws.write({
      '.vscode/settings.json': JSON.stringify({ 'aiSecretGuard.agentHooks.sensitiveReads': sensitiveReads }),
    });
  const hook = (agent: string, payload: object) =>
    runCli(['hook', agent], ws.root, { stdin: JSON.stringify(payload), env: {} });
  const after = (tool: string, input: object, llmContent: string) => ({
    session_id: 's',
    cwd: ws.root,
    hook_event_name: 'AfterTool',
    tool_name: tool,
    tool_input: input,
    tool_response: { llmContent, returnDisplay: '' },
  });

  it('Gemini CLI: lets the read run and masks every value of .env, and the secrets of other files, in what the model sees', async () => {
    policy('redact');
    assert.deepEqual(JSON.parse((await hook('gemini', payloads.geminiRead(ws.root, ws.path('.env')))).stdout), {});
    const env = JSON.parse(
      (
        await hook(
          'gemini',
          after(
            'read_file',
            { file_path: ws.path('.env') },
            `GITHUB_TOKEN=${token}\nDB_PASSWORD=correct-horse-battery\n`,
          ),
        )
      ).stdout,
    );
    const shown: string = env.hookSpecificOutput.tool_output;
    assert.ok(!shown.includes(token) && !shown.includes('correct-horse-battery'));
    assert.match(shown, /^GITHUB_TOKEN=ghp_…\(40 chars\)\nDB_PASSWORD=corr…\(21 chars\)\n$/);
    const code = JSON.parse(
      (
        await hook(
          'gemini',
          after('read_file', { file_path: ws.path('src/legacy.ts') }, `export const t = "${token}";\n`),
        )
      ).stdout,
    );
    assert.equal(code.hookSpecificOutput.tool_output, 'export const t = "ghp_…(40 chars)";\n');
    assert.deepEqual(
      JSON.parse((await hook('gemini', payloads.geminiShell(ws.root, 'cat .env'))).stdout),
      {},
      'the command runs',
    );
    const shell = JSON.parse(
      (await hook('gemini', after('run_shell_command', { command: 'cat .env' }, `GITHUB_TOKEN=${token}\n`))).stdout,
    );
    assert.ok(!shell.hookSpecificOutput.tool_output.includes(token));
    assert.deepEqual(
      JSON.parse((await hook('gemini', after('read_file', { file_path: ws.path('README.md') }, '# hello\n'))).stdout),
      {},
      'clean output is left alone',
    );
  });

  it('leaves results alone and blocks the read when reads are blocked (the default), and asks when set to ask', async () => {
    assert.deepEqual(
      JSON.parse(
        (await hook('gemini', after('read_file', { file_path: ws.path('.env') }, `GITHUB_TOKEN=${token}\n`))).stdout,
      ),
      {},
    );
    assert.equal(
      JSON.parse((await hook('gemini', payloads.geminiRead(ws.root, ws.path('.env')))).stdout).decision,
      'deny',
    );
    policy('redact');
    assert.equal(
      (
        await hook('claude-code', {
          hook_event_name: 'PreToolUse',
          cwd: ws.root,
          tool_name: 'Read',
          tool_input: { file_path: ws.path('.env') },
        })
      ).code,
      2,
      'Claude Code cannot rewrite a result: it still blocks',
    );
    policy('ask');
    const asked = await hook('claude-code', {
      hook_event_name: 'PreToolUse',
      cwd: ws.root,
      tool_name: 'Read',
      tool_input: { file_path: ws.path('.env') },
    });
    assert.equal(JSON.parse(asked.stdout).hookSpecificOutput.permissionDecision, 'ask');
  });
});

describe('agent hook coverage (the exposure view)', () => {
  it('lists per agent the channels its installed hooks cover, and none where a hook is missing', () => {
    const files = new Map<string, string>();
    for (const t of AGENT_HOOK_TARGETS.filter((x) => x.agent === 'cursor' || x.agent === 'codex'))
      files.set(t.file, t.render(undefined, hookCommandLine('ai-secret-guard', t.agent)));
    const cursor = JSON.parse(files.get('.cursor/hooks.json')!);
    delete cursor.hooks.beforeSubmitPrompt;
    files.set('.cursor/hooks.json', JSON.stringify(cursor));
    const coverage = Object.fromEntries(
      hookCoverage((rel) => files.get(rel)).map((c) => [c.agent, [...c.channels].sort()]),
    );
    assert.deepEqual(coverage['cursor'], ['journal', 'mcp', 'read', 'shell', 'write']);
    assert.deepEqual(coverage['codex'], ['journal', 'mcp', 'prompt', 'shell', 'write']);
    assert.deepEqual(coverage['claude-code'], []);
  });
});

describe('agent hook replies and parsing, per dialect', () => {
  const deny = { allow: false as const, reason: 'because' };
  it("answers prompts in each agent's prompt protocol", () => {
    assert.deepEqual(JSON.parse(replyFor('vscode', 'UserPromptSubmit', deny).stdout), {
      continue: false,
      stopReason: 'because',
      systemMessage: 'because',
    });
    assert.deepEqual(JSON.parse(replyFor('cursor', 'beforeSubmitPrompt', deny).stdout), {
      continue: false,
      user_message: 'because',
    });
    assert.deepEqual(
      replyFor('claude', 'UserPromptSubmit', { ...deny, ask: true }),
      { exitCode: 2, stdout: '', stderr: 'because\n' },
      'a prompt cannot be asked about',
    );
    assert.deepEqual(
      replyFor('windsurf', 'pre_read_code', { ...deny, ask: true }).exitCode,
      2,
      'Windsurf cannot ask: it refuses',
    );
  });
  it("reads Gemini's read_many_files paths and Cline's MCP calls", () => {
    assert.deepEqual(
      parseToolCall('gemini', {
        hook_event_name: 'BeforeTool',
        tool_name: 'read_many_files',
        tool_input: { paths: ['a', '.env'] },
      }).paths,
      ['a', '.env'],
    );
    const mcp = parseToolCall('cline', {
      hookName: 'PreToolUse',
      workspaceRoots: ['/p'],
      preToolUse: { toolName: 'use_mcp_tool', parameters: { server_name: 's', tool_name: 't', arguments: '{}' } },
    });
    assert.equal(mcp.access, 'mcp');
    assert.equal(mcp.cwd, '/p');
  });
});
