import type { Allowlist } from '../../core/allowlist/allowlist';
import type { Baseline } from '../../core/baseline';
import type { Publish } from '../../core/fingerprint';
import type { Finding } from '../../core/finding';
import type { Confidence } from '../../core/rules/types';

// The editor's intake of a document's findings, free of 'vscode' (tested in plain Node): which the
// team accepted, and which of the rest the Problems view shows when there are too many.

/** Whether the team accepted one finding of the document an acceptor was made for. */
export type Acceptor = (finding: Finding) => boolean;

/**
 * One acceptor from the parts that apply to a document (baseline, gitleaks allowlist); undefined
 * when none does, so the caller can skip the pass over the findings altogether.
 */
export function combineAcceptors(...parts: readonly (Acceptor | undefined)[]): Acceptor | undefined {
  const present = parts.filter((p): p is Acceptor => p !== undefined);
  if (present.length === 0) return undefined;
  if (present.length === 1) return present[0];
  return (f) => present.some((accepts) => accepts(f));
}

/**
 * A folder's baseline as an acceptor: `accepts(identity, published)` per finding (see
 * `baselineAcceptance`). Undefined when the baseline lists nothing, so no fingerprint is published
 * (a keyed hash per finding) to be compared with nothing.
 */
export function baselineAcceptor(
  baseline: Baseline | undefined,
  accepts: (identity: string, published: string) => boolean,
  publish: Publish,
): Acceptor | undefined {
  if (!baseline || baseline.entries.length === 0) return undefined;
  return (f) => accepts(f.fingerprint, publish(f.fingerprint));
}

/** The little of a document the gitleaks acceptor reads (a vscode.TextDocument in the editor). */
export interface DocumentText {
  /** The 0-based line of an offset. */
  lineOf(offset: number): number;
  lineText(line: number): string;
  slice(start: number, end: number): string;
}

/**
 * A gitleaks allowlist as an acceptor of one file's findings (`path` relative to the repository
 * root): the path is matched once, then each finding by its line and its secret, as the CLI does.
 * Undefined when the allowlist is empty.
 */
export function gitleaksAcceptor(allowlist: Allowlist, path: string, text: DocumentText): Acceptor | undefined {
  if (allowlist.empty) return undefined;
  if (allowlist.allowsPath(path)) return () => true;
  return (f) => {
    const line = text.lineOf(f.start);
    return (
      allowlist.allowsLine(path, line + 1) ||
      allowlist.allowsSecret(text.slice(f.start, f.end), { path, line: text.lineText(line) })
    );
  };
}

/** The findings no acceptor takes: the same array when there is no acceptor. */
export function notAccepted(findings: Finding[], accepts: Acceptor | undefined): Finding[] {
  return accepts ? findings.filter((f) => !accepts(f)) : findings;
}

/**
 * Up to this many findings are checked against an acceptor in one go: at a few microseconds each (a
 * keyed hash per finding for a baseline) that stays well under the 50 ms the editor may be held.
 */
export const SYNC_ACCEPTANCE_LIMIT = 2000;

export interface AcceptanceSlices {
  /** Checked after each pause: true stops, and the result is undefined. */
  readonly cancelled: () => boolean;
  /** How long one slice may take (default 10 ms). */
  readonly targetMs?: number;
  /** Between slices (default: the next turn of the event loop). */
  readonly pause?: () => Promise<void>;
  readonly now?: () => number;
}

/** How many findings are checked between two looks at the clock. */
const CLOCK_EVERY = 128;

/**
 * `notAccepted(findings, accepts)` in slices of about `targetMs`, yielding the thread between them;
 * undefined when `cancelled` says the findings are stale (a newer scan landed, the document changed).
 */
