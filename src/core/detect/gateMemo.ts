import type { KeywordGate } from '../rules/types';

/**
 * The answers of keyword gates on one over-long line, shared between the rules that use the same
 * gate. On a line scanned whole the detector asks a gate once per keyword for all its rules; on an
 * over-long line each anchored rule asks it per keyword in its windows, so `token`, `secret` and
 * `password` (a dozen rules, three or four gates) asked each gate several times per keyword.
 *
 * A gate is a pure function of its arguments: an answer is reused only for the same position in
 * the same window (the text the gate is given). The first rule to ask a gate on the line records
 * its answers; later rules walk them with a cursor, as every rule asks in ascending order.
 */
export class GateMemo {
  private readonly memos = new Map<KeywordGate, Answers>();
  /** Bumped per line: a memo recorded on an earlier line is stale. */
  private serial = 0;

  /** Starts a new line: no answer is known. */
  nextLine(): void {
    this.serial++;
  }

  /**
   * The answers of `gate` for rule `rule`, which asks in ascending order from now on until its next
   * `forRule`, about at most `starts` keywords on the line (room for them is made at once: grown by
   * doubling from 64, the arrays of a line of half a million keywords were copied fourteen times).
   */
  forRule(gate: KeywordGate, rule: number, starts: number): Answers {
    let answers = this.memos.get(gate);
    if (answers === undefined) this.memos.set(gate, (answers = new Answers()));
    answers.begin(rule, this.serial, starts);
    return answers;
  }
}

/** One gate's answers on the current line. */
export class Answers {
  private serial = -1;
  /** The rule recording answers on this line, and the rule now reading them. */
  private owner = -1;
  private reader = -1;
  private cursor = 0;
  private count = 0;
  /** Per recorded answer: the keyword's position and its window's bounds (text offsets), and the answer. */
  private at = new Int32Array(64);
  private from = new Int32Array(64);
  private to = new Int32Array(64);
  private answer = new Uint8Array(64);

  begin(rule: number, serial: number, starts: number): void {
    if (serial !== this.serial) {
      this.serial = serial;
      this.owner = rule;
      this.count = 0;
      if (starts > this.at.length) this.reserve(starts);
    }
    if (rule !== this.reader) {
      this.reader = rule;
      this.cursor = 0;
    }
  }

  /**
   * The recorded answer for the keyword at `at` (a text offset) in the window [from, to): 1 or 0,
   * or -1 when the gate must be asked (then `record` its answer). Positions come in ascending order.
   */
  lookup(at: number, from: number, to: number): number {
    if (this.reader === this.owner) return -1;
    const ats = this.at;
    let k = this.cursor;
    while (k < this.count && ats[k]! < at) k++;
    this.cursor = k;
    return k < this.count && ats[k] === at && this.from[k] === from && this.to[k] === to ? this.answer[k]! : -1;
  }

  /** Notes the gate's answer where `lookup` found none (kept only from the line's first asking rule). */
  record(at: number, from: number, to: number, yes: boolean): void {
    if (this.reader !== this.owner) return;
    const k = this.count;
    if (k === this.at.length) this.reserve(2 * k);
    this.count = k + 1;
    this.at[k] = at;
    this.from[k] = from;
    this.to[k] = to;
    this.answer[k] = yes ? 1 : 0;
  }

  /** Room for `size` answers, those recorded on the line kept. */
  private reserve(size: number): void {
    const kept = this.count;
    this.at = grown(this.at, kept, size);
    this.from = grown(this.from, kept, size);
    this.to = grown(this.to, kept, size);
    const answer = new Uint8Array(size);
    answer.set(this.answer.subarray(0, kept));
    this.answer = answer;
  }
}

/** `a`'s first `kept` values in a new array of `size`. */
function grown(a: Int32Array, kept: number, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a.subarray(0, kept));
  return b;
}
