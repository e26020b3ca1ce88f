import { compareFindings, type Finding } from '../finding';
import type { Rule } from '../rules/types';
import { isPerlSource, touchesPodCommand } from '../rules/judge/perlPod';
import { sameBodiesAfterEdit } from '../rules/judge/pemBlocks';
import { slashPath } from '../fileKind';
import {
  buildRuleMatcher,
  compileRule,
  MULTILINE_LOOKBEHIND,
  ruleMatcher,
  type CompiledRule,
  type RuleMatcher,
} from './compiledRules';
import { dedupe, shifted } from './findingList';
import { FindingRope, type Findings } from './findingRope';
import { lineEndOf, lineNextStart, lineStartOf } from './lineBounds';
import { HitDispatch } from './hitDispatch';
import { LineHits } from './lineHits';
import { matcherTableFor, matcherTableJson } from './matcherTable';
import { isCountedRun } from './longLine';
import { LongLineRescan, type ScannedText } from './longLineRescan';
import { RuleRunner } from './ruleRunner';
import type { ScanContext, TextEdit } from './scanTypes';
import {
  becameQuotedPrintableMail,
  decodeQuotedPrintable,
  isQuotedPrintableMail,
  mapFinding,
  mergeDecoded,
} from './quotedPrintable';
import { TabularStage } from './tabular/detectorStage';
import { TABULAR_RULE_ID } from './tabular/stage';
import {
  findWrapped,
  MAX_DEPTH,
  mergeWrapped,
  noteTrigger,
  TRIGGER_RUN,
  type WrappedFinding,
  type WrappedLine,
} from './wrapped';

export { MULTILINE_LOOKBEHIND };

export interface DetectorOptions {
  /**
   * Lines longer than this (minified code, data blobs) are scanned only in windows around keyword
   * occurrences, so one huge line cannot make a rule's regex run over megabytes per keyword.
   */
  readonly maxLineLength?: number;
  /** Characters kept either side of a keyword occurrence on an over-long line. */
  readonly longLineWindow?: number;
}

export type { ScanContext, TextEdit } from './scanTypes';

export const DEFAULT_MAX_LINE_LENGTH = 4096;
const DEFAULT_LONG_LINE_WINDOW = 512;

/**
 * Finds secrets in text. Construct once per rule set (it compiles patterns and the keyword
 * automaton); `scan` and `rescan` are then pure functions of their arguments (they reuse scratch
 * buffers, which is safe because they are synchronous and never call each other).
 *
 * Locality contract, which makes `rescan` equal to `scan`: a single-line rule's findings on a line
 * depend only on that line and the one before it (suppression markers); a multi-line rule's
 * findings that start on a line depend only on the `maxSpan` characters from that line's start and
 * the line before it.
 */
export class Detector {
  private readonly compiled: readonly CompiledRule[];
  /** Keywords of every rule. */
  private readonly all: RuleMatcher;
  /** Keywords of multi-line rules only: scans the stretch before an edit that only they can reach. */
  private readonly multiOnly: RuleMatcher;
  private readonly maxLineLength: number;
  private readonly longLineWindow: number;
  private readonly maxSpan: number;
  private readonly lineHits: LineHits;
  /** Runs the rules on what the keyword passes find, and holds the current scan's per-file state. */
  private readonly runner: RuleRunner;
  private readonly dispatch: HitDispatch;
  /** `rescan` within an over-long line. */
  private readonly longLine: LongLineRescan;
  /** The header-context stage, when its rule is in the set. */
  private readonly tabular: TabularStage | undefined;

