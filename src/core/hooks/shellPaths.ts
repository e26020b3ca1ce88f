import { parseShell, type SimpleCommand, type Word } from './shellParse';
import {
  FILE_OPTIONS,
  INLINE_CODE,
  programName,
  READERS,
  SHELLS,
  TIMEOUT_OPTIONS,
  WATCH_OPTIONS,
  WRAPPERS,
  WRITERS,
  XARGS_OPTIONS,
} from './shellPrograms';

/**
 * What a shell command would read, as far as its words tell without running it: files named to
 * readers, redirections and file options; the same inside `sh -c`, `eval`, wrappers (`sudo`,
 * `env`, `timeout`, `watch`, `xargs`, `busybox`, …), substitutions and `find -exec`; `dd if=`,
 * `git show REV:path`; path literals in interpreters' inline code (`python -c`, `node -e`, …);
 * glob words (to be expanded against the folder); and recursive readers (`grep -r`, `rg`, `tar c`,
 * `cp -r`, `git grep`) with the folders they walk. Unknowable: a path computed at run time
 * (`cat $FILE`, `cat $(make-path)`) or opened by a script file.
 */
export interface ShellReads {
  /** Files read, as written (relative to the command's working folder). */
  readonly paths: readonly string[];
  /** Glob words in a reading position: whatever they expand to is read. */
  readonly globs: readonly string[];
  /** Path-like literals in inline interpreter code. */
  readonly codePaths: readonly { readonly interpreter: string; readonly path: string }[];
  /** Folders walked by recursive readers; `hidden` false when the program skips dotfiles. */
  readonly recursive: readonly { readonly program: string; readonly dir: string; readonly hidden: boolean }[];
  /** Files written, moved or deleted (redirections, `tee`, `rm`, `mv`, `sed -i`, `dd of=`). */
  readonly writes: readonly string[];
}

interface Acc {
  paths: Set<string>;
  globs: Set<string>;
  codePaths: { interpreter: string; path: string }[];
  recursive: { program: string; dir: string; hidden: boolean }[];
  writes: Set<string>;
  depth: number;
}

const MAX_DEPTH = 6;

function addRead(acc: Acc, w: Word | undefined): void {
  if (!w || w.text === '' || w.text === '-' || w.text.includes('://')) return;
  if (w.glob) acc.globs.add(w.text);
  else if (!w.dynamic) acc.paths.add(w.text);
  else {
    // `$HOME/.env`, `~/.ssh/id_rsa`: the literal tail after the last variable still names the file.
    const tail = /(?:^~|\$\{?\w+\}?)\/([^$]+)$/.exec(w.text)?.[1];
    if (tail) acc.paths.add(w.text.startsWith('~') ? `~/${tail}` : tail);
  }
}

const lit = (text: string): Word => ({ text, glob: false, dynamic: false });

/** Index of the first word after a wrapper's options (and, for `timeout`, its duration). */
function skipOptions(words: readonly Word[], i: number, withValue: ReadonlySet<string>): number {
  while (i < words.length) {
    const w = words[i]!.text;
    if (w === '--') return i + 1;
    if (!w.startsWith('-') || w === '-') break;
    i += withValue.has(w) ? 2 : 1;
  }
  return i;
}

