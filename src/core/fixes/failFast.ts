/**
 * "Fail fast instead of falling back": an environment read with a literal fallback
 * (`process.env.JWT_SECRET || "…"`, `os.getenv("JWT_SECRET", "…")`, `${JWT_SECRET:-…}`) becomes a
 * read that stops the program when the variable is missing, in the idiom of the file's language.
 * Pure: text and offsets in, edits out.
 */
import { applyReplacements, enclosingLiteral, type TextReplacement } from './envReference';

export { applyReplacements };

export interface FailFastTarget {
  /** VS Code language id of the document. */
  readonly languageId: string;
  /** Path of the file, forward slashes. */
  readonly path: string;
}

export type FailFastFix =
  | { readonly ok: true; readonly edits: readonly TextReplacement[]; readonly name: string; readonly reference: string }
  | { readonly ok: false; readonly reason: string };

/** The fallback expression around a literal: where it stands, the variable, and how it reads it. */
interface Fallback {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  /** `read`: a read then an operator (`||`, `??`, `or`, `?:`, `.orElse(`); `getter`: a call with a default; `shell`: `${X:-…}`. */
  readonly form: 'read' | 'getter' | 'shell';
  /** The read (`process.env.X`, `os.getenv("X")`) or the getter's callee (`os.getenv`, `ENV.fetch`). */
  readonly head: string;
  /** The operator (`||`, `??`, `or`, `?:`, `.orElse(`, or the shell's `:-`). */
  readonly op: string;
}

