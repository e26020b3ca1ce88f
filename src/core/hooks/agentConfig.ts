import { findNodeAtLocation, type JSONPath, type Node } from 'jsonc-parser';
import { edit, expectType, HookConfigError, parseObject, removeAt } from './jsonEdit';
import type { HookAgent } from './toolCall';

export { HookConfigError } from './jsonEdit';

/**
 * The project-local hook configuration that makes each agent ask `ai-secret-guard hook <agent>`
 * before it acts, merged into what is there: comments, layout and every other hook survive
 * (jsonc-parser edits in place), a second install changes nothing, an entry of ours whose command
 * changed is updated where it stands, and uninstalling removes only ours. Formats (docs/agent-hooks.md
 * cites each vendor page):
 * - "grouped" (Claude Code `.claude/settings.json`, Codex `.codex/hooks.json`, Gemini CLI
 *   `.gemini/settings.json`): `hooks.<Event>` is a list of `{ matcher?, hooks: [{ type: "command", command }] }`.
 * - "flat" (Cursor `.cursor/hooks.json` with `version: 1`, VS Code `.github/hooks/*.json`, Windsurf
 *   `.windsurf/hooks.json`): `hooks.<event>` is a list of `{ command, … }`.
 * - Cline: one executable per hook, `.clinerules/hooks/<HookName>`.
 */

/** What a hook event lets the guard see. */
/** `journal`: post-write events that record what an agent wrote (src/core/hooks/journal.ts). */
export type HookChannel = 'read' | 'write' | 'shell' | 'prompt' | 'mcp' | 'journal';

export interface HookEventSpec {
  readonly event: string;
  /** Tool-name regex for grouped layouts; absent means every tool. */
  readonly matcher?: string;
  readonly channels: readonly HookChannel[];
}

/** One hook of ours found in a config file. */
export interface InstalledHook {
  readonly event: string;
  readonly matcher?: string;
  readonly command: string;
}

export interface AgentHookTarget {
  readonly agent: HookAgent;
  /** Relative to the project root. */
  readonly file: string;
  readonly events: readonly HookEventSpec[];
  /** Cline's hooks are programs: written with the executable bit. */
  readonly executable?: boolean;
  /** The file's next text (the same text when the hook is already there). Throws HookConfigError. */
  readonly render: (existing: string | undefined, command: string) => string;
  /** The text without our hooks; undefined when nothing else is left in it (the file is deleted). Throws HookConfigError. */
  readonly remove: (existing: string) => string | undefined;
  /** The hooks of ours the text holds (none for a malformed file). */
  readonly installed: (existing: string) => readonly InstalledHook[];
}

/** Claude Code tools that read or write files, run commands or call MCP servers. */
export const CLAUDE_MATCHER = 'Read|Edit|MultiEdit|Write|NotebookEdit|Grep|Bash|mcp__.*';

/** Gemini CLI tools whose output may hold a file's content, and its writing tools (for the journal). */
export const GEMINI_AFTER_TOOLS =
  'read_file|read_many_files|run_shell_command|grep_search|search_file_content|mcp__.*|write_file|replace';
/** Claude Code tools that write files: their PostToolUse goes to the journal. */
export const CLAUDE_WRITERS = 'Edit|MultiEdit|Write|NotebookEdit';

/** The command line a hook runs: the CLI invocation, `hook`, the agent (and `--fail-closed`). */
export function hookCommandLine(base: string, agent: HookAgent, failClosed = false): string {
  return `${base} hook ${agent}${failClosed ? ' --fail-closed' : ''}`;
}

/** True for a command this tool installed for `agent` (whatever CLI invocation it used). */
export function isOurHookCommand(command: string, agent: HookAgent, wanted?: string): boolean {
  if (command === wanted) return true;
  const ours = command.includes('ai-secret-guard') || /dist[\\/]cli\.js\b/.test(command);
  return ours && new RegExp(`\\bhook ${agent}(?:\\s|$)`).test(command);
}

interface JsonSpec {
  readonly agent: HookAgent;
  readonly file: string;
  readonly layout: 'grouped' | 'flat';
  readonly events: readonly HookEventSpec[];
  /** Fields every entry of ours carries besides `command`. */
  readonly entry: (command: string) => Record<string, unknown>;
  /** Cursor's file declares its format version. */
  readonly version?: number;
}

/** Paths (under `hooks.<event>`) of every command string, with its group's matcher. */
function commandPaths(root: Node, spec: JsonSpec, event: string): { path: JSONPath; matcher?: string }[] {
  const list = findNodeAtLocation(root, ['hooks', event]);
  if (list?.type !== 'array') return [];
  return (list.children ?? []).flatMap((entry, i) => {
    if (spec.layout === 'flat') return [{ path: ['hooks', event, i, 'command'] }];
    const matcher = findNodeAtLocation(entry, ['matcher'])?.value;
    const inner = findNodeAtLocation(entry, ['hooks'])?.children ?? [];
    return inner.map((_, j) => ({
      path: ['hooks', event, i, 'hooks', j, 'command'],
      ...(typeof matcher === 'string' ? { matcher } : {}),
    }));
  });
}

