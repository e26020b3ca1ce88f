import type { KeywordGate, Rule } from '../rules/types';
import { MIN_RUN } from './decode';
import type { MatcherTable } from './matcherTable';
import { KeywordMatcher } from './prefilter';
import type { Reach } from './regexReach';
import { reachOfRule } from './ruleReach';
import { TRIGGER_KEYWORDS, TRIGGER_RUN } from './wrapped';

/** How far before its keyword a multi-line rule's match may start (a PEM block's `-----BEGIN ` and label). */
export const MULTILINE_LOOKBEHIND = 64;

export interface CompiledRule {
  readonly rule: Rule;
  readonly index: number;
  /** The pattern without match indices: they cost a match several times its search, and most matches are rejected. */
  readonly regex: RegExp;
  /** The pattern with indices (`d`), sticky: re-run where an accepted match starts, for its secret's range. */
  readonly indexed: RegExp;
  readonly maxSpan: number; // 0 for single-line rules
  /** Tried only at its keywords' starts, with a sticky regex (`Rule.startsAtKeyword`). */
  readonly anchored: boolean;
  /** Its `keywordGate` (single-line rules only). */
  readonly gate: KeywordGate | undefined;
  /** How far past its keyword the gate may look on an over-long line: as far as the pattern reads. */
  readonly gateReach: number;
  /** The fewest characters a match of the pattern consumes: a shorter stretch is not tried. */
  readonly minLength: number;
  /** Its `keywordGate` (multi-line rules only), tried at each keyword hit before the pattern. */
  readonly multilineGate: KeywordGate | undefined;
  /** `Rule.commentsOnlyInCode`. */
  readonly commentsOnlyInCode: boolean;
}

/** Rule `rule`, the `index`-th of the detector's rules, in the forms the detector runs. */
export function compileRule(rule: Rule, index: number): CompiledRule {
  const maxSpan = rule.multiline?.maxSpan ?? 0;
  const anchored = rule.startsAtKeyword === true && maxSpan === 0;
  // Such a rule is tried on whole lines with no keyword hit: nothing to anchor or gate on.
  if (
    rule.wakesOnEveryLine === true &&
    (rule.paths === undefined || maxSpan > 0 || anchored || rule.keywordGate !== undefined)
  )
    throw new Error(`${rule.id}: wakesOnEveryLine needs paths, one line, no startsAtKeyword and no keywordGate`);
  return new LazyCompiledRule(rule, index, maxSpan, anchored);
}

/**
 * A compiled rule whose regexes are made when first read: making a RegExp parses its pattern, and
 * a process made some 1,200 of them at start (two per rule) when a short scan runs few rules. Its
 * pattern's reach is likewise read when first needed (ruleReach.ts). A class, so every rule has one shape and the
 * getters live once on its prototype.
 */
class LazyCompiledRule implements CompiledRule {
  readonly gate: KeywordGate | undefined;
  readonly multilineGate: KeywordGate | undefined;
  readonly commentsOnlyInCode: boolean;
  private regex_: RegExp | undefined = undefined;
  private indexed_: RegExp | undefined = undefined;
  private reach: Reach | undefined = undefined;

  constructor(
    readonly rule: Rule,
    readonly index: number,
    readonly maxSpan: number,
    readonly anchored: boolean,
  ) {
    this.gate = maxSpan === 0 ? rule.keywordGate : undefined;
    this.multilineGate = maxSpan > 0 ? rule.keywordGate : undefined;
    this.commentsOnlyInCode = rule.commentsOnlyInCode === true;
  }

  get regex(): RegExp {
    const { pattern } = this.rule;
    return (this.regex_ ??= new RegExp(pattern.source, uniqueFlags(pattern.flags + 'g') + (this.anchored ? 'y' : '')));
  }

  get indexed(): RegExp {
    const { pattern } = this.rule;
    return (this.indexed_ ??= new RegExp(pattern.source, uniqueFlags(pattern.flags + 'd') + 'y'));
  }

