/**
 * Where the secrets a history scan found still live: the refs whose tip tree holds them. Only the
 * files at the paths where commits added each secret (and the names renames gave them) are read,
 * each distinct file once, and looked through for the lines the secret was found on
 * (historyLines): no second scan.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { SecretPlaces } from './historyAggregate';
import { batchCheck, catFileBatch, inPackOrder } from './historyCatFile';
import type { HistorySelection, Tip } from './historyGit';
import { LineKeyMatcher } from './historyLines';

const execFileAsync = promisify(execFile);

/** Refs checked at most (by name order); the rest are counted, not read. */
export const MAX_REFS = 200;
/** Ref × path look-ups at most: past it fewer refs are checked. */
const MAX_LOOKUPS = 200_000;

export interface StillInCheck {
  /** By secret identity: the names of the refs whose tip holds it, in the order refs were listed. */
  readonly stillIn: Map<string, string[]>;
  readonly refsChecked: number;
  /** Refs left out by the limits. */
  readonly refsNotChecked: number;
}

/** The tips a selection's secrets are looked for in: every branch, remote-tracking branch and tag, or the revisions named. */
export async function selectionTips(root: string, selection: HistorySelection): Promise<Tip[]> {
  if (selection.tips) return [...selection.tips];
  const named = (names: string[]) => names.map((name) => ({ name, revision: name }));
  if (selection.revisions.length === 0) {
    const { stdout } = await execFileAsync(
      'git',
      ['for-each-ref', '--format=%(symref)%00%(refname:short)', 'refs/heads', 'refs/remotes', 'refs/tags'],
      { cwd: root, maxBuffer: 64 * 1024 * 1024 },
    );
    // A symbolic ref (origin/HEAD) names a branch already listed.
    return named(
      stdout
        .split('\n')
        .map((l) => l.split('\0'))
        .filter(([symref, name]) => symref === '' && name)
        .map(([, name]) => name!),
    );
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
  return named([...new Set(tips)]);
}

/**
 * Checks, for each secret (by identity), which refs' tips still hold one of the lines it was found
 * on at one of its paths. Each distinct file is read once; only lines of a wanted length are hashed.
 */
export async function checkStillIn(
  root: string,
  tips: readonly Tip[],
  places: ReadonlyMap<string, SecretPlaces>,
  maxFileSize: number,
): Promise<StillInCheck> {
  const paths = [...new Set([...places.values()].flatMap((p) => p.paths))].sort();
  const stillIn = new Map<string, string[]>();
  if (paths.length === 0 || tips.length === 0) return { stillIn, refsChecked: 0, refsNotChecked: tips.length };
  const limit = Math.max(1, Math.min(MAX_REFS, Math.floor(MAX_LOOKUPS / paths.length)));
  const commits = await batchCheck(
    root,
    tips.slice(0, limit).map((t) => `${t.revision}^{commit}`),
  );
  const checked = tips
    .slice(0, limit)
    .flatMap(({ name }, i) => (commits[i]?.type === 'commit' ? [{ name, commit: commits[i]!.oid }] : []));
  const distinctCommits = [...new Set(checked.map((t) => t.commit))];
  const blobs = await batchCheck(
    root,
    distinctCommits.flatMap((c) => paths.map((p) => `${c}:${p}`)),
  );
  // The blob each tip holds at each path.
  const held = new Map<string, Map<string, string>>();
  distinctCommits.forEach((commit, ci) => {
    const atPath = new Map<string, string>();
    paths.forEach((path, pi) => {
      const blob = blobs[ci * paths.length + pi];
      if (blob?.type === 'blob' && blob.size <= maxFileSize) atPath.set(path, blob.oid);
    });
    held.set(commit, atPath);
  });
  const keysIn = await lineKeysIn(root, new Set([...held.values()].flatMap((m) => [...m.values()])), places);
  for (const [identity, { paths: at, lineKeys }] of places) {
    const holds = (commit: string) =>
      at.some((p) => [...(keysIn.get(held.get(commit)?.get(p) ?? '') ?? [])].some((k) => lineKeys.has(k)));
    const refs = checked.filter((tip) => holds(tip.commit));
    if (refs.length)
      stillIn.set(
        identity,
        refs.map((r) => r.name),
      );
  }
  return { stillIn, refsChecked: checked.length, refsNotChecked: tips.length - checked.length };
}

/** Reads each blob once: blob id → the secrets' line keys it holds. */
async function lineKeysIn(
  root: string,
  blobs: ReadonlySet<string>,
  places: ReadonlyMap<string, SecretPlaces>,
): Promise<Map<string, Set<string>>> {
  const matcher = new LineKeyMatcher(new Set([...places.values()].flatMap((p) => [...p.lineKeys])));
  const found = new Map<string, Set<string>>();
  await catFileBatch(root, await inPackOrder(root, [...blobs]), (oid, content) => {
    const keys = matcher.held(content);
    if (keys.size) found.set(oid, keys);
  });
  return found;
}
