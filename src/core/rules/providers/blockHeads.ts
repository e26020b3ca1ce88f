// The head of a config block whose name says what its settings hold (`api:`, `[passwords]`,
// `'crypt' => [`, `"tokens": {`, `<crypt>`), shared by the rules that judge a setting under its
// block's name (sectionKey.ts, secretBlocks.ts): one spelling of each syntax, and of which group
// names the block.
import { lineBreakWithin } from '../keywordGates';

/** The longest head line (the block's name) a block rule's match opens with. */
export const HEAD_LINE_MAX = 80;

/** A block rule's gate: its keyword (the block's name) stands on a line that ends soon after. */
export const headLineGate = lineBreakWithin(HEAD_LINE_MAX);

/** The syntaxes a rule reads beyond INI/TOML sections, YAML parents and PHP arrays. */
export interface HeadSyntaxes {
  /** TOML arrays of tables (`[[auth]]`) as well as tables. */
  readonly tomlArrays?: boolean;
  /** A JSON object (`"tokens": {`). */
  readonly jsonObject?: boolean;
  /** An XML element (`<crypt>`). */
  readonly xmlElement?: boolean;
}

/** A block name: one of `words`, alone or after a qualifier (`stripe_credentials`, `votifier_tokens`). */
function blockName(words: readonly string[]): string {
  return String.raw`(?:[A-Za-z0-9]{1,24}[_-])?(?:${words.join('|')})`;
}

/**
 * The head's pattern source, naming the block in the group of its syntax: `section` (INI/TOML),
 * `parent` (YAML), `object` (JSON), `array` (PHP) or `element` (XML).
 */
export function blockHeadSource(words: readonly string[], syntaxes: HeadSyntaxes = {}): string {
  const name = blockName(words);
  const [open, close] = syntaxes.tomlArrays
    ? [String.raw`\[{1,2}`, String.raw`\]{1,2}`]
    : [String.raw`\[`, String.raw`\]`];
  return [
    String.raw`${open}[ \t]{0,4}(?:[\w-]{1,30}\.){0,3}(?<section>${name})[ \t]{0,4}${close}`,
    String.raw`(?<parent>${name}):`,
    ...(syntaxes.jsonObject ? [String.raw`"(?<object>${name})"[ \t]{0,4}:[ \t]{0,4}\{`] : []),
    String.raw`['"](?<array>${name})['"][ \t]{0,4}=>[ \t]{0,4}(?:\[|array[ \t]{0,4}\()`,
    ...(syntaxes.xmlElement ? [String.raw`<(?<element>${name})>`] : []),
  ].join('|');
}

/** The block's name, from the groups of a match of `blockHeadSource`. */
export function blockOf(groups: Record<string, string | undefined>): string {
  return groups['section'] ?? groups['parent'] ?? groups['object'] ?? groups['array'] ?? groups['element']!;
}
