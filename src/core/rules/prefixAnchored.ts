import type { Rule } from './types';

/**
 * Keyword gate for a token that starts at its keyword: no token character (`[A-Za-z0-9_-]`, what
 * TOKEN_START refuses) stands right before it. Short prefixes turn up inside ordinary words
 * (`st.` in `list.`, `ser.` in `user.`); this read rejects those before the pattern runs.
 */
export function tokenStartsAt(text: string, at: number): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  const tokenChar = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
  return !tokenChar;
}

/**
 * `rule` marked as starting at its keyword and gated by tokenStartsAt: for a prefixed rule
 * (prefixedRule, whose pattern opens with TOKEN_START and its literal prefix), the detector then
 * tries the pattern only where the prefix stands as a token's start, instead of scanning the whole
 * line, which keeps short or common prefixes (`cio`, `pat.`) cheap.
 */
export function atKeyword(rule: Rule): Rule {
  return { ...rule, startsAtKeyword: true, keywordGate: tokenStartsAt };
}
