import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { GitError } from './git';
import { COMMIT_FORMAT } from './historyPatch';

const execFileAsync = promisify(execFile);

/** Which commits a history scan reads. */
export interface HistorySelection {
  /** Revisions and ranges as git takes them (`main`, `v1..HEAD`); none: every ref. */
  readonly revisions: readonly string[];
  /** Only commits more recent than this date (git's `--since`). */
  readonly since?: string;
  /** At most this many commits, newest first. */
  readonly maxCommits?: number;
  /** Commits reachable from these are left out (the pre-push hook: what the remote already has). */
  readonly exclude?: { readonly remote?: string; readonly commits: readonly string[] };
  /** Where to look for what is found (stillIn), by name; default: every ref, or the revisions named. */
  readonly tips?: readonly Tip[];
}

/** A ref or revision a secret may still live in: its name in reports, and the revision git resolves. */
export interface Tip {
  readonly name: string;
  readonly revision: string;
}

/** Settings that would change what `git log -p` prints, pinned so the parser reads one format. */
const PINNED_CONFIG = [
  '-c',
  'core.quotePath=true',
  '-c',
  'log.showSignature=false',
  '-c',
  'diff.noprefix=false',
  '-c',
  'diff.mnemonicPrefix=false',
];

/** A revision from the user: never an option (`--output=…` would make git write a file). */
export function checkRevision(revision: string): string {
  if (revision === '' || revision.startsWith('-'))
    throw new GitError(`not a revision: ${JSON.stringify(revision)} (options go before it)`);
  return revision;
}

/** The revision arguments of a selection, for `git log` and `git rev-list`. */
export function revisionArgs(selection: HistorySelection): string[] {
  const args: string[] = [];
  if (selection.since !== undefined) args.push(`--since=${selection.since}`);
  if (selection.maxCommits !== undefined) args.push(`--max-count=${selection.maxCommits}`);
  args.push(...(selection.revisions.length ? selection.revisions.map(checkRevision) : ['--all']));
  const exclude = selection.exclude;
  if (exclude && (exclude.commits.length || exclude.remote)) {
    args.push('--not');
    // A remote named like an option or a glob is not passed: leaving nothing out scans more, never less.
    if (exclude.remote && /^[\w][\w.\-/]{0,200}$/.test(exclude.remote)) args.push(`--remotes=${exclude.remote}`);
    args.push(...exclude.commits.filter((c) => /^[0-9a-f]{4,64}$/i.test(c)));
  }
  return [...args, '--'];
}

/** Below this many commits one git process is quick enough: listing them first would cost more. */
const PARALLEL_MIN_COMMITS = 2000;

/** A running `git log -p` and where its commits start in the selection's order. */
export interface LogProcess {
  readonly child: ChildProcess;
  /** Index of its first commit in git's order of the whole selection. */
  readonly first: number;
}

/**
 * Starts `git log -p` over the selection: each file change's added lines (`-U0`), merges as
 * combined diffs (`--cc`: only what the merge itself adds), renames detected so a moved file adds
 * nothing. With `commits`, exactly those commits in that order (read from stdin), not a walk.
 */
