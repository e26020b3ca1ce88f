/**
 * "Replace with environment variable": the hard-coded literal becomes a read of the variable in
 * the idiom of the file's language, and the imports that idiom needs are added. Pure: text and
 * offsets in, edits out. The value itself is moved by the caller (see dotenv.ts).
 */

export interface TextReplacement {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface EnvFixTarget {
  /** VS Code language id of the document (a notebook cell's own language). */
  readonly languageId: string;
  /** Path of the file, forward slashes (workspace-relative or absolute): picks workflows, `.tf` files, `.env`. */
  readonly path: string;
  /** Kubernetes Secret the manifest should reference (default `app-secrets`). */
  readonly kubernetesSecret?: string;
}

export type EnvFix =
  | { readonly ok: true; readonly edits: readonly TextReplacement[]; readonly reference: string }
  | { readonly ok: false; readonly reason: string };

type Flavor =
  | 'js'
  | 'python'
  | 'go'
  | 'jvm'
  | 'csharp'
  | 'ruby'
  | 'php'
  | 'rust'
  | 'shell'
  | 'actions'
  | 'kubernetes'
  | 'terraform'
  | 'dotenv';

const JS_LANGUAGES = new Set([
  'javascript',
  'javascriptreact',
  'typescript',
  'typescriptreact',
  'vue',
  'svelte',
  'astro',
]);
const JVM_LANGUAGES = new Set(['java', 'kotlin', 'scala', 'groovy']);
const INTERPOLATING_CONFIG = new Set([
  'shellscript',
  'dockerfile',
  'dockercompose',
  'yaml',
  'properties',
  'ini',
  'makefile',
]);

function flavorOf(target: EnvFixTarget, text: string): Flavor | undefined {
  const { languageId, path } = target;
  if (JS_LANGUAGES.has(languageId)) return 'js';
  if (languageId === 'python') return 'python';
  if (languageId === 'go') return 'go';
  if (JVM_LANGUAGES.has(languageId)) return 'jvm';
  if (languageId === 'csharp') return 'csharp';
  if (languageId === 'ruby') return 'ruby';
  if (languageId === 'php') return 'php';
  if (languageId === 'rust') return 'rust';
  if (languageId === 'terraform' || languageId === 'hcl' || /\.tf$/.test(path)) return 'terraform';
  if (languageId === 'dotenv' || /(^|\/)\.env(\.[^/]*)?$/.test(path)) return 'dotenv';
  if (languageId === 'yaml' || languageId === 'github-actions-workflow') {
    if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return 'actions';
    if (/^\s*apiVersion:/m.test(text) && /^\s*kind:\s*\S/m.test(text)) return 'kubernetes';
  }
  if (INTERPOLATING_CONFIG.has(languageId)) return 'shell';
  return undefined;
}

/** The expression that reads the variable, where it replaces a whole literal. */
function expressionFor(flavor: Flavor, name: string, text: string): string {
  switch (flavor) {
    case 'js':
      return /\bimport\.meta\.env\b/.test(text) ? `import.meta.env.${name}` : `process.env.${name}`;
    case 'python':
      return `os.environ["${name}"]`;
    case 'go':
      return `os.Getenv("${name}")`;
    case 'jvm':
      return `System.getenv("${name}")`;
    case 'csharp':
      return `Environment.GetEnvironmentVariable("${name}")`;
    case 'ruby':
      return `ENV["${name}"]`;
    case 'php':
      return `getenv('${name}')`;
    case 'rust':
      // env::var returns a Result: fail loudly and by name rather than run with an empty secret.
      return `std::env::var("${name}").expect("${name} is not set")`;
    case 'actions':
      return `\${{ secrets.${name} }}`;
    case 'terraform':
      return `var.${name.toLowerCase()}`;
    case 'shell':
    case 'kubernetes':
      return `\${${name}}`;
    case 'dotenv':
      return '';
  }
}

export interface Literal {
  /** Offset of the opening quote. */
  readonly open: number;
  /** Offset of the closing quote. */
  readonly close: number;
  readonly quote: string;
  /** A string prefix such as Python's `f`, `r`, `b`. */
  readonly prefix: string;
}

/** The quoted literal on the secret's line that contains it, if any. */
export function enclosingLiteral(text: string, start: number, end: number): Literal | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  for (let open = start - 1; open >= lineStart; open--) {
    const quote = text[open]!;
    if (quote !== '"' && quote !== "'" && quote !== '`') continue;
    const close = text.indexOf(quote, end);
    if (close < 0 || close >= lineEnd) continue;
    const prefix = /[rbfuRBFU]{0,2}$/.exec(text.slice(lineStart, open))![0];
    return { open, close, quote, prefix };
  }
  return undefined;
}

