import type { Publish } from '../core/fingerprint';
import type { ReportedFinding, SkippedFile } from '../core/report/model';
import type { FileScanResult } from '../core/scanBytes';
import { linesKeys } from './historyLines';
import type { CommitInfo, PatchSkip, PatchUnit } from './historyPatch';

/** What a team accepts, as the aggregate asks it. */
export interface HistoryAcceptance {
  /** Whether the baseline accepts a secret, by its identity and its published fingerprint. */
  readonly isBaselined: (identity: string, published: string) => boolean;
  /** The repository's fingerprint key: reports carry each secret's identity published under it. */
  readonly publish: Publish;
  /** A `.gitleaksignore` entry for this line of this file at this commit. */
  readonly allowsLine?: (path: string, line: number, commit: string) => boolean;
}

interface Occurrence {
  readonly finding: ReportedFinding;
  readonly commit: CommitInfo;
}

interface Secret {
  first: Occurrence;
  /** Each commit adding it. */
  readonly commits: Map<string, CommitInfo>;
  /** Each path a commit added it at. */
  readonly paths: Set<string>;
  /** The keys of the lines it was found on (historyLines): where they still are, it still is. */
  readonly lineKeys: Set<string>;
}

/** Where to look for a secret: the paths it may live at, and the lines that hold it. */
export interface SecretPlaces {
  readonly paths: readonly string[];
  readonly lineKeys: ReadonlySet<string>;
}

/** Renames remembered for the still-in check, at most: past it a secret is looked for under fewer names. */
const MAX_RENAMES = 200_000;

/** Older first: committer time, then git's output order (later in the output is older). */
function older(a: { time: number; seq: number }, b: { time: number; seq: number }): number {
  return a.time - b.time || b.seq - a.seq;
}

export interface HistoryTally {
  /** One per distinct secret, not baselined, at the first commit that added it. */
  readonly findings: readonly ReportedFinding[];
  /** Every distinct secret the allowlists let through, baselined ones included. */
  readonly all: readonly ReportedFinding[];
  readonly baselined: number;
  readonly allowed: number;
  readonly skipped: readonly SkippedFile[];
  readonly submodules: readonly string[];
  readonly fileChanges: number;
  readonly bytes: number;
}

/**
 * Folds scanned file changes into distinct secrets (by fingerprint). The result does not depend on
 * the order batches come back in, so one worker or several give the same report.
 */
export class HistoryAggregate {
  private readonly secrets = new Map<string, Secret>();
  private readonly skips = new Map<string, { skipped: SkippedFile; commit: CommitInfo }>();
  private readonly submodules = new Set<string>();
  /** Old path -> the paths commits renamed it to. */
  private readonly renames = new Map<string, Set<string>>();
  private renameCount = 0;
  private allowed = 0;
  private fileChanges = 0;
  private bytes = 0;

  constructor(private readonly accept: HistoryAcceptance) {}

  add(unit: PatchUnit, result: FileScanResult): void {
    this.fileChanges++;
    this.bytes += result.bytes;
    this.allowed += result.allowed ?? 0;
    if (result.skipped) this.skip(unit.commit, unit.path, result.skipped.reason === 'binary' ? 'binary' : 'too-large');
    const lineKeys = linesKeys(
      unit.content,
      result.findings.map((f) => [f.startLine, f.endLine] as const),
    );
    for (const [i, f] of result.findings.entries()) {
      const startLine = unit.lines[f.startLine - 1] || f.startLine;
      const endLine = unit.lines[f.endLine - 1] || startLine;
      if (this.accept.allowsLine?.(unit.path, startLine, unit.commit.sha)) {
        this.allowed++;
        continue;
      }
      const finding: ReportedFinding = {
        ...f,
        startLine,
        endLine,
        commit: { sha: unit.commit.sha, author: unit.commit.author, date: unit.commit.date },
      };
      const place = unit.commit;
      const lineKey = lineKeys[i];
      const known = this.secrets.get(f.fingerprint);
      if (!known) {
        this.secrets.set(f.fingerprint, {
          first: { finding, commit: unit.commit },
          commits: new Map([[unit.commit.sha, place]]),
          paths: new Set([unit.path]),
          lineKeys: new Set(lineKey ? [lineKey] : []),
        });
        continue;
      }
      known.commits.set(unit.commit.sha, place);
      known.paths.add(unit.path);
      if (lineKey) known.lineKeys.add(lineKey);
      const order = older(place, known.first.commit);
      // In the same commit, the first path, then the earlier place in the file: the choice does not depend on arrival order.
      const prior = known.first.finding;
      if (order < 0 || (order === 0 && (unit.path < prior.path || (unit.path === prior.path && f.start < prior.start))))
        known.first = { finding, commit: unit.commit };
    }
  }