  get gateReach(): number {
    return this.gate === undefined ? 0 : this.reachOf().ahead;
  }

  get minLength(): number {
    return this.reachOf().min;
  }

  private reachOf(): Reach {
    return (this.reach ??= reachOfRule(this.rule));
  }
}

/**
 * Multi-line rule `c`'s pattern behind a bounded lazy lead-in (at most `leadIn` characters), sticky:
 * one exec tries every start in the lookbehind. Undefined for single-line rules.
 */
export function multiStartPattern(c: CompiledRule, leadIn = MULTILINE_LOOKBEHIND): RegExp | undefined {
  // The empty group marks where the pattern's own match starts; multi-line patterns use named back-references only.
  return c.maxSpan > 0
    ? new RegExp(
        `[\\s\\S]{0,${leadIn}}?(?<asgMatchStart>)(?:${c.rule.pattern.source})`,
        uniqueFlags(c.rule.pattern.flags + 'd') + 'y',
      )
    : undefined;
}

/**
 * What a hit of one keyword runs, laid out for the detector's hot loop: its multi-line rules, then
 * its single-line rules in groups sharing a gate, so a gate is asked once per hit for its group and
 * a rejected group's rules cost nothing each.
 */
export interface KeywordPlan {
  /** Multi-line rules, in the keyword's order (see `gateGroups`). */
  readonly multi: readonly CompiledRule[];
  readonly singles: readonly SingleGroup[];
  /** The rule indices of every group of `singles`, in order: an over-long line gates none of them. */
  readonly allSingles: Int32Array;
}

/** Single-line rules of one keyword sharing a gate and `Rule.commentsOnlyInCode`. */
export interface SingleGroup {
  readonly gate: KeywordGate | undefined;
  readonly commentsOnlyInCode: boolean;
  /** Every rule of the group is limited to `Rule.paths`: its gate is worth asking only where one applies. */
  readonly pathLimited: boolean;
  /** Rule indices. */
  readonly rules: Int32Array;
}

/** A keyword automaton over some rules, with what a hit of each keyword means. */
export interface RuleMatcher {
  readonly matcher: KeywordMatcher;
  /** keyword id → indices of the rules using it. */
  readonly rulesByKeyword: readonly (readonly number[])[];
  /** keyword id → its rules as the detector runs them. */
  readonly plans: readonly KeywordPlan[];
  readonly keywordLengths: Int32Array;
  /** keyword id → the wrapped stage's TRIGGER_* bits (0 for most). */
  readonly triggerOf: Uint8Array;
  /**
   * keyword id → 1 when a hit of it only opens windows: every rule using it is single-line, tried
   * all over its windows (not anchored) and ungated, and it triggers nothing. A hit overlapping the
   * previous hit of the same keyword (`aaaa…` in a run of `A`s) then just widens that hit.
   */
  readonly widensOnly: Uint8Array;
}

/**
 * The keyword automaton over `rules`, worked out when first read: a detector builds two (all rules,
 * and multi-line ones for rescans) and a batch scan never reads the second.
 */
export function ruleMatcher(rules: readonly CompiledRule[], table?: MatcherTable): RuleMatcher {
  return new LazyRuleMatcher(rules, table);
}

class LazyRuleMatcher implements RuleMatcher {
  private built: RuleMatcher | undefined;

  constructor(
    private readonly rules: readonly CompiledRule[],
    private readonly table: MatcherTable | undefined,
  ) {}

  private get parts(): RuleMatcher {
    return (this.built ??= this.table ? matcherFromTable(this.rules, this.table) : buildRuleMatcher(this.rules));
  }

  get matcher(): KeywordMatcher {
    return this.parts.matcher;
  }

  get rulesByKeyword(): readonly (readonly number[])[] {
    return this.parts.rulesByKeyword;
  }

  get plans(): readonly KeywordPlan[] {
    return this.parts.plans;
  }

