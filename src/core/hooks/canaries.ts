import type { HookChannel } from './agentConfig';
import type { HookAgent } from './toolCall';

/** The channels `doctor` proves, with a canary each. */
export const CANARY_CHANNELS = ['read', 'shell', 'prompt', 'write'] as const satisfies readonly HookChannel[];
export type CanaryChannel = (typeof CANARY_CHANNELS)[number];

/** Where the canaries live: a throwaway folder holding a planted `.env` with a fake key. */
export interface CanarySite {
  readonly root: string;
  /** Absolute path of the planted `.env`. */
  readonly envFile: string;
  /** The same file's text, for agents that send it (Cursor's beforeReadFile). */
  readonly envText: string;
  /** A fake key built at run time, for the prompt and write canaries. */
  readonly fakeKey: string;
  /** Joins a relative path onto `root` the platform's way. */
  readonly join: (rel: string) => string;
}

/** One canary: the event it fires, the tool name a matcher sees, the payload the agent would send. */
export interface Canary {
  readonly event: string;
  readonly tool?: string;
  readonly payload: Record<string, unknown>;
}

const PROMPT = (key: string) => `The deploy fails with token ${key}, can you check why?`;
const WRITE = (key: string) => `export const token = "${key}";\n`;

/** Claude Code's and Codex's wire format (code.claude.com/docs/en/hooks, developers.openai.com/codex/hooks). */
function claudeLike(s: CanarySite, channel: CanaryChannel, codex: boolean): Canary | undefined {
  const base = {
    session_id: 'asg-doctor',
    transcript_path: s.join('transcript.jsonl'),
    cwd: s.root,
    permission_mode: 'default',
  };
  const tool = (tool_name: string, tool_input: object): Canary => ({
    event: 'PreToolUse',
    tool: tool_name,
    payload: { ...base, hook_event_name: 'PreToolUse', tool_name, tool_input, tool_use_id: 'asg-doctor' },
  });
  switch (channel) {
    case 'read':
      return codex ? undefined : tool('Read', { file_path: s.envFile });
    case 'shell':
      return tool('Bash', { command: 'cat .env', description: 'Show env' });
    case 'prompt':
      return {
        event: 'UserPromptSubmit',
        payload: { ...base, hook_event_name: 'UserPromptSubmit', prompt: PROMPT(s.fakeKey) },
      };
    case 'write':
      return codex
        ? tool('apply_patch', {
            command: `*** Begin Patch\n*** Add File: src/config.ts\n+${WRITE(s.fakeKey).trimEnd()}\n*** End Patch\n`,
          })
        : tool('Write', { file_path: s.join('src/config.ts'), content: WRITE(s.fakeKey) });
  }
}

function cursor(s: CanarySite, channel: CanaryChannel): Canary {
  const base = { conversation_id: 'asg-doctor', generation_id: 'asg-doctor', workspace_roots: [s.root] };
  switch (channel) {
    case 'read':
      return {
        event: 'beforeReadFile',
        payload: {
          ...base,
          hook_event_name: 'beforeReadFile',
          file_path: s.envFile,
          content: s.envText,
          attachments: [],
        },
      };
    case 'shell':
      return {
        event: 'beforeShellExecution',
        payload: { ...base, hook_event_name: 'beforeShellExecution', command: 'cat .env', cwd: s.root },
      };
    case 'prompt':
      return {
        event: 'beforeSubmitPrompt',
        payload: { ...base, hook_event_name: 'beforeSubmitPrompt', prompt: PROMPT(s.fakeKey), attachments: [] },
      };
    case 'write':
      return {
        event: 'preToolUse',
        tool: 'Write',
        payload: {
          ...base,
          hook_event_name: 'preToolUse',
          tool_name: 'Write',
          tool_input: { file_path: s.join('src/config.ts'), content: WRITE(s.fakeKey) },
        },
      };
  }
}

function vscode(s: CanarySite, channel: CanaryChannel): Canary {
  const base = { timestamp: new Date(0).toISOString(), cwd: s.root, sessionId: 'asg-doctor' };
  const tool = (tool_name: string, tool_input: object): Canary => ({
    event: 'PreToolUse',
    tool: tool_name,
    payload: { ...base, hookEventName: 'PreToolUse', tool_name, tool_input, tool_use_id: 'asg-doctor' },
  });
  switch (channel) {
    case 'read':
      return tool('read_file', { filePath: s.envFile, startLine: 1, endLine: 20 });
    case 'shell':
      return tool('run_in_terminal', { command: 'cat .env', explanation: 'Show env', isBackground: false });
    case 'prompt':
      return {
        event: 'UserPromptSubmit',
        payload: { ...base, hookEventName: 'UserPromptSubmit', prompt: PROMPT(s.fakeKey) },
      };
    case 'write':
      return tool('create_file', { filePath: s.join('src/config.ts'), content: WRITE(s.fakeKey) });
  }
}