const READ_BEFORE =
  /((?:process\.env|import\.meta\.env|Bun\.env)\.([A-Za-z_]\w{0,90})|(?:process\.env|ENV)\[\s{0,2}["']([A-Za-z_]\w{0,90})["']\s{0,2}\]|(?:Optional\.ofNullable\()?[\w.]{1,60}\(\s{0,4}["']([A-Za-z_]\w{0,90})["']\s{0,4}\)\)?)\s{0,4}(\|\||\?\?|\?:|\bor\b|\.orElse\()\s{0,4}$/;
const GETTER_BEFORE =
  /((?:System\.getenv\(\)\.)?[\w.]{1,60})\(\s{0,4}["']([A-Za-z_]\w{0,90})["']\s{0,4},\s{0,4}(?:default\s{0,2}=\s{0,2})?$/;
const SHELL_BEFORE = /\$\{([A-Za-z_][\w.-]{0,90})(:?[-=]|:)$/;

/** Finds the fallback expression whose literal holds [start, end). */
function findFallback(text: string, start: number, end: number): Fallback | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const literal = enclosingLiteral(text, start, end);
  if (!literal || literal.open !== start - 1 || literal.close !== end) {
    const shell = SHELL_BEFORE.exec(text.slice(lineStart, start));
    if (!shell || text[end] !== '}') return undefined;
    return { start: start - shell[0].length, end: end + 1, name: shell[1]!, form: 'shell', head: '', op: shell[2]! };
  }
  const before = text.slice(lineStart, literal.open - literal.prefix.length);
  const after = text.slice(literal.close + 1);
  const read = READ_BEFORE.exec(before);
  if (read) {
    const op = read[5]!;
    const closing = op === '.orElse(' ? /^\s{0,4}\)/.exec(after) : /^/.exec(after);
    if (!closing) return undefined;
    return {
      start: lineStart + read.index,
      end: literal.close + 1 + closing[0].length,
      name: read[2] ?? read[3] ?? read[4]!,
      form: 'read',
      head: read[1]!,
      op,
    };
  }
  const getter = GETTER_BEFORE.exec(before);
  const closing = /^\s{0,4}\)/.exec(after);
  if (getter && closing)
    return {
      start: lineStart + getter.index,
      end: literal.close + 1 + closing[0].length,
      name: getter[2]!,
      form: 'getter',
      head: getter[1]!,
      op: ',',
    };
  return undefined;
}

const JS = new Set(['javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'vue', 'svelte', 'astro']);
const SHELL_LIKE = new Set([
  'shellscript',
  'dockerfile',
  'dockercompose',
  'yaml',
  'properties',
  'ini',
  'makefile',
  'dotenv',
  'spring-boot-properties',
  'spring-boot-properties-yaml',
]);

/** The edit in the file's idiom, or why there is none. */
type Rewrite = { readonly text: string; readonly extra?: TextReplacement } | string;

function rewriteJs(f: Fallback, source: string, typed: boolean): Rewrite {
  const message = `"${f.name} is not set"`;
  if (f.form === 'read' && /^process\.env\b/.test(f.head)) {
    if (/\bfunction\s+requireEnv\b|\b(?:const|let|var)\s+requireEnv\b|\bimport\s[^;]*\brequireEnv\b/.test(source))
      return { text: `requireEnv("${f.name}")` };
    const sig = typed ? 'name: string): string' : 'name)';
    const helper = `\n/** Reads a required environment variable; throws at startup when it is missing. */\nfunction requireEnv(${sig} {\n  const value = process.env[name];\n  if (!value) throw new Error(\`\${name} is not set\`);\n  return value;\n}\n`;
    const at = source.length;
    return {
      text: `requireEnv("${f.name}")`,
      extra: { start: at, end: at, newText: (source.endsWith('\n') ? '' : '\n') + helper },
    };
  }
  if (f.form === 'read')
    return { text: `${f.head} ${f.op === '??' ? '??' : '||'} (() => { throw new Error(${message}); })()` };
  return 'only reads of process.env, import.meta.env and the like can be rewritten in JavaScript';
}

function rewritePython(f: Fallback): Rewrite {
  if (/^os\.(?:getenv|environ\.get)$/.test(f.head) || /^os\.(?:getenv|environ\.get)\(/.test(f.head))
    return { text: `os.environ["${f.name}"]` };
  // python-decouple's config() and django-environ's env() raise when the variable is missing and no default is given.
  if (f.form === 'getter' && /^(?:config|env|env\.str)$/.test(f.head)) return { text: `${f.head}("${f.name}")` };
  return 'the read is not os.getenv, os.environ.get, config() or env()';
}

function goHelper(source: string): TextReplacement | undefined {
  if (/\bfunc\s+mustGetenv\(/.test(source)) return undefined;
  const at = source.length;
  const helper = `\n// mustGetenv reads a required environment variable and stops the program when it is missing.\nfunc mustGetenv(name string) string {\n\tvalue, ok := os.LookupEnv(name)\n\tif !ok || value == "" {\n\t\tpanic(name + " is not set")\n\t}\n\treturn value\n}\n`;
  return { start: at, end: at, newText: (source.endsWith('\n') ? '' : '\n') + helper };
}

function rewrite(f: Fallback, target: FailFastTarget, source: string): Rewrite {
  const { languageId } = target;
  const quoted = `"${f.name} is not set"`;
  if (f.form === 'shell') {
    if (f.op === ':') return { text: `\${${f.name}}` }; // Spring: an unresolvable placeholder stops startup.
    // The shell and compose print `NAME: is not set` and stop.
    return SHELL_LIKE.has(languageId) || /\.(?:ya?ml|sh|env)$|Dockerfile$/.test(target.path)
      ? { text: `\${${f.name}:?is not set}` }
      : 'this file type does not expand ${…}';
  }
  if (JS.has(languageId)) return rewriteJs(f, source, languageId.startsWith('typescript') || languageId === 'astro');
  switch (languageId) {
    case 'python':
      return rewritePython(f);
    case 'ruby':
      return { text: `ENV.fetch("${f.name}")` };
    case 'go': {
      if (!/\bos\b/.test(source)) return 'the file does not import os';
      const extra = goHelper(source);
      return { text: `mustGetenv("${f.name}")`, ...(extra ? { extra } : {}) };
    }
    case 'java':
      return { text: `java.util.Objects.requireNonNull(System.getenv("${f.name}"), ${quoted})` };
    case 'kotlin':
      return f.form === 'read'
        ? { text: `${f.head} ?: error(${quoted})` }
        : { text: `System.getenv("${f.name}") ?: error(${quoted})` };
    case 'csharp':
      return f.form === 'read'
        ? { text: `${f.head} ?? throw new InvalidOperationException(${quoted})` }
        : 'only `?? "…"` fallbacks can be rewritten in C#';
    case 'php': {
      const read = f.form === 'read' ? f.head : `${f.head}('${f.name}')`;
      return {
        text: `${read} ${f.form === 'read' && f.op === '?:' ? '?:' : '??'} throw new RuntimeException('${f.name} is not set')`,
      };
    }
    default:
      return `no fail-fast form is known for ${languageId} files`;
  }
}

/**
 * The edits that replace the fallback holding [start, end) with a read that fails when the
 * variable is unset (plus a helper where the language needs one), or why there is none.
 */
export function failFastFix(text: string, start: number, end: number, target: FailFastTarget): FailFastFix {
  const fallback = findFallback(text, start, end);
  if (!fallback) return { ok: false, reason: 'the value is not the fallback of an environment read' };
  const result = rewrite(fallback, target, text);
  if (typeof result === 'string') return { ok: false, reason: result };
  const edits: TextReplacement[] = [{ start: fallback.start, end: fallback.end, newText: result.text }];
  if (result.extra) edits.push(result.extra);
  return { ok: true, edits, name: fallback.name, reference: result.text };
}