  constructor(rules: readonly Rule[], options: DetectorOptions = {}) {
    this.maxLineLength = options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
    this.longLineWindow = options.longLineWindow ?? DEFAULT_LONG_LINE_WINDOW;
    ({ compiled: this.compiled, tabular: this.tabular } = compileDetectorRules(rules, this.maxLineLength));
    // A multi-line match starts up to the lookbehind before its keyword and ends within maxSpan of it.
    const longestSpan = Math.max(0, ...this.compiled.map((c) => c.maxSpan));
    this.maxSpan = longestSpan > 0 ? longestSpan + MULTILINE_LOOKBEHIND : 0;

    this.all = ruleMatcher(this.compiled, matcherTableFor(rules));
    this.multiOnly = ruleMatcher(this.compiled.filter((c) => c.maxSpan > 0));
    this.lineHits = new LineHits(
      this.compiled.length,
      Uint8Array.from(this.compiled, (c) => (c.anchored ? 1 : 0)),
      this.longLineWindow,
    );
    this.runner = new RuleRunner(this.compiled, this.lineHits, this.maxLineLength, this.longLineWindow);
    this.dispatch = new HitDispatch(this.runner, this.lineHits);
    this.longLine = new LongLineRescan({
      compiled: this.compiled,
      all: this.all,
      multiOnly: this.multiOnly,
      maxLineLength: this.maxLineLength,
      longLineWindow: this.longLineWindow,
      maxSpan: this.maxSpan,
      runner: this.runner,
      addWrapped: (text, out, lines, depth) => this.addWrapped(text, out, lines, depth),
    });
  }

  /**
   * Work units done by this detector's scans so far: keyword hits handled, regex attempts and the
   * characters given to them, loop steps over hits, windows and overlaps. Not a time: a count that
   * grows with every loop of a scan, so a test can bound its growth without a clock.
   */
  get work(): number {
    return this.ownWork + this.lineHits.work + this.runner.work + this.longLine.work + (this.tabular?.work ?? 0);
  }

  private ownWork = 0;

  get rules(): readonly Rule[] {
    return this.compiled.map((c) => c.rule);
  }

  /** All findings in `text`, sorted by position. */
  scan(text: string, context?: ScanContext): Finding[] {
    const mail = isQuotedPrintableMail(text, context?.path);
    const view = mail ? decodeQuotedPrintable(text) : undefined;
    if (view === undefined) {
      const found = this.scanText(text, context);
      // A mail with nothing encoded yet: an edit anywhere may encode something.
      if (mail && context?.willRescan === true) this.decodedScans.add(found);
      return found;
    }
    // A quoted-printable mail: the plain text and its decoded view (quotedPrintable.ts).
    const inner = { ...context, willRescan: false };
    const plain = this.scanText(text, inner);
    const decoded = this.scanText(view.text, inner).map((f) => mapFinding(text, view, f));
    const findings = mergeDecoded(plain, decoded, compareFindings);
    this.decodedScans.add(findings);
    return context?.willRescan === true ? this.remember(findings, text) : findings;
  }

  /** Findings of quoted-printable mail (decoded views, or none yet): a rescan after them scans the whole text. */
  private readonly decodedScans = new WeakSet<Findings>();

  private scanText(text: string, context?: ScanContext): Finding[] {
    this.runner.begin(context);
    this.runner.readText(text);
    const lineBased = this.scanRegion(text, 0, text.length, 0, text.length, 0).sort(compareFindings);
    const hits = this.tabular?.takeHits() ?? [];
    const findings = this.withTabular(text, lineBased, hits);
    if (context?.willRescan !== true) return findings;
    this.tabular?.remember(findings, hits);
    return this.remember(findings, text);
  }

  /**
   * `scan` for batch scans of files that may be hostile: stops once `maxFindings` findings are kept
   * (rules then stop running, so a file of a million findings costs what its first ones cost) and
   * returns at most that many, each one `scan` returns (the line where it stops runs its rules in
   * catalogue order, the order overlaps are settled in). `complete` is false when it stopped short or
   * cut the list: findings may be missing.
   */
  scanAtMost(text: string, maxFindings: number, context?: ScanContext): { findings: Finding[]; complete: boolean } {
    const view = isQuotedPrintableMail(text, context?.path) ? decodeQuotedPrintable(text) : undefined;
    if (view === undefined) return this.scanTextAtMost(text, maxFindings, context);
    const plain = this.scanTextAtMost(text, maxFindings, context);
    const decoded = this.scanTextAtMost(view.text, maxFindings, context);
    const findings = mergeDecoded(
      plain.findings,
      decoded.findings.map((f) => mapFinding(text, view, f)),
      compareFindings,
    );
    const complete = plain.complete && decoded.complete && findings.length <= maxFindings;
    return { findings: findings.length > maxFindings ? findings.slice(0, maxFindings) : findings, complete };
  }

