import type { Rule } from './types';

/**
 * `rule` marked as starting at its keyword: for a prefixed rule (prefixedRule) whose pattern opens
 * with its literal prefix, the detector then tries the pattern only where the prefix stands instead
 * of scanning the whole line, which keeps short or common prefixes (`cio`, `pat.`) cheap.
 */
export function atKeyword(rule: Rule): Rule {
  return { ...rule, startsAtKeyword: true };
}