/** Path-like literals in code (quoted strings, bare words with a dot or slash), and quoted strings that read as commands (`os.system("cat .env")`). */
function codeLiterals(code: string): { paths: string[]; commands: string[] } {
  const found = new Set<string>();
  for (const m of code.matchAll(/(["'`])([^"'`\n]{1,256})\1/g)) found.add(m[2]!.trim());
  for (const m of code.matchAll(/(?:^|[\s(,=])((?:~|\.{1,2})?\/?[\w.-]{0,128}(?:\/[\w.-]{1,128}){0,16})/g))
    if (/[./]/.test(m[1]!)) found.add(m[1]!);
  const all = [...found].filter((s) => s.length > 0);
  return { paths: all.filter((s) => !/\s/.test(s)), commands: all.filter((s) => /\s/.test(s)) };
}

function visitGit(words: readonly Word[], acc: Acc): void {
  let i = 1;
  while (i < words.length && words[i]!.text.startsWith('-')) i += /^-(C|c)$/.test(words[i]!.text) ? 2 : 1;
  const sub = words[i]?.text;
  const rest = words.slice(i + 1);
  if (sub === 'grep' || sub === 'archive') acc.recursive.push({ program: `git ${sub}`, dir: '.', hidden: true });
  for (const w of rest) {
    // `git show :.env`, `HEAD:.env`, `:0:.env`, `stash@{0}:.env`.
    const m = /^(?:[^:\s-][^:\s]{0,200})?:(?:[0-3]:)?([^:]+)$/.exec(w.text);
    if (m && sub !== 'push' && sub !== 'fetch' && sub !== 'remote' && sub !== 'clone') addRead(acc, lit(m[1]!));
  }
  if (sub === 'diff' && rest.some((w) => w.text === '--no-index'))
    for (const w of rest.filter((x) => !x.text.startsWith('-'))) addRead(acc, w);
}

/** `find ROOTS… EXPR`: with `-exec`/`-ok` of a reader, every file it matches is read. */
function visitFind(words: readonly Word[], acc: Acc): void {
  const roots: Word[] = [];
  let i = 1;
  for (; i < words.length && !/^[-(!]/.test(words[i]!.text); i++) roots.push(words[i]!);
  for (let j = i; j < words.length; j++) {
    if (!/^-(exec|execdir|ok|okdir)$/.test(words[j]!.text)) continue;
    let k = j + 1;
    while (k < words.length && words[k]!.text !== ';' && words[k]!.text !== '+') k++;
    const sub = words.slice(j + 1, k);
    const probe: Acc = {
      ...acc,
      paths: new Set(),
      globs: new Set(),
      codePaths: [],
      recursive: [],
      writes: new Set(),
      depth: acc.depth + 1,
    };
    visit(
      sub.map((w) => (w.text === '{}' ? lit('{}') : w)),
      probe,
    );
    const reads =
      probe.paths.has('{}') ||
      probe.recursive.length > 0 ||
      probe.codePaths.length > 0 ||
      SHELLS.has(programName(sub[0]?.text ?? ''));
    probe.paths.delete('{}');
    merge(acc, probe);
    if (reads)
      for (const r of roots.length > 0 ? roots : [lit('.')])
        acc.recursive.push({ program: `find -exec ${sub[0]?.text ?? ''}`, dir: r.text, hidden: true });
    j = k;
  }
}

function merge(into: Acc, from: Acc): void {
  for (const p of from.paths) into.paths.add(p);
  for (const g of from.globs) into.globs.add(g);
  for (const w of from.writes) into.writes.add(w);
  into.codePaths.push(...from.codePaths);
  into.recursive.push(...from.recursive);
}

function recurseText(text: string, acc: Acc): void {
  if (acc.depth >= MAX_DEPTH) return;
  const inner = { ...acc, depth: acc.depth + 1 };
  for (const cmd of parseShell(text)) visitCommand(cmd, inner);
}

/** Recursive readers' operands: the folders walked. `patternFirst`: the first operand is a search pattern. */
function recursiveOperands(
  program: string,
  args: readonly Word[],
  patternFirst: boolean,
  hidden: boolean,
  acc: Acc,
): void {
  const hasPatternOption = args.some((a) => /^(-e|-f|--regexp|--file)(=|$)/.test(a.text));
  const operands = args.filter((a) => !a.text.startsWith('-'));
  const dirs = operands.slice(patternFirst && !hasPatternOption ? 1 : 0);
  for (const d of dirs.length > 0 ? dirs : [lit('.')]) acc.recursive.push({ program, dir: d.text, hidden });
}

function visitRecursive(program: string, args: readonly Word[], acc: Acc): boolean {
  const flags = args.filter((a) => a.text.startsWith('-')).map((a) => a.text);
  const short = (letters: RegExp) => flags.some((f) => /^-[A-Za-z]+$/.test(f) && letters.test(f.slice(1)));
  if (
    /^(e|f|z)?grep$/.test(program) &&
    (short(/[rR]/) || flags.some((f) => /^--(recursive|dereference-recursive|directories=recurse)$/.test(f)))
  ) {
    recursiveOperands(`${program} -r`, args, true, true, acc);
    return true;
  }
  if (program === 'rg' || program === 'ag' || program === 'ack') {
    const hidden = program === 'ack' || flags.some((f) => /^(--hidden|--unrestricted|-\.|-u{1,3})$/.test(f));
    recursiveOperands(program, args, !flags.some((f) => /^--files$/.test(f)), hidden, acc);
    return true;
  }
  const tarCreate =
    program === 'tar' &&
    (flags.some((f) => /^(-[A-Za-z]*c|--create)/.test(f)) || /^[A-Za-z]*c[A-Za-z]*$/.test(args[0]?.text ?? ''));
  if (tarCreate) {
    const rest = args.filter(
      (a, i) =>
        !(i > 0 && /^-[A-Za-z]*f$/.test(args[i - 1]!.text)) &&
        !a.text.startsWith('-') &&
        !(a === args[0] && /^[A-Za-z]+$/.test(a.text)),
    );
    for (const d of rest) acc.recursive.push({ program: 'tar c', dir: d.text, hidden: true });
    return true;
  }
  if (
    /^(cp|scp|rsync|zip)$/.test(program) &&
    (short(/[rRa]/) || flags.some((f) => /^--(recursive|archive)$/.test(f)))
  ) {
    const operands = args.filter((a) => !a.text.startsWith('-'));
    const sources = program === 'zip' ? operands.slice(1) : operands.slice(0, -1);
    for (const d of sources) acc.recursive.push({ program: `${program} -r`, dir: d.text, hidden: true });
    return true;
  }
  return false;
}

/** One simple command: unwraps wrappers, then reads its program's arguments. */
function visit(words: readonly Word[], acc: Acc, cmd?: SimpleCommand): void {
  let i = 0;
  while (i < words.length && /^[A-Za-z_]\w*=/.test(words[i]!.text)) i++;
  for (let guard = 0; guard < 16 && i < words.length; guard++) {
    const name = programName(words[i]!.text);
    if (name === 'env') {
      i = skipOptions(words, i + 1, WRAPPERS['env']!);
      while (i < words.length && /^[A-Za-z_]\w*=/.test(words[i]!.text)) i++;
    } else if (name === 'timeout') i = skipOptions(words, i + 1, TIMEOUT_OPTIONS) + 1;
    else if (name === 'watch')
      return recurseText(
        words
          .slice(skipOptions(words, i + 1, WATCH_OPTIONS))
          .map((w) => w.text)
          .join(' '),
        acc,
      );
    else if (name === 'xargs') {
      const from = i + 1;
      i = skipOptions(words, from, XARGS_OPTIONS);
      const argFile = words.slice(from, i).findIndex((w) => w.text === '-a' || w.text === '--arg-file');
      if (argFile >= 0) addRead(acc, words[from + argFile + 1]);
      // `echo .env | xargs cat`, `find . -name .env | xargs cat`: the piped words are its arguments.
      const fed = cmd?.pipedFrom ? pipedWords(cmd.pipedFrom) : [];
      return visit([...words.slice(i), ...fed], acc);
    } else if (Object.hasOwn(WRAPPERS, name)) i = skipOptions(words, i + 1, WRAPPERS[name]!);
    else break;
  }
  const program = programName(words[i]?.text ?? '');
  const args = words.slice(i + 1);
  if (!program) return;
  if (SHELLS.has(program)) {
    const c = args.findIndex((a) => /^-[a-z]*c[a-z]*$/.test(a.text));
    if (c >= 0 && args[c + 1]) return recurseText(args[c + 1]!.text, acc);
    return addRead(
      acc,
      args.find((a) => !a.text.startsWith('-')),
    );
  }
  if (program === 'eval') return recurseText(args.map((a) => a.text).join(' '), acc);
  if (Object.hasOwn(INLINE_CODE, program)) return visitInterpreter(program, args, acc);
  if (program === 'git') return visitGit(words.slice(i), acc);
  if (program === 'find') return visitFind(words.slice(i), acc);
  if (program === 'dd') {
    for (const a of args) if (a.text.startsWith('if=')) addRead(acc, { ...a, text: a.text.slice(3) });
    for (const a of args) if (a.text.startsWith('of=')) acc.writes.add(a.text.slice(3));
    return;
  }
  if (visitRecursive(program, args, acc)) return;
  visitOperands(program, args, acc);
}

function visitInterpreter(program: string, args: readonly Word[], acc: Acc): void {
  const codeOptions = INLINE_CODE[program]!;
  // `perl -ne`, `ruby -pe`: the code option may close a cluster of flags.
  const c = args.findIndex(
    (a) =>
      codeOptions.has(a.text.toLowerCase()) ||
      ((program === 'perl' || program === 'ruby') && /^-[a-zA-Z]{0,6}[eE]$/.test(a.text)),
  );
  if (c >= 0 && args[c + 1]) {
    const { paths, commands } = codeLiterals(args[c + 1]!.text);
    for (const p of paths) acc.codePaths.push({ interpreter: program, path: p });
    for (const command of commands) recurseText(command, acc);
    // `perl -i -pe ... file`, `node -e ... file`: the operands after the code are files too.
    for (const a of args.slice(c + 2)) if (!a.text.startsWith('-')) addRead(acc, a);
    return;
  }
  // A script operand is run, and a file that is not a script shows up in the error it prints.
  const operand = args.find((a) => !a.text.startsWith('-'));
  if (program !== 'awk') addRead(acc, operand);
  else visitOperands('awk', args.slice(1), acc);
}

function visitOperands(program: string, args: readonly Word[], acc: Acc): void {
  const reads = READERS.has(program);
  for (let j = 0; j < args.length; j++) {
    const w = args[j]!;
    if (w.text.startsWith('@')) addRead(acc, { ...w, text: w.text.slice(1) });
    else if (w.text.includes('=@')) addRead(acc, { ...w, text: w.text.slice(w.text.indexOf('=@') + 2) });
    else if (program === 'curl' && (w.text === '-T' || w.text === '-d' || w.text === '-F')) {
      const v = args[++j];
      if (v && (w.text === '-T' || v.text.startsWith('@') || v.text.includes('=@')))
        addRead(acc, { ...v, text: v.text.replace(/^.*?@/, '') });
    } else if (w.text.startsWith('-')) {
      const eq = w.text.indexOf('=');
      const name = eq === -1 ? w.text : w.text.slice(0, eq);
      if (FILE_OPTIONS.has(name)) {
        const value = eq === -1 ? args[++j] : { ...w, text: w.text.slice(eq + 1) };
        if (value) addRead(acc, { ...value, text: value.text.replace(/^@/, '') });
      }
    } else if (reads) addRead(acc, w);
  }
  if (
    WRITERS.has(program) ||
    (program === 'sed' && args.some((a) => /^-[a-zA-Z]*i/.test(a.text) || a.text === '--in-place'))
  ) {
    for (const a of args) if (!a.text.startsWith('-') && !a.dynamic) acc.writes.add(a.text);
  }
  if (program === 'cp' || program === 'install' || program === 'ln') {
    const last = [...args].reverse().find((a) => !a.text.startsWith('-'));
    if (last) acc.writes.add(last.text);
  }
}

/** The words a command prints for a pipe, when they are literals: `echo a b`, `find . -name a`, `ls a`. */
function pipedWords(from: SimpleCommand): Word[] {
  const [first, ...rest] = from.words;
  const program = programName(first?.text ?? '');
  if (program === 'echo' || program === 'printf' || program === 'ls')
    return rest.filter((w) => !w.text.startsWith('-'));
  if (program === 'find') {
    const names = rest.flatMap((w, i) =>
      /^-(i?name|path|wholename)$/.test(w.text) && rest[i + 1] ? [rest[i + 1]!] : [],
    );
    return names.map((n) => ({ ...n, glob: n.glob || /[*?[]/.test(n.text) }));
  }
  return [];
}

function visitCommand(cmd: SimpleCommand, acc: Acc): void {
  for (const r of cmd.redirects) {
    if (r.op === '<' || r.op === '<>') addRead(acc, r.target);
    else if (r.op !== '<<<' && r.op !== '<&' && r.op !== '>&' && !r.target.dynamic) acc.writes.add(r.target.text);
  }
  visit(cmd.words, acc, cmd);
}

/** What `command` reads and writes (see ShellReads). */
export function analyseShell(command: string): ShellReads {
  const acc: Acc = { paths: new Set(), globs: new Set(), codePaths: [], recursive: [], writes: new Set(), depth: 0 };
  for (const cmd of parseShell(command)) visitCommand(cmd, acc);
  return {
    paths: [...acc.paths],
    globs: [...acc.globs],
    codePaths: acc.codePaths,
    recursive: acc.recursive,
    writes: [...acc.writes],
  };
}

/** The files a shell command names as files it reads (as written; relative to its working folder). */
export function shellReadPaths(command: string): string[] {
  return [...analyseShell(command).paths];
}
