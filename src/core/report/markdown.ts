/**
 * Escaping for GitHub-flavoured Markdown. Paths and titles can come from anyone (a file name, a
 * custom rule's title), so nothing they contain may become markup, HTML or a broken table.
 */

/** Control characters (newlines included) would end a list item or a table row. */
function flatten(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]/g, ' ');
}

/**
 * Inline plain text (never at the start of a line): inline markup characters are backslash-escaped
 * and `<`, `>` become entities, so no raw HTML gets through; `&` only where it would start one.
 */
export function mdText(text: string): string {
  return flatten(text)
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * A code span that shows `text` verbatim: the fence is one backtick longer than the longest run
 * inside, and padded when the text starts or ends with a backtick. In a table cell a pipe must be
 * written `\|` even inside code (GFM splits cells first), so `inTable` escapes pipes.
 */
export function mdCode(text: string, inTable = false): string {
  let body = flatten(text);
  if (inTable) body = body.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') || /^ .* $/.test(body) ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** A link whose target is only ever an http(s) URL; anything else is shown as plain text. */
export function mdLink(label: string, url: string): string {
  if (!/^https?:\/\/[^\s<>]+$/i.test(url)) return mdText(label);
  const target = url.replace(/[()\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${mdText(label)}](${target})`;
}

/** One table row; cells are already rendered (use `inTable` for code spans, mdText escapes pipes). */
export function mdRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
