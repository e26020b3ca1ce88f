/**
 * Parses the output of `git log -p -U0 --cc` (with historyGit's commit header) into what a history
 * scan needs: for each file a commit changes, the lines it adds, and the files it cannot scan.
 * Works on bytes: file content and names may be in any encoding.
 */

/** Starts each commit's header line; no diff line can start with it. */
export const COMMIT_MARK = 0x01;

export interface CommitInfo {
  readonly sha: string;
  /** Position in git's output for the whole selection: ties between commits of the same second go to the later one (older). */
  readonly seq: number;
  readonly parents: readonly string[];
  /** Committer time, seconds since the epoch: orders commits. */
  readonly time: number;
  /** Author date, ISO 8601. */
  readonly date: string;
  readonly author: string;
}

/** The lines one commit adds to one file. */
export interface PatchUnit {
  readonly commit: CommitInfo;
  readonly path: string;
  /** The added lines, each with its line break; runs that are not adjacent in the file are separated by an empty line. */
  readonly content: Buffer;
  /** For each line of `content`, its 1-based line in the file at this commit (0 for a separator). */
  readonly lines: Int32Array;
}

export type PatchSkip = 'binary' | 'too-large' | 'submodule';

export interface PatchSink {
  commit(info: CommitInfo): void;
  unit(unit: PatchUnit): void;
  skip(commit: CommitInfo, path: string, reason: PatchSkip): void;
  /** A commit renamed `from` to `to` (where a secret added under the old name may live on). */
  rename?(from: string, to: string): void;
}

const NL = 0x0a;
const PLUS = 0x2b;
const MINUS = 0x2d;
const SPACE = 0x20;
const BACKSLASH = 0x5c;
const AT = 0x40;
const SEPARATOR = Buffer.from('\n');

