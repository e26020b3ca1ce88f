import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

const MB = 1024 * 1024;

/** The whole-process bench's inputs (issue 14), installed from npm at pinned versions. */
export interface ProcessTrees {
  /** Tree A: the files under 1 MB of webpack's node_modules (a real dependency tree). */
  readonly treeA: string;
  /** Tree B: TypeScript's lib/_tsc.js and lib/typescript.js (large, keyword-dense files). */
  readonly treeB: string;
  /** secretlint's command-line entry, run with `node`. */
  readonly secretlintBin: string;
  /** Its configuration: the recommended preset. */
  readonly secretlintrc: string;
}

/**
 * Installs bench/process/<name>'s pinned packages into `cacheDir/<name>` with `npm ci`, once per
 * lockfile (a marker names the lockfile's hash); returns the folder holding node_modules and the hash.
 */
function installPinned(
  repoRoot: string,
  cacheDir: string,
  name: string,
  log: (line: string) => void,
): { dir: string; stamp: string } {
  const spec = path.join(repoRoot, 'bench', 'process', name);
  const stamp = createHash('sha256')
    .update(readFileSync(path.join(spec, 'package-lock.json')))
    .digest('hex')
    .slice(0, 16);
  const dir = path.join(cacheDir, name);
  const marker = path.join(dir, `.installed-${stamp}`);
  if (existsSync(marker)) return { dir, stamp };
  log(`installing bench/process/${name} into ${path.relative(repoRoot, dir)} (npm ci, once)…`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of ['package.json', 'package-lock.json']) copyFileSync(path.join(spec, f), path.join(dir, f));
  execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--omit=dev'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  writeFileSync(marker, new Date().toISOString() + '\n');
  return { dir, stamp };
}

/**
 * Copies the regular files under `from` smaller than `limit` into `to`, renaming `node_modules`
 * folders to `nm`: a scanner may skip folders by that name, and the copy should be scanned as is.
 */
function copySmallFiles(from: string, to: string, limit: number): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dest = path.join(to, entry.name === 'node_modules' ? 'nm' : entry.name);
    if (entry.isDirectory()) copySmallFiles(src, dest, limit);
    else if (entry.isFile() && statSync(src).size < limit) {
      mkdirSync(to, { recursive: true });
      copyFileSync(src, dest);
    }
  }
}

/** Builds `tree` from `fill` once (a marker file records it is complete). */
function buildOnce(tree: string, stamp: string, fill: () => void): void {
  const marker = path.join(path.dirname(tree), `.${path.basename(tree)}-${stamp}`);
  if (existsSync(marker)) return;
  rmSync(tree, { recursive: true, force: true });
  fill();
  writeFileSync(marker, new Date().toISOString() + '\n');
}

/** Installs (once) and lays out trees A and B under `cacheDir`, and finds secretlint. */
export function prepareProcessTrees(repoRoot: string, cacheDir: string, log: (line: string) => void): ProcessTrees {
  const a = installPinned(repoRoot, cacheDir, 'treeA', log);
  const tools = installPinned(repoRoot, cacheDir, 'tools', log);
  const treeA = path.join(cacheDir, 'A');
  const treeB = path.join(cacheDir, 'B');
  buildOnce(treeA, a.stamp, () => copySmallFiles(path.join(a.dir, 'node_modules'), treeA, MB));
  buildOnce(treeB, tools.stamp, () => {
    mkdirSync(treeB, { recursive: true });
    for (const f of ['_tsc.js', 'typescript.js'])
      copyFileSync(path.join(tools.dir, 'node_modules/typescript/lib', f), path.join(treeB, f));
  });
  const secretlintrc = path.join(cacheDir, 'secretlintrc.json');
  writeFileSync(secretlintrc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
  return {
    treeA,
    treeB,
    secretlintBin: path.join(tools.dir, 'node_modules/secretlint/bin/secretlint.js'),
    secretlintrc,
  };
}

/**
 * Tree C (issue 14's memory goal): about `totalBytes` in `files` files, built once under `cacheDir`
 * from tree A's real sources: each file is a run of them, in a varied order, under a header naming
 * its copy, about `totalBytes / files` bytes long, 100 files to a folder.
 */
export function prepareLargeTree(treeA: string, cacheDir: string, files: number, totalBytes: number): string {
  const tree = path.join(cacheDir, `C-${files}`);
  buildOnce(tree, String(totalBytes), () => {
    const sources: Buffer[] = [];
    const collect = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) collect(p);
        else if (e.isFile() && /\.(js|ts|json|md)$/.test(e.name) && statSync(p).size < 64 * 1024)
          sources.push(readFileSync(p));
      }
    };
    collect(treeA);
    const perFile = Math.round(totalBytes / files);
    let next = 0;
    for (let i = 0; i < files; i++) {
      const dir = path.join(tree, `d${Math.floor(i / 10000)}`, `d${Math.floor(i / 100) % 100}`);
      if (i % 100 === 0) mkdirSync(dir, { recursive: true });
      const parts: Uint8Array[] = [Buffer.from(`// copy ${i}\n`)];
      for (let n = 0; n < perFile;) {
        const src = sources[(next++ * 7919) % sources.length]!;
        parts.push(src);
        n += src.length;
      }
      writeFileSync(path.join(dir, `f${i}.js`), Buffer.concat(parts).subarray(0, perFile));
    }
  });
  return tree;
}