  get keywordLengths(): Int32Array {
    return this.parts.keywordLengths;
  }

  get triggerOf(): Uint8Array {
    return this.parts.triggerOf;
  }

  get widensOnly(): Uint8Array {
    return this.parts.widensOnly;
  }
}

export function buildRuleMatcher(rules: readonly CompiledRule[]): RuleMatcher {
  const keywordIds = new Map<string, number>();
  const byKeyword: number[][] = [];
  for (const c of rules) {
    for (const kw of c.rule.keywords) {
      let id = keywordIds.get(kw);
      if (id === undefined) {
        id = keywordIds.size;
        keywordIds.set(kw, id);
        byKeyword.push([]);
      }
      if (!byKeyword[id]!.includes(c.index)) byKeyword[id]!.push(c.index);
    }
  }
  const gateOrder = gateGroups(rules);
  // Most keywords wake one rule or two (the service table's): those are ordered by hand, since a
  // call to sort costs more than the work for thousands of short lists.
  const byGate = (a: number, b: number) => gateOrder[a]! - gateOrder[b]!;
  for (const list of byKeyword) {
    if (list.length > 2) list.sort(byGate);
    else if (list.length === 2 && gateOrder[list[0]!]! > gateOrder[list[1]!]!) list.reverse(); // as a stable sort would
  }
  for (const kw of TRIGGER_KEYWORDS.keys()) {
    if (keywordIds.has(kw)) continue;
    keywordIds.set(kw, keywordIds.size);
    byKeyword.push([]);
  }
  const keywords = [...keywordIds.keys()];
  const matcher = new KeywordMatcher(keywords, { runLength: MIN_RUN });
  const triggerOf = new Uint8Array(keywords.length + 1);
  keywords.forEach((kw, id) => (triggerOf[id] = TRIGGER_KEYWORDS.get(kw) ?? 0));
  triggerOf[matcher.runId!] = TRIGGER_RUN;
  // The run pseudo-keyword ends where the run's MIN_RUN-th character does, so it "starts" MIN_RUN back.
  const lengths = Int32Array.from([...keywords, 'x'.repeat(MIN_RUN)], (k) => k.length);
  // The run pseudo-keyword wakes no rule: it notes the lines the wrapped stage decodes.
  const rulesByKeyword = [...byKeyword, []];
  const byIndex = new Map(rules.map((c) => [c.index, c]));
  const widensOnly = new Uint8Array(rulesByKeyword.length);
  for (let id = 0; id < rulesByKeyword.length; id++)
    widensOnly[id] = triggerOf[id] === 0 && onlyWidens(rulesByKeyword[id]!, byIndex) ? 1 : 0;
  // Keywords waking the same rules share one plan: 4,363 keywords have ~540 distinct lists (3,021
  // of them wake the service table's two rules), and building a plan each costs start-up time.
  const planOf = new Map<string | number, KeywordPlan>();
  const plans = rulesByKeyword.map((list) => {
    // A one-rule list keyed by its rule's index (a number: never equal to a joined list's string).
    const key = list.length === 1 ? list[0]! : list.join();
    let plan = planOf.get(key);
    if (plan === undefined) planOf.set(key, (plan = keywordPlan(list.map((i) => byIndex.get(i)!))));
    return plan;
  });
  return { matcher, rulesByKeyword, plans, keywordLengths: lengths, triggerOf, widensOnly };
}

/** Whether a hit of a keyword waking these rules (and triggering nothing) only opens windows: see `RuleMatcher.widensOnly`. */
function onlyWidens(list: readonly number[], byIndex: ReadonlyMap<number, CompiledRule>): boolean {
  let widens = list.length > 0;
  for (let k = 0; widens && k < list.length; k++) {
    const c = byIndex.get(list[k]!)!;
    widens = c.maxSpan === 0 && !c.anchored && c.gate === undefined;
  }
  return widens;
}