/** Unquotes a path git printed C-style (`"caf\303\251"`); non-UTF-8 bytes become U+FFFD. */
export function unquoteGitPath(raw: string): string {
  if (!raw.startsWith('"') || !raw.endsWith('"') || raw.length < 2) return raw;
  const bytes: number[] = [];
  const simple: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  for (let i = 1; i < raw.length - 1; i++) {
    const c = raw[i]!;
    if (c !== '\\') {
      bytes.push(raw.charCodeAt(i) & 0xff);
      continue;
    }
    const next = raw[++i] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(raw.slice(i, i + 3), 8) & 0xff);
      i += 2;
    } else bytes.push(simple[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** `b/dir/file` or `"b/dir/f\303\251"` from a header line's path part, without the prefix. */
function headerPath(raw: string, prefix: string): string {
  const path = unquoteGitPath(raw);
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

interface OpenFile {
  path?: string;
  renamedFrom?: string;
  submodule: boolean;
  tooLarge: boolean;
  chunks: Buffer[];
  size: number;
  lines: number[];
  /** Columns of the hunk prefix: 1, or the parent count of a combined (merge) diff. */
  columns: number;
  /** Next line number of the file at this commit, inside a hunk. */
  nextLine: number;
  inHunk: boolean;
}

/**
 * A push parser: feed it stdout chunks, then call end(). Memory stays bounded: a file change
 * holding more than `maxFileSize` bytes of added lines is dropped as it grows and reported too large.
 */
export class PatchParser {
  private pending: Buffer[] = [];
  private commitInfo: CommitInfo | undefined;
  private file: OpenFile | undefined;
  private seq: number;

  /** `firstSeq`: the position of this output's first commit in the whole selection (several git processes share one). */
  constructor(
    private readonly sink: PatchSink,
    private readonly maxFileSize: number,
    firstSeq = 0,
  ) {
    this.seq = firstSeq;
  }

  push(chunk: Buffer): void {
    let at = 0;
    for (;;) {
      const nl = chunk.indexOf(NL, at);
      if (nl === -1) break;
      if (this.pending.length) {
        this.pending.push(chunk.subarray(at, nl + 1));
        this.line(Buffer.concat(this.pending));
        this.pending = [];
      } else this.line(chunk.subarray(at, nl + 1));
      at = nl + 1;
    }
    if (at < chunk.length) this.pending.push(chunk.subarray(at));
  }

  end(): void {
    if (this.pending.length) this.line(Buffer.concat([...this.pending, SEPARATOR]));
    this.pending = [];
    this.closeFile();
  }

  /** One line, with its line break. */
  private line(line: Buffer): void {
    const first = line[0];
    const file = this.file;
    if (file?.inHunk && (first === PLUS || first === MINUS || first === SPACE || first === BACKSLASH)) {
      this.hunkLine(file, line);
      return;
    }
    if (first === COMMIT_MARK) {
      this.closeFile();
      this.commitInfo = parseCommitHeader(line, this.seq++);
      this.sink.commit(this.commitInfo);
      return;
    }
    if (!this.commitInfo) return;
    const text = line.toString('latin1', 0, Math.min(line.length, 4096)).replace(/\r?\n$/, '');
    if (text.startsWith('diff ')) {
      this.closeFile();
      this.file = {
        submodule: false,
        tooLarge: false,
        chunks: [],
        size: 0,
        lines: [],
        columns: 1,
        nextLine: 0,
        inHunk: false,
      };
      const combined = /^diff --(?:cc|combined) (.+)$/.exec(text);
      if (combined) this.file.path = headerPath(combined[1]!, '');
      else {
        // `diff --git a/P b/P`: unambiguous when both names are the same (no rename) and unquoted.
        const m = /^diff --git (.+)$/.exec(text);
        const both = m?.[1] ?? '';
        const half = (both.length - 1) / 2;
        if (
          Number.isInteger(half) &&
          both.startsWith('a/') &&
          both.slice(half + 1).startsWith('b/') &&
          both.slice(2, half) === both.slice(half + 3)
        )
          this.file.path = both.slice(half + 3);
      }
      return;
    }
    if (!file) return;
    if (first === AT) {
      const header = /^(@+) .*?\+(\d+)(?:,\d+)? @+/.exec(text);
      if (header) {
        file.columns = header[1]!.length - 1;
        file.nextLine = Number(header[2]);
        file.inHunk = true;
      }
      return;
    }
    file.inHunk = false;
    if (text.startsWith('+++ ')) {
      if (text !== '+++ /dev/null') file.path = headerPath(text.slice(4), 'b/');
    } else if (text.startsWith('rename to ')) file.path = headerPath(text.slice(10), '');
    else if (text.startsWith('rename from ')) file.renamedFrom = headerPath(text.slice(12), '');
    else if (/^(?:new file mode|new mode|index \S+) 160000$/.test(text)) file.submodule = true;
    else if (text.startsWith('Binary files ') && !text.endsWith(' and /dev/null differ')) {
      const m = / and ((?:"b\/|b\/).*) differ$/.exec(text);
      if (m) file.path = headerPath(m[1]!, 'b/');
      this.sink.skip(this.commitInfo, file.path ?? '(unnamed)', 'binary');
    }
  }

  private hunkLine(file: OpenFile, line: Buffer): void {
    const first = line[0];
    if (first === BACKSLASH) return; // "\ No newline at end of file"
    let added = true;
    let inResult = true;
    for (let i = 0; i < file.columns; i++) {
      const c = line[i];
      if (c !== PLUS) added = false;
      if (c === MINUS) inResult = false;
    }
    if (!inResult) return;
    const lineNo = file.nextLine++;
    if (!added || file.submodule) return;
    const previous = file.lines.length ? file.lines[file.lines.length - 1]! : -1;
    // Runs that are not adjacent in the file are kept apart, so no line is taken for the one before another.
    if (previous > 0 && previous !== lineNo - 1) this.append(file, SEPARATOR, 0);
    this.append(file, line.subarray(file.columns), lineNo);
  }

  private append(file: OpenFile, bytes: Buffer, lineNo: number): void {
    if (file.tooLarge) return;
    if (file.size + bytes.length > this.maxFileSize) {
      file.tooLarge = true;
      file.chunks = [];
      file.lines = [];
      return;
    }
    file.chunks.push(bytes);
    file.size += bytes.length;
    file.lines.push(lineNo);
  }

  private closeFile(): void {
    const file = this.file;
    this.file = undefined;
    if (!file || !this.commitInfo) return;
    const path = file.path ?? '(unnamed)';
    if (file.renamedFrom !== undefined && file.path !== undefined) this.sink.rename?.(file.renamedFrom, file.path);
    if (file.submodule) this.sink.skip(this.commitInfo, path, 'submodule');
    else if (file.tooLarge) this.sink.skip(this.commitInfo, path, 'too-large');
    else if (file.lines.some((l) => l > 0)) {
      this.sink.unit({
        commit: this.commitInfo,
        path,
        content: Buffer.concat(file.chunks, file.size),
        lines: Int32Array.from(file.lines),
      });
    }
  }
}

/** `\x01<sha>\0<parents>\0<committer time>\0<author date>\0<author>`. */
function parseCommitHeader(line: Buffer, seq: number): CommitInfo {
  const [sha = '', parents = '', time = '0', date = '', author = ''] = line
    .subarray(1)
    .toString('utf8')
    .replace(/\r?\n$/, '')
    .split('\0');
  return { sha, seq, parents: parents ? parents.split(' ') : [], time: Number(time), date, author };
}

/** The `--format` that writes the header parseCommitHeader reads. */
export const COMMIT_FORMAT = '--format=%x01%H%x00%P%x00%ct%x00%aI%x00%an';
