import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { HistorySelection } from './historyGit';

const execFileAsync = promisify(execFile);

/** One line git writes to a pre-push hook's standard input. */
export interface PushedRef {
  readonly localRef: string;
  readonly localSha: string;
  readonly remoteRef: string;
  readonly remoteSha: string;
}

const isZero = (sha: string) => /^0+$/.test(sha);

/** `<local ref> <local sha> <remote ref> <remote sha>` lines; anything else is ignored. */
export function parsePushedRefs(text: string): PushedRef[] {
  const out: PushedRef[] = [];
  for (const line of text.split('\n')) {
    const m = /^(\S+) ([0-9a-f]{40,64}) (\S+) ([0-9a-f]{40,64})\r?$/i.exec(line);
    if (m)
      out.push({ localRef: m[1]!, localSha: m[2]!.toLowerCase(), remoteRef: m[3]!, remoteSha: m[4]!.toLowerCase() });
  }
  return out;
}

/**
 * The commits a push sends: ancestors of each pushed commit that the remote's known refs (its
 * remote-tracking branches) and the commits it is updating do not reach. A new branch is thus
 * scanned against everything the remote already has; deletions send nothing. Undefined when
 * nothing is sent.
 */
export function pushSelection(
  refs: readonly PushedRef[],
  remote: string | undefined,
  known: ReadonlySet<string>,
): HistorySelection | undefined {
  const sent = [...new Set(refs.filter((r) => !isZero(r.localSha)).map((r) => r.localSha))];
  if (sent.length === 0) return undefined;
  // A remote commit this clone has never fetched cannot be named; the remote-tracking refs still narrow the range.
  const had = [...new Set(refs.filter((r) => !isZero(r.remoteSha) && known.has(r.remoteSha)).map((r) => r.remoteSha))];
  // What is found is looked for in the branches being pushed, named as the user knows them.
  const tips = refs
    .filter((r) => !isZero(r.localSha))
    .map((r) => ({ name: r.localRef.replace(/^refs\/(?:heads|tags)\//, ''), revision: r.localSha }));
  return { revisions: sent, exclude: { ...(remote ? { remote } : {}), commits: had }, tips };
}

/** Which of these commits exist in the repository at `root`. */
export async function existingCommits(root: string, shas: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const sha of shas) {
    if (isZero(sha)) continue;
    const found = await execFileAsync('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd: root }).then(
      () => true,
      () => false,
    );
    if (found) out.add(sha);
  }
  return out;
}
