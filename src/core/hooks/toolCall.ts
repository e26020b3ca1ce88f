/**
 * What an AI agent is about to do, read from the JSON its hook sends on stdin, in one shape for
 * every agent. Sources of the input formats:
 * - Claude Code `PreToolUse` (code.claude.com/docs/en/hooks): `{ hook_event_name, cwd, tool_name,
 *   tool_input }`; Read/Write/Edit/MultiEdit take `file_path` (absolute), Write `content`, Edit
 *   `old_string`/`new_string`, MultiEdit `edits[]`, NotebookEdit `notebook_path`/`new_source`,
 *   Grep `path`, Bash `command`.
 * - VS Code agent hooks (code.visualstudio.com/docs/copilot/customization/hooks): `{ hookEventName,
 *   cwd, tool_name, tool_input }` with VS Code's tool names (`create_file`,
 *   `replace_string_in_file`, …) and camelCase inputs (`filePath`); VS Code also runs the hooks in
 *   `.claude/settings.json`, ignoring their matchers. Its per-tool input schemas are not
 *   documented, so inputs are read by field name, not by tool.
 * - Cursor (cursor.com/docs/agent/hooks): `beforeReadFile` `{ file_path, content }`,
 *   `beforeShellExecution` `{ command, cwd }`, with `workspace_roots` in every event.
 */

export const HOOK_AGENTS = ['claude-code', 'cursor', 'vscode'] as const;
export type HookAgent = (typeof HOOK_AGENTS)[number];

/** Which protocol to answer in: decided by the payload's shape as much as by the command line. */
export type HookDialect = 'claude' | 'vscode' | 'cursor';

export type ToolAccess = 'read' | 'write' | 'shell' | 'other';

/** New text an agent is about to put into a file. */
export interface PendingWrite {
  readonly path?: string;
  readonly text: string;
  /** The text it replaces, when the tool says (an edit's old string). */
  readonly replaced?: string;
}

export interface ToolCall {
  readonly dialect: HookDialect;
  /** The hook event, e.g. `PreToolUse`, `beforeReadFile`. */
  readonly event: string;
  /** The tool's name, or the event for Cursor's per-purpose events. */
  readonly tool: string;
  readonly access: ToolAccess;
  /** Files the tool reads or writes, as given (absolute or relative to `cwd`). */
  readonly paths: readonly string[];
  readonly writes: readonly PendingWrite[];
  /** The content about to be read, when the agent sends it (Cursor's beforeReadFile). */
  readonly content?: string;
  readonly command?: string;
  readonly cwd?: string;
  /** Workspace folders the agent reports (Cursor). */
  readonly roots: readonly string[];
}

/** The payload is not a hook input this tool understands. */
export class HookInputError extends Error {}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

const PATH_KEYS = ['file_path', 'filePath', 'notebook_path', 'notebookPath', 'path', 'target_file', 'targetFile', 'uri'];
const NEW_TEXT_KEYS = ['content', 'new_string', 'newString', 'new_source', 'newSource', 'code', 'newCode', 'new_text', 'newText', 'newContent'];
const OLD_TEXT_KEYS = ['old_string', 'oldString', 'old_text', 'oldText'];

/** `file:///a/b` → `/a/b`; other strings unchanged. */
function fromUri(p: string): string {
  if (!p.startsWith('file://')) return p;
  try {
    const decoded = decodeURIComponent(p.slice('file://'.length));
    return /^\/[A-Za-z]:\//.test(decoded) ? decoded.slice(1) : decoded;
  } catch {
    return p;
  }
}

function pathOf(input: Json): string | undefined {
  for (const k of PATH_KEYS) {
    const v = str(input[k]);
    if (v) return fromUri(v);
  }
  return undefined;
}

function firstString(input: Json, keys: readonly string[]): string | undefined {
  for (const k of keys) if (typeof input[k] === 'string') return input[k] as string;
  return undefined;
}

function normalizedName(tool: string): string {
  return tool.toLowerCase().replace(/[^a-z]/g, '');
}

/** Classifies a tool by its name; names differ per agent, so this goes by the words in them. */
export function accessOf(tool: string): ToolAccess {
  const n = normalizedName(tool);
  if (n.includes('todo')) return 'other';
  if (/^(bash|shell|powershell)$|terminal|runcommand|execcommand/.test(n)) return 'shell';
  if (/write|edit|create|replace|insert|patch/.test(n)) return 'write';
  if (/read|grep|view|open/.test(n)) return 'read';
  return 'other';
}

