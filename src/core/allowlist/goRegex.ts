import { hasNestedQuantifier } from '../rules/custom';

/** A regular expression carried as data, so it can cross to worker threads and be compiled there. */
export interface RegexSource {
  readonly source: string;
  readonly flags: string;
}

const MAX_SOURCE_LENGTH = 2000;

/**
 * POSIX bracket classes RE2 accepts inside `[...]`, as JavaScript class contents (ASCII, as in RE2).
 */
const POSIX_CLASSES: Readonly<Record<string, string>> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

function escapeLiteral(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

/**
 * Translates a Go (RE2) regular expression, as gitleaks configs hold them, into a JavaScript one.
 * Handles leading flag groups (`(?i)`), `(?P<name>…)`, `\A`, `\z`, `\Q…\E` and POSIX classes.
 * Refuses, with the reason, what JavaScript cannot express the same way (flags in the middle,
 * `(?U)`) and patterns that nest unbounded quantifiers: RE2 is linear-time, JavaScript's engine
 * backtracks, so `(a+)+` that is harmless for gitleaks could hang a scan here.
 */
export function translateGoRegex(pattern: string): RegexSource | { readonly problem: string } {
  if (pattern.length === 0) return { problem: 'an empty pattern would allow everything' };
  if (pattern.length > MAX_SOURCE_LENGTH) return { problem: `longer than ${MAX_SOURCE_LENGTH} characters` };
  let rest = pattern;
  let flags = '';
  for (let m = /^\(\?([a-zA-Z]+)\)/.exec(rest); m; m = /^\(\?([a-zA-Z]+)\)/.exec(rest)) {
    for (const f of m[1]!) {
      if (f === 'i' || f === 'm' || f === 's') {
        if (!flags.includes(f)) flags += f;
      } else return { problem: `the flag (?${f}) has no JavaScript equivalent` };
    }
    rest = rest.slice(m[0].length);
  }
  let out = '';
  let inClass = false;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i]!;
    if (c === '\\') {
      const n = rest[i + 1];
      if (n === undefined) return { problem: 'ends with a lone backslash' };
      if (n === 'Q') {
        const end = rest.indexOf('\\E', i + 2);
        const literal = rest.slice(i + 2, end === -1 ? rest.length : end);
        out += escapeLiteral(literal);
        i = end === -1 ? rest.length : end + 1;
        continue;
      }
      if (!inClass && (n === 'A' || n === 'z')) {
        if (flags.includes('m')) return { problem: `\\${n} with the m flag has no JavaScript equivalent` };
        out += n === 'A' ? '^' : '$';
        i++;
        continue;
      }
      if (n === 'p' || n === 'P') {
        // \pL → \p{L}; the u flag is added below.
        if (rest[i + 2] === '{') {
          const close = rest.indexOf('}', i + 3);
          if (close === -1) return { problem: 'an unclosed \\p{…}' };
          out += rest.slice(i, close + 1);
          i = close;
        } else {
          out += `\\${n}{${rest[i + 2] ?? ''}}`;
          i += 2;
        }
        if (!flags.includes('u')) flags += 'u';
        continue;
      }
      out += c + n;
      i++;
      continue;
    }
    if (inClass) {
      if (c === '[' && rest[i + 1] === ':') {
        const close = rest.indexOf(':]', i + 2);
        const name = close === -1 ? '' : rest.slice(i + 2, close);
        const negated = name.startsWith('^');
        const body = POSIX_CLASSES[negated ? name.slice(1) : name];
        if (body === undefined || negated) return { problem: `the class [:${name}:] is not supported` };
        out += body;
        i = close + 1;
        continue;
      }
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      // A `]` right after `[` or `[^` is a literal in RE2 and must be escaped in JavaScript.
      if (rest[i + 1] === '^') {
        out += '^';
        i++;
      }
      if (rest[i + 1] === ']') {
        out += '\\]';
        i++;
      }
      continue;
    }
    if (c === '(' && rest[i + 1] === '?') {
      if (rest[i + 2] === 'P' && rest[i + 3] === '<') {
        out += '(?<';
        i += 3;
        continue;
      }
      if (rest[i + 2] !== ':' && rest[i + 2] !== '<' && rest[i + 2] !== '=' && rest[i + 2] !== '!') {
        return { problem: 'inline flags after the start of the pattern have no JavaScript equivalent here' };
      }
    }
    out += c;
  }
  if (hasNestedQuantifier(out)) return { problem: 'it nests unbounded quantifiers (like (a+)+), which can take exponential time in JavaScript' };
  try {
    new RegExp(out, flags);
  } catch (e) {
    // The engine's message quotes the whole pattern ("Invalid regular expression: /…/: reason"),
    // which may hold a real key: keep only the reason.
    const message = (e as Error).message;
    return { problem: `not a valid regular expression here: ${message.slice(message.lastIndexOf(': ') + 2)}` };
  }
  return { source: out, flags };
}
