import type { KeywordGate, Rule } from './types';

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
 * Keyword gate for a token whose pattern spells its prefix in one case (`SK`): the prefix stands at
 * `at` in that case, at a token's start (tokenStartsAt), followed by `body` characters that pass
 * `bodyChar`. Keywords match in any case, and a two-letter prefix stands in every other word
 * (`task`, `risk`, `skip`): a few reads reject those.
 */
export function casedPrefixAt(prefix: string, body: number, bodyChar: (c: number) => boolean): KeywordGate {
  const codes = Int32Array.from(prefix, (c) => c.charCodeAt(0));
  return (text, at, lineEnd) => {
    // Char codes compared in place: a call to startsWith costs about what the scan of a short line does.
    for (let i = 0; i < codes.length; i++) if (text.charCodeAt(at + i) !== codes[i]) return false;
    if (!tokenStartsAt(text, at)) return false;
    const from = at + codes.length;
    if (from + body > lineEnd) return false;
    for (let p = from; p < from + body; p++) if (!bodyChar(text.charCodeAt(p))) return false;
    return true;
  };
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
