// Perl modules carry their manual inline, as POD (perlpod): a line opening with `=` and a command
// (`=head1 SYNOPSIS`, `=pod`, `=item`) starts a documentation block, which runs to a line opening
// with `=cut`; perl skips it. A SYNOPSIS there shows calls with stand-in passwords
// (`Net::Foo->new(password => 'secret')`), indented like code, so a single line cannot tell; the
// block is judged as a .pod file is (documentation), which needs the text before the line. The
// detector finds the blocks once per text and rescans the whole text when an edit touches a line
// opening with `=` (`touchesPodCommand`), so a rescan still equals a scan.

/** Perl source by its extension: modules, scripts, tests, CGI and PSGI apps. */
const PERL_EXT = /\.(?:pm|pl|t|pmc|plx|cgi|psgi)$/i;

/** A script without an extension that names perl on its `#!` line. */
const PERL_SHEBANG = /^#![^\n]{0,80}\bperl\b/;

/** Whether the text at `path` is Perl source, where POD blocks may stand among the code. */
export function isPerlSource(path: string | undefined, text: string): boolean {
  if (path === undefined) return false;
  if (PERL_EXT.test(path)) return true;
  const name = path.slice(path.lastIndexOf('/') + 1);
  return !name.includes('.') && text.startsWith('#!') && PERL_SHEBANG.test(text);
}

/** A POD command at the start of a line: `=` and a letter (`=head1`, `=pod`, `=begin`, `=cut`). */
function isCommandAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at + 1);
  return text.charCodeAt(at) === 61 && ((c >= 97 && c <= 122) || (c >= 65 && c <= 90));
}

/** The start of the line after the newline at `newline`, or -1 when there is none. */
function lineAfter(newline: number): number {
  return newline < 0 ? -1 : newline + 1;
}

/**
 * The POD blocks of Perl source `text`, as [start, end) offset pairs in order: each from its first
 * command line's start to the end of its `=cut` line (or of the text, when no `=cut` closes it).
 * Reads only the lines that open with `=`.
 */
export function podBlocks(text: string): number[] {
  const blocks: number[] = [];
  let open = -1;
  let at = text.charCodeAt(0) === 61 ? 0 : lineAfter(text.indexOf('\n='));
  while (at >= 0) {
    if (isCommandAt(text, at)) {
      const cut = text.startsWith('=cut', at) && !/\w/.test(text.charAt(at + 4));
      if (open < 0 && !cut) open = at;
      else if (open >= 0 && cut) {
        const next = lineAfter(text.indexOf('\n', at));
        blocks.push(open, next < 0 ? text.length : next);
        open = -1;
      }
    }
    at = lineAfter(text.indexOf('\n=', at));
  }
  if (open >= 0) blocks.push(open, text.length);
  return blocks;
}

/** Whether a line of `text` between `from` and `to` (widened to whole lines) opens with a POD command. */
function holdsCommand(text: string, from: number, to: number): boolean {
  let at = text.lastIndexOf('\n', from - 1) + 1;
  const end = text.indexOf('\n', to);
  const stop = end < 0 ? text.length : end;
  while (at <= stop) {
    if (text.charCodeAt(at) === 61) return true;
    const next = text.indexOf('\n', at);
    if (next < 0 || next >= stop) return false;
    at = next + 1;
  }
  return false;
}

/**
 * Whether an edit replacing `before`'s [start, oldEnd) by `after`'s [start, newEnd) adds, removes or
 * changes a line opening with `=`, before or after it: only then can the POD blocks change other
 * than by moving.
 */
export function touchesPodCommand(
  before: string,
  after: string,
  start: number,
  oldEnd: number,
  newEnd: number,
): boolean {
  return holdsCommand(before, start, oldEnd) || holdsCommand(after, start, newEnd);
}
