/**
 * The files a shell command would read, as far as its words tell: arguments of programs that read
 * or copy files, input redirections, `@file` arguments and `--env-file` values. A best-effort
 * reading, not a shell parser: `cat $(echo .env)`, globs and scripts that open files themselves
 * are not seen. Writing to a file (`echo .env >> .gitignore`) is not reading it.
 */

/** Programs whose operands are files they read (or copy elsewhere, which exposes them as well). */
const READERS = new Set([
  'cat', 'tac', 'nl', 'less', 'more', 'most', 'head', 'tail', 'bat', 'batcat', 'view', 'vim', 'vi', 'nano', 'emacs',
  'grep', 'egrep', 'fgrep', 'rg', 'ag', 'ack', 'awk', 'gawk', 'sed', 'cut', 'sort', 'uniq', 'wc', 'strings', 'xxd', 'od',
  'hexdump', 'base64', 'base32', 'jq', 'yq', 'diff', 'cmp', 'comm', 'paste', 'column', 'fold', 'fmt', 'iconv', 'tr',
  'cp', 'mv', 'scp', 'rsync', 'tar', 'zip', 'gzip', 'bzip2', 'xz', 'zcat', 'openssl', 'gpg', 'source', '.', 'dotenv',
  'type', 'get-content', 'gc', 'select-string', 'copy', 'copy-item', 'xargs', 'tee', 'ssh-keygen',
]);
/** Words that run the next word as a program. */
const PREFIXES = new Set(['sudo', 'env', 'command', 'exec', 'nohup', 'time', 'nice', 'doas']);
/** Options whose value is a file that is read, whatever the program (`docker run --env-file .env`). */
const FILE_OPTIONS = new Set(['--env-file', '--dotenv', '--secret-file', '--data-binary', '--data', '--upload-file', '--input', '--file']);

/** Splits a command into simple commands (at `;`, `&&`, `||`, `|`, `&`, newlines, `$(`, backticks) and words; quotes are removed. */
function simpleCommands(command: string): string[][] {
  const commands: string[][] = [];
  let words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  const endWord = () => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  const endCommand = () => {
    endWord();
    if (words.length > 0) commands.push(words);
    words = [];
  };
  for (let i = 0; i < command.length; i++) {
    const c = command[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"' && i + 1 < command.length) word += command[++i];
      else word += c;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < command.length) {
      word += command[++i];
      inWord = true;
    } else if (c === ';' || c === '|' || c === '&' || c === '\n' || c === '`' || c === '(' || c === ')') {
      endCommand();
    } else if (c === '<' || c === '>') {
      endWord();
      // Keep redirections as their own words: `<` reads the next word, `>`/`>>` write it.
      const op = c === '>' && command[i + 1] === '>' ? '>>' : c;
      if (op === '>>') i++;
      words.push(op);
    } else if (c === ' ' || c === '\t' || c === '\r') {
      endWord();
    } else {
      word += c;
      inWord = true;
    }
  }
  endCommand();
  return commands;
}

function baseName(word: string): string {
  const parts = word.split(/[\\/]/);
  return (parts[parts.length - 1] ?? word).toLowerCase();
}

/** Paths a shell command names as files it reads (as written; relative paths are relative to its working folder). */
export function shellReadPaths(command: string): string[] {
  const found = new Set<string>();
  const add = (w: string | undefined) => {
    if (!w || w.includes('$') || w.includes('://') || w === '-') return;
    found.add(w);
  };
  for (const words of simpleCommands(command)) {
    let i = 0;
    while (i < words.length && (/^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i]!) || PREFIXES.has(baseName(words[i]!)))) i++;
    const program = words[i] !== undefined ? baseName(words[i]!) : '';
    const reads = READERS.has(program);
    for (let j = i + 1; j < words.length; j++) {
      const w = words[j]!;
      if (w === '<') add(words[++j]);
      else if (w === '>' || w === '>>') j++;
      else if (w.startsWith('@')) add(w.slice(1));
      else if (w.includes('=@')) add(w.slice(w.indexOf('=@') + 2));
      else if (program === 'curl' && w === '-T') add(words[++j]);
      else if (w.startsWith('-')) {
        const eq = w.indexOf('=');
        const name = eq === -1 ? w : w.slice(0, eq);
        if (FILE_OPTIONS.has(name)) {
          const value = eq === -1 ? words[++j] : w.slice(eq + 1);
          add(value?.startsWith('@') ? value.slice(1) : value);
        }
      } else if (reads) add(w);
    }
  }
  return [...found];
}