export function spawnLog(root: string, selection: HistorySelection, commits?: readonly string[]): ChildProcess {
  const args = logArgs(selection, commits);
  const child = spawn('git', args, { cwd: root, stdio: [commits ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
  if (commits) {
    // A git that exits early closes its end; the error is its exit code, reported by the reader.
    child.stdin!.on('error', () => undefined);
    child.stdin!.end(commits.map((c) => c + '\n').join(''));
  }
  return child;
}

/** The arguments of spawnLog's `git log -p` (with `commits`: read from stdin). */
export function logArgs(selection: HistorySelection, commits?: readonly string[]): string[] {
  return [
    ...PINNED_CONFIG,
    'log',
    '-p',
    '-U0',
    '--cc',
    '-M',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--no-relative',
    '--submodule=short',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    COMMIT_FORMAT,
    ...(commits ? ['--no-walk=unsorted', '--stdin'] : revisionArgs(selection)),
  ];
}

/**
 * git computes diffs on one core: with more than one process allowed and a long history, the
 * selection is listed first and split into contiguous runs, one git process each.
 */
export async function startLogs(
  root: string,
  selection: HistorySelection,
  processes: number,
  minCommits = PARALLEL_MIN_COMMITS,
): Promise<LogProcess[]> {
  if (processes <= 1) return [{ child: spawnLog(root, selection), first: 0 }];
  const listed = await gitText(root, ['rev-list', ...revisionArgs(selection)]);
  const commits = listed ? listed.split('\n').filter(Boolean) : [];
  if (commits.length < Math.max(2, minCommits)) return [{ child: spawnLog(root, selection), first: 0 }];
  const size = Math.ceil(commits.length / processes);
  const runs: LogProcess[] = [];
  for (let first = 0; first < commits.length; first += size)
    runs.push({ child: spawnLog(root, selection, commits.slice(first, first + size)), first });
  return runs;
}

async function gitText(cwd: string, args: readonly string[]): Promise<string | undefined> {
  try {
    return (await execFileAsync('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 })).stdout.trim();
  } catch {
    return undefined;
  }
}

/** The top of the work tree holding `cwd` (or the repository itself when bare). */
export async function repositoryRoot(cwd: string): Promise<string> {
  const top = await gitText(cwd, ['rev-parse', '--show-toplevel']);
  if (top) return top;
  if ((await gitText(cwd, ['rev-parse', '--is-bare-repository'])) === 'true')
    return path.resolve(cwd, (await gitText(cwd, ['rev-parse', '--git-dir'])) ?? '.');
  throw new GitError('not inside a git repository: --history scans a repository');
}

/** How many commits the selection names (for progress). */
export async function countCommits(root: string, selection: HistorySelection): Promise<number | undefined> {
  const text = await gitText(root, ['rev-list', '--count', ...revisionArgs(selection)]);
  return text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined;
}

/** A remote URL without credentials (`https://user:token@host/…` → `https://host/…`). */
export function withoutCredentials(url: string): string {
  try {
    const u = new URL(url);
    if (u.username || u.password) {
      u.username = '';
      u.password = '';
    }
    return u.toString();
  } catch {
    // scp-like `git@host:path`: the user there is a login name, not a secret.
    return url;
  }
}

export interface RepositoryFacts {
  readonly repositoryUri: string;
  readonly head?: string;
  readonly branch?: string;
  /** Commits whose parents a shallow clone did not fetch. */
  readonly shallowBoundary: readonly string[];
}

export async function repositoryFacts(root: string): Promise<RepositoryFacts> {
  const [head, branch, origin, remotes, shallow] = await Promise.all([
    gitText(root, ['rev-parse', '--verify', '-q', 'HEAD']),
    gitText(root, ['symbolic-ref', '--short', '-q', 'HEAD']),
    gitText(root, ['config', '--get', 'remote.origin.url']),
    gitText(root, ['remote']),
    gitText(root, ['rev-parse', '--is-shallow-repository']),
  ]);
  let url = origin;
  const firstRemote = remotes?.split('\n').find(Boolean);
  if (!url && firstRemote) url = await gitText(root, ['config', '--get', `remote.${firstRemote}.url`]);
  let shallowBoundary: string[] = [];
  if (shallow === 'true') {
    const file = await gitText(root, ['rev-parse', '--git-path', 'shallow']);
    const text = file ? await fs.readFile(path.resolve(root, file), 'utf8').catch(() => '') : '';
    shallowBoundary = text.split('\n').filter((l) => /^[0-9a-f]{40,64}$/.test(l));
  }
  return {
    repositoryUri: url ? withoutCredentials(url) : pathToFileURL(root).toString(),
    ...(head ? { head } : {}),
    ...(branch ? { branch } : {}),
    shallowBoundary,
  };
}