export async function notAcceptedInSlices(
  findings: readonly Finding[],
  accepts: Acceptor,
  options: AcceptanceSlices,
): Promise<Finding[] | undefined> {
  const now = options.now ?? (() => performance.now());
  const pause = options.pause ?? (() => new Promise<void>((resolve) => setImmediate(resolve)));
  const target = options.targetMs ?? 10;
  const out: Finding[] = [];
  let sliceStart = now();
  for (let i = 0; i < findings.length; i++) {
    if (i > 0 && i % CLOCK_EVERY === 0 && now() - sliceStart >= target) {
      await pause();
      if (options.cancelled()) return undefined;
      sliceStart = now();
    }
    if (!accepts(findings[i]!)) out.push(findings[i]!);
  }
  return out;
}

/**
 * Hands `takeIn` the findings no acceptor takes: at once when there are few or nothing to check them
 * against (small documents stay synchronous), else after checking them in slices, and never when
 * `stale` says a newer scan or an edit overtook them.
 */
export function whenAccepted(
  findings: Finding[],
  accepts: Acceptor | undefined,
  stale: () => boolean,
  takeIn: (reported: Finding[]) => void,
): Promise<void> | undefined {
  if (!accepts || findings.length <= SYNC_ACCEPTANCE_LIMIT) return void takeIn(notAccepted(findings, accepts));
  return notAcceptedInSlices(findings, accepts, { cancelled: stale }).then((reported) => {
    if (reported && !stale()) takeIn(reported);
  });
}

/**
 * The default and the most of `aiSecretGuard.maxProblemsPerFile`: VS Code's extension host passes on
 * at most 1000 problems per file and collection (it drops the rest by severity, so it would drop
 * our notice), and building more than that is work nobody sees.
 */
export const DEFAULT_MAX_PROBLEMS_PER_FILE = 1000;

/** The problems a document shows, and how many more it has. */
export interface ShownFindings {
  /** In document order (the order of the input). */
  readonly shown: Finding[];
  /** Found and reported (not accepted) but not shown: the CLI and the audit list them. */
  readonly hidden: number;
}

const CONFIDENCE_RANK: Record<Confidence, number> = { high: 1, medium: 2, low: 3 };
/** Ranks 0 (urgent) to 4 (no problem shown for it: its severity is off). */
const RANKS = 5;

/**
 * How urgent a finding is to show: 0 when `urgent` (arrived through an AI insert, found live), then
 * by confidence; 4 when its severity is off (it makes no problem, so it only fills a place left over).
 */
export function findingRank(f: Finding, urgent: boolean, visible: boolean): number {
  return urgent ? 0 : visible ? (CONFIDENCE_RANK[f.confidence] ?? 3) : RANKS - 1;
}

/**
 * The findings a document shows when it may show `cap` problems: all of them when they fit, else
 * `cap - 1` (the last problem is the notice of how many more), the lowest rank first (see
 * `findingRank`), then in document order. Linear in the findings: the cap is what bounds the work
 * of building diagnostics, whatever a file holds.
 */
export function selectShown(findings: Finding[], cap: number, rankOf: (f: Finding) => number): ShownFindings {
  if (findings.length <= cap) return { shown: findings, hidden: 0 };
  const ranks = findings.map(rankOf);
  const perRank = new Array<number>(RANKS).fill(0);
  for (const r of ranks) perRank[r]!++;
  // Ranks below `cutRank` all fit; of `cutRank` itself, the first `left` in the document.
  let left = Math.max(cap - 1, 0);
  let cutRank = 0;
  while (cutRank < RANKS && perRank[cutRank]! <= left) left -= perRank[cutRank++]!;
  const shown: Finding[] = [];
  for (let i = 0; i < findings.length; i++) {
    const rank = ranks[i]!;
    if (rank < cutRank || (rank === cutRank && left-- > 0)) shown.push(findings[i]!);
  }
  return { shown, hidden: findings.length - shown.length };
}

/** The text of the one extra problem of a capped document (no value, only counts and where to see them all). */
export function hiddenNotice(shown: number, hidden: number): string {
  return (
    `AI Secret Guard shows ${shown} problems in this file (aiSecretGuard.maxProblemsPerFile) and found ${hidden} more. ` +
    'The workspace audit (AI Secret Guard: Audit Workspace) and the CLI (`ai-secret-guard scan --max-findings-per-file 0 <file>`) list them all.'
  );
}