function installedIn(spec: JsonSpec, root: Node): InstalledHook[] {
  return spec.events.flatMap(({ event }) =>
    commandPaths(root, spec, event).flatMap(({ path, matcher }) => {
      const value = findNodeAtLocation(root, path)?.value;
      return typeof value === 'string' && isOurHookCommand(value, spec.agent)
        ? [{ event, command: value, ...(matcher !== undefined ? { matcher } : {}) }]
        : [];
    }),
  );
}

function newEntry(spec: JsonSpec, e: HookEventSpec, command: string): unknown {
  if (spec.layout === 'flat') return spec.entry(command);
  return { ...(e.matcher ? { matcher: e.matcher } : {}), hooks: [spec.entry(command)] };
}

function renderJson(spec: JsonSpec, existing: string | undefined, command: string): string {
  const fresh = existing === undefined || existing.trim() === '';
  let text = fresh ? '{}' : existing;
  let root = parseObject(text, spec.file)!;
  if (spec.version !== undefined) {
    const version = findNodeAtLocation(root, ['version']);
    if (version && version.value !== spec.version)
      throw new HookConfigError(
        spec.file,
        `its "version" is ${JSON.stringify(version.value)}, and the hooks format written here is version ${spec.version}`,
      );
    if (!version) text = edit(text, ['version'], spec.version, false);
  }
  for (const e of spec.events) {
    root = parseObject(text, spec.file)!;
    expectType(root, ['hooks'], 'object', spec.file);
    const list = expectType(root, ['hooks', e.event], 'array', spec.file);
    const ours = commandPaths(root, spec, e.event).find(({ path }) => {
      const v = findNodeAtLocation(root, path)?.value;
      return typeof v === 'string' && isOurHookCommand(v, spec.agent, command);
    });
    if (ours) {
      if (findNodeAtLocation(root, ours.path)?.value !== command) text = edit(text, ours.path, command, false);
    } else if (list) text = edit(text, ['hooks', e.event, -1], newEntry(spec, e, command), true);
    else text = edit(text, ['hooks', e.event], [newEntry(spec, e, command)], false);
  }
  return fresh ? JSON.stringify(JSON.parse(text), null, 2) + '\n' : text;
}

/** Removes our entries (a group left empty goes with them), then event lists and a `hooks` object left empty. */
function removeJson(spec: JsonSpec, existing: string): string | undefined {
  let text = existing;
  for (const { event } of spec.events) {
    for (;;) {
      const root = parseObject(text, spec.file);
      if (!root) return text;
      const ours = commandPaths(root, spec, event).find(({ path }) =>
        isOurHookCommand(String(findNodeAtLocation(root, path)?.value), spec.agent),
      );
      if (!ours) break;
      const groupHooks = spec.layout === 'grouped' ? findNodeAtLocation(root, ours.path.slice(0, 4)) : undefined;
      const target =
        spec.layout === 'flat' || (groupHooks?.children?.length ?? 0) <= 1
          ? ours.path.slice(0, 3)
          : ours.path.slice(0, 5);
      text = removeAt(text, target, spec.file);
    }
    const list = findNodeAtLocation(parseObject(text, spec.file)!, ['hooks', event]);
    if (list?.type === 'array' && (list.children?.length ?? 0) === 0 && existing.includes(`"${event}"`))
      text = removeAt(text, ['hooks', event], spec.file);
  }
  const root = parseObject(text, spec.file)!;
  const hooks = findNodeAtLocation(root, ['hooks']);
  if (hooks?.type === 'object' && (hooks.children?.length ?? 0) === 0) text = removeAt(text, ['hooks'], spec.file);
  const left = (parseObject(text, spec.file)?.children ?? []).filter((p) => p.children?.[0]?.value !== 'version');
  // Nothing else left (the file was ours, or empty before): the file goes.
  return left.length === 0 ? undefined : text;
}

function jsonTarget(spec: JsonSpec): AgentHookTarget {
  return {
    agent: spec.agent,
    file: spec.file,
    events: spec.events,
    render: (existing, command) => renderJson(spec, existing, command),
    remove: (existing) => removeJson(spec, existing),
    installed: (existing) => {
      try {
        const root = parseObject(existing, spec.file);
        return root ? installedIn(spec, root) : [];
      } catch {
        return [];
      }
    },
  };
}

const CLINE_MARKER = '# ai-secret-guard hook for Cline';

