/**
 * Reading one tool's input, whatever the agent calls its fields: paths, new and replaced text,
 * patches. Agents name the same things differently (Claude `file_path`, VS Code `filePath`, Gemini
 * `absolute_path`, Cline `path`), and their per-tool schemas are not all documented, so inputs are
 * read by field name, not by tool.
 */

export type Json = Record<string, unknown>;

/** New text an agent is about to put into a file. */
export interface PendingWrite {
  readonly path?: string;
  readonly text: string;
  /** The text it replaces, when the tool says (an edit's old string). */
  readonly replaced?: string;
}

/**
 * `output`: a tool's result on its way to the model (Gemini CLI's AfterTool); `written`: a write
 * that already happened (post-write hooks), for the journal.
 */
export type ToolAccess = 'read' | 'write' | 'shell' | 'prompt' | 'mcp' | 'output' | 'written' | 'other';

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

const PATH_KEYS = [
  'file_path',
  'filePath',
  'absolute_path',
  'notebook_path',
  'notebookPath',
  'path',
  'target_file',
  'targetFile',
  'uri',
];
const NEW_TEXT_KEYS = [
  'content',
  'new_string',
  'newString',
  'new_source',
  'newSource',
  'code',
  'newCode',
  'new_text',
  'newText',
  'newContent',
];
const OLD_TEXT_KEYS = ['old_string', 'oldString', 'old_text', 'oldText'];

/** `file:///a/b` → `/a/b`; other strings unchanged. */
export function fromUri(p: string): string {
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

/** Classifies a tool by its name; names differ per agent, so this goes by the words in them. */
export function accessOf(tool: string): ToolAccess {
  const n = tool.toLowerCase().replace(/[^a-z]/g, '');
  if (tool.startsWith('mcp__') || /^(usemcptool|accessmcpresource)$/.test(n)) return 'mcp';
  if (n.includes('todo')) return 'other';
  if (/^(bash|shell|powershell)$|terminal|runcommand|execcommand|executecommand|shellcommand/.test(n)) return 'shell';
  if (/write|edit|create|replace|insert|patch/.test(n)) return 'write';
  if (/read|grep|view|open|search/.test(n)) return 'read';
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

/**
 * Cline's `replace_in_file` diff: blocks of `------- SEARCH`, the old lines, `=======`, the new
 * lines, `+++++++ REPLACE` (docs.cline.bot tools reference); the new lines are written.
 */
function searchReplaceWrites(diff: string, path: string | undefined): PendingWrite[] {
  const writes: PendingWrite[] = [];
  let mode: 'none' | 'search' | 'replace' = 'none';
  let search: string[] = [];
  let replace: string[] = [];
  for (const line of diff.split(/\r?\n/)) {
    if (/^-{3,} ?SEARCH/.test(line) || /^<{3,} ?SEARCH/.test(line)) [mode, search, replace] = ['search', [], []];
    else if (mode === 'search' && /^={3,}$/.test(line)) mode = 'replace';
    else if (mode === 'replace' && (/^\+{3,} ?REPLACE/.test(line) || /^>{3,} ?REPLACE/.test(line))) {
      writes.push({ ...(path ? { path } : {}), text: replace.join('\n'), replaced: search.join('\n') });
      mode = 'none';
    } else if (mode === 'search') search.push(line);
    else if (mode === 'replace') replace.push(line);
  }
  return writes;
}

/** The writes a tool input describes, whatever the agent calls the fields. */
export function writesOf(input: Json, fallbackPath: string | undefined): PendingWrite[] {
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
  if (typeof input['diff'] === 'string')
    writes.push(...searchReplaceWrites(input['diff'], pathOf(input) ?? fallbackPath));
  return writes;
}

export function pathsOf(input: Json, writes: readonly PendingWrite[]): string[] {
  const paths = new Set<string>();
  const one = pathOf(input);
  if (one) paths.add(one);
  for (const key of ['files', 'filePaths', 'paths', 'absolute_paths']) {
    const list = input[key];
    if (Array.isArray(list)) for (const p of list) if (typeof p === 'string' && p) paths.add(fromUri(p));
  }
  for (const w of writes) if (w.path) paths.add(w.path);
  return [...paths];
}

/** A tool input that may arrive as a JSON string (Cursor's MCP events) or a patch text. */
export function inputObject(raw: unknown): Json {
  if (isObject(raw)) return raw;
  if (typeof raw !== 'string') return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    return isObject(parsed) ? parsed : { input: raw };
  } catch {
    return { input: raw };
  }
}