  private scanTextAtMost(
    text: string,
    maxFindings: number,
    context?: ScanContext,
  ): { findings: Finding[]; complete: boolean } {
    this.runner.begin(context);
    this.runner.readText(text);
    this.runner.findingsLeft = maxFindings;
    this.runner.stoppedShort = false;
    try {
      const lineBased = this.scanRegion(text, 0, text.length, 0, text.length, 0).sort(compareFindings);
      const findings = this.withTabular(text, lineBased, this.tabular?.takeHits() ?? []);
      const complete = !this.runner.stoppedShort && findings.length <= maxFindings;
      return { findings: findings.length > maxFindings ? findings.slice(0, maxFindings) : findings, complete };
    } finally {
      this.runner.findingsLeft = Infinity;
      this.runner.stoppedShort = false;
    }
  }

  /**
   * The text each findings array this detector returned was found in (and the path it was scanned
   * for), so a rescan given that array can compare the text before an edit with the text after it.
   * Weak: an array the caller drops takes its text with it.
   */
  private readonly scannedText = new WeakMap<Findings, ScannedText>();

  private remember<T extends Findings>(findings: T, text: string, runs?: ScannedText['runs']): T {
    const suppression = this.runner.suppressionIn(text);
    this.scannedText.set(findings, { text, path: this.runner.path, suppression, runs, pem: this.runner.pem });
    return findings;
  }

  /**
   * Findings of `text` after `edit`, given the findings of the text before it (as `rescan` or
   * `rescanLazily` returned them). Rescans only the lines the edit touched (widened for multi-line
   * rules) and returns exactly what `scan(text)` would.
   */
  rescan(text: string, previous: Findings, edit: TextEdit, context?: ScanContext): Finding[] {
    const found = this.rescanOrRope(text, previous, edit, context);
    return found instanceof FindingRope ? this.rekey(found, found.toArray()) : found;
  }

  /**
   * `rescan`, its findings as a rope (findingRope.ts): after an edit inside an over-long line the
   * findings after it are the previous ones moved by an offset, made only when read (`slice`), so
   * a keystroke costs no object per finding after it. For a caller that reads them in parts (the
   * worker sends them in chunks, and a newer edit drops the rest).
   */
  rescanLazily(text: string, previous: Findings, edit: TextEdit, context?: ScanContext): FindingRope {
    const found = this.rescanOrRope(text, previous, edit, context);
    return found instanceof FindingRope ? found : this.rekey(found, FindingRope.of(found));
  }

  /** `to`, holding the findings of `from`, known as `from` is for a later rescan. */
  private rekey<T extends Findings>(from: Findings, to: T): T {
    const scanned = this.scannedText.get(from);
    if (scanned !== undefined) this.scannedText.set(to, scanned);
    if (this.decodedScans.has(from)) this.decodedScans.add(to);
    this.tabular?.rekey(from, to);
    return to;
  }

