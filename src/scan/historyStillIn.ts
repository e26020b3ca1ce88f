/**
 * Where the secrets a history scan found still live: the refs whose tip tree holds them. Only the
 * files at the paths where commits added each secret (and the names renames gave them) are read,
 * each distinct file once, through the scan's own workers: a few blobs, not the trees.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { FileScanResult } from '../core/scanBytes';
import { batchCheck, catFileBatch } from './historyCatFile';
import type { HistorySelection } from './historyGit';
import type { ScanTask } from './scanTask';

const execFileAsync = promisify(execFile);

/** Refs checked at most (by name order); the rest are counted, not read. */
export const MAX_REFS = 200;
/** Ref × path look-ups at most: past it fewer refs are checked. */
const MAX_LOOKUPS = 200_000;
/** Files sent to the workers in batches of about this many bytes. */
const BATCH_BYTES = 1024 * 1024;

export interface StillInCheck {
  /** By secret identity: the names of the refs whose tip holds it, in the order refs were listed. */
  readonly stillIn: Map<string, string[]>;
  readonly refsChecked: number;
  /** Refs left out by the limits. */
  readonly refsNotChecked: number;
}

/** The tips a selection's secrets are looked for in: every branch, remote-tracking branch and tag, or the revisions named. */
export async function tipNames(root: string, selection: HistorySelection): Promise<string[]> {
  if (selection.revisions.length === 0) {
    const { stdout } = await execFileAsync(
      'git',
      ['for-each-ref', '--format=%(symref)%00%(refname:short)', 'refs/heads', 'refs/remotes', 'refs/tags'],
      { cwd: root, maxBuffer: 64 * 1024 * 1024 },
    );
    // A symbolic ref (origin/HEAD) names a branch already listed.
    return stdout
      .split('\n')
      .map((l) => l.split('\0'))
      .filter(([symref, name]) => symref === '' && name)
      .map(([, name]) => name!);
  }
  const tips: string[] = [];
  for (const revision of selection.revisions) {
    if (revision.startsWith('^')) continue;
    const sides = revision.includes('...')
      ? revision.split('...')
      : revision.includes('..')
        ? [revision.split('..')[1]!]
        : [revision];
    for (const side of sides) tips.push(side === '' ? 'HEAD' : side);
  }
  return [...new Set(tips)];
}

/**
 * Checks, for each secret (by identity), which refs' tips still hold it at one of its places.
 * `scan` is the history scan's worker pool; its findings name secrets by identity.
 */
export async function checkStillIn(
  root: string,
  tips: readonly string[],
  places: ReadonlyMap<string, readonly string[]>,
  maxFileSize: number,
  scan: (tasks: ScanTask[]) => Promise<FileScanResult[]>,
): Promise<StillInCheck> {
  const paths = [...new Set([...places.values()].flat())].sort();
  const stillIn = new Map<string, string[]>();
  if (paths.length === 0 || tips.length === 0) return { stillIn, refsChecked: 0, refsNotChecked: tips.length };
  const limit = Math.max(1, Math.min(MAX_REFS, Math.floor(MAX_LOOKUPS / paths.length)));
  const commits = await batchCheck(
    root,
    tips.slice(0, limit).map((t) => `${t}^{commit}`),
  );
  const checked = tips
    .slice(0, limit)
    .flatMap((name, i) => (commits[i]?.type === 'commit' ? [{ name, commit: commits[i]!.oid }] : []));
  const distinctCommits = [...new Set(checked.map((t) => t.commit))];
  const blobs = await batchCheck(
    root,
    distinctCommits.flatMap((c) => paths.map((p) => `${c}:${p}`)),
  );
  // What each tip holds at each path: a key of blob and path (the path can change what is found).
  const held = new Map<string, Map<string, string>>();
  const toRead = new Map<string, string[]>();
  distinctCommits.forEach((commit, ci) => {
    const atPath = new Map<string, string>();
    paths.forEach((path, pi) => {
      const blob = blobs[ci * paths.length + pi];
      if (blob?.type !== 'blob' || blob.size > maxFileSize) return;
      atPath.set(path, `${blob.oid}\0${path}`);
      const read = toRead.get(blob.oid) ?? [];
      if (!read.includes(path)) read.push(path);
      toRead.set(blob.oid, read);
    });
    held.set(commit, atPath);
  });
  const found = await identitiesIn(root, toRead, scan);
  for (const [identity, at] of places) {
    const refs = checked.filter((tip) => at.some((p) => found.get(held.get(tip.commit)?.get(p) ?? '')?.has(identity)));
    if (refs.length)
      stillIn.set(
        identity,
        refs.map((r) => r.name),
      );
  }
  return { stillIn, refsChecked: checked.length, refsNotChecked: tips.length - checked.length };
}

/** Reads each blob once and scans it under each of its paths: blob-and-path key → identities found. */
async function identitiesIn(
  root: string,
  toRead: ReadonlyMap<string, readonly string[]>,
  scan: (tasks: ScanTask[]) => Promise<FileScanResult[]>,
): Promise<Map<string, Set<string>>> {
  const found = new Map<string, Set<string>>();
  let tasks: ScanTask[] = [];
  let keys: string[] = [];
  let bytes = 0;
  const flush = async () => {
    const results = await scan(tasks);
    results.forEach((r, i) => found.set(keys[i]!, new Set(r.findings.map((f) => f.fingerprint))));
    tasks = [];
    keys = [];
    bytes = 0;
  };
  await catFileBatch(root, [...toRead.keys()], async (oid, content) => {
    for (const path of toRead.get(oid) ?? []) {
      tasks.push({ display: path, content, allowlistPath: path });
      keys.push(`${oid}\0${path}`);
      bytes += content.length;
    }
    if (bytes >= BATCH_BYTES) await flush();
  });
  if (tasks.length) await flush();
  return found;
}