/** Cline runs `.clinerules/hooks/<HookName>` with the JSON on stdin (docs.cline.bot hook reference). */
function clineTarget(hookName: string, channels: readonly HookChannel[]): AgentHookTarget {
  const file = `.clinerules/hooks/${hookName}`;
  const isOurs = (text: string) => text.includes(CLINE_MARKER);
  const commandOf = (text: string) => /^exec (.+)$/m.exec(text)?.[1];
  return {
    agent: 'cline',
    file,
    events: [{ event: hookName, channels }],
    executable: true,
    render(existing, command) {
      if (existing !== undefined && existing.trim() !== '' && !isOurs(existing))
        throw new HookConfigError(
          file,
          'it is another hook program, and Cline runs one program per hook; call `ai-secret-guard hook cline` from it instead',
        );
      return [
        '#!/bin/sh',
        `${CLINE_MARKER} (${hookName}): remove it with \`ai-secret-guard install-agent-hooks --uninstall\`.`,
        `exec ${command}`,
        '',
      ].join('\n');
    },
    remove: (existing) => (isOurs(existing) ? undefined : existing),
    installed: (existing) => {
      const command = isOurs(existing) ? commandOf(existing) : undefined;
      return command ? [{ event: hookName, command }] : [];
    },
  };
}

export const VSCODE_HOOK_FILE = '.github/hooks/ai-secret-guard.json';

const commandHook = (command: string) => ({ type: 'command', command });
const TOOLS: readonly HookChannel[] = ['read', 'write', 'shell', 'mcp'];

export const AGENT_HOOK_TARGETS: readonly AgentHookTarget[] = [
  jsonTarget({
    agent: 'claude-code',
    file: '.claude/settings.json',
    layout: 'grouped',
    entry: commandHook,
    events: [
      { event: 'PreToolUse', matcher: CLAUDE_MATCHER, channels: TOOLS },
      { event: 'UserPromptSubmit', channels: ['prompt'] },
      { event: 'PostToolUse', matcher: CLAUDE_WRITERS, channels: ['journal'] },
    ],
  }),
  jsonTarget({
    agent: 'cursor',
    file: '.cursor/hooks.json',
    layout: 'flat',
    version: 1,
    entry: (command) => ({ command }),
    events: [
      { event: 'beforeReadFile', channels: ['read'] },
      { event: 'beforeTabFileRead', channels: ['read'] },
      { event: 'beforeShellExecution', channels: ['shell'] },
      { event: 'beforeMCPExecution', channels: ['mcp'] },
      { event: 'beforeSubmitPrompt', channels: ['prompt'] },
      { event: 'preToolUse', channels: ['write'] },
      { event: 'afterFileEdit', channels: ['journal'] },
    ],
  }),
  jsonTarget({
    agent: 'vscode',
    file: VSCODE_HOOK_FILE,
    layout: 'flat',
    entry: commandHook,
    events: [
      { event: 'PreToolUse', channels: TOOLS },
      { event: 'UserPromptSubmit', channels: ['prompt'] },
      { event: 'PostToolUse', channels: ['journal'] },
    ],
  }),
  jsonTarget({
    agent: 'gemini',
    file: '.gemini/settings.json',
    layout: 'grouped',
    entry: (command) => ({ name: 'ai-secret-guard', type: 'command', command }),
    events: [
      { event: 'BeforeTool', channels: TOOLS },
      { event: 'BeforeAgent', channels: ['prompt'] },
      // Masks secrets in what reading tools return (reads set to redact); journals writes.
      { event: 'AfterTool', matcher: GEMINI_AFTER_TOOLS, channels: ['read', 'journal'] },
    ],
  }),
  jsonTarget({
    agent: 'codex',
    file: '.codex/hooks.json',
    layout: 'grouped',
    entry: commandHook,
    events: [
      { event: 'PreToolUse', channels: ['shell', 'write', 'mcp'] },
      { event: 'UserPromptSubmit', channels: ['prompt'] },
      { event: 'PostToolUse', matcher: 'apply_patch', channels: ['journal'] },
    ],
  }),
  jsonTarget({
    agent: 'windsurf',
    file: '.windsurf/hooks.json',
    layout: 'flat',
    entry: (command) => ({ command, show_output: true }),
    events: [
      { event: 'pre_read_code', channels: ['read'] },
      { event: 'pre_write_code', channels: ['write'] },
      { event: 'pre_run_command', channels: ['shell'] },
      { event: 'pre_mcp_tool_use', channels: ['mcp'] },
      { event: 'pre_user_prompt', channels: ['prompt'] },
      { event: 'post_write_code', channels: ['journal'] },
    ],
  }),
  clineTarget('PreToolUse', TOOLS),
  clineTarget('UserPromptSubmit', ['prompt']),
  clineTarget('PostToolUse', ['journal']),
];