  private rescanOrRope(
    text: string,
    previous: Findings,
    edit: TextEdit,
    context?: ScanContext,
  ): Finding[] | FindingRope {
    if (
      this.decodedScans.has(previous) ||
      this.mayHaveBecomeMail(text, previous, edit, context?.path) ||
      this.mayHaveMovedPod(text, previous, edit, context?.path)
    )
      return this.scan(text, { ...context, willRescan: true });
    this.runner.begin(context);
    this.runner.readText(text);
    if (this.pemBodiesChanged(previous, edit)) return this.scan(text, { ...context, willRescan: true });
    this.tabular?.takeHits();
    const withinLine = this.longLine.rescan(text, previous, edit, this.scannedText.get(previous));
    if (withinLine !== undefined) {
      // An edit inside an over-long line, which holds no context word: the previous scan's, moved.
      let hits = this.tabular?.hitsAfterLongLineEdit(text, previous, edit) ?? [];
      const { findings, runs } = withinLine;
      // Without stage findings before the edit or after it, the rope is every finding (the stage
      // still runs, noting what it read for the next rescan).
      if (this.tabular === undefined) return this.rememberHits(findings, text, hits, runs);
      if (this.tabular.quietAfterLongLineEdit(previous)) {
        if (this.withTabular(text, [], hits).length === 0) return this.rememberHits(findings, text, hits, runs);
        hits = this.tabular.hitsAfterLongLineEdit(text, previous, edit); // found some after all: merged below
      }
      const all = findings.toArray();
      const lineBased = this.tabular.keptIn(previous) === 0 ? all : all.filter((f) => f.ruleId !== TABULAR_RULE_ID);
      return this.rememberHits(this.withTabular(text, lineBased, hits), text, hits, runs);
    }
    const { findings, singleFrom, singleTo } = this.rescanLines(text, FindingRope.toArray(previous), edit);
    const hits = this.tabular?.hitsAfterEdit(text, previous, singleFrom, singleTo, edit) ?? [];
    return this.rememberHits(this.withTabular(text, findings, hits), text, hits);
  }

  /**
   * Whether the POD blocks of Perl source `text` (../rules/judge/perlPod) may differ from those of
   * the text before `edit` other than by moving: the edit touched a line opening with `=`, or made
   * or unmade Perl source. Lines outside such blocks are judged by them, so a rescan of the edited
   * lines alone would keep stale verdicts.
   */
  private mayHaveMovedPod(text: string, previous: Findings, edit: TextEdit, path?: string): boolean {
    const slashed = path === undefined ? undefined : slashPath(path);
    const before = this.scannedText.get(previous)?.text;
    const perl = isPerlSource(slashed, text);
    if (before === undefined) return perl;
    if (perl !== isPerlSource(slashed, before)) return true;
    return perl && touchesPodCommand(before, text, edit.start, edit.oldEnd, edit.newEnd);
  }

  /**
   * Whether the PEM block bodies (../rules/judge/pemBlocks) of the text after `edit`, just read by
   * the runner, differ from those of the text before it other than by moving: findings in them are
   * dropped, so lines outside the edit may change verdict.
   */
  private pemBodiesChanged(previous: Findings, edit: TextEdit): boolean {
    const before = this.scannedText.get(previous);
    const after = this.runner.pem ?? [];
    if (before === undefined) return after.length > 0;
    // The bodies the scan of the text before found, kept with it: not looked for again per keystroke.
    return !sameBodiesAfterEdit(before.pem ?? [], after, edit.start, edit.oldEnd, edit.newEnd);
  }

  /**
   * Whether `text` may declare a quoted-printable body now, where the scan giving `previous` found
   * none: a header the edit made, not a search of the whole text (or line) on every keystroke.
   */
  private mayHaveBecomeMail(text: string, previous: Findings, edit: TextEdit, path?: string): boolean {
    const before = this.scannedText.get(previous)?.text;
    if (before === undefined) return isQuotedPrintableMail(text, path);
    return becameQuotedPrintableMail(before, text, edit, path);
  }

  private rememberHits<T extends Findings>(findings: T, text: string, hits: number[], runs?: ScannedText['runs']): T {
    this.tabular?.remember(findings, hits);
    return this.remember(findings, text, runs);
  }

