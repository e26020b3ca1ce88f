import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  closeSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

/** Folders of tests, fixtures and examples: they hold planted credentials on purpose. */
const PRUNED_DIRS = new Set([
  'test',
  'tests',
  '__tests__',
  'spec',
  'specs',
  'fixtures',
  '__fixtures__',
  '__mocks__',
  'example',
  'examples',
  '.bin',
]);

export interface RealCodeSet {
  /** The folder to scan. */
  readonly root: string;
  readonly textBytes: number;
  readonly files: number;
  /** Text bytes per top-level package (`name` or `@scope/name`). */
  readonly packageBytes: ReadonlyMap<string, number>;
}

/**
 * Installs the pinned packages of realCode/package-lock.json into `cacheDir` with `npm ci`
 * (skipped when the same lockfile was installed before), removes test/fixture/example folders
 * and binary files, and returns the folder of published source to scan.
 */
export function prepareRealCode(repoRoot: string, cacheDir: string, log: (line: string) => void): RealCodeSet {
  const spec = path.join(repoRoot, 'bench', 'accuracy', 'realCode');
  const lock = readFileSync(path.join(spec, 'package-lock.json'));
  const stamp = createHash('sha256').update(lock).digest('hex').slice(0, 16);
  const marker = path.join(cacheDir, `.installed-${stamp}`);
  const root = path.join(cacheDir, 'node_modules');
  if (!existsSync(marker)) {
    log(`installing the real-code set into ${path.relative(repoRoot, cacheDir)} (npm ci, once)…`);
    rmSync(cacheDir, { recursive: true, force: true });
    mkdirSync(cacheDir, { recursive: true });
    copyFileSync(path.join(spec, 'package.json'), path.join(cacheDir, 'package.json'));
    copyFileSync(path.join(spec, 'package-lock.json'), path.join(cacheDir, 'package-lock.json'));
    execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--omit=dev'], {
      cwd: cacheDir,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    prune(root);
    writeFileSync(marker, new Date().toISOString() + '\n');
  }
  const packageBytes = new Map<string, number>();
  let files = 0;
  for (const pkg of listPackages(root)) {
    const m = measure(path.join(root, pkg));
    packageBytes.set(pkg, m.bytes);
    files += m.files;
  }
  const textBytes = [...packageBytes.values()].reduce((a, b) => a + b, 0);
  return { root, textBytes, files, packageBytes };
}

/** The package a path under node_modules belongs to: `name` or `@scope/name`. */
export function packageOf(relativePath: string): string {
  const parts = relativePath
    .replace(/\\/g, '/')
    .replace(/^(\.\/)?node_modules\//, '')
    .split('/');
  return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

function listPackages(root: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    if (entry.name.startsWith('@'))
      for (const sub of readdirSync(path.join(root, entry.name))) out.push(`${entry.name}/${sub}`);
    else out.push(entry.name);
  }
  return out.sort();
}

/**
 * Removes pruned folders (PRUNED_DIRS plus `extraDirs`), symbolic links, binary files (a NUL byte
 * in the first 8 KB) and files `dropFile` names (test files that live beside the code).
 */
export function prune(
  dir: string,
  extraDirs: ReadonlySet<string> = new Set(),
  dropFile: (name: string) => boolean = () => false,
): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) rmSync(full, { force: true });
    else if (entry.isDirectory()) {
      if (PRUNED_DIRS.has(entry.name) || extraDirs.has(entry.name)) rmSync(full, { recursive: true, force: true });
      else prune(full, extraDirs, dropFile);
    } else if (entry.isFile() && (dropFile(entry.name) || isBinary(full))) rmSync(full, { force: true });
  }
}

function isBinary(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(8192);
    const n = readSync(fd, head, 0, head.length, 0);
    return head.subarray(0, n).includes(0);
  } finally {
    closeSync(fd);
  }
}

/** Text bytes and files under `dir` (after pruning, everything left is text). */
export function measure(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = measure(full);
      bytes += sub.bytes;
      files += sub.files;
    } else if (entry.isFile() && !lstatSync(full).isSymbolicLink()) {
      bytes += statSync(full).size;
      files++;
    }
  }
  return { bytes, files };
}
