import type { Finding } from '../finding';
import { COMMENT_REACH, commentOpenerIn } from '../rules/judge/prose';
import type { KeywordGate } from '../rules/types';
import type { KeywordPlan } from './compiledRules';
import type { LineHits } from './lineHits';
import type { RuleRunner } from './ruleRunner';

/** Longer than any keyword: hits arrive in order of their ends, so one starts at most this much before an earlier one. */
const KEYWORD_SLACK = 256;

/**
 * Runs what one keyword hit wakes (its plan): multi-line rules at once, single-line rules noted on
 * the line for `RuleRunner.evaluateLine`. Keeps, for one keyword pass, the answers hits at the same
 * position share: a gate's (rules of several keywords may share it) and whether a comment may open
 * before the keyword (`Rule.commentsOnlyInCode`).
 */
export class HitDispatch {
  private gate: KeywordGate | undefined;
  private gateAt = -1;
  private gateAnswer = false;
  private commentsOnly = false;

  constructor(
    private readonly runner: RuleRunner,
    private readonly lineHits: LineHits,
  ) {}

  /** Starts a keyword pass over a text (of the file `RuleRunner.begin` was given). */
  reset(): void {
    this.gate = undefined;
    this.gateAt = -1;
    this.openerLine = -1;
    this.commentsOnly = this.runner.commentsOnly;
  }

  /**
   * The hit [start, end) of a keyword with `plan`, on the line [lineStart, lineEnd). Single-line
   * rules are noted when `singles` (the line is in the pass's single-line range); `gated` when the
   * line is scanned whole (an over-long line's windows follow every hit, so none may be dropped).
   */
  run(
    text: string,
    plan: KeywordPlan,
    start: number,
    end: number,
    lineStart: number,
    lineEnd: number,
    gated: boolean,
    singles: boolean,
    out: Finding[],
  ): void {
    const { runner } = this;
    const { enabled } = runner;
    const { multi } = plan;
    for (let i = 0; i < multi.length; i++) {
      const c = multi[i]!;
      if (enabled !== undefined && enabled[c.index] !== 1 && !runner.applies(c.index)) continue;
      // A multi-line rule's gate holds where its matches start (Rule.keywordGate): a rejected
      // keyword spares the pattern's tries from the lookbehind, and is passed over as a try that
      // found nothing would be (the next try starts where it would have). So is a keyword no
      // comment can precede, for a rule counting only in comments in this file.
      if (
        (!this.commentsOnly || !c.commentsOnlyInCode || this.commentBefore(text, lineStart, start, gated)) &&
        (c.multilineGate === undefined || c.multilineGate(text, start, lineEnd))
      )
        runner.evaluateMultilineHit(text, c, start, lineStart, lineEnd, out);
      else runner.multiNext[c.index] = Math.max(runner.multiNext[c.index]!, start + 1);
    }
    if (!singles) return;
    if (!gated) {
      // An over-long line: its windows follow every hit, so no group is gated or passed over (a
      // group whose rules all are limited to other paths adds nothing either way).
      const rules = plan.allSingles;
      for (let i = 0; i < rules.length; i++) {
        const rule = rules[i]!;
        if (enabled === undefined || enabled[rule] === 1 || (enabled[rule] === 2 && runner.applies(rule)))
          this.lineHits.add(rule, start, end);
      }
      return;
    }
    const groups = plan.singles;
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g]!;
      if (group.pathLimited && enabled !== undefined && !anyApplies(group.rules, runner)) continue;
      if (this.commentsOnly && group.commentsOnlyInCode && !this.commentBefore(text, lineStart, start, gated)) continue;
      if (group.gate !== undefined && !this.gateHolds(group.gate, text, start, lineEnd)) continue;
      const { rules } = group;
      for (let i = 0; i < rules.length; i++) {
        const rule = rules[i]!;
        if (enabled === undefined || enabled[rule] === 1 || (enabled[rule] === 2 && runner.applies(rule)))
          this.lineHits.add(rule, start, end);
      }
    }
  }

  private gateHolds(gate: KeywordGate, text: string, at: number, lineEnd: number): boolean {
    if (gate !== this.gate || at !== this.gateAt) {
      this.gate = gate;
      this.gateAt = at;
      this.gateAnswer = gate(text, at, lineEnd);
    }
    return this.gateAnswer;
  }

  /**
   * Whether a comment opener stands on the line before `at` (`commentOpenerIn`), read once per line
   * as far as its hits: from the line's start on a line scanned whole (a comment opens the line),
   * else from COMMENT_REACH before its first hit (less KEYWORD_SLACK: a later hit of a longer keyword
   * may start a little before it), as far back as the judge looks from a keyword, so a rescanned
   * stretch of a long line reads nothing far before it.
   */
  private commentBefore(text: string, lineStart: number, at: number, gated: boolean): boolean {
    if (lineStart !== this.openerLine || text !== this.openerText) {
      this.openerLine = lineStart;
      this.openerText = text;
      this.openerScanned = gated ? lineStart : Math.max(lineStart, at - COMMENT_REACH - KEYWORD_SLACK);
      this.opener = -1;
    }
    if (this.opener < 0 && this.openerScanned < at) {
      this.opener = commentOpenerIn(text, this.openerScanned, at);
      this.openerScanned = at;
    }
    return this.opener >= 0 && this.opener < at;
  }

  private openerText = '';
  private openerLine = -1;
  /** Where the line's read stopped, and the first opener it found there (-1: none yet). */
  private openerScanned = 0;
  private opener = -1;
}

function anyApplies(rules: Int32Array, runner: RuleRunner): boolean {
  for (let i = 0; i < rules.length; i++) if (runner.applies(rules[i]!)) return true;
  return false;
}
