import { promises as fs } from 'node:fs';
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
 * file (even ignored) or a symbolic link to one is listed, a link to a folder is walked, and a
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
  for (const root of roots) {
    const abs = path.resolve(cwd, root);
    let stat = await fs.lstat(abs); // throws ENOENT for a missing path: the caller reports it
    const display = displayPath(abs, cwd);
    if (stat.isSymbolicLink()) {
      try {
        stat = await fs.stat(abs);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? 'error';
        out.push({
          abs,
          display,
          unreadable:
            code === 'ENOENT' ? 'ENOENT: broken symbolic link' : code === 'ELOOP' ? 'ELOOP: symbolic link loop' : code,
        });
        continue;
      }
    }
    if (stat.isFile()) out.push({ abs, display });
    else if (stat.isDirectory())
      for (const f of await walkDir(abs, gitignore ? await inheritedScopes(abs) : [], {
        gitignore,
        cwd,
        skipDirs: options.skipDirs ?? NONE,
      }))
        out.push(f);
    else out.push({ abs, display, unreadable: `not a regular file: ${specialKind(stat)}` });
  }
  return out;
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

/**
 * A folder's files in name order. Subfolders are read concurrently (their listings are then joined
 * in order): one folder after another, the walk of a dependency tree spent most of its time waiting.
 */
async function walkDir(dir: string, scopes: readonly IgnoreScope[], walk: WalkSettings): Promise<FileEntry[]> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    // Listed as unreadable (EACCES, ENAMETOOLONG, ...): whatever it holds went unscanned, so the scan is partial.
    return [
      { abs: dir, display: displayPath(dir, walk.cwd), unreadable: (e as NodeJS.ErrnoException).code ?? 'error' },
    ];
  }
  const own = walk.gitignore ? await readScope(dir) : undefined;
  const active = own ? [...scopes, own] : scopes;
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // A file's display path is its folder's plus its name: path.relative once per folder, not per file.
  const folderDisplay = path.relative(walk.cwd, dir).split(path.sep).join('/');
  const parts: (FileEntry | Promise<FileEntry[]>)[] = [];
  for (const e of entries) {
    if (e.name === '.git') continue;
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (walk.skipDirs.has(e.name) || isIgnored(active, abs, true)) continue;
      const sub = walkDir(abs, active, walk);
      // Its failure is rethrown where it is awaited, in order; meanwhile it is not an unhandled rejection.
      sub.catch(() => undefined);
      parts.push(sub);
    } else if (e.isFile()) {
      if (!isIgnored(active, abs, false))
        parts.push({ abs, display: folderDisplay === '' ? e.name : `${folderDisplay}/${e.name}` });
    }
  }
  const out: FileEntry[] = [];
  for (const part of parts) {
    if (part instanceof Promise) for (const f of await part) out.push(f);
    else out.push(part);
  }
  return out;
}