/** Where `import os` (or the language's equivalent) goes, or no edit when it is there already. */
function importEdit(flavor: Flavor, text: string): TextReplacement | undefined {
  if (flavor === 'python') {
    if (/^\s*import\s+(?:[\w.]+\s*,\s*)*os\b/m.test(text)) return undefined;
    // After a shebang, encoding line, module docstring and `from __future__` imports.
    const header =
      /^(?:#![^\n]*\n)?(?:#[^\n]*coding[^\n]*\n)?(?:[ \t]*(?:"""[\s\S]*?"""|'''[\s\S]*?''')[ \t]*\n)?(?:from __future__ import[^\n]*\n)*/.exec(
        text,
      )![0];
    return { start: header.length, end: header.length, newText: 'import os\n' };
  }
  if (flavor === 'go') {
    if (/^\s*"os"\s*$/m.test(text) || /^import\s+"os"/m.test(text)) return undefined;
    const block = /^import\s*\(\s*\n/m.exec(text);
    if (block) return { start: block.index + block[0].length, end: block.index + block[0].length, newText: '\t"os"\n' };
    const pkg = /^package\s+\w+[^\n]*\n/m.exec(text);
    const at = pkg ? pkg.index + pkg[0].length : 0;
    return { start: at, end: at, newText: '\nimport "os"\n' };
  }
  if (flavor === 'csharp') {
    if (/^\s*using\s+System\s*;/m.test(text) || /^\s*global\s+using\s+System\s*;/m.test(text)) return undefined;
    return { start: 0, end: 0, newText: 'using System;\n' };
  }
  return undefined;
}

function terraformVariableEdit(text: string, name: string): TextReplacement | undefined {
  const variable = name.toLowerCase();
  if (new RegExp(`^\\s*variable\\s+"${variable}"`, 'm').test(text)) return undefined;
  const separator = text === '' || text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
  return {
    start: text.length,
    end: text.length,
    newText: `${separator}variable "${variable}" {\n  type      = string\n  sensitive = true\n}\n`,
  };
}

/** `  value: "secret"` in a container's env list → a secretKeyRef to the same variable. */
function kubernetesEdit(
  text: string,
  start: number,
  end: number,
  name: string,
  secret: string,
): TextReplacement | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const m = /^([ \t]*)(-[ \t]+)?value:[ \t]*["']?$/.exec(text.slice(lineStart, start));
  if (!m) return undefined;
  const closing = text[end] === '"' || text[end] === "'" ? 1 : 0;
  const indent = m[1]! + (m[2] ? ' '.repeat(m[2].length) : '');
  const keyStart = lineStart + m[1]!.length + (m[2]?.length ?? 0);
  return {
    start: keyStart,
    end: end + closing,
    newText: `valueFrom:\n${indent}  secretKeyRef:\n${indent}    name: ${secret}\n${indent}    key: ${name}`,
  };
}

/** Replaces the secret inside a longer literal by interpolating the variable, where the language can. */
function partialEdit(
  flavor: Flavor,
  text: string,
  literal: Literal,
  start: number,
  end: number,
  name: string,
): TextReplacement | string {
  const before = text.slice(literal.open + 1, start);
  const after = text.slice(end, literal.close);
  const whole = { start: literal.open - literal.prefix.length, end: literal.close + 1 };
  switch (flavor) {
    case 'js': {
      const expr = expressionFor('js', name, text);
      if (literal.quote === '`') return { start, end, newText: `\${${expr}}` };
      const escape = (s: string) =>
        s
          .replace(/\\(["'])/g, '$1')
          .replace(/`/g, '\\`')
          .replace(/\$\{/g, '\\${');
      return { ...whole, newText: `\`${escape(before)}\${${expr}}${escape(after)}\`` };
    }
    case 'python': {
      if (/[bB]/.test(literal.prefix)) return 'the secret is inside a bytes literal';
      const inner = literal.quote === '"' ? `os.environ['${name}']` : `os.environ["${name}"]`;
      if (/[fF]/.test(literal.prefix)) return { start, end, newText: `{${inner}}` };
      const escape = (s: string) => s.replace(/[{}]/g, (c) => c + c);
      return {
        ...whole,
        newText: `f${literal.prefix}${literal.quote}${escape(before)}{${inner}}${escape(after)}${literal.quote}`,
      };
    }
    case 'ruby':
      return literal.quote === '"'
        ? { start, end, newText: `#{ENV["${name}"]}` }
        : 'single-quoted Ruby strings do not interpolate';
    case 'terraform':
      return literal.quote === '"'
        ? { start, end, newText: `\${var.${name.toLowerCase()}}` }
        : 'the secret is inside a literal Terraform cannot interpolate';
    case 'actions':
      return { start, end, newText: `\${{ secrets.${name} }}` };
    case 'shell':
    case 'kubernetes':
      return literal.quote === "'" && flavor === 'shell'
        ? 'single-quoted shell strings do not expand variables'
        : { start, end, newText: `\${${name}}` };
    default:
      return 'the secret is part of a longer string; split the string by hand';
  }
}

/**
 * Edits that replace the secret at [start, end) with a read of environment variable `name`
 * (for Terraform, variable `name` lower-cased, declared `sensitive`), plus the import the
 * language needs. Refuses, with a reason, where no correct rewrite exists.
 */
export function envReferenceFix(text: string, start: number, end: number, name: string, target: EnvFixTarget): EnvFix {
  const flavor = flavorOf(target, text);
  if (!flavor) return { ok: false, reason: `no environment-variable form is known for ${target.languageId} files` };
  if (flavor === 'dotenv' && /(^|\/)\.env$/.test(target.path))
    return { ok: false, reason: 'the value is already in .env; use a secret-manager reference instead' };
  if (flavor === 'terraform' && /\.tfvars$/.test(target.path))
    return {
      ok: false,
      reason: '.tfvars files hold values by design; keep this one out of git, or use a secret-manager reference',
    };

  const edits: TextReplacement[] = [];
  const literal = enclosingLiteral(text, start, end);
  const isWhole = literal !== undefined && literal.open === start - 1 && literal.close === end;
  let reference: string;

  if (flavor === 'kubernetes') {
    const edit = kubernetesEdit(text, start, end, name, target.kubernetesSecret ?? 'app-secrets');
    if (edit) {
      edits.push(edit);
      reference = `secretKeyRef ${target.kubernetesSecret ?? 'app-secrets'}/${name}`;
      return { ok: true, edits, reference };
    }
  }
  if (isWhole) {
    reference = expressionFor(flavor, name, text);
    const replaceQuotes = !['shell', 'kubernetes', 'actions', 'dotenv'].includes(flavor);
    edits.push(
      replaceQuotes
        ? { start: literal.open - literal.prefix.length, end: literal.close + 1, newText: reference }
        : { start, end, newText: reference },
    );
  } else if (literal) {
    const edit = partialEdit(flavor, text, literal, start, end, name);
    if (typeof edit === 'string') return { ok: false, reason: edit };
    edits.push(edit);
    reference = edit.newText;
  } else if (['shell', 'kubernetes', 'actions', 'dotenv'].includes(flavor)) {
    reference = expressionFor(flavor, name, text);
    edits.push({ start, end, newText: reference });
  } else {
    return { ok: false, reason: 'the secret is not a string literal' };
  }

  const imported = importEdit(flavor, text);
  if (imported && (flavor !== 'python' || reference.includes('os.environ'))) edits.push(imported);
  if (flavor === 'terraform') {
    const declaration = terraformVariableEdit(text, name);
    if (declaration) edits.push(declaration);
  }
  edits.sort((a, b) => a.start - b.start);
  return { ok: true, edits, reference };
}

/** Applies non-overlapping edits to a text (for tests and previews). */
export function applyReplacements(text: string, edits: readonly TextReplacement[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
