import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface StagedFile {
  readonly path: string;
  readonly content: Buffer;
}

export class GitError extends Error {}

/** Paths added, copied, modified or renamed in the index, relative to the repository root. */
async function stagedPaths(cwd: string): Promise<string[]> {
  try {
    const { stdout } = await execFileAsync('git', ['diff', '--cached', '--name-only', '-z', '--diff-filter=ACMR'], { cwd, maxBuffer: 64 * 1024 * 1024 });
    return stdout.split('\0').filter(Boolean);
  } catch (e) {
    throw new GitError(`cannot list staged files (is this a git repository?): ${(e as Error).message.split('\n')[0]}`);
  }
}

async function topLevel(cwd: string): Promise<string> {
  const { stdout } = await execFileAsync('git', ['rev-parse', '--show-toplevel'], { cwd });
  return stdout.trim();
}

/**
 * The staged content (not the working copy) of every staged file, read through one
 * `git cat-file --batch` process. Files larger than `maxFileSize` are listed with empty content
 * and `tooLarge` so the caller can report the skip without loading them.
 */
export async function readStaged(cwd: string, maxFileSize: number): Promise<{ root: string; files: (StagedFile & { tooLarge?: boolean })[] }> {
  const paths = await stagedPaths(cwd);
  const root = await topLevel(cwd);
  if (paths.length === 0) return { root, files: [] };
  const child = spawn('git', ['cat-file', '--batch'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new GitError(`git cat-file exited with ${code}`))));
  });
  child.stdin.end(paths.map((p) => `:${p}\n`).join(''));
  await done;
  const all = Buffer.concat(chunks);
  const files: (StagedFile & { tooLarge?: boolean })[] = [];
  let at = 0;
  for (const p of paths) {
    const nl = all.indexOf(10, at);
    const header = all.subarray(at, nl).toString('utf8');
    at = nl + 1;
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!m) continue; // "missing": e.g. a submodule entry
    const size = Number(m[2]);
    const content = all.subarray(at, at + size);
    at += size + 1;
    files.push(size > maxFileSize ? { path: p, content: Buffer.alloc(0), tooLarge: true } : { path: p, content: Buffer.from(content) });
  }
  return { root, files };
}
