import { applyEdits, findNodeAtLocation, format, modify, type JSONPath, type FormattingOptions, type Node } from 'jsonc-parser';
import { parseJsoncObject } from '../jsonc';
import { ExclusionFileError } from './errors';
import { parsePattern } from './ignoreSyntax';

/**
 * Claude Code reads `permissions.deny` from `.claude/settings.json`; a `Read(<pattern>)` entry keeps
 * matching files away from its file-reading tools. Patterns are gitignore-like; `./` is relative to
 * the project root. JSON has no room for a managed block, so we add missing entries and never
 * remove or reorder the user's; comments and formatting survive (jsonc-parser edits in place).
 */

/** `Read(...)` rule for one positive gitignore pattern. */
export function toClaudeReadRule(pattern: string): string {
  const { anchored, directory, body } = parsePattern(pattern);
  const path = anchored ? `./${body}` : `./**/${body}`;
  return `Read(${directory ? `${path}/**` : path})`;
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
  if (problem) throw new ExclusionFileError(fileName, problem.startsWith('it is not valid JSON') ? `${problem}; fix it and sync again` : problem);
  return root;
}

/** The string entries of `permissions.deny` (validated), or an empty list. */
export function readDenyRules(text: string | undefined, fileName: string): string[] {
  if (text === undefined || text.trim() === '') return [];
  const root = parseSettings(text, fileName);
  if (!root) return [];
  const permissions = findNodeAtLocation(root, ['permissions']);
  if (permissions && permissions.type !== 'object') throw new ExclusionFileError(fileName, '"permissions" is not an object');
  const deny = findNodeAtLocation(root, ['permissions', 'deny']);
  if (!deny) return [];
  if (deny.type !== 'array') throw new ExclusionFileError(fileName, '"permissions.deny" is not an array');
  return (deny.children ?? []).filter((n) => n.type === 'string').map((n) => n.value as string);
}

function formattingOf(text: string): FormattingOptions {
  const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  return { insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

/**
 * Inserts one value and formats only what was inserted, so the user's own lines keep their layout
 * (formatting the whole file would reflow them).
 */
function insertFormatted(text: string, path: JSONPath, value: unknown, isArrayInsertion: boolean, formattingOptions: FormattingOptions): string {
  const edits = modify(text, path, value, { isArrayInsertion });
  const next = applyEdits(text, edits);
  const inserted = edits[0];
  if (!inserted) return next;
  return applyEdits(next, format(next, { offset: inserted.offset, length: inserted.content.length }, formattingOptions));
}

/**
 * The settings text with a `Read(...)` deny rule for each positive pattern that is not there yet.
 * Returns `existing` unchanged when every rule is present, and undefined when the file does not
 * exist and there is nothing to add. Throws ExclusionFileError on malformed JSON (nothing written).
 */
export function renderClaudeSettings(existing: string | undefined, patterns: readonly string[], fileName: string): string | undefined {
  const present = new Set(readDenyRules(existing, fileName));
  const missing = [...new Set(patterns.filter((p) => !parsePattern(p).negated).map(toClaudeReadRule))].filter((r) => !present.has(r));
  if (missing.length === 0) return existing;
  if (existing === undefined || existing.trim() === '') {
    return JSON.stringify({ permissions: { deny: missing } }, null, 2) + '\n';
  }
  const formattingOptions = formattingOf(existing);
  const deny = findNodeAtLocation(parseSettings(existing, fileName)!, ['permissions', 'deny']);
  if (!deny) return insertFormatted(existing, ['permissions', 'deny'], missing, false, formattingOptions);
  let text = existing;
  for (const rule of missing) text = insertFormatted(text, ['permissions', 'deny', -1], rule, true, formattingOptions);
  return text;
}
