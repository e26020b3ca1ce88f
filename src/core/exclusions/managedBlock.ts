import ignore from 'ignore';
import { ExclusionFileError } from './errors';
import { parsePattern, rulesCover, samplePaths } from './ignoreSyntax';

/**
 * A marked block inside a gitignore-syntax file (`.cursorignore`, `.aiexclude`, `.gitignore`, …)
 * that this extension owns. Everything outside the markers is the user's and is kept byte for byte.
 */
export const BLOCK_BEGIN =
  '# >>> ai-secret-guard: managed block, generated from the exclusion policy; edit the policy, not these lines >>>';
export const BLOCK_END = '# <<< ai-secret-guard <<<';

interface BlockLocation {
  /** Offset of the begin marker's first character. */
  readonly start: number;
  /** Offset just past the end marker's line break (or the end of the text). */
  readonly end: number;
}

function lineStartsAt(text: string, offset: number): boolean {
  return offset === 0 || text[offset - 1] === '\n';
}

function findMarkerLine(text: string, marker: string, from: number): number {
  for (let i = text.indexOf(marker, from); i >= 0; i = text.indexOf(marker, i + 1)) {
    const after = text.slice(i + marker.length, i + marker.length + 2);
    if (lineStartsAt(text, i) && (after === '' || after.startsWith('\n') || after.startsWith('\r\n'))) return i;
  }
  return -1;
}

/** Where the managed block is, or undefined. A begin without an end (or two blocks) is an error. */
export function locateBlock(text: string, fileName: string): BlockLocation | undefined {
  const begin = findMarkerLine(text, BLOCK_BEGIN, 0);
  const endMarker = findMarkerLine(text, BLOCK_END, 0);
  if (begin < 0 && endMarker < 0) return undefined;
  if (begin < 0 || endMarker < begin) {
    throw new ExclusionFileError(
      fileName,
      'its ai-secret-guard managed block has an end marker without a begin marker; remove the stray marker line and sync again',
    );
  }
  if (findMarkerLine(text, BLOCK_BEGIN, begin + 1) >= 0) {
    throw new ExclusionFileError(
      fileName,
      'it has more than one ai-secret-guard managed block; keep one and sync again',
    );
  }
  let end = endMarker + BLOCK_END.length;
  if (text.startsWith('\r\n', end)) end += 2;
  else if (text.startsWith('\n', end)) end += 1;
  return { start: begin, end };
}

/**
 * The file's own line break: CRLF when most of its LFs follow a CR, else LF. A majority, not "any
 * CRLF": a lone-CR file gets a CRLF where our LF follows its last CR, and must not switch the
 * block to CRLF on the next sync (a file must settle after one write).
 */
function lineBreakOf(text: string | undefined): string {
  if (text === undefined) return '\n';
  const lf = text.split('\n').length - 1;
  const crlf = text.split('\r\n').length - 1;
  return crlf > 0 && crlf * 2 > lf ? '\r\n' : '\n';
}

function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}

/**
 * The lines the block should hold, given the user's own rules outside it: positive patterns the
 * user already covers are left out, and a `!` re-include is kept only where a line we write would
 * otherwise exclude that path (so we never re-include something the user chose to exclude).
 */
export function linesToWrite(wanted: readonly string[], userRules: readonly string[]): string[] {
  const positives = wanted.filter((p) => !parsePattern(p).negated && !rulesCover(userRules, p));
  if (positives.length === 0) return [];
  const ours = ignore({ allowRelativePaths: true }).add(positives);
  const users = ignore({ allowRelativePaths: true }).add([...userRules]);
  const kept = new Set(positives);
  const result: string[] = [];
  for (const p of wanted) {
    if (kept.has(p)) result.push(p);
    else if (parsePattern(p).negated) {
      const samples = samplePaths(p);
      if (samples.some((s) => ours.ignores(s) && !users.ignores(s))) result.push(p);
    }
  }
  return result;
}

/**
 * The file's next text with the managed block holding `wanted` (minus what the user's own lines
 * already cover). Returns `existing` unchanged when there is nothing to change, and undefined when
 * the file does not exist and nothing needs writing. Writing twice gives the same text.
 */
export function renderIgnoreFile(
  existing: string | undefined,
  wanted: readonly string[],
  fileName: string,
): string | undefined {
  const text = existing ?? '';
  const location = locateBlock(text, fileName);
  const outside = location ? text.slice(0, location.start) + text.slice(location.end) : text;
  const userRules = splitLines(outside).filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
  const lines = linesToWrite(wanted, userRules);
  const eol = lineBreakOf(existing);

  if (lines.length === 0) return location ? removeBlock(text, location) : existing;
  const block = [BLOCK_BEGIN, ...lines, BLOCK_END].join(eol) + eol;
  if (location) return text.slice(0, location.start) + block + text.slice(location.end);
  if (text === '') return block;
  const separator = text.endsWith('\n') ? eol : eol + eol;
  return text + separator + block;
}

/** The text without the managed block (and the blank line that was added before it). */
export function removeManagedBlock(existing: string, fileName: string): string {
  const location = locateBlock(existing, fileName);
  return location ? removeBlock(existing, location) : existing;
}

function removeBlock(text: string, { start, end }: BlockLocation): string {
  let from = start;
  if (end === text.length) {
    // The block was appended: take back the blank line that separated it from the user's lines.
    if (text.slice(0, from).endsWith('\r\n\r\n')) from -= 2;
    else if (text.slice(0, from).endsWith('\n\n')) from -= 1;
  }
  return text.slice(0, from) + text.slice(end);
}

/** The lines inside the managed block, or an empty list. */
export function managedLines(existing: string | undefined, fileName: string): string[] {
  if (existing === undefined) return [];
  const location = locateBlock(existing, fileName);
  if (!location) return [];
  return splitLines(existing.slice(location.start, location.end))
    .slice(1)
    .filter((l) => l !== '' && l !== BLOCK_END);
}
