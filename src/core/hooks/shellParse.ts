import { parse as parseShellWords, type ParseEntry } from 'shell-quote';

/**
 * A shell command line as simple commands, read with shell-quote (the npm registry's maintained
 * shell tokenizer): quotes, escapes, operators, globs and comments as a shell reads them. What
 * shell-quote leaves as text is finished here: newlines end a command, backticks and `$( … )` (also
 * inside double quotes) and `<( … )` are command substitutions whose commands run too, and a
 * substitution that only echoes literals (`$(echo .env)`) stands for those literals.
 */

export interface Word {
  /** The word as the program gets it, as far as a reading without running anything can tell. */
  readonly text: string;
  /** Unquoted `*`, `?`, `[…]` or `{a,b}`: the shell may expand it to file names. */
  readonly glob: boolean;
  /** Holds a variable or a substitution whose output is unknown. */
  readonly dynamic: boolean;
}

export interface Redirect {
  /** `<`, `>`, `>>`, `<>`, `&>`, `>&`, … */
  readonly op: string;
  readonly target: Word;
}

export interface SimpleCommand {
  readonly words: readonly Word[];
  readonly redirects: readonly Redirect[];
  /** The command whose output this one reads through a pipe, if any. */
  readonly pipedFrom?: SimpleCommand;
}

const MAX_INPUT = 64 * 1024;
const SEPARATORS = new Set([';', '&&', '||', '&', ';;', '(', ')', '|', '|&']);
const REDIRECTS = new Set(['<', '>', '>>', '<>', '>&', '<&', '&>', '&>>', '>|', '<<<']);

/** Unquoted newlines become `;`; backticks become `$(` … `)` (shell-quote reads neither). */
function normalise(command: string): string {
  let out = '';
  let quote: '"' | "'" | undefined;
  let backtickOpen = false;
  for (let i = 0; i < command.length; i++) {
    const c = command[i]!;
    if (c === '\\' && quote !== "'" && i + 1 < command.length) {
      const next = command[++i]!;
      out += next === '\n' ? '' : c + next;
      continue;
    }
    if (quote === "'") {
      if (c === "'") quote = undefined;
      out += c;
    } else if (c === '`') {
      out += backtickOpen ? ')' : '$(';
      backtickOpen = !backtickOpen;
    } else if (c === '"' || c === "'") {
      quote = quote === c ? undefined : (quote ?? c);
      out += c;
    } else out += c === '\n' && !quote ? ' ; ' : c;
  }
  return out;
}

/** `$( … )` spans inside a string, outermost only: [start of `$(`, end after `)`]. */
function substitutions(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < text.length - 1; i++) {
    if (text[i] !== '$' || text[i + 1] !== '(') continue;
    let depth = 0;
    let j = i + 1;
    for (; j < text.length; j++) {
      if (text[j] === '(') depth++;
      else if (text[j] === ')' && --depth === 0) break;
    }
    spans.push([i, Math.min(j + 1, text.length)]);
    i = j;
  }
  return spans;
}

/** The literal words a substitution prints, when it is `echo`/`printf` of literals; else undefined. */
function echoed(commands: readonly SimpleCommand[]): string | undefined {
  if (commands.length !== 1) return undefined;
  const [program, ...args] = commands[0]!.words;
  if (!program || !/^(echo|printf)$/.test(program.text) || args.some((a) => a.dynamic)) return undefined;
  return args
    .filter((a) => !a.text.startsWith('-'))
    .map((a) => a.text)
    .join(' ');
}

interface Builder {
  readonly out: SimpleCommand[];
  readonly depth: number;
}

