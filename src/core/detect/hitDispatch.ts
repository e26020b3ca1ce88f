import type { Finding } from '../finding';
import { commentMayPrecede } from '../rules/judge/prose';
import type { KeywordGate } from '../rules/types';
import type { KeywordPlan } from './compiledRules';
import type { LineHits } from './lineHits';
import type { RuleRunner } from './ruleRunner';

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
  private commentAt = -1;
  private commentAnswer = true;
  private commentsOnly = false;

  constructor(
    private readonly runner: RuleRunner,
    private readonly lineHits: LineHits,
  ) {}

  /** Starts a keyword pass over a text (of the file `RuleRunner.begin` was given). */
  reset(): void {
    this.gate = undefined;
    this.gateAt = -1;
    this.commentAt = -1;
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
      if (enabled !== undefined && enabled[c.index] === 0) continue;
      // A multi-line rule's gate holds where its matches start (Rule.keywordGate): a rejected
      // keyword spares the pattern's tries from the lookbehind, and is passed over as a try that
      // found nothing would be (the next try starts where it would have). So is a keyword no
      // comment can precede, for a rule counting only in comments in this file.
      if (
        (!this.commentsOnly || !c.commentsOnlyInCode || this.commentBefore(text, lineStart, start)) &&
        (c.multilineGate === undefined || c.multilineGate(text, start, lineEnd))
      )
        runner.evaluateMultilineHit(text, c, start, lineStart, lineEnd, out);
      else runner.multiNext[c.index] = Math.max(runner.multiNext[c.index]!, start + 1);
    }
    if (!singles) return;
    const groups = plan.singles;
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g]!;
      if (gated) {
        if (this.commentsOnly && group.commentsOnlyInCode && !this.commentBefore(text, lineStart, start)) continue;
        if (group.gate !== undefined && !this.gateHolds(group.gate, text, start, lineEnd)) continue;
      }
      const { rules } = group;
      for (let i = 0; i < rules.length; i++) {
        const rule = rules[i]!;
        if (enabled === undefined || enabled[rule] === 1) this.lineHits.add(rule, start, end);
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

  private commentBefore(text: string, lineStart: number, at: number): boolean {
    if (at !== this.commentAt) {
      this.commentAt = at;
      this.commentAnswer = commentMayPrecede(text, lineStart, at);
    }
    return this.commentAnswer;
  }
}
