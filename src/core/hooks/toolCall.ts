import {
  accessOf,
  fromUri,
  inputObject,
  isObject,
  pathsOf,
  str,
  writesOf,
  type Json,
  type PendingWrite,
  type ToolAccess,
} from './toolInput';

export { accessOf, type PendingWrite, type ToolAccess } from './toolInput';

/**
 * What an AI agent is about to do, read from the JSON its hook sends on stdin, in one shape for
 * every agent. Input formats (docs/agent-hooks.md cites each page):
 * - Claude Code and Codex: `{ hook_event_name, cwd, tool_name, tool_input }`; `UserPromptSubmit` `{ prompt }`.
 * - VS Code agent hooks: the same with `hookEventName` and VS Code's tool names and camelCase inputs.
 * - Gemini CLI: `BeforeTool` `{ tool_name, tool_input }`, `BeforeAgent` `{ prompt }`.
 * - Cursor: per-purpose events (`beforeReadFile` `{ file_path, content }`, `beforeShellExecution`
 *   `{ command, cwd }`, `beforeMCPExecution` `{ tool_name, tool_input }`, `beforeSubmitPrompt`
 *   `{ prompt, attachments }`, `preToolUse` `{ tool_name, tool_input }`), `workspace_roots` in each.
 * - Windsurf: `{ agent_action_name, tool_info }` (`file_path`, `edits`, `command_line`, `cwd`,
 *   `mcp_tool_arguments`, `user_prompt`).
 * - Cline: `{ hookName, workspaceRoots, preToolUse: { toolName, parameters } }` or `userPromptSubmit: { prompt }`.
 */

export const HOOK_AGENTS = ['claude-code', 'cursor', 'vscode', 'gemini', 'codex', 'windsurf', 'cline'] as const;
export type HookAgent = (typeof HOOK_AGENTS)[number];

/** Which protocol to answer in: decided by the payload's shape as much as by the command line. */
export type HookDialect = 'claude' | 'vscode' | 'cursor' | 'gemini' | 'codex' | 'windsurf' | 'cline';

export interface ToolCall {
  readonly dialect: HookDialect;
  /** The hook event, e.g. `PreToolUse`, `beforeReadFile`. */
  readonly event: string;
  /** The tool's name, or the event for per-purpose events. */
  readonly tool: string;
  readonly access: ToolAccess;
  /** Files the tool reads or writes (or a prompt attaches), as given (absolute or relative to `cwd`). */
  readonly paths: readonly string[];
  readonly writes: readonly PendingWrite[];
  /** The content about to be read, when the agent sends it (Cursor's beforeReadFile). */
  readonly content?: string;
  readonly command?: string;
  /** What leaves for the model or a server: the prompt, or an MCP call's arguments. */
  readonly text?: string;
  readonly cwd?: string;
  /** Workspace folders the agent reports. */
  readonly roots: readonly string[];
}

/** The payload is not a hook input this tool understands. */
export class HookInputError extends Error {}

type Base = Pick<ToolCall, 'dialect' | 'event' | 'roots'> & { cwd?: string };

function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((r): r is string => typeof r === 'string' && r.length > 0) : [];
}

/** Files attached to a prompt (Cursor `attachments: [{ type: "file", file_path }]`). */
function attachmentPaths(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((a) => {
    const p = isObject(a) ? (str(a['file_path']) ?? str(a['filePath']) ?? str(a['path'])) : str(a);
    return p ? [fromUri(p)] : [];
  });
}

function promptCall(base: Base, prompt: string | undefined, attachments: unknown): ToolCall {
  return {
    ...base,
    tool: base.event,
    access: 'prompt',
    paths: attachmentPaths(attachments),
    writes: [],
    ...(prompt !== undefined ? { text: prompt } : {}),
  };
}

/** One tool call from its name and input object, whatever the agent. */
function toolCall(base: Base, tool: string, input: Json, access = accessOf(tool)): ToolCall {
  if (access === 'shell') {
    const command = str(input['command']) ?? str(input['cmd']) ?? str(input['command_line']);
    return { ...base, tool, access, paths: [], writes: [], ...(command ? { command } : {}) };
  }
  if (access === 'mcp')
    return { ...base, tool, access, paths: pathsOf(input, []), writes: [], text: JSON.stringify(input) };
  const patch = str(input['command']);
  const writes =
    access === 'write' ? writesOf(patch?.includes('*** Begin Patch') ? { ...input, patch } : input, undefined) : [];
  return { ...base, tool, access, paths: pathsOf(input, writes), writes };
}

const POST_WRITE_EVENTS = new Set(['PostToolUse', 'afterFileEdit', 'post_write_code', 'AfterTool']);

/** A post-write event's call: the same writes, marked as done (for the journal). */
function asWritten(call: ToolCall): ToolCall {
  return call.access === 'write' && POST_WRITE_EVENTS.has(call.event) ? { ...call, access: 'written' } : call;
}