  /**
   * Adds the header-context stage's findings (tabular/) to the sorted line-based `findings` of
   * `text`. Its context may reach any later line (a CREATE TABLE names the columns of INSERTs
   * anywhere below), so a scan reads the whole text, jumping between the lines `hits` (its context
   * words) and those a context opened on them spans; a rescan reads the contexts the edit reaches.
   */
  private withTabular(text: string, findings: Finding[], hits: readonly number[]): Finding[] {
    if (this.tabular === undefined) return findings;
    const out = this.tabular.addTo(text, findings, hits, {
      path: this.runner.path,
      limit: this.runner.findingsLeft,
      suppressed: (lineStart, lineEnd) => this.runner.lineSuppressed(text, lineStart, lineEnd),
    });
    if (this.tabular.stoppedShort) this.runner.stoppedShort = true;
    return out;
  }

  /** `rescan` of the line-based rules: the edited lines, widened for multi-line rules. */
  private rescanLines(
    text: string,
    previous: readonly Finding[],
    edit: TextEdit,
  ): { findings: Finding[]; singleFrom: number; singleTo: number } {
    const delta = edit.newEnd - edit.oldEnd;
    // Single-line rules: the edited lines and the line after (its suppression may have changed).
    const singleFrom = lineStartOf(text, edit.start);
    const afterEdited = lineNextStart(text, edit.newEnd);
    const singleTo = afterEdited >= text.length ? text.length : lineNextStart(text, afterEdited);
    // Multi-line rules: a finding whose secret starts within maxSpan before the edit may depend on
    // it; its match starts at most maxSpan earlier still, so regenerate from twice as far back.
    const dropFrom = this.maxSpan > 0 ? lineStartOf(text, Math.max(0, edit.start - this.maxSpan)) : singleFrom;
    const regenerateFrom =
      this.maxSpan > 0 ? lineStartOf(text, Math.max(0, edit.start - 2 * this.maxSpan)) : singleFrom;
    // A multi-line match whose keyword stands before the edit may end (and its finding start) up
    // to maxSpan after it: those are dropped and regenerated too (a keyword above a Terraform
    // variable's default, edited away, took the default's finding with it).
    const multiTo =
      this.maxSpan > 0 && singleTo < text.length
        ? lineNextStart(text, Math.min(text.length, edit.newEnd + this.maxSpan))
        : singleTo;

    const kept: Finding[] = [];
    for (const f of previous) {
      let moved: Finding;
      if (f.end <= edit.start) moved = f;
      else if (f.start >= edit.oldEnd) moved = shifted(f, delta);
      else continue;
      if (f.ruleId === TABULAR_RULE_ID) continue;
      const multi = (this.compiled[this.ruleIndexOf(f.ruleId)]?.maxSpan ?? 0) > 0;
      if (moved.start >= (multi ? dropFrom : singleFrom) && moved.start < (multi ? multiTo : singleTo)) continue;
      kept.push(moved);
    }
    const fresh = this.scanRegion(text, regenerateFrom, Math.max(singleTo, multiTo), singleFrom, singleTo, 0);
    return { findings: dedupe(kept.concat(fresh).sort(compareFindings)), singleFrom, singleTo };
  }

  private ruleIndexCache: Map<string, number> | undefined;
  private ruleIndexOf(id: string): number {
    if (!this.ruleIndexCache) this.ruleIndexCache = new Map(this.compiled.map((c) => [c.rule.id, c.index]));
    return this.ruleIndexCache.get(id) ?? -1;
  }

  /**
   * Runs multi-line rules for keyword hits in lines starting in [multiFrom, to) and single-line rules
   * for hits in lines starting in [singleFrom, to). Both ranges start at a line start.
   */
  private scanRegion(
    text: string,
    multiFrom: number,
    to: number,
    singleFrom: number,
    singleTo: number,
    depth: number,
  ): Finding[] {
    const out: Finding[] = [];
    // Lines for the wrapped stage, from both passes (it runs on every line of [multiFrom, to), like
    // multi-line rules, because a decoded finding may carry a multi-line rule's id).
    const wrapped: WrappedLine[] = [];
    if (multiFrom < singleFrom)
      this.scanHits(text, this.multiOnly, multiFrom, singleFrom, singleFrom, singleFrom, out, wrapped);
    const scanTo = lineEndOf(text, Math.max(singleFrom, to - 1));
    this.tabular?.pass(depth, true);
    this.scanHits(text, this.all, singleFrom, Math.min(text.length, scanTo), singleFrom, singleTo, out, wrapped);
    this.tabular?.pass(depth, false);
    if (wrapped.length === 0 || depth >= MAX_DEPTH) return out;
    // Decoded texts are scanned whole (only lines scanned before a cap have runs noted), so their
    // findings replace the plain ones they explain as in a full scan; `scanAtMost` cuts the list.
    this.runner.findingsLeft = Infinity;
    return this.addWrapped(text, out, wrapped, depth);
  }