function gemini(s: CanarySite, channel: CanaryChannel): Canary {
  const base = {
    session_id: 'asg-doctor',
    transcript_path: s.join('transcript.json'),
    cwd: s.root,
    timestamp: new Date(0).toISOString(),
  };
  const tool = (tool_name: string, tool_input: object): Canary => ({
    event: 'BeforeTool',
    tool: tool_name,
    payload: { ...base, hook_event_name: 'BeforeTool', tool_name, tool_input },
  });
  switch (channel) {
    case 'read':
      return tool('read_file', { file_path: s.envFile });
    case 'shell':
      return tool('run_shell_command', { command: 'cat .env', description: 'Show env' });
    case 'prompt':
      return { event: 'BeforeAgent', payload: { ...base, hook_event_name: 'BeforeAgent', prompt: PROMPT(s.fakeKey) } };
    case 'write':
      return tool('write_file', { file_path: s.join('src/config.ts'), content: WRITE(s.fakeKey) });
  }
}

function windsurf(s: CanarySite, channel: CanaryChannel): Canary {
  const base = { trajectory_id: 'asg-doctor', execution_id: 'asg-doctor', timestamp: new Date(0).toISOString() };
  const event = { read: 'pre_read_code', shell: 'pre_run_command', prompt: 'pre_user_prompt', write: 'pre_write_code' }[
    channel
  ];
  const info = {
    read: { file_path: s.envFile },
    shell: { command_line: 'cat .env', cwd: s.root },
    prompt: { user_prompt: PROMPT(s.fakeKey) },
    write: { file_path: s.join('src/config.ts'), edits: [{ old_string: '', new_string: WRITE(s.fakeKey) }] },
  }[channel];
  return { event, payload: { ...base, agent_action_name: event, tool_info: info } };
}

function cline(s: CanarySite, channel: CanaryChannel): Canary {
  const base = {
    clineVersion: '3',
    timestamp: new Date(0).toISOString(),
    taskId: 'asg-doctor',
    workspaceRoots: [s.root],
    userId: 'asg-doctor',
  };
  if (channel === 'prompt')
    return {
      event: 'UserPromptSubmit',
      payload: {
        ...base,
        hookName: 'UserPromptSubmit',
        userPromptSubmit: { prompt: PROMPT(s.fakeKey), attachments: [] },
      },
    };
  const [toolName, parameters] = {
    read: ['read_file', { path: '.env' }],
    shell: ['execute_command', { command: 'cat .env', requires_approval: 'false' }],
    write: ['write_to_file', { path: 'src/config.ts', content: WRITE(s.fakeKey) }],
  }[channel] as [string, object];
  return {
    event: 'PreToolUse',
    tool: toolName,
    payload: { ...base, hookName: 'PreToolUse', preToolUse: { toolName, parameters } },
  };
}

/** The canary for one agent and channel; undefined where the agent has no such channel (Codex has no read tool). */
export function canaryFor(agent: HookAgent, channel: CanaryChannel, site: CanarySite): Canary | undefined {
  switch (agent) {
    case 'claude-code':
      return claudeLike(site, channel, false);
    case 'codex':
      return claudeLike(site, channel, true);
    case 'cursor':
      return cursor(site, channel);
    case 'vscode':
      return vscode(site, channel);
    case 'gemini':
      return gemini(site, channel);
    case 'windsurf':
      return windsurf(site, channel);
    case 'cline':
      return cline(site, channel);
  }
}

/**
 * Gemini CLI's AfterTool for a canary its BeforeTool let through: the tool returned the planted
 * `.env`; a redacting hook replaces that before the model sees it.
 */
export function afterToolCanary(before: Canary, site: CanarySite): Canary | undefined {
  if (before.event !== 'BeforeTool') return undefined;
  return {
    event: 'AfterTool',
    ...(before.tool ? { tool: before.tool } : {}),
    payload: {
      ...before.payload,
      hook_event_name: 'AfterTool',
      tool_response: { llmContent: site.envText, returnDisplay: '' },
    },
  };
}

/** Whether an AfterTool answer replaced the output with one that no longer holds the fake key. */
export function redactedBy(stdout: string, site: CanarySite): boolean {
  const body = parseJson(stdout);
  const replaced = (body?.['hookSpecificOutput'] as Record<string, unknown> | undefined)?.['tool_output'];
  return (typeof replaced === 'string' && !replaced.includes(site.fakeKey)) || body?.['decision'] === 'deny';
}

export type CanaryOutcome = 'blocked' | 'asked' | 'redacted' | 'let-through' | 'broken';

function parseJson(stdout: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(stdout.trim() || 'null');
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** What the agent makes of a hook's answer, per its documented protocol (see reply.ts). */
export function outcomeOf(
  agent: HookAgent,
  reply: { readonly code: number | null; readonly stdout: string },
): CanaryOutcome {
  const body = parseJson(reply.stdout);
  const specific = body?.['hookSpecificOutput'] as Record<string, unknown> | undefined;
  const decision = specific?.['permissionDecision'] ?? body?.['permission'] ?? body?.['decision'];
  if (agent === 'cline')
    return body?.['cancel'] === true ? 'blocked' : reply.code === 0 && body ? 'let-through' : 'broken';
  if (decision === 'ask') return 'asked';
  if (decision === 'deny' || decision === 'block' || body?.['continue'] === false) return 'blocked';
  if (reply.code === 2) return 'blocked';
  if (reply.code !== 0) return 'broken';
  // Cursor and VS Code read their answer from stdout: no JSON is a broken hook.
  if ((agent === 'cursor' || agent === 'vscode') && !body) return 'broken';
  return 'let-through';
}