  skip(commit: CommitInfo, path: string, reason: PatchSkip): void {
    if (reason === 'submodule') {
      this.submodules.add(path);
      return;
    }
    // Listed once per file and reason, named by the oldest commit.
    const key = `${reason}\0${path}`;
    const known = this.skips.get(key);
    if (!known || older(commit, known.commit) < 0)
      this.skips.set(key, { skipped: { path, reason, detail: `commit ${commit.sha.slice(0, 12)}` }, commit });
  }

  rename(from: string, to: string): void {
    if (from === to || this.renameCount >= MAX_RENAMES) return;
    const targets = this.renames.get(from) ?? new Set<string>();
    if (!targets.has(to)) this.renameCount++;
    this.renames.set(from, targets.add(to));
  }

  /**
   * For each distinct secret (by identity), the paths it may still live at: where commits added it,
   * and every name a rename gave those paths (a renamed file adds nothing, yet carries it along).
   */
  placesToCheck(): Map<string, SecretPlaces> {
    const out = new Map<string, SecretPlaces>();
    for (const [identity, secret] of this.secrets) {
      const seen = new Set(secret.paths);
      const queue = [...seen];
      while (queue.length) {
        for (const to of this.renames.get(queue.pop()!) ?? []) {
          if (seen.has(to)) continue;
          seen.add(to);
          queue.push(to);
        }
      }
      out.set(identity, { paths: [...seen].sort(), lineKeys: secret.lineKeys });
    }
    return out;
  }

  /** `stillIn`: by identity, the refs whose tip still holds the secret (when that was checked). */
  tally(stillIn?: ReadonlyMap<string, readonly string[]>): HistoryTally {
    const all: ReportedFinding[] = [];
    const findings: ReportedFinding[] = [];
    let baselined = 0;
    for (const [identity, secret] of this.secrets) {
      const commits = [...secret.commits].sort((a, b) => older(a[1], b[1])).map(([sha]) => sha);
      const published = this.accept.publish(identity);
      const refs = stillIn?.get(identity);
      const finding = {
        ...secret.first.finding,
        fingerprint: published,
        commits,
        ...(stillIn ? { stillIn: refs ?? [] } : {}),
      };
      all.push(finding);
      if (this.accept.isBaselined(identity, published)) baselined++;
      else findings.push(finding);
    }
    const byPlace = (a: ReportedFinding, b: ReportedFinding) =>
      a.path < b.path
        ? -1
        : a.path > b.path
          ? 1
          : a.startLine - b.startLine || a.startColumn - b.startColumn || (a.fingerprint < b.fingerprint ? -1 : 1);
    return {
      findings: findings.sort(byPlace),
      all: all.sort(byPlace),
      baselined,
      allowed: this.allowed,
      skipped: [...this.skips.values()]
        .map((s) => s.skipped)
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.reason < b.reason ? -1 : 1)),
      submodules: [...this.submodules].sort(),
      fileChanges: this.fileChanges,
      bytes: this.bytes,
    };
  }
}
