/**
 * What shell programs do with their arguments, as data: which read the files they name, which run
 * another command (wrappers), which take inline code, and how many values their options take.
 */

/** Programs whose operands are files they read (or copy elsewhere, which exposes them as well). */
export const READERS = new Set([
  'cat',
  'tac',
  'nl',
  'less',
  'more',
  'most',
  'head',
  'tail',
  'bat',
  'batcat',
  'view',
  'vim',
  'vi',
  'nvim',
  'nano',
  'emacs',
  'vimdiff',
  'grep',
  'egrep',
  'fgrep',
  'zgrep',
  'awk',
  'gawk',
  'mawk',
  'sed',
  'cut',
  'sort',
  'uniq',
  'wc',
  'strings',
  'xxd',
  'od',
  'pr',
  'rev',
  'expand',
  'look',
  'split',
  'hexdump',
  'base64',
  'base32',
  'jq',
  'yq',
  'diff',
  'cmp',
  'comm',
  'paste',
  'column',
  'fold',
  'fmt',
  'iconv',
  'tr',
  'join',
  'md5sum',
  'sha256sum',
  'cp',
  'mv',
  'scp',
  'rsync',
  'zip',
  'gzip',
  'bzip2',
  'xz',
  'zstd',
  'zcat',
  'bzcat',
  'xzcat',
  'zstdcat',
  'zless',
  'openssl',
  'gpg',
  'source',
  '.',
  'dotenv',
  'type',
  'get-content',
  'gc',
  'select-string',
  'copy',
  'copy-item',
  'tee',
  'ssh-keygen',
  'envsubst',
  'install',
  'ln',
]);

/** Programs that run the rest of their words as a command, with the options each takes a value for. */
export const WRAPPERS: Readonly<Record<string, ReadonlySet<string>>> = {
  sudo: new Set(['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U', '--user', '--group', '--chdir']),
  doas: new Set(['-u', '-C']),
  env: new Set(['-u', '-C', '--unset', '--chdir']),
  nice: new Set(['-n', '--adjustment']),
  ionice: new Set(['-c', '-n', '-p', '-P', '-u']),
  nohup: new Set(),
  time: new Set(['-f', '-o', '--format', '--output']),
  command: new Set(),
  exec: new Set(['-a']),
  builtin: new Set(),
  stdbuf: new Set(['-i', '-o', '-e']),
  unbuffer: new Set(),
  chrt: new Set(),
  taskset: new Set(),
  setsid: new Set(),
  flock: new Set(['-w', '-E']),
  busybox: new Set(),
  toybox: new Set(),
  strace: new Set(['-e', '-o', '-p', '-s']),
  ltrace: new Set(['-e', '-o', '-p', '-s']),
  npx: new Set(['-p', '--package']),
  'run-one': new Set(),
};

/** `timeout [options] DURATION command`. */
export const TIMEOUT_OPTIONS = new Set(['-s', '-k', '--signal', '--kill-after']);
/** `watch [options] command…`: the rest is run with `sh -c`. */
export const WATCH_OPTIONS = new Set(['-n', '--interval', '-d', '--differences']);
/** `xargs [options] command…`: options with a value; `-a FILE` reads FILE. */
export const XARGS_OPTIONS = new Set([
  '-I',
  '-i',
  '-n',
  '-P',
  '-d',
  '-L',
  '-l',
  '-E',
  '-e',
  '-s',
  '-a',
  '--arg-file',
  '--delimiter',
  '--max-args',
  '--max-procs',
  '--replace',
]);

export const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'ash', 'mksh', 'fish', 'busybox-sh']);

/** Interpreters and the options that take a program text. */
export const INLINE_CODE: Readonly<Record<string, ReadonlySet<string>>> = {
  python: new Set(['-c']),
  node: new Set(['-e', '--eval', '-p', '--print']),
  nodejs: new Set(['-e', '--eval', '-p', '--print']),
  deno: new Set(['eval']),
  bun: new Set(['-e', '--eval', '-p', '--print']),
  perl: new Set(['-e', '-E']),
  ruby: new Set(['-e']),
  php: new Set(['-r']),
  lua: new Set(['-e']),
  rscript: new Set(['-e']),
  pwsh: new Set(['-c', '-command']),
  powershell: new Set(['-c', '-command']),
  osascript: new Set(['-e']),
  awk: new Set(),
};

/** Options whose value is a file that is read, whatever the program (`docker run --env-file .env`). */
export const FILE_OPTIONS = new Set([
  '--env-file',
  '--dotenv',
  '--secret-file',
  '--data-binary',
  '--data',
  '--data-raw',
  '--upload-file',
  '--input',
  '--file',
  '--post-file',
  '--body-file',
  '--from-file',
  '--from-env-file',
]);

/** Programs that delete, move or overwrite the files they name. */
export const WRITERS = new Set(['rm', 'mv', 'truncate', 'shred', 'unlink', 'tee']);

/** `python3.12` → `python`, `/usr/bin/node` → `node`, `Get-Content` → `get-content`. */
export function programName(word: string): string {
  const base = (word.split(/[\\/]/).pop() ?? word).toLowerCase().replace(/\.exe$/, '');
  return /^python[\d.]*$/.test(base)
    ? 'python'
    : /^(perl|ruby|php|lua)[\d.]+$/.test(base)
      ? base.replace(/[\d.]+$/, '')
      : base;
}
