import type * as ChildProcesses from 'node:child_process';
import { promisify } from 'node:util';

/**
 * node:child_process, loaded when git first runs: it loads net and dgram with it, start-up time a
 * scan of named files (the pre-commit case) never needs.
 */
function childProcesses(): typeof ChildProcesses {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred on purpose (see above)
  return require('node:child_process') as typeof ChildProcesses;
}

type ExecFileAsync = typeof ChildProcesses.execFile.__promisify__;
let execFilePromised: ExecFileAsync | undefined;

function execFileAsync(): ExecFileAsync {
  return (execFilePromised ??= promisify(childProcesses().execFile));
}

export interface StagedFile {
  /** Path relative to the repository root (non-UTF-8 bytes decoded with replacement characters). */
  readonly path: string;
  readonly content: Buffer;
  /** Set when the blob is over the size limit: listed, not read. */
  readonly tooLarge?: boolean;
  /** Set for each side of an unresolved merge conflict ("stage 2", "stage 3"). */
  readonly stage?: number;
}

export class GitError extends Error {}

const MAX_LISTING = 512 * 1024 * 1024;

async function git(cwd: string, args: readonly string[]): Promise<Buffer> {
  const { stdout } = await execFileAsync()('git', args, { cwd, encoding: 'buffer', maxBuffer: MAX_LISTING });
  return stdout;
}

/** Records of a `-z` listing: `<fields>\t<path>` separated by NUL; names may hold any byte but NUL. */
function records(listing: Buffer): { fields: string[]; path: string }[] {
  const out: { fields: string[]; path: string }[] = [];
  let at = 0;
  while (at < listing.length) {
    let end = listing.indexOf(0, at);
    if (end === -1) end = listing.length;
    const tab = listing.indexOf(9, at);
    if (tab !== -1 && tab < end)
      out.push({
        fields: listing.subarray(at, tab).toString('latin1').split(' '),
        path: listing.subarray(tab + 1, end).toString('utf8'),
      });
    at = end + 1;
  }
  return out;
}

/** Modes of entries whose blob is committed content: regular files, executables and symlinks (their target). */
const CONTENT_MODES = new Set(['100644', '100755', '120000']);

/**
 * What `git write-tree` would commit that HEAD does not already hold: every index entry (any change
 * type: added, modified, renamed, copied, type-changed; both sides of a conflict) whose mode and
 * blob differ from HEAD's entry at that path. Read from the index with `-z`, so names with newlines,
 * quotes or non-UTF-8 bytes are exact.
 */
async function stagedEntries(cwd: string): Promise<{ mode: string; sha: string; stage: number; path: string }[]> {
  let index: Buffer;
  try {
    index = await git(cwd, ['ls-files', '--stage', '-z']);
  } catch (e) {
    throw new GitError(`cannot list staged files (is this a git repository?): ${(e as Error).message.split('\n')[0]}`);
  }
  const head = new Set<string>();
  const hasHead = await execFileAsync()('git', ['rev-parse', '--verify', '-q', 'HEAD'], { cwd }).then(
    () => true,
    () => false,
  );
  if (hasHead)
    for (const r of records(await git(cwd, ['ls-tree', '-r', '-z', '--full-tree', 'HEAD'])))
      head.add(`${r.fields[0]} ${r.fields[2]}\0${r.path}`);
  const out: { mode: string; sha: string; stage: number; path: string }[] = [];
  for (const r of records(index)) {
    const [mode, sha, stage] = r.fields as [string, string, string];
    // Stage 1 of a conflict is the merge base, an ancestor already committed.
    if (!CONTENT_MODES.has(mode) || stage === '1' || head.has(`${mode} ${sha}\0${r.path}`)) continue;
    out.push({ mode, sha, stage: Number(stage), path: r.path });
  }
  return out;
}

async function topLevel(cwd: string): Promise<string> {
  const { stdout } = await execFileAsync()('git', ['rev-parse', '--show-toplevel'], { cwd });
  return stdout.trim();
}

/** Runs `git cat-file <mode>` with one object name per line and returns its whole output. */
async function catFile(root: string, mode: '--batch' | '--batch-check', shas: readonly string[]): Promise<Buffer> {
  const child = childProcesses().spawn('git', ['cat-file', mode], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new GitError(`git cat-file exited with ${code}`))));
  });
  // Object names are hex: one per line can never be misread, whatever the file names.
  child.stdin.end(shas.map((s) => s + '\n').join(''));
  await done;
  return Buffer.concat(chunks);
}

/**
 * The staged content (not the working copy) of everything the next commit would add or change.
 * Blob sizes are checked first (`--batch-check`), so a blob over `maxFileSize` is listed as
 * `tooLarge` without being read.
 */
export async function readStaged(cwd: string, maxFileSize: number): Promise<{ root: string; files: StagedFile[] }> {
  const root = await topLevel(cwd).catch((e: Error) => {
    throw new GitError(`cannot list staged files (is this a git repository?): ${e.message.split('\n')[0]}`);
  });
  const entries = await stagedEntries(root);
  if (entries.length === 0) return { root, files: [] };
  const shas = [...new Set(entries.map((e) => e.sha))];
  const sizes = new Map<string, number>();
  for (const line of (await catFile(root, '--batch-check', shas)).toString('latin1').split('\n')) {
    const m = /^([0-9a-f]+) blob (\d+)$/.exec(line);
    if (m) sizes.set(m[1]!, Number(m[2]));
  }
  const wanted = shas.filter((s) => (sizes.get(s) ?? Infinity) <= maxFileSize);
  const blobs = new Map<string, Buffer>();
  const all = wanted.length ? await catFile(root, '--batch', wanted) : Buffer.alloc(0);
  let at = 0;
  for (const sha of wanted) {
    const nl = all.indexOf(10, at);
    const m = /^([0-9a-f]+) blob (\d+)$/.exec(all.subarray(at, nl).toString('latin1'));
    if (!m || m[1] !== sha) throw new GitError(`unexpected reply from git cat-file for ${sha}`);
    const size = Number(m[2]);
    blobs.set(sha, Buffer.from(all.subarray(nl + 1, nl + 1 + size)));
    at = nl + 1 + size + 1;
  }
  const files = entries.map((e): StagedFile => {
    const stage = e.stage > 0 ? { stage: e.stage } : {};
    const content = blobs.get(e.sha);
    if (content === undefined) {
      if (!sizes.has(e.sha)) throw new GitError(`staged object ${e.sha} of ${JSON.stringify(e.path)} is missing`);
      return { path: e.path, content: Buffer.alloc(0), tooLarge: true, ...stage };
    }
    return { path: e.path, content, ...stage };
  });
  return { root, files };
}
