import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

/**
 * Parses a JSON-with-comments file that must hold an object (settings, hook configs): its tree, or
 * why it cannot be used, with the first error's line and column so the user can find it.
 */
export function parseJsoncObject(text: string): { readonly root?: Node; readonly problem?: string } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const first = errors[0]!;
    const before = text.slice(0, first.offset);
    const line = before.split('\n').length;
    const column = first.offset - before.lastIndexOf('\n');
    return { problem: `it is not valid JSON (${printParseErrorCode(first.error)} at line ${line}, column ${column})` };
  }
  if (root && root.type !== 'object') return { problem: 'its top level is not a JSON object' };
  return root ? { root } : {};
}
