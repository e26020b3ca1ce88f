// The header-context stage as the detector runs it: the stage's rule has the context words as
// keywords and this class's `gate` as its keyword gate, so the detector's own keyword pass notes
// where they stand (the gate lets no match run) and the stage needs no pass of its own. A rescan
// keeps the previous scan's hits outside the rescanned lines and adds those the rescan found, which
// are the hits a full scan would note: so `rescan` still equals `scan`.
import type { Finding } from '../../finding';
import { compareFindings } from '../../finding';
import { firstStartingAt } from '../findingList';
import { lineEndOf } from '../lineBounds';
import { KeywordMatcher } from '../prefilter';
import { findTabular } from './stage';

export interface StageRun {
  readonly path: string | undefined;
  readonly limit: number;
  readonly suppressed: (lineStart: number, lineEnd: number) => boolean;
}

export class TabularStage {
  /** Work units (see Detector.work). */
  work = 0;
  /** The stage stopped at its findings limit in the last run. */
  stoppedShort = false;
  private hits: number[] = [];
  private collecting = false;
  /** The hits each findings array returned for a later rescan was scanned with. */
  private readonly remembered = new WeakMap<readonly Finding[], readonly number[]>();
  /** Finds the hits itself when a rescan has no record of the previous scan's. */
  private matcher: KeywordMatcher | undefined;

  constructor(
    private readonly keywords: readonly string[],
    /** The detector's maxLineLength: its keyword pass gates (and so notes hits on) no longer line. */
    private readonly maxLine: number,
  ) {}

  /** The rule's keyword gate: notes the context word of a top-level pass and lets no match run. */
  readonly gate = (_text: string, at: number): boolean => {
    if (this.collecting) this.hits.push(at);
    return false;
  };

  /** Marks the keyword pass over the scanned text itself (`depth` 0), not a decoded inner text. */
  pass(depth: number, on: boolean): void {
    this.collecting = on && depth === 0;
  }

  /** The hits noted since the last call. */
  takeHits(): number[] {
    const hits = this.hits;
    this.hits = [];
    return hits;
  }

  remember(findings: readonly Finding[], hits: readonly number[]): void {
    this.remembered.set(findings, hits);
  }

  /**
   * The hits of `text` after an edit that rescanned the lines [from, to) (noted since the last
   * `takeHits`): the previous scan's before and after them, or a pass of its own without a record.
   */
  hitsAfterEdit(
    text: string,
    previous: readonly Finding[],
    from: number,
    to: number,
    oldEnd: number,
    delta: number,
  ): number[] {
    const fresh = this.takeHits();
    const prior = this.remembered.get(previous);
    if (prior === undefined) return this.ownHits(text);
    const out = prior.filter((h) => h < from);
    for (const h of fresh) out.push(h);
    for (const h of prior) if (h >= oldEnd && h + delta >= to) out.push(h + delta);
    this.work += prior.length + fresh.length;
    return out;
  }

  /** Every hit of `text` from a keyword pass of the stage's own, on lines the detector would gate. */
  ownHits(text: string): number[] {
    this.matcher ??= new KeywordMatcher(this.keywords);
    const lengths = this.keywords.map((k) => k.length);
    const hits: number[] = [];
    let lineOf = -1;
    let short = false;
    this.matcher.scan(text, 0, text.length, (id, end, lineStart) => {
      if (lineStart !== lineOf) {
        lineOf = lineStart;
        short = lineEndOf(text, lineStart) - lineStart <= this.maxLine;
      }
      if (short) hits.push(end - lengths[id]!);
    });
    this.work += text.length;
    return hits;
  }

  /**
   * The sorted line-based `findings` of `text` with the stage's, except where a line rule already
   * found an overlapping secret.
   */
  addTo(text: string, findings: Finding[], hits: readonly number[], run: StageRun): Finding[] {
    this.stoppedShort = false;
    // Every context opens on a line holding a context word.
    if (run.limit <= 0 || hits.length === 0) return findings;
    const sorted = isAscending(hits) ? hits : [...hits].sort((a, b) => a - b);
    const stage = findTabular(text, { ...run, hits: sorted, maxLine: this.maxLine });
    this.work += stage.work;
    this.stoppedShort = stage.stoppedShort;
    if (stage.findings.length === 0) return findings;
    // The furthest end among the line findings up to each index: a stage finding overlaps one iff
    // the furthest end of those starting before its end passes its start.
    const furthest: number[] = [];
    for (const f of findings) furthest.push(Math.max(f.end, furthest[furthest.length - 1] ?? 0));
    const fresh = stage.findings.filter((s) => {
      const before = firstStartingAt(findings, s.end);
      return before === 0 || furthest[before - 1]! <= s.start;
    });
    return fresh.length === 0 ? findings : findings.concat(fresh).sort(compareFindings);
  }
}

function isAscending(xs: readonly number[]): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i]! < xs[i - 1]!) return false;
  return true;
}
