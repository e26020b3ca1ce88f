import { applyEdits, findNodeAtLocation, modify, type JSONPath, type Node } from 'jsonc-parser';
import { parseJsoncObject } from '../jsonc';

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

export function parseObject(text: string, file: string): Node | undefined {
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
 * insertion starts on. A replacement in place (a command changed) or a removal is applied as it is.
 */
export function edit(text: string, path: JSONPath, value: unknown, isArrayInsertion: boolean): string {
  const edits = modify(text, path, value, { isArrayInsertion });
  const e = edits[0];
  if (value === undefined || edits.length !== 1 || !e || e.length > 0) return applyEdits(text, edits);
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
  const content =
    lead + eol + indent + pretty.split('\n').join(eol + indent) + (closesNext ? eol + lineIndent(text, e.offset) : '');
  return text.slice(0, e.offset) + content + text.slice(e.offset);
}

export function expectType(root: Node, path: JSONPath, type: Node['type'], file: string): Node | undefined {
  const node = findNodeAtLocation(root, path);
  if (node && node.type !== type)
    throw new HookConfigError(file, `"${path.join('.')}" is not ${type === 'array' ? 'a list' : 'an object'}`);
  return node;
}

/**
 * Removes the array element or object property at `path` with the comma that separated it,
 * leaving every other byte as it was. (jsonc-parser's own removal can cut a closing brace when the
 * element follows a sibling on the same line.)
 */
export function removeAt(text: string, path: JSONPath, file: string): string {
  const value = findNodeAtLocation(parseObject(text, file)!, path);
  if (!value) return text;
  const node = value.parent?.type === 'property' ? value.parent : value;
  const siblings = node.parent?.children ?? [node];
  const i = siblings.indexOf(node);
  const prev = siblings[i - 1];
  const next = siblings[i + 1];
  if (prev) return text.slice(0, prev.offset + prev.length) + text.slice(node.offset + node.length);
  if (next) return text.slice(0, node.offset) + text.slice(next.offset);
  return text.slice(0, node.offset) + text.slice(node.offset + node.length);
}
