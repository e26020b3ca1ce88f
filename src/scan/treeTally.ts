import type { FileScanResult } from '../core/scanBytes';
import type { ReportedFinding, SkippedFile } from '../core/report/model';
import type { GitleaksAllowlist } from './gitleaks';
import type { ResultSink } from './poolQueue';
import type { ScanTask } from './scanTask';

/** What the roots held, findings sorted into reported, baselined and allowed. */
export interface TreeScan {
  /** Findings neither allowed nor baselined. */
  readonly findings: readonly ReportedFinding[];
  /** Every finding the allowlists let through, the baselined ones included (for writing a baseline). */
  readonly all: readonly ReportedFinding[];
  readonly skipped: readonly SkippedFile[];
  readonly filesScanned: number;
  readonly bytesScanned: number;
  readonly baselined: number;
  /** Findings an allowlist (gitleaks config, .gitleaksignore) accepted. */
  readonly allowed: number;
  /** The signal stopped the scan before every file was scanned. */
  readonly cancelled: boolean;
  /** The tasks of the files with findings, by reported path (to read their text again). */
  readonly sources: ReadonlyMap<string, ScanTask>;
}

/** What a root contributes to the tally: its allowlist, fingerprint key and baseline. */
export interface TalliedRoot {
  readonly gitleaks?: GitleaksAllowlist;
  readonly publish: (identity: string) => string;
  readonly isBaselined: (identity: string, published: string) => boolean;
}

/** A file that leaves more than counters: findings or a skip, at its index in its root. */
interface KeptFile {
  readonly index: number;
  readonly task: ScanTask;
  readonly result: FileScanResult;
}

/** A tree scan's results as the tally adds them up (the scan itself says whether it was cancelled). */
export type Tallied = Omit<TreeScan, 'cancelled'>;

/**
 * Adds up a tree scan's results as files complete, in any order: a file with no finding and no
 * skip leaves only counters; the others are kept and put back in task order at the end, so the
 * report lists findings and skips in walk order, as a scan holding every result would.
 */
export class TreeTally {
  private readonly rootsSeen: { readonly root: TalliedRoot; readonly kept: KeptFile[] }[] = [];
  private filesScanned = 0;
  private bytesScanned = 0;
  private allowed = 0;

  /** The sink for the next root's results (roots are tallied in the order they are added). */
  root(root: TalliedRoot): { readonly add: ResultSink } {
    const kept: KeptFile[] = [];
    this.rootsSeen.push({ root, kept });
    return {
      add: (index, task, result) => {
        if (!result.skipped) this.filesScanned++;
        this.bytesScanned += result.bytes;
        this.allowed += result.allowed ?? 0;
        if (result.skipped || result.stoppedAt !== undefined || result.findings.length > 0)
          kept.push({ index, task, result });
      },
    };
  }

  /** Findings sorted into reported, baselined and allowed, roots in order and files in task order. */
  finish(): Tallied {
    const findings: ReportedFinding[] = [];
    const all: ReportedFinding[] = [];
    const skipped: SkippedFile[] = [];
    const sources = new Map<string, ScanTask>();
    let [baselined, allowed] = [0, this.allowed];
    for (const { root, kept } of this.rootsSeen) {
      kept.sort((a, b) => a.index - b.index);
      for (const { task, result } of kept) {
        if (result.skipped) skipped.push(result.skipped);
        if (result.stoppedAt !== undefined)
          skipped.push({
            path: task.display,
            reason: 'too-many-findings',
            detail: `stopped at the cap of ${result.stoppedAt} findings per file`,
          });
        if (result.findings.length > 0) sources.set(task.display, task);
        for (const f of result.findings) {
          if (
            root.gitleaks &&
            task.allowlistPath !== undefined &&
            root.gitleaks.allowlist.allowsLine(task.allowlistPath, f.startLine)
          ) {
            allowed++;
            continue;
          }
          // The worker's finding carries the unkeyed identity; from here on it carries the published
          // fingerprint (set in place: the object is this thread's copy, and a spread per finding is slow).
          const identity = f.fingerprint;
          const published = root.publish(identity);
          (f as { fingerprint: string }).fingerprint = published;
          all.push(f);
          if (root.isBaselined(identity, published)) baselined++;
          else findings.push(f);
        }
      }
    }
    return {
      findings,
      all,
      skipped,
      filesScanned: this.filesScanned,
      bytesScanned: this.bytesScanned,
      baselined,
      allowed,
      sources,
    };
  }
}
