import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { minimatch } from 'minimatch';

/** Bounds a hook's look at the disk: it runs before every command and must answer fast. */
const MAX_ENTRIES = 20_000;
const SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn']);

function list(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/**
 * The existing files a glob word expands to, as sh would from `cwd`: segment by segment, a
 * leading dot matched only explicitly, braces and classes as minimatch reads them. At most
 * MAX_ENTRIES directory entries are looked at.
 */
export function expandGlob(cwd: string, pattern: string): string[] {
  const absolute = path.isAbsolute(pattern);
  const segments = pattern.split('/').filter((s, i) => s !== '' || i === 0);
  let current = [absolute ? path.parse(cwd).root : cwd];
  let seen = 0;
  for (const segment of absolute ? segments.slice(1) : segments) {
    if (segment === '' || segment === '.') continue;
    const next: string[] = [];
    for (const dir of current) {
      if (!/[*?[{]/.test(segment)) {
        next.push(path.join(dir, segment));
        continue;
      }
      for (const name of list(dir)) {
        if (++seen > MAX_ENTRIES) return next;
        if (minimatch(name, segment, { dot: false })) next.push(path.join(dir, name));
      }
    }
    current = next;
  }
  return current.filter((p) => {
    try {
      return statSync(p).isFile();
    } catch {
      return false;
    }
  });
}

/**
 * The first file at or under `target` (a file or folder, relative to `cwd`) for which `isSensitive`
 * holds; dotfiles and dot-folders only when `hidden`. Breadth-first, at most MAX_ENTRIES entries;
 * version-control folders and node_modules are not entered.
 */
export function firstSensitiveUnder(
  cwd: string,
  target: string,
  hidden: boolean,
  isSensitive: (abs: string) => boolean,
): string | undefined {
  const start = path.resolve(cwd, target);
  let queue = [start];
  let seen = 0;
  while (queue.length > 0 && seen < MAX_ENTRIES) {
    const next: string[] = [];
    for (const p of queue) {
      let isDir: boolean;
      try {
        isDir = statSync(p).isDirectory();
      } catch {
        continue;
      }
      if (!isDir) {
        if (isSensitive(p)) return p;
        continue;
      }
      for (const name of list(p)) {
        if (++seen > MAX_ENTRIES) break;
        if (SKIPPED.has(name) || (!hidden && name.startsWith('.'))) continue;
        next.push(path.join(p, name));
      }
    }
    queue = next;
  }
  return undefined;
}
