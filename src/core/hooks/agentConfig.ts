import { applyEdits, findNodeAtLocation, modify, type JSONPath, type Node } from 'jsonc-parser';
import { parseJsoncObject } from '../jsonc';
import type { HookAgent } from './toolCall';

/**
 * The project-local hook configuration that makes each agent ask `ai-secret-guard hook <agent>`
 * before it acts, merged into what is there: comments, layout and every other hook survive
 * (jsonc-parser edits in place), a second install changes nothing, and an entry of ours whose
 * command changed is updated where it stands. Formats:
 * - Claude Code, `.claude/settings.json` (code.claude.com/docs/en/hooks): `hooks.PreToolUse` is a
 *   list of `{ matcher, hooks: [{ type: "command", command }] }`; the matcher is a regex on tool names.
 * - Cursor, `.cursor/hooks.json` (cursor.com/docs/agent/hooks): `{ version: 1, hooks: { <event>:
 *   [{ command }] } }`; project hooks run from the project root.
 * - VS Code agent hooks, `.github/hooks/*.json` (code.visualstudio.com/docs/copilot/customization/hooks):
 *   `{ hooks: { PreToolUse: [{ type: "command", command }] } }`; VS Code ignores matchers.
 */

/** A hook file that cannot be updated safely. Nothing is written when one is raised. */
export class HookConfigError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: not updated, because ${reason}; nothing was written`);
    this.name = 'HookConfigError';
  }
}

export interface AgentHookTarget {
  readonly agent: HookAgent;
  /** Relative to the project root. */
  readonly file: string;
  /** The file's next text (the same text when the hook is already there). Throws HookConfigError. */
  readonly render: (existing: string | undefined, command: string) => string;
}

/** Claude Code tools that read or write files or run commands. */
export const CLAUDE_MATCHER = 'Read|Edit|MultiEdit|Write|NotebookEdit|Grep|Bash';
/** Cursor events that can still stop a read or a command (afterFileEdit fires after the write). */
export const CURSOR_EVENTS = ['beforeReadFile', 'beforeShellExecution'] as const;

/** The command line a hook runs: the CLI invocation, `hook`, the agent. */
export function hookCommandLine(base: string, agent: HookAgent): string {
  return `${base} hook ${agent}`;
}

/** True for a command this tool installed for `agent` (whatever CLI invocation it used). */
export function isOurHookCommand(command: string, agent: HookAgent, wanted: string): boolean {
  return command === wanted || (command.includes('ai-secret-guard') && new RegExp(`\\bhook ${agent}(?:\\s|$)`).test(command));
}

function parseObject(text: string, file: string): Node | undefined {
  const { root, problem } = parseJsoncObject(text);
  if (problem) throw new HookConfigError(file, problem);
  return root;
}

/** The file's own indentation unit and line ending. */
function styleOf(text: string): { readonly unit: string; readonly eol: string } {
  const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  return { unit: indent.startsWith('\t') ? '\t' : indent, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

function lineIndent(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start))![0];
}

/**
 * Inserts a property or an array element where jsonc-parser says, laid out on lines of its own in
 * the file's indentation: formatting a range (jsonc-parser's way) would reflow the user's line the
 * insertion starts on. A replacement in place (a command changed) is applied as it is.
 */
function edit(text: string, path: JSONPath, value: unknown, isArrayInsertion: boolean): string {
  const edits = modify(text, path, value, { isArrayInsertion });
  const e = edits[0];
  if (edits.length !== 1 || !e || e.length > 0) return applyEdits(text, edits);
  const { unit, eol } = styleOf(text);
  const lead = /^\s*,?/.exec(e.content)![0];
  const body = e.content.slice(lead.length);
  const afterSibling = lead.includes(',');
  const indent = afterSibling ? lineIndent(text, e.offset) : lineIndent(text, e.offset) + unit;
  let pretty: string;
  if (isArrayInsertion) pretty = JSON.stringify(JSON.parse(body), null, unit);
  else {
    // modify() inserts `"key":value`, the nearest missing key with the rest of the path nested in it.
    const [[key, inner]] = Object.entries(JSON.parse(`{${body}}`) as Record<string, unknown>) as [[string, unknown]];
    pretty = `${JSON.stringify(key)}: ${JSON.stringify(inner, null, unit)}`;
  }
  const closesNext = !afterSibling && /^[ \t]*[}\]]/.test(text.slice(e.offset));
  const content = lead + eol + indent + pretty.split('\n').join(eol + indent) + (closesNext ? eol + lineIndent(text, e.offset) : '');
  return text.slice(0, e.offset) + content + text.slice(e.offset);
}

function expectType(root: Node, path: JSONPath, type: Node['type'], file: string): Node | undefined {
  const node = findNodeAtLocation(root, path);
  if (node && node.type !== type) throw new HookConfigError(file, `"${path.join('.')}" is not ${type === 'array' ? 'a list' : 'an object'}`);
  return node;
}

/** Where a command string of ours sits under `list`, if any: `commandPaths` yields candidate paths. */
function findOurs(root: Node, paths: readonly JSONPath[], isOurs: (c: string) => boolean): { path: JSONPath; value: string } | undefined {
  for (const p of paths) {
    const n = findNodeAtLocation(root, p);
    if (n?.type === 'string' && isOurs(n.value as string)) return { path: p, value: n.value as string };
  }
  return undefined;
}

/**
 * Makes sure the list at `listPath` holds an entry running `command`: unchanged when it does,
 * the command updated in place when an older entry of ours is there, else `entry` appended.
 */
function ensureEntry(text: string, file: string, listPath: JSONPath, entry: unknown, commandPaths: (list: Node) => JSONPath[], isOurs: (c: string) => boolean, command: string): string {
  const root = parseObject(text, file)!;
  for (let i = 1; i < listPath.length; i++) expectType(root, listPath.slice(0, i), 'object', file);
  const list = expectType(root, listPath, 'array', file);
  if (list) {
    const ours = findOurs(root, commandPaths(list), isOurs);
    if (ours) return ours.value === command ? text : edit(text, ours.path, command, false);
    return edit(text, [...listPath, -1], entry, true);
  }
  return edit(text, listPath, [entry], false);
}

function empty(existing: string | undefined): boolean {
  return existing === undefined || existing.trim() === '';
}

function renderClaude(existing: string | undefined, command: string): string {
  const file = '.claude/settings.json';
  const group = { matcher: CLAUDE_MATCHER, hooks: [{ type: 'command', command }] };
  if (empty(existing)) return JSON.stringify({ hooks: { PreToolUse: [group] } }, null, 2) + '\n';
  const listPath = ['hooks', 'PreToolUse'];
  const commandPaths = (list: Node): JSONPath[] =>
    (list.children ?? []).flatMap((g, i) => (findNodeAtLocation(g, ['hooks'])?.children ?? []).map((_, j): JSONPath => [...listPath, i, 'hooks', j, 'command']));
  return ensureEntry(existing!, file, listPath, group, commandPaths, (c) => isOurHookCommand(c, 'claude-code', command), command);
}

function renderCursor(existing: string | undefined, command: string): string {
  const file = '.cursor/hooks.json';
  if (empty(existing)) return JSON.stringify({ version: 1, hooks: Object.fromEntries(CURSOR_EVENTS.map((e) => [e, [{ command }]])) }, null, 2) + '\n';
  let text = existing!;
  const version = findNodeAtLocation(parseObject(text, file)!, ['version']);
  if (version && version.value !== 1) throw new HookConfigError(file, `its "version" is ${JSON.stringify(version.value)}, and the hooks format written here is version 1`);
  if (!version) text = edit(text, ['version'], 1, false);
  for (const event of CURSOR_EVENTS) {
    const listPath = ['hooks', event];
    text = ensureEntry(text, file, listPath, { command }, (list) => (list.children ?? []).map((_, i): JSONPath => [...listPath, i, 'command']), (c) => isOurHookCommand(c, 'cursor', command), command);
  }
  return text;
}

function renderVsCode(existing: string | undefined, command: string): string {
  const file = VSCODE_HOOK_FILE;
  const entry = { type: 'command', command };
  if (empty(existing)) return JSON.stringify({ hooks: { PreToolUse: [entry] } }, null, 2) + '\n';
  const listPath = ['hooks', 'PreToolUse'];
  return ensureEntry(existing!, file, listPath, entry, (list) => (list.children ?? []).map((_, i): JSONPath => [...listPath, i, 'command']), (c) => isOurHookCommand(c, 'vscode', command), command);
}

export const VSCODE_HOOK_FILE = '.github/hooks/ai-secret-guard.json';

export const AGENT_HOOK_TARGETS: readonly AgentHookTarget[] = [
  { agent: 'claude-code', file: '.claude/settings.json', render: renderClaude },
  { agent: 'cursor', file: '.cursor/hooks.json', render: renderCursor },
  { agent: 'vscode', file: VSCODE_HOOK_FILE, render: renderVsCode },
];