  /** Runs the wrapped stage (wrapped.ts) on its lines; its findings replace the plain ones they explain. */
  private addWrapped(text: string, out: Finding[], lines: readonly WrappedLine[], depth: number): Finding[] {
    const found: WrappedFinding[] = [];
    const scanInner = (inner: string, innerDepth: number) =>
      this.runner
        .inView(inner, () => this.scanRegion(inner, 0, inner.length, 0, inner.length, innerDepth))
        .sort(compareFindings);
    const titleOf = (id: string) => this.compiled[this.ruleIndexOf(id)]?.rule.title ?? id;
    for (const line of lines) {
      const here = findWrapped(text, line, depth, scanInner, titleOf);
      if (here.length > 0 && !this.runner.lineSuppressed(text, line.lineStart, line.lineEnd)) found.push(...here);
    }
    if (found.length === 0) return out;
    return mergeWrapped(
      out,
      found,
      (f) => this.ruleIndexOf(f.ruleId),
      (f) => (this.compiled[this.ruleIndexOf(f.ruleId)]?.maxSpan ?? 0) > 0,
    );
  }

  /**
   * One keyword pass over [from, to): multi-line rules run from every line with a hit, single-line
   * rules on lines starting in [singleFrom, singleTo). Every line is visited at most once per scan,
   * so a rule claimed on a line runs there once. With `lineOf`, [from, to) is a stretch of the line
   * starting there (and only runs starting in the stretch are noted).
   */
  private scanHits(
    text: string,
    m: RuleMatcher,
    from: number,
    to: number,
    singleFrom: number,
    singleTo: number,
    out: Finding[],
    wrapped: WrappedLine[],
    lineOf = -1,
  ): void {
    const { rulesByKeyword, plans, keywordLengths, triggerOf, widensOnly } = m;
    const { lineHits, runner, dispatch } = this;
    let lineStart = -1;
    let lineEnd = -1;
    // Gates run on lines short enough to be scanned whole: an over-long line's windows follow its
    // keyword hits, so dropping a hit there could change another match's window.
    let gated = false;
    dispatch.reset();
    // The previous hit, for hits of a self-overlapping keyword in a run (`widensOnly`).
    let lastKeyword = -1;
    let lastEnd = -1;
    lineHits.nextLine();
    runner.multiNext.fill(0);
    // Rules of this file that run on every line (`Rule.wakesOnEveryLine`); not on a long line's stretches.
    const everyLine = lineOf < 0 ? runner.everyLine : NO_RULES;
    // The first line start the every-line rules have not visited yet.
    let unvisited = from;
    // Keywords never span a line break, so every hit lies wholly inside one line.
    // Hits that would only widen the one before may be left out (`widensOnly`: see KeywordMatcher.scanThinned).
    m.matcher.scanThinned(widensOnly, text, from, to, (keywordId, end, matcherLineStart) => {
      const start = end - keywordLengths[keywordId]!;
      this.ownWork++;
      if (runner.findingsLeft <= 0) {
        runner.stoppedShort = true;
        return;
      }
      // Overlapping the previous hit of the same keyword: on its line, and its windows merge with
      // that hit's, so widening that hit changes nothing the rules see (and costs nothing per position).
      if (keywordId === lastKeyword && start < lastEnd && widensOnly[keywordId] === 1) {
        const rules = rulesByKeyword[keywordId]!;
        for (let i = 0; i < rules.length; i++) lineHits.extendLast(rules[i]!, end);
        lastEnd = end;
        return;
      }
      lastKeyword = keywordId;
      lastEnd = end;
      const hitLineStart = lineOf < 0 ? matcherLineStart : lineOf;
      if (hitLineStart !== lineStart) {
        runner.evaluateLine(text, lineStart, lineEnd, out);
        lineHits.nextLine();
        lineStart = hitLineStart;
        lineEnd = lineEndOf(text, start);
        gated = lineEnd - lineStart <= this.maxLineLength;
        if (everyLine.length > 0) {
          this.visitQuietLines(text, everyLine, unvisited, lineStart, singleFrom, singleTo, out);
          unvisited = lineNextStart(text, lineStart);
          if (gated && lineStart >= singleFrom && lineStart < singleTo)
            for (let i = 0; i < everyLine.length; i++) lineHits.add(everyLine[i]!, lineStart, lineStart);
        }
      }
      const trigger = triggerOf[keywordId]!;
      // From within a run, the matcher reports its rest as a run of its own.
      if (trigger !== 0 && (lineOf < 0 || trigger !== TRIGGER_RUN || isCountedRun(text, start, lineEnd)))
        noteTrigger(wrapped, text, trigger, end, lineStart, lineEnd);
      const singles = lineStart >= singleFrom && lineStart < singleTo;
      dispatch.run(text, plans[keywordId]!, start, end, lineStart, lineEnd, gated, singles, out);
    });
    runner.evaluateLine(text, lineStart, lineEnd, out);
    if (everyLine.length > 0) this.visitQuietLines(text, everyLine, unvisited, to, singleFrom, singleTo, out);
  }