/**
 * The matcher `buildRuleMatcher` makes over `rules`, from a table it was made into
 * (matcherTable.ts): the keywords, their rule lists and classes as written there; what a list
 * means (its plan, whether it only widens) is worked out once per distinct list, from `rules`.
 */
function matcherFromTable(rules: readonly CompiledRule[], table: MatcherTable): RuleMatcher {
  const { keywords, lists, listOf, triggers } = table;
  const matcher = new KeywordMatcher(keywords, { runLength: MIN_RUN, classes: table.classes });
  const count = listOf.length;
  const triggerOf = new Uint8Array(count);
  for (let k = 0; k < triggers.length; k += 2) triggerOf[triggers[k]!] = triggers[k + 1]!;
  const lengths = new Int32Array(count);
  for (let id = 0; id < keywords.length; id++) lengths[id] = keywords[id]!.length;
  lengths[count - 1] = MIN_RUN;
  const byIndex = new Map(rules.map((c) => [c.index, c]));
  const listPlans = lists.map((list) => keywordPlan(list.map((i) => byIndex.get(i)!)));
  const listWidens = lists.map((list) => onlyWidens(list, byIndex));
  const rulesByKeyword: (readonly number[])[] = new Array(count);
  const plans: KeywordPlan[] = new Array(count);
  const widensOnly = new Uint8Array(count);
  for (let id = 0; id < count; id++) {
    const list = listOf[id]!;
    rulesByKeyword[id] = lists[list]!;
    plans[id] = listPlans[list]!;
    widensOnly[id] = triggerOf[id] === 0 && listWidens[list]! ? 1 : 0;
  }
  return { matcher, rulesByKeyword, plans, keywordLengths: lengths, triggerOf, widensOnly };
}

/** `rules` (one keyword's, in its order) as a plan: consecutive single-line rules alike in gate and comments form a group. */
function keywordPlan(rules: readonly CompiledRule[]): KeywordPlan {
  const singles: { gate: KeywordGate | undefined; commentsOnlyInCode: boolean; rules: CompiledRule[] }[] = [];
  for (const c of rules) {
    if (c.maxSpan > 0) continue;
    const last = singles[singles.length - 1];
    if (last !== undefined && last.gate === c.gate && last.commentsOnlyInCode === c.commentsOnlyInCode)
      last.rules.push(c);
    else singles.push({ gate: c.gate, commentsOnlyInCode: c.commentsOnlyInCode, rules: [c] });
  }
  return {
    multi: rules.filter((c) => c.maxSpan > 0),
    allSingles: Int32Array.from(singles.flatMap((g) => g.rules.map((c) => c.index))),
    singles: singles.map((g) => ({
      ...g,
      pathLimited: g.rules.every((c) => c.rule.paths !== undefined),
      rules: Int32Array.from(g.rules, (c) => c.index),
    })),
  };
}

/**
 * Per rule index, a sort key that makes single-line rules sharing a keyword gate stand together in
 * a keyword's list: the detector asks a gate once per hit for a run of rules using it, and the
 * commonest keywords (`token`, `secret`, `password`) wake a dozen rules. Multi-line rules come
 * first in their own order (they run at the hit, and under a findings cap their order decides which
 * finding is kept); single-line rules only note the hit, and their findings are settled in
 * catalogue order whatever the order of the list. `Array.prototype.sort` is stable.
 */
function gateGroups(rules: readonly CompiledRule[]): Int32Array {
  const keys = new Int32Array(rules.reduce((n, c) => Math.max(n, c.index + 1), 0));
  const groupOf = new Map<KeywordGate | undefined, number>();
  for (const c of rules) {
    if (c.maxSpan > 0) keys[c.index] = -1;
    else {
      if (!groupOf.has(c.gate)) groupOf.set(c.gate, groupOf.size);
      keys[c.index] = groupOf.get(c.gate)!;
    }
  }
  return keys;
}

function uniqueFlags(flags: string): string {
  return [...new Set(flags)].filter((f) => f !== 'y').join('');
}
