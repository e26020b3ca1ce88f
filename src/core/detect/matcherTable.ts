import type { Rule } from '../rules/types';
import type { KeywordClasses } from './prefilter';

/**
 * A keyword matcher over a rule set as data (`buildRuleMatcher`'s work written down): the built-in
 * rules' table is made at build time (esbuild.js) so a CLI process or scan thread does not redo it
 * at every start: ~4,400 keywords deduplicated, mapped to their rules, classed and grouped into
 * plans cost some 30 ms of a one-file scan. What a rule list means (its plan, its gates) is still
 * worked out from the rules at run time, once per distinct list.
 */
export interface MatcherTable {
  /** The rule ids the table was made for, in order: any other rule set builds its own matcher. */
  readonly ids: readonly string[];
  /** Keyword id -> the keyword as the matcher reads it (text bytes); the run pseudo-keyword has none. */
  readonly keywords: readonly string[];
  /** The distinct rule lists (rule indices in the order the detector runs them). */
  readonly lists: readonly (readonly number[])[];
  /** Keyword id (the run pseudo-keyword last) -> its list in `lists`. */
  readonly listOf: Int32Array;
  /** Keyword id, trigger bits: the keywords with bits (see `RuleMatcher.triggerOf`). */
  readonly triggers: readonly number[];
  readonly classes: KeywordClasses;
}

interface TableJson {
  readonly ids: string;
  readonly keywords: string;
  readonly lists: number[][];
  readonly listOf: number[];
  readonly triggers: number[];
  readonly classOf: number[];
  readonly classCount: number;
}

/** Between two ids or keywords in the JSON: neither ever holds it (checked when the table is made). */
const SEPARATOR = '\n';

/** What the table writes down of a built matcher (compiledRules' `RuleMatcher`, read by its shape). */
export interface BuiltMatcher {
  readonly matcher: { readonly keywords: readonly string[]; readonly classes: KeywordClasses };
  readonly rulesByKeyword: readonly (readonly number[])[];
  readonly triggerOf: Uint8Array;
}

/** `matcher` (built over rules with these ids, each at its index) as the JSON `parseMatcherTable` reads. */
export function matcherTableJson(ids: readonly string[], matcher: BuiltMatcher): string {
  const keywords = matcher.matcher.keywords;
  for (const text of [...ids, ...keywords])
    if (text.includes(SEPARATOR)) throw new Error(`${JSON.stringify(text)} holds the table's separator`);
  const listIds = new Map<string, number>();
  const lists: number[][] = [];
  const listOf = matcher.rulesByKeyword.map((list) => {
    const key = list.join();
    let id = listIds.get(key);
    if (id === undefined) listIds.set(key, (id = lists.push([...list]) - 1));
    return id;
  });
  const triggers: number[] = [];
  matcher.triggerOf.forEach((bits, id) => {
    if (bits !== 0) triggers.push(id, bits);
  });
  const { classOf, classCount } = matcher.matcher.classes;
  const json: TableJson = {
    ids: ids.join(SEPARATOR),
    keywords: keywords.join(SEPARATOR),
    lists,
    listOf,
    triggers,
    classOf: [...classOf],
    classCount,
  };
  return JSON.stringify(json);
}

export function parseMatcherTable(text: string): MatcherTable {
  const json = JSON.parse(text) as TableJson;
  return {
    ids: json.ids.split(SEPARATOR),
    keywords: json.keywords.split(SEPARATOR),
    lists: json.lists,
    listOf: Int32Array.from(json.listOf),
    triggers: json.triggers,
    classes: { classOf: Uint8Array.from(json.classOf), classCount: json.classCount },
  };
}

/** Tables by the rule list they were made for (the built-in catalogue's array), as JSON until first read. */
const TABLES = new WeakMap<readonly Rule[], { json: string; parsed?: MatcherTable }>();

/** Gives detectors over exactly `rules` (this array) the matcher table `json` (see `matcherTableFor`). */
export function useMatcherTable(rules: readonly Rule[], json: string | undefined): void {
  if (json !== undefined && !TABLES.has(rules)) TABLES.set(rules, { json });
}

/**
 * The table given for `rules` (`useMatcherTable`), when its ids are theirs: the catalogue the table
 * was made from. Undefined for any other list (rules from config, disabled rules: a filtered copy).
 */
export function matcherTableFor(rules: readonly Rule[]): MatcherTable | undefined {
  const entry = TABLES.get(rules);
  if (entry === undefined) return undefined;
  const table = (entry.parsed ??= parseMatcherTable(entry.json));
  const { ids } = table;
  if (ids.length !== rules.length) return undefined;
  for (let i = 0; i < ids.length; i++) if (ids[i] !== rules[i]!.id) return undefined;
  return table;
}
