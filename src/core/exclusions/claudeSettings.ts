import {
  applyEdits,
  findNodeAtLocation,
  format,
  modify,
  type JSONPath,
  type FormattingOptions,
  type Node,
} from 'jsonc-parser';
import { parseJsoncObject } from '../jsonc';
import { ExclusionFileError } from './errors';
import { parsePattern } from './ignoreSyntax';

/**
 * Claude Code reads `permissions.deny` from `.claude/settings.json`; a `Read(<pattern>)` entry keeps
 * matching files away from its file-reading tools. Patterns are gitignore-like; `./` is relative to
 * the project root. JSON has no room for a managed block, so we add missing entries and never
 * remove or reorder the user's; comments and formatting survive (jsonc-parser edits in place).
 */

/** The project-relative path pattern Claude Code reads for one positive gitignore pattern. */
export function toClaudePath(pattern: string): string {
  const { anchored, directory, body } = parsePattern(pattern);
  const path = anchored ? `./${body}` : `./**/${body}`;
  return directory ? `${path}/**` : path;
}

/** `Read(...)` rule for one positive gitignore pattern. */
export function toClaudeReadRule(pattern: string): string {
  return `Read(${toClaudePath(pattern)})`;
}

/** The string entries of `sandbox.filesystem.denyRead`, or an empty list. */
function readSandboxDenyRead(root: Node | undefined, fileName: string): string[] {
  if (!root) return [];
  for (const [path, what] of [
    [['sandbox'], 'an object'],
    [['sandbox', 'filesystem'], 'an object'],
    [['sandbox', 'filesystem', 'denyRead'], 'an array'],
  ] as const) {
    const node = findNodeAtLocation(root, [...path]);
    if (node && node.type !== (what === 'an array' ? 'array' : 'object'))
      throw new ExclusionFileError(fileName, `"${path.join('.')}" is not ${what}`);
  }
  return (findNodeAtLocation(root, ['sandbox', 'filesystem', 'denyRead'])?.children ?? [])
    .filter((n) => n.type === 'string')
    .map((n) => n.value as string);
}

/**
 * The gitignore pattern a `Read(...)` rule stands for, when it is relative to the project
 * (`./…`, or a bare path); undefined for home (`~/`), absolute (`//`) or non-Read rules.
 */
export function fromClaudeReadRule(rule: string): string | undefined {
  const m = /^Read\((.+)\)$/.exec(rule.trim());
  if (!m) return undefined;
  const path = m[1]!.trim();
  if (path.startsWith('~') || path.startsWith('//')) return undefined;
  const relative = path.replace(/^\.\//, '').replace(/^\/+/, '');
  if (relative.startsWith('**/')) return relative.slice(3).replace(/\/\*\*$/, '/');
  return '/' + relative.replace(/\/\*\*$/, '/');
}

function parseSettings(text: string, fileName: string): Node | undefined {
  const { root, problem } = parseJsoncObject(text);
  if (problem)
    throw new ExclusionFileError(
      fileName,
      problem.startsWith('it is not valid JSON') ? `${problem}; fix it and sync again` : problem,
    );
  return root;
}

/** The string entries of `permissions.deny` (validated), or an empty list. */
export function readDenyRules(text: string | undefined, fileName: string): string[] {
  if (text === undefined || text.trim() === '') return [];
  const root = parseSettings(text, fileName);
  if (!root) return [];
  const permissions = findNodeAtLocation(root, ['permissions']);
  if (permissions && permissions.type !== 'object')
    throw new ExclusionFileError(fileName, '"permissions" is not an object');
  const deny = findNodeAtLocation(root, ['permissions', 'deny']);
  if (!deny) return [];
  if (deny.type !== 'array') throw new ExclusionFileError(fileName, '"permissions.deny" is not an array');
  return (deny.children ?? []).filter((n) => n.type === 'string').map((n) => n.value as string);
}

function formattingOf(text: string): FormattingOptions {
  const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  return {
    insertSpaces: !indent.startsWith('\t'),
    tabSize: indent.startsWith('\t') ? 1 : indent.length,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
  };
}

/**
 * Inserts one value and formats only what was inserted, so the user's own lines keep their layout
 * (formatting the whole file would reflow them).
 */
function insertFormatted(
  text: string,
  path: JSONPath,
  value: unknown,
  isArrayInsertion: boolean,
  formattingOptions: FormattingOptions,
): string {
  const edits = modify(text, path, value, { isArrayInsertion });
  const next = applyEdits(text, edits);
  const inserted = edits[0];
  if (!inserted) return next;
  return applyEdits(
    next,
    format(next, { offset: inserted.offset, length: inserted.content.length }, formattingOptions),
  );
}

/**
 * The settings text with a `Read(...)` deny rule for each positive pattern that is not there yet,
 * and the same paths in `sandbox.filesystem.denyRead`, which Claude Code's sandbox applies to the
 * commands it runs (Read rules cover only its file tools; code.claude.com/docs/en/sandboxing).
 * The sandbox itself stays as the user set it (`sandbox.enabled`). Returns `existing` unchanged
 * when everything is present, and undefined when the file does not exist and there is nothing to
 * add. Throws ExclusionFileError on malformed JSON or wrong shapes (nothing written).
 */
export function renderClaudeSettings(
  existing: string | undefined,
  patterns: readonly string[],
  fileName: string,
): string | undefined {
  const present = new Set(readDenyRules(existing, fileName));
  const positive = [...new Set(patterns.filter((p) => !parsePattern(p).negated))];
  const missing = [...new Set(positive.map(toClaudeReadRule))].filter((r) => !present.has(r));
  const root = existing === undefined || existing.trim() === '' ? undefined : parseSettings(existing, fileName);
  const sandboxed = new Set(readSandboxDenyRead(root, fileName));
  const missingSandbox = [...new Set(positive.map(toClaudePath))].filter((p) => !sandboxed.has(p));
  if (missing.length === 0 && missingSandbox.length === 0) return existing;
  if (existing === undefined || existing.trim() === '') {
    return (
      JSON.stringify(
        { permissions: { deny: missing }, sandbox: { filesystem: { denyRead: missingSandbox } } },
        null,
        2,
      ) + '\n'
    );
  }
  const formattingOptions = formattingOf(existing);
  let text = existing;
  for (const [path, values] of [
    [['permissions', 'deny'], missing],
    [['sandbox', 'filesystem', 'denyRead'], missingSandbox],
  ] as const) {
    if (values.length === 0) continue;
    if (!findNodeAtLocation(parseSettings(text, fileName)!, [...path]))
      text = insertFormatted(text, [...path], values, false, formattingOptions);
    else for (const value of values) text = insertFormatted(text, [...path, -1], value, true, formattingOptions);
  }
  return text;
}