/** A word from a string token: substitutions inside it are parsed (their commands added to `b.out`). */
function wordOf(text: string, glob: boolean, b: Builder): Word {
  const spans = substitutions(text);
  let dynamic = /\$[A-Za-z_{]|\$\d|^~/.test(text.replace(/\$\(/g, ''));
  if (spans.length === 0)
    return { text, glob: glob || /\[[^\]]{1,64}\]|\{[^}]{0,256},[^}]{0,256}\}/.test(text), dynamic };
  let result = '';
  let at = 0;
  for (const [start, end] of spans) {
    const inner = parseInto(text.slice(start + 2, end - 1), b);
    const literal = echoed(inner);
    if (literal === undefined) dynamic = true;
    result += text.slice(at, start) + (literal ?? '');
    at = end;
  }
  return { text: result + text.slice(at), glob, dynamic };
}

/** Parses `command` and appends its simple commands (substitutions' too) to `b.out`; returns its own top-level ones. */
function parseInto(command: string, b: Builder): SimpleCommand[] {
  if (b.depth > 8) return [];
  const inner: Builder = { out: b.out, depth: b.depth + 1 };
  const tokens: ParseEntry[] = parseShellWords(normalise(command.slice(0, MAX_INPUT)), (key) => `$${key}`);
  const mine: SimpleCommand[] = [];
  let words: Word[] = [];
  let redirects: Redirect[] = [];
  let piped: SimpleCommand | undefined;
  const end = (op: string | undefined) => {
    if (words.length > 0 || redirects.length > 0) {
      const cmd: SimpleCommand = { words, redirects, ...(piped ? { pipedFrom: piped } : {}) };
      mine.push(cmd);
      b.out.push(cmd);
      piped = op === '|' || op === '|&' ? cmd : undefined;
    } else piped = undefined;
    words = [];
    redirects = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (typeof t === 'string') {
      // `$` then `(`: shell-quote split a substitution; gather it to the matching `)`.
      const next = tokens[i + 1];
      if (t.endsWith('$') && typeof next === 'object' && 'op' in next && next.op === '(') {
        const [body, after] = gather(tokens, i + 2);
        const literal = echoed(parseInto(body, inner));
        words.push({ text: t.slice(0, -1) + (literal ?? ''), glob: false, dynamic: literal === undefined });
        i = after;
      } else words.push(wordOf(t, false, inner));
    } else if ('comment' in t) break;
    else if (t.op === 'glob') words.push(wordOf((t as { pattern: string }).pattern, true, inner));
    else if (t.op === '<(' || t.op === '>(') {
      const [body, after] = gather(tokens, i + 1);
      parseInto(body, inner);
      words.push({ text: '/dev/fd/63', glob: false, dynamic: true });
      i = after;
    } else if (REDIRECTS.has(t.op)) {
      const target = tokens[i + 1];
      if (typeof target === 'string') {
        redirects.push({ op: t.op, target: wordOf(target, false, inner) });
        i++;
      } else if (target && typeof target === 'object' && 'op' in target && target.op === 'glob') {
        redirects.push({ op: t.op, target: wordOf((target as { pattern: string }).pattern, true, inner) });
        i++;
      }
    } else if (SEPARATORS.has(t.op)) end(t.op);
  }
  end(undefined);
  return mine;
}

/** Tokens from `from` up to the `)` that closes the group, back as text, and the index of that `)`. */
function gather(tokens: readonly ParseEntry[], from: number): [string, number] {
  const parts: string[] = [];
  let depth = 1;
  let i = from;
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (typeof t === 'object' && 'op' in t) {
      if (t.op === '(' || t.op === '<(' || t.op === '>(') depth++;
      if (t.op === ')' && --depth === 0) break;
      parts.push(t.op === 'glob' ? (t as { pattern: string }).pattern : t.op);
    } else if (typeof t === 'string') parts.push(quoteBack(t));
  }
  return [parts.join(' '), i];
}

/** A word back as shell text that reads as the same word. */
function quoteBack(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Every simple command `command` runs, substitutions included, in order. */
export function parseShell(command: string): SimpleCommand[] {
  const b: Builder = { out: [], depth: 0 };
  parseInto(command, b);
  return b.out;
}
