import { isSpace } from './keywordGates';

/**
 * The keyword gate of `generic-declared-secret`: the name's characters (`[A-Za-z0-9_.-]`, up to
 * the pattern's reach), then a character one of its forms can open with: a space, `:`, `,`, `?`,
 * `=`, `@`, `<`, a quote, `)` or `}`. A superset of the pattern's openings.
 */
export function declarationFollows(text: string, at: number, lineEnd: number): boolean {
  const nameLimit = Math.min(lineEnd, at + MAX_NAME);
  let nameEnd = at;
  while (nameEnd < nameLimit && isNameChar(text.charCodeAt(nameEnd))) nameEnd++;
  if (nameEnd === at + MAX_NAME || nameEnd >= lineEnd) return false;
  const next = text.charCodeAt(nameEnd);
  return isSpace(next) || OPENERS.includes(next);
}

/** Longer than any name the pattern accepts (a keyword of at most 20 characters and 24 more). */
const MAX_NAME = 64;
/** `: , ? = @ < " ' ) }` */
const OPENERS = [58, 44, 63, 61, 64, 60, 34, 39, 41, 125];

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
}
