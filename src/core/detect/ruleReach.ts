import type { Rule } from '../rules/types';
import { PREBUILT_REACH } from './prebuiltReach';
import { regexReach, type Reach } from './regexReach';

/**
 * A rule's reach (regexReach.ts), from a table made at build time where it holds the rule. Parsing
 * a pattern for its reach costs ~0.1 ms, and a scan asks for every rule it tries: a CLI process
 * (a pre-commit hook) paid tens of milliseconds of its start for answers known when it was built.
 * A row is keyed by rule id and a hash of the pattern's flags and source: a rule the table does not
 * hold as it is now (user rules from config, a built-in id with another pattern) is parsed.
 */
export function reachOfRule(rule: Rule, table: ReachTable | undefined = prebuilt()): Reach {
  const { source, flags } = rule.pattern;
  const row = table !== undefined && Object.prototype.hasOwnProperty.call(table, rule.id) ? table[rule.id] : undefined;
  if (row !== undefined && row[0] === patternHash(source, flags))
    return { ahead: decode(row[1]), behind: decode(row[2]), min: decode(row[3]) };
  return regexReach(source, flags);
}

/** Rule id to [pattern hash, ahead, behind, min], -1 for Infinity. */
export type ReachTable = Readonly<Record<string, readonly [number, number, number, number]>>;

/** The table of `rules` as JSON (esbuild.js inlines it in the bundles). Deterministic: same rules, same text. */
export function prebuildReachTable(rules: readonly Rule[]): string {
  const table: Record<string, [number, number, number, number]> = {};
  for (const rule of rules) {
    const { source, flags } = rule.pattern;
    const { ahead, behind, min } = regexReach(source, flags);
    const row = [ahead, behind, min].map(encode);
    // A value JSON cannot carry as written (NaN): leave the rule to the parse at run time.
    if (row.some((v) => v === undefined)) continue;
    table[rule.id] = [patternHash(source, flags), ...(row as [number, number, number])];
  }
  return JSON.stringify(table);
}

let parsed: ReachTable | undefined;

function prebuilt(): ReachTable | undefined {
  return PREBUILT_REACH === undefined ? undefined : (parsed ??= JSON.parse(PREBUILT_REACH) as ReachTable);
}

function encode(n: number): number | undefined {
  if (n === Infinity) return -1;
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

function decode(n: number): number {
  return n < 0 ? Infinity : n;
}

/**
 * A 53-bit hash (cyrb53, with the lengths folded in) of a pattern's source and flags: a changed
 * pattern under the same id misses its row (a collision is about one chance in 2^53).
 */
export function patternHash(source: string, flags: string): number {
  // Source, then flags: no concatenation (a joined string is copied flat before it is read).
  let h1 = 0xdeadbeef ^ flags.length;
  let h2 = 0x41c6ce57 ^ source.length;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  for (let i = 0; i < flags.length; i++) {
    const c = flags.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