/** Gemini CLI's AfterTool: the tool's result (`tool_response.llmContent`) is what the model would see. */
function afterTool(base: Base, payload: Json): ToolCall {
  const tool = str(payload['tool_name']) ?? '';
  const input = inputObject(payload['tool_input']);
  if (accessOf(tool) === 'write') return asWritten(toolCall(base, tool, input));
  const response = isObject(payload['tool_response']) ? payload['tool_response'] : {};
  const content = response['llmContent'];
  const text = typeof content === 'string' ? content : content === undefined ? undefined : JSON.stringify(content);
  const command = accessOf(tool) === 'shell' ? str(input['command']) : undefined;
  return {
    ...base,
    tool,
    access: 'output',
    paths: pathsOf(input, []),
    writes: [],
    ...(text !== undefined ? { text } : {}),
    ...(command ? { command } : {}),
  };
}

function parseCursor(base: Base, payload: Json): ToolCall {
  const event = base.event;
  if (event === 'beforeReadFile' || event === 'beforeTabFileRead') {
    const file = str(payload['file_path']);
    const content = typeof payload['content'] === 'string' ? payload['content'] : undefined;
    return {
      ...base,
      tool: event,
      access: 'read',
      paths: file ? [file] : [],
      writes: [],
      ...(content !== undefined ? { content } : {}),
    };
  }
  if (event === 'beforeShellExecution') return toolCall(base, event, payload, 'shell');
  if (event === 'afterFileEdit') return asWritten(toolCall(base, event, payload, 'write'));
  if (event === 'beforeSubmitPrompt')
    return promptCall(
      base,
      typeof payload['prompt'] === 'string' ? payload['prompt'] : undefined,
      payload['attachments'],
    );
  const tool = str(payload['tool_name']) ?? event;
  return toolCall(base, tool, inputObject(payload['tool_input']), event === 'beforeMCPExecution' ? 'mcp' : undefined);
}

const WINDSURF_ACCESS: Readonly<Record<string, ToolAccess>> = {
  pre_read_code: 'read',
  pre_write_code: 'write',
  post_write_code: 'write',
  pre_run_command: 'shell',
  pre_mcp_tool_use: 'mcp',
};

function parseWindsurf(payload: Json): ToolCall {
  const event = str(payload['agent_action_name']) ?? '';
  const info = isObject(payload['tool_info']) ? payload['tool_info'] : {};
  const cwd = str(info['cwd']);
  const base: Base = { dialect: 'windsurf', event, roots: [], ...(cwd ? { cwd } : {}) };
  if (event === 'pre_user_prompt')
    return promptCall(base, typeof info['user_prompt'] === 'string' ? info['user_prompt'] : undefined, undefined);
  if (event === 'pre_mcp_tool_use')
    return toolCall(base, str(info['mcp_tool_name']) ?? event, inputObject(info['mcp_tool_arguments']), 'mcp');
  return asWritten(toolCall(base, event, info, WINDSURF_ACCESS[event] ?? 'other'));
}

function parseCline(payload: Json): ToolCall {
  const event = str(payload['hookName']) ?? '';
  const roots = stringList(payload['workspaceRoots']);
  // Cline's paths are relative to the workspace.
  const base: Base = { dialect: 'cline', event, roots, ...(roots[0] ? { cwd: roots[0] } : {}) };
  const prompt = isObject(payload['userPromptSubmit']) ? payload['userPromptSubmit'] : undefined;
  if (event === 'UserPromptSubmit' || prompt)
    return promptCall(
      base,
      typeof prompt?.['prompt'] === 'string' ? prompt['prompt'] : undefined,
      prompt?.['attachments'],
    );
  const post = isObject(payload['postToolUse']) ? payload['postToolUse'] : undefined;
  const pre = post ?? (isObject(payload['preToolUse']) ? payload['preToolUse'] : {});
  const call = toolCall(
    { ...base, event: post ? 'PostToolUse' : base.event },
    str(pre['toolName']) ?? '',
    inputObject(pre['parameters']),
  );
  return asWritten(call);
}

function dialectOf(agent: HookAgent, payload: Json): HookDialect {
  // VS Code runs the hooks it finds in .claude/settings.json too; its payloads say hookEventName.
  if (payload['hookEventName'] !== undefined && payload['hook_event_name'] === undefined) return 'vscode';
  if (agent === 'claude-code') return 'claude';
  return agent;
}

/** Reads a hook payload (already JSON-parsed). Throws HookInputError for anything else. */
export function parseToolCall(agent: HookAgent, payload: unknown): ToolCall {
  if (!isObject(payload)) throw new HookInputError('the hook input is not a JSON object');
  if (agent === 'windsurf') return parseWindsurf(payload);
  if (agent === 'cline') return parseCline(payload);
  const dialect = dialectOf(agent, payload);
  const event = str(payload['hook_event_name']) ?? str(payload['hookEventName']) ?? '';
  const cwd = str(payload['cwd']);
  const base: Base = { dialect, event, roots: stringList(payload['workspace_roots']), ...(cwd ? { cwd } : {}) };
  if (dialect === 'cursor') return parseCursor(base, payload);
  if (event === 'AfterTool') return afterTool(base, payload);
  if (event === 'UserPromptSubmit' || event === 'BeforeAgent')
    return promptCall(base, typeof payload['prompt'] === 'string' ? payload['prompt'] : undefined, undefined);
  const tool = str(payload['tool_name']) ?? str(payload['toolName']) ?? '';
  return asWritten(
    toolCall(base, tool, inputObject(payload['tool_input'] ?? payload['toolInput'] ?? payload['toolArgs'])),
  );
}