  /**
   * Runs the every-line rules `rules` on the lines starting in [from, until) that no keyword hit
   * visited: those in [singleFrom, singleTo), not empty and not over-long (whose windows follow
   * keyword hits). `from` is a line start.
   */
  private visitQuietLines(
    text: string,
    rules: Int32Array,
    from: number,
    until: number,
    singleFrom: number,
    singleTo: number,
    out: Finding[],
  ): void {
    const { lineHits, runner } = this;
    for (let at = Math.max(from, singleFrom); at < until && at < singleTo;) {
      if (runner.findingsLeft <= 0) {
        runner.stoppedShort = true;
        break;
      }
      const end = lineEndOf(text, at);
      this.ownWork++;
      if (end > at && end - at <= this.maxLineLength) {
        lineHits.nextLine();
        for (let i = 0; i < rules.length; i++) lineHits.add(rules[i]!, at, at);
        runner.evaluateLine(text, at, end, out);
      }
      at = lineNextStart(text, at);
    }
    lineHits.nextLine();
  }
}

const NO_RULES = new Int32Array(0);

/** A detector's rules as it runs them, and the header-context stage when its rule is among them. */
function compileDetectorRules(
  rules: readonly Rule[],
  maxLineLength: number,
): { compiled: CompiledRule[]; tabular: TabularStage | undefined } {
  const stageRule = rules.find((r) => r.id === TABULAR_RULE_ID);
  const tabular = stageRule && new TabularStage(stageRule.keywords, maxLineLength);
  const gate = tabular?.gate;
  return {
    compiled: rules.map((r, i) => compileRule(r === stageRule ? { ...r, keywordGate: gate } : r, i)),
    tabular,
  };
}

/**
 * The matcher table (matcherTable.ts) of a detector over `rules`, built as a detector without a
 * table builds its matcher: esbuild.js writes the built-in catalogue's into the CLI's bundles.
 */
export function prebuildMatcherTable(rules: readonly Rule[]): string {
  const { compiled } = compileDetectorRules(rules, DEFAULT_MAX_LINE_LENGTH);
  return matcherTableJson(
    rules.map((r) => r.id),
    buildRuleMatcher(compiled),
  );
}
