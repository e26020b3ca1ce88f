import { ALLOW_MARKER } from '../detect/suppressions';

/** How a language writes a comment at the end of a line (or around it, for block-only languages). */
export interface CommentSyntax {
  readonly open: string;
  readonly close?: string;
}

const HASH: CommentSyntax = { open: '#' };
const SLASHES: CommentSyntax = { open: '//' };
const DASHES: CommentSyntax = { open: '--' };
const HTML: CommentSyntax = { open: '<!--', close: '-->' };
const BLOCK: CommentSyntax = { open: '/*', close: '*/' };

/** VS Code language ids → comment syntax. Unknown languages get `#`, the most common in config files. */
const BY_LANGUAGE: Record<string, CommentSyntax> = {
  javascript: SLASHES,
  javascriptreact: SLASHES,
  typescript: SLASHES,
  typescriptreact: SLASHES,
  java: SLASHES,
  kotlin: SLASHES,
  scala: SLASHES,
  groovy: SLASHES,
  go: SLASHES,
  rust: SLASHES,
  c: SLASHES,
  cpp: SLASHES,
  csharp: SLASHES,
  fsharp: SLASHES,
  swift: SLASHES,
  dart: SLASHES,
  php: SLASHES,
  jsonc: SLASHES,
  json5: SLASHES,
  scss: SLASHES,
  less: SLASHES,
  vue: SLASHES,
  svelte: SLASHES,
  'objective-c': SLASHES,
  proto: SLASHES,
  prisma: SLASHES,
  zig: SLASHES,
  python: HASH,
  ruby: HASH,
  shellscript: HASH,
  perl: HASH,
  r: HASH,
  yaml: HASH,
  toml: HASH,
  dockerfile: HASH,
  makefile: HASH,
  properties: HASH,
  dotenv: HASH,
  ini: HASH,
  terraform: HASH,
  hcl: HASH,
  powershell: HASH,
  elixir: HASH,
  nim: HASH,
  julia: HASH,
  coffeescript: HASH,
  ignore: HASH,
  sql: DASHES,
  lua: DASHES,
  haskell: DASHES,
  elm: DASHES,
  html: HTML,
  xml: HTML,
  markdown: HTML,
  svg: HTML,
  xsl: HTML,
  razor: HTML,
  css: BLOCK,
  bat: { open: 'REM' },
  vb: { open: "'" },
  clojure: { open: ';;' },
  lisp: { open: ';' },
  erlang: { open: '%' },
  latex: { open: '%' },
  tex: { open: '%' },
  matlab: { open: '%' },
  ocaml: { open: '(*', close: '*)' },
};

export function commentSyntaxFor(languageId: string): CommentSyntax | undefined {
  return BY_LANGUAGE[languageId];
}

/**
 * The text to append to a line to allow its finding, e.g. ` // ai-secret-guard:allow`.
 * Returns undefined for JSON, whose syntax has no comments: there the baseline is the way.
 */
export function allowCommentSuffix(languageId: string): string | undefined {
  if (languageId === 'json') return undefined;
  const syntax = BY_LANGUAGE[languageId] ?? HASH;
  return ` ${syntax.open} ${ALLOW_MARKER}${syntax.close ? ` ${syntax.close}` : ''}`;
}
