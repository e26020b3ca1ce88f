import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

export interface FileEntry {
  /** Absolute path. */
  readonly abs: string;
  /** Path shown in reports: relative to the working directory, forward slashes. */
  readonly display: string;
  /** Set when the path cannot be scanned: why (an error code or "not a regular file: FIFO"), reported as an unreadable skip. */
  readonly unreadable?: string;
}

interface IgnoreScope {
  readonly dir: string;
  readonly rules: Ignore;
}

export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return (rel === '' ? path.basename(abs) : rel).split(path.sep).join('/');
}

export interface ListOptions {
  /** Folder names never entered (besides .git). */
  readonly skipDirs?: ReadonlySet<string>;
}

/**
 * Lists the files under `roots`, in a stable order, honouring every .gitignore on the way (nested
 * ones apply to their own folder, as in git) unless `gitignore` is false. `.git` is never entered
 * and symbolic links met on the way are not followed. A root the user named is never dropped: a
 * file or a folder (even ignored) is listed or walked, a symbolic link to one likewise, and a
 * broken link, a link loop, a FIFO or a device is listed as unreadable with the reason. A folder
 * that cannot be read is listed as unreadable too, so the scan is marked partial.
 */
export async function listFiles(
  roots: readonly string[],
  cwd: string,
  gitignore: boolean,
  options: ListOptions = {},
): Promise<FileEntry[]> {
  const out: FileEntry[] = [];
  for await (const f of await walkFiles(roots, cwd, gitignore, options)) out.push(f);
  return out;
}

/**
 * `listFiles` as a stream, for trees too large to hold as a list: the same files in the same order,
 * read as they are consumed (a few folders ahead), so memory follows the consumer, not the tree.
 * Every root is looked at first: a missing one throws ENOENT here, before anything is yielded.
 */
export async function walkFiles(
  roots: readonly string[],
  cwd: string,
  gitignore: boolean,
  options: ListOptions = {},
): Promise<AsyncIterable<FileEntry>> {
  const starts: RootStart[] = [];
  for (const root of roots) starts.push(await rootStart(path.resolve(cwd, root), cwd));
  const walk: WalkSettings = { gitignore, cwd, skipDirs: options.skipDirs ?? NONE };
  return walkRoots(starts, walk);
}

/** A root, looked at: a file or an unreadable entry to list as it is, or a folder to walk. */
type RootStart = { readonly entry: FileEntry } | { readonly dir: string };

