/**
 * Keys for the lines a secret was found on, so that later a file can be checked for those lines
 * without scanning it again: every line of every file was added by some commit's diff, so a file
 * still holds a secret the history scan found exactly when it holds one of the lines it was found
 * on. A key is the line count, the byte length, a quick 32-bit hash and a SHA-256 prefix of the
 * lines (without their final line break): it never holds the secret, and a file's lines are sorted
 * out by length and quick hash before any SHA-256 is computed.
 */
import { createHash } from 'node:crypto';

const NL = 0x0a;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a, 32 bits: sorts out most lines before a SHA-256. */
function quickHash(bytes: Buffer): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, FNV_PRIME);
  return h >>> 0;
}

function windowKey(bytes: Buffer, lines: number): string {
  const sha = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
  return `${lines}:${bytes.length}:${quickHash(bytes)}:${sha}`;
}

/** The start of each line of `content` (and its length past the last one). */
function lineStarts(content: Buffer): number[] {
  const starts = [0];
  for (let at = content.indexOf(NL); at !== -1; at = content.indexOf(NL, at + 1)) starts.push(at + 1);
  if (starts[starts.length - 1] !== content.length) starts.push(content.length + 1);
  return starts;
}

/** The bytes of lines `first`..`last` (1-based) of content, without the last one's line break. */
function window(content: Buffer, starts: readonly number[], first: number, last: number): Buffer | undefined {
  if (first < 1 || last < first || last >= starts.length) return undefined;
  return content.subarray(starts[first - 1]!, starts[last]! - 1);
}

/**
 * The keys of line ranges of content (1-based, inclusive), each undefined when its lines are not
 * there. The lines are found once for all ranges: a file change with many secrets costs one pass.
 */
export function linesKeys(content: Buffer, ranges: readonly (readonly [number, number])[]): (string | undefined)[] {
  if (ranges.length === 0) return [];
  const starts = lineStarts(content);
  return ranges.map(([first, last]) => {
    const bytes = window(content, starts, first, last);
    return bytes ? windowKey(bytes, last - first + 1) : undefined;
  });
}

/** Finds which of a set of line keys a file holds: a window's hashes are computed only when its line count and length match a key's. */
export class LineKeyMatcher {
  /** Line count -> byte length -> quick hashes wanted. */
  private readonly wanted = new Map<number, Map<number, Set<number>>>();
  private readonly multiLine: boolean;

  constructor(private readonly keys: ReadonlySet<string>) {
    for (const key of keys) {
      const [lines, length, quick] = key.split(':').map(Number);
      const byLength = this.wanted.get(lines!) ?? new Map<number, Set<number>>();
      byLength.set(length!, (byLength.get(length!) ?? new Set<number>()).add(quick!));
      this.wanted.set(lines!, byLength);
    }
    this.multiLine = [...this.wanted.keys()].some((n) => n > 1);
  }

  /** The keys of `keys` that `content` holds. */
  held(content: Buffer): Set<string> {
    const found = new Set<string>();
    const single = this.wanted.get(1);
    const starts: number[] = [];
    const ends: number[] = [];
    for (let start = 0; start <= content.length;) {
      const nl = content.indexOf(NL, start);
      const end = nl === -1 ? content.length : nl;
      if (nl === -1 && start === content.length) break; // nothing after a final line break
      if (single) this.check(content, start, end, 1, single, found);
      if (this.multiLine) {
        starts.push(start);
        ends.push(end);
      }
      start = end + 1;
    }
    for (const [lines, byLength] of this.wanted) {
      if (lines < 2) continue;
      for (let first = 0; first + lines <= starts.length; first++)
        this.check(content, starts[first]!, ends[first + lines - 1]!, lines, byLength, found);
    }
    return found;
  }

  private check(
    content: Buffer,
    from: number,
    to: number,
    lines: number,
    byLength: ReadonlyMap<number, ReadonlySet<number>>,
    found: Set<string>,
  ): void {
    const quick = byLength.get(to - from);
    if (!quick) return;
    let h = FNV_OFFSET;
    for (let i = from; i < to; i++) h = Math.imul(h ^ content[i]!, FNV_PRIME);
    if (!quick.has(h >>> 0)) return;
    const key = windowKey(content.subarray(from, to), lines);
    if (this.keys.has(key)) found.add(key);
  }
}
