import type { Position } from '../finding';

/** Offsets of line starts, for offset ↔ line/column conversion. Lines end at \n (a \r before it is part of the terminator). */
export class LineIndex {
  readonly starts: Int32Array;

  constructor(readonly text: string) {
    const starts: number[] = [0];
    let i = text.indexOf('\n');
    while (i !== -1) {
      starts.push(i + 1);
      i = text.indexOf('\n', i + 1);
    }
    this.starts = Int32Array.from(starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Zero-based line containing `offset`. */
  lineAt(offset: number): number {
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  lineStart(line: number): number {
    return this.starts[line]!;
  }

  /** Offset just past the line's content, before its \r\n or \n. */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1]! - 1 : this.text.length;
    return next > this.starts[line]! && this.text.charCodeAt(next - 1) === 13 ? next - 1 : next;
  }

  positionAt(offset: number): Position {
    const line = this.lineAt(offset);
    return { line, column: offset - this.starts[line]! };
  }
}