async function rootStart(abs: string, cwd: string): Promise<RootStart> {
  let stat = await fs.lstat(abs); // throws ENOENT for a missing path: the caller reports it
  const display = displayPath(abs, cwd);
  if (stat.isSymbolicLink()) {
    try {
      stat = await fs.stat(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'error';
      const unreadable =
        code === 'ENOENT' ? 'ENOENT: broken symbolic link' : code === 'ELOOP' ? 'ELOOP: symbolic link loop' : code;
      return { entry: { abs, display, unreadable } };
    }
  }
  if (stat.isFile()) return { entry: { abs, display } };
  if (stat.isDirectory()) return { dir: abs };
  return { entry: { abs, display, unreadable: `not a regular file: ${specialKind(stat)}` } };
}

async function* walkRoots(starts: readonly RootStart[], walk: WalkSettings): AsyncGenerator<FileEntry> {
  for (const start of starts) {
    if ('entry' in start) yield start.entry;
    else
      yield* new FolderWalk(
        start.dir,
        readListing(start.dir, walk.gitignore),
        walk.gitignore ? await namedFolderScopes(start.dir) : [],
        walk,
      );
  }
}

function specialKind(stat: {
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}): string {
  return stat.isFIFO()
    ? 'FIFO'
    : stat.isSocket()
      ? 'socket'
      : stat.isCharacterDevice()
        ? 'character device'
        : stat.isBlockDevice()
          ? 'block device'
          : 'unknown type';
}

/**
 * The .gitignore rules above a folder the user named. A named folder is walked even when those
 * rules exclude it (`scan node_modules/pkg`, `scan build`), as a named file is scanned: then only
 * the .gitignore files inside it apply, since the ones above would exclude everything it holds.
 */
async function namedFolderScopes(dir: string): Promise<IgnoreScope[]> {
  const scopes = await inheritedScopes(dir);
  return isIgnored(scopes, dir, true) ? [] : scopes;
}

/** .gitignore files of the folders above `dir`, up to the repository root, when `dir` is inside one. */
async function inheritedScopes(dir: string): Promise<IgnoreScope[]> {
  const chain: string[] = [];
  let current = path.dirname(dir);
  let probe = dir;
  // Only climb while inside a git work tree (a parent holds .git).
  for (;;) {
    if (await exists(path.join(probe, '.git'))) break;
    if (current === probe) return [];
    chain.unshift(current);
    probe = current;
    current = path.dirname(current);
  }
  const scopes: IgnoreScope[] = [];
  for (const d of chain) {
    const s = await readScope(d);
    if (s) scopes.push(s);
  }
  return scopes;
}

/** True when something (file, folder or link) is at `p`. */
export async function exists(p: string): Promise<boolean> {
  try {
    await fs.lstat(p);
    return true;
  } catch {
    return false;
  }
}

async function readScope(dir: string): Promise<IgnoreScope | undefined> {
  try {
    const text = await fs.readFile(path.join(dir, '.gitignore'), 'utf8');
    return { dir, rules: ignore().add(text) };
  } catch {
    return undefined;
  }
}

function isIgnored(scopes: readonly IgnoreScope[], abs: string, isDir: boolean): boolean {
  for (const s of scopes) {
    const rel = path.relative(s.dir, abs).split(path.sep).join('/');
    if (rel && !rel.startsWith('..') && s.rules.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}

interface WalkSettings {
  readonly gitignore: boolean;
  readonly cwd: string;
  readonly skipDirs: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

/** A folder's entries and its own .gitignore, or why it could not be read. */
type Listing = { readonly entries: Dirent[]; readonly own: IgnoreScope | undefined } | { readonly error: string };

/** Never rejects: a folder that cannot be read is listed as unreadable where the walk reaches it. */
async function readListing(dir: string, gitignore: boolean): Promise<Listing> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    return { error: (e as NodeJS.ErrnoException).code ?? 'error' };
  }
  // Only a folder that lists a .gitignore costs a read for it.
  const own = gitignore && entries.some((e) => e.name === '.gitignore') ? await readScope(dir) : undefined;
  return { entries, own };
}

/**
 * Subfolders of one folder whose listings are read ahead of the walk (per level of depth): the
 * disk is kept busy while the files already listed are consumed, and what is held stays a few
 * listings per level. Reading one folder after another, the walk of a dependency tree spent most
 * of its time waiting.
 */
const READ_AHEAD = 8;

/** One folder being walked: what it holds in walk order, and the subfolders read ahead. */
interface Frame {
  /** A file's entry, or a subfolder's path (its listing read ahead). */
  readonly items: readonly (FileEntry | string)[];
  readonly scopes: readonly IgnoreScope[];
  readonly ahead: Map<string, Promise<Listing>>;
  /** The next item to walk, and the next one whose listing may be read ahead. */
  at: number;
  nextAhead: number;
}

/**
 * A folder's files in name order, depth first. A stack of folders rather than nested generators:
 * through `yield*`, each file cost a hop through every level above it.
 */
class FolderWalk implements AsyncIterableIterator<FileEntry> {
  private readonly stack: Frame[] = [];
  private started = false;
  private closed = false;

  constructor(
    private readonly dir: string,
    private readonly listing: Promise<Listing>,
    private readonly scopes: readonly IgnoreScope[],
    private readonly walk: WalkSettings,
  ) {}

  [Symbol.asyncIterator](): this {
    return this;
  }

  async next(): Promise<IteratorResult<FileEntry>> {
    if (!this.started) {
      this.started = true;
      const first = await this.enter(this.dir, this.listing, this.scopes);
      if (first) return { value: first, done: false };
    }
    for (;;) {
      const frame = this.closed ? undefined : this.stack.at(-1);
      if (!frame) return { value: undefined, done: true };
      if (frame.at >= frame.items.length) {
        this.stack.pop();
        continue;
      }
      const item = frame.items[frame.at++]!;
      if (typeof item !== 'string') return { value: item, done: false };
      readAhead(frame, frame.at - 1, this.walk.gitignore);
      const sub = frame.ahead.get(item)!;
      frame.ahead.delete(item);
      readAhead(frame, frame.at, this.walk.gitignore);
      const unreadable = await this.enter(item, sub, frame.scopes);
      if (unreadable) return { value: unreadable, done: false };
    }
  }

  /** Stops the walk: no folder is read any more. */
  async return(): Promise<IteratorResult<FileEntry>> {
    this.started = true;
    this.closed = true;
    this.stack.length = 0;
    return { value: undefined, done: true };
  }

  /** Pushes the folder's frame; a folder that cannot be read is returned as its unreadable entry instead. */
  private async enter(
    dir: string,
    listing: Promise<Listing>,
    scopes: readonly IgnoreScope[],
  ): Promise<FileEntry | undefined> {
    const read = await listing;
    if (this.closed) return undefined;
    // Listed as unreadable (EACCES, ENAMETOOLONG, ...): whatever it holds went unscanned, so the scan is partial.
    if ('error' in read) return { abs: dir, display: displayPath(dir, this.walk.cwd), unreadable: read.error };
    const active = read.own ? [...scopes, read.own] : scopes;
    this.stack.push({
      items: folderItems(dir, read.entries, active, this.walk),
      scopes: active,
      ahead: new Map(),
      at: 0,
      nextAhead: 0,
    });
    return undefined;
  }
}

/** A folder's files and subfolders to walk, in name order, `.git`, skipped and ignored ones left out. */
function folderItems(
  dir: string,
  entries: Dirent[],
  active: readonly IgnoreScope[],
  walk: WalkSettings,
): (FileEntry | string)[] {
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // A file's display path is its folder's plus its name: path.relative once per folder, not per file.
  const folderDisplay = path.relative(walk.cwd, dir).split(path.sep).join('/');
  const items: (FileEntry | string)[] = [];
  for (const e of entries) {
    if (e.name === '.git') continue;
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!walk.skipDirs.has(e.name) && !isIgnored(active, abs, true)) items.push(abs);
    } else if (e.isFile() && !isIgnored(active, abs, false))
      items.push({ abs, display: folderDisplay === '' ? e.name : `${folderDisplay}/${e.name}` });
  }
  return items;
}

/** Starts reading the listings of the frame's next subfolders from item `from` on, up to READ_AHEAD at once. */
function readAhead(frame: Frame, from: number, gitignore: boolean): void {
  for (frame.nextAhead = Math.max(frame.nextAhead, from); frame.nextAhead < frame.items.length; frame.nextAhead++) {
    if (frame.ahead.size >= READ_AHEAD) return;
    const item = frame.items[frame.nextAhead]!;
    if (typeof item === 'string') frame.ahead.set(item, readListing(item, gitignore));
  }
}
