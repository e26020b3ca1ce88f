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

type Problem = { readonly problem: string };

/** Where a translation is: the pattern after its flag groups, the position, the output so far. */
interface Translation {
  readonly rest: string;
  i: number;
  out: string;
  flags: string;
  inClass: boolean;
}

/** `(?i)`, `(?ms)`, … at the start become JavaScript flags. */
function leadingFlags(pattern: string): { rest: string; flags: string } | Problem {
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
  return { rest, flags };
}

/** A backslash sequence at `t.i`: `\Q…\E`, `\A`, `\z`, `\pL`; others pass through. */
function translateEscape(t: Translation): string | undefined {
  const { rest, i } = t;
  const n = rest[i + 1];
  if (n === undefined) return 'ends with a lone backslash';
  if (n === 'Q') {
    const end = rest.indexOf('\\E', i + 2);
    t.out += escapeLiteral(rest.slice(i + 2, end === -1 ? rest.length : end));
    t.i = end === -1 ? rest.length : end + 1;
    return undefined;
  }
  if (!t.inClass && (n === 'A' || n === 'z')) {
    if (t.flags.includes('m')) return `\\${n} with the m flag has no JavaScript equivalent`;
    t.out += n === 'A' ? '^' : '$';
    t.i++;
    return undefined;
  }
  if (n === 'p' || n === 'P') {
    // \pL → \p{L}; the u flag is added.
    if (rest[i + 2] === '{') {
      const close = rest.indexOf('}', i + 3);
      if (close === -1) return 'an unclosed \\p{…}';
      t.out += rest.slice(i, close + 1);
      t.i = close;
    } else {
      t.out += `\\${n}{${rest[i + 2] ?? ''}}`;
      t.i += 2;
    }
    if (!t.flags.includes('u')) t.flags += 'u';
    return undefined;
  }
  t.out += '\\' + n;
  t.i++;
  return undefined;
}

/** A character inside `[...]`: POSIX classes become ranges; `]` ends the class. */
function translateInClass(t: Translation): string | undefined {
  const { rest, i } = t;
  const c = rest[i]!;
  if (c === '[' && rest[i + 1] === ':') {
    const close = rest.indexOf(':]', i + 2);
    const name = close === -1 ? '' : rest.slice(i + 2, close);
    const negated = name.startsWith('^');
    const body = POSIX_CLASSES[negated ? name.slice(1) : name];
    if (body === undefined || negated) return `the class [:${name}:] is not supported`;
    t.out += body;
    t.i = close + 1;
    return undefined;
  }
  if (c === ']') t.inClass = false;
  t.out += c;
  return undefined;
}

/** A character outside classes: a class opens, `(?P<` becomes `(?<`, inline flags are refused. */
function translateOutside(t: Translation): string | undefined {
  const { rest, i } = t;
  const c = rest[i]!;
  if (c === '[') {
    t.inClass = true;
    t.out += c;
    // A `]` right after `[` or `[^` is a literal in RE2 and must be escaped in JavaScript.
    if (rest[t.i + 1] === '^') {
      t.out += '^';
      t.i++;
    }
    if (rest[t.i + 1] === ']') {
      t.out += '\\]';
      t.i++;
    }
    return undefined;
  }
  if (c === '(' && rest[i + 1] === '?') {
    if (rest[i + 2] === 'P' && rest[i + 3] === '<') {
      t.out += '(?<';
      t.i += 3;
      return undefined;
    }
    if (rest[i + 2] !== ':' && rest[i + 2] !== '<' && rest[i + 2] !== '=' && rest[i + 2] !== '!') {
      return 'inline flags after the start of the pattern have no JavaScript equivalent here';
    }
  }
  t.out += c;
  return undefined;
}

/**
 * Translates a Go (RE2) regular expression, as gitleaks configs hold them, into a JavaScript one.
 * Handles leading flag groups (`(?i)`), `(?P<name>…)`, `\A`, `\z`, `\Q…\E` and POSIX classes.
 * Refuses, with the reason, what JavaScript cannot express the same way (flags in the middle,
 * `(?U)`) and patterns that nest unbounded quantifiers: RE2 is linear-time, JavaScript's engine
 * backtracks, so `(a+)+` that is harmless for gitleaks could hang a scan here.
 */
export function translateGoRegex(pattern: string): RegexSource | Problem {
  if (pattern.length === 0) return { problem: 'an empty pattern would allow everything' };
  if (pattern.length > MAX_SOURCE_LENGTH) return { problem: `longer than ${MAX_SOURCE_LENGTH} characters` };
  const start = leadingFlags(pattern);
  if ('problem' in start) return start;
  const t: Translation = { rest: start.rest, i: 0, out: '', flags: start.flags, inClass: false };
  for (; t.i < t.rest.length; t.i++) {
    const problem = t.rest[t.i] === '\\' ? translateEscape(t) : t.inClass ? translateInClass(t) : translateOutside(t);
    if (problem !== undefined) return { problem };
  }
  if (hasNestedQuantifier(t.out))
    return { problem: 'it nests unbounded quantifiers (like (a+)+), which can take exponential time in JavaScript' };
  try {
    new RegExp(t.out, t.flags);
  } catch (e) {
    // The engine's message quotes the whole pattern ("Invalid regular expression: /.../: reason"),
    // which may hold a real key: keep only the reason.
    const message = (e as Error).message;
    return { problem: `not a valid regular expression here: ${message.slice(message.lastIndexOf(': ') + 2)}` };
  }
  return { source: t.out, flags: t.flags };
}