/** Added lines per file of an `apply_patch` input (`*** Add File: p` / `*** Update File: p`, `+` lines). */
function patchWrites(patch: string): PendingWrite[] {
  const out: { path: string; lines: string[] }[] = [];
  let current: { path: string; lines: string[] } | undefined;
  for (const line of patch.split(/\r?\n/)) {
    const header = /^\*\*\* (?:Add|Update) File: (.+)$/.exec(line);
    if (header) {
      current = { path: header[1]!.trim(), lines: [] };
      out.push(current);
    } else if (/^\*\*\* /.test(line)) current = undefined;
    else if (current && line.startsWith('+')) current.lines.push(line.slice(1));
  }
  return out.filter((f) => f.lines.length > 0).map((f) => ({ path: f.path, text: f.lines.join('\n') }));
}

/** The writes a tool input describes, whatever the agent calls the fields. */
function writesOf(input: Json, fallbackPath: string | undefined): PendingWrite[] {
  const writes: PendingWrite[] = [];
  const add = (obj: Json, p: string | undefined) => {
    const text = firstString(obj, NEW_TEXT_KEYS);
    if (text === undefined) return;
    const replaced = firstString(obj, OLD_TEXT_KEYS);
    writes.push({ ...(p ? { path: p } : {}), text, ...(replaced !== undefined ? { replaced } : {}) });
  };
  add(input, pathOf(input) ?? fallbackPath);
  for (const key of ['edits', 'replacements']) {
    const list = input[key];
    if (Array.isArray(list)) for (const e of list) if (isObject(e)) add(e, pathOf(e) ?? pathOf(input) ?? fallbackPath);
  }
  for (const key of ['input', 'patch']) {
    const patch = input[key];
    if (typeof patch === 'string' && patch.includes('*** Begin Patch')) writes.push(...patchWrites(patch));
  }
  return writes;
}

function pathsOf(input: Json, writes: readonly PendingWrite[]): string[] {
  const paths = new Set<string>();
  const one = pathOf(input);
  if (one) paths.add(one);
  for (const key of ['files', 'filePaths', 'paths']) {
    const list = input[key];
    if (Array.isArray(list)) for (const p of list) if (typeof p === 'string' && p) paths.add(fromUri(p));
  }
  for (const w of writes) if (w.path) paths.add(w.path);
  return [...paths];
}

function dialectOf(agent: HookAgent, payload: Json): HookDialect {
  if (agent === 'cursor') return 'cursor';
  // VS Code runs the hooks it finds in .claude/settings.json too; its payloads say hookEventName.
  if (payload['hookEventName'] !== undefined && payload['hook_event_name'] === undefined) return 'vscode';
  return agent === 'vscode' ? 'vscode' : 'claude';
}

/** Reads a hook payload (already JSON-parsed). Throws HookInputError for anything else. */
export function parseToolCall(agent: HookAgent, payload: unknown): ToolCall {
  if (!isObject(payload)) throw new HookInputError('the hook input is not a JSON object');
  const dialect = dialectOf(agent, payload);
  const event = str(payload['hook_event_name']) ?? str(payload['hookEventName']) ?? '';
  const cwd = str(payload['cwd']);
  const roots = Array.isArray(payload['workspace_roots']) ? (payload['workspace_roots'] as unknown[]).filter((r): r is string => typeof r === 'string' && r.length > 0) : [];
  const base = { dialect, event, ...(cwd ? { cwd } : {}), roots };

  if (event === 'beforeReadFile' || event === 'beforeTabFileRead') {
    const file = str(payload['file_path']);
    const content = typeof payload['content'] === 'string' ? payload['content'] : undefined;
    return { ...base, tool: event, access: 'read', paths: file ? [file] : [], writes: [], ...(content !== undefined ? { content } : {}) };
  }
  if (event === 'beforeShellExecution') {
    const command = str(payload['command']);
    return { ...base, tool: event, access: 'shell', paths: [], writes: [], ...(command ? { command } : {}) };
  }
  const tool = str(payload['tool_name']) ?? str(payload['toolName']) ?? '';
  const rawInput = payload['tool_input'] ?? payload['toolInput'] ?? payload['toolArgs'];
  let input: Json = {};
  if (isObject(rawInput)) input = rawInput;
  else if (typeof rawInput === 'string') {
    // Some agents send the input as a JSON string (Cursor's MCP events), others a patch text.
    try {
      const parsed: unknown = JSON.parse(rawInput);
      input = isObject(parsed) ? parsed : { input: rawInput };
    } catch {
      input = { input: rawInput };
    }
  }
  const access = accessOf(tool);
  if (access === 'shell') {
    const command = str(input['command']) ?? str(input['cmd']);
    return { ...base, tool, access, paths: [], writes: [], ...(command ? { command } : {}) };
  }
  const writes = access === 'write' ? writesOf(input, undefined) : [];
  return { ...base, tool, access, paths: pathsOf(input, writes), writes };
}
