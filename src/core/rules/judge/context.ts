// Where a candidate stands: the file kind (code, config, docs, translations, examples) and the line
// (a comment, a type annotation, an expression). Judged from the path and the line alone.
import type { MatchContext } from '../types';
import { pathMatcher } from './pathMatcher';
import { isTestVerdict } from './testReport';
import { isTranscriptPath } from './transcripts';

/** Extensions of programming languages, where an unquoted value is a name, not a literal. */
const CODE_EXT = new Set([
  'js',
  'mjs',
  'cjs',
  'jsx',
  'ts',
  'mts',
  'cts',
  'tsx',
  'java',
  'kt',
  'kts',
  'scala',
  'groovy',
  'go',
  'py',
  'rb',
  'php',
  'cs',
  'fs',
  'vb',
  'swift',
  'rs',
  'c',
  'cc',
  'cpp',
  'h',
  'hpp',
  'm',
  'mm',
  'dart',
  'lua',
  'pl',
  'pm',
  'pyi',
  'pyx',
  'rake',
  'cxx',
  'hh',
  'hxx',
  'cljs',
  'tcl',
  'r',
  'jl',
  'ex',
  'exs',
  'erl',
  'clj',
  'elm',
  'hs',
  'vue',
  'svelte',
  'map',
  'coffee',
  // Lisps: Emacs Lisp (`(defvar x-token "...")`), Common Lisp, Scheme and Racket.
  'el',
  'lisp',
  'scm',
  'rkt',
]);

/** Stylesheets: a name there is a selector (`.wp-hide-pw > .dashicons`) or a property, never a setting. */
const STYLESHEET_EXT = new Set(['css', 'scss', 'sass', 'less', 'styl']);

/**
 * A literal that ends in a separator and is the first operand of a concatenation
 * (`$key = 'Horde_Ldap_Schema_' . md5(...)`, `key = "cache|" + id`): the prefix of a name being built.
 * Tested on the text after the value, its closing quote first.
 */
const CONCATENATED_AFTER = /^["'\x60]?[ \t]{0,4}(?:\.\.?|\+)[ \t]{0,4}[$@A-Za-z_(]/;
const SEPARATOR_END = /[_|/:.-]["'\x60]?$/;

/** Whether the quoted value ending at `valueEnd` (before or after its closing quote) opens a concatenation. */
function isConcatenatedPrefix(line: string, valueEnd: number): boolean {
  return (
    SEPARATOR_END.test(line.slice(Math.max(0, valueEnd - 2), valueEnd)) &&
    CONCATENATED_AFTER.test(line.slice(valueEnd, valueEnd + 16))
  );
}
/**
 * Translation catalogues: their values are UI text. A neutral .resx holds settings too; one named
 * for a culture (`Strings.de-DE.resx`) is a translation.
 */
const TRANSLATION_PATH =
  /(?:^|\/)(?:locales?|locali[sz]ations?|i18n|l10n|lang|langs|languages|translations?|messages)\/|\.(?:po|pot|strings|xlf|xliff|arb)$|\.[a-z]{2,3}(?:-[a-z0-9]{2,8}){0,2}\.res[xw]$/i;
/**
 * Example, sample and demo files: their values are illustrations (`.examples.json`, `config.sample.yml`).
 * So is a distributed template, `.dist` last (`config.inc.php.dist`, `phpunit.xml.dist`): a package
 * ships it to be copied and filled in, so what it holds is published with the package. So are an
 * Ansible role's defaults (`roles/<role>/defaults/main.yml`, the lowest-priority values, documented
 * to be overridden by the inventory) and the playbooks an Ansible collection ships to show its
 * modules (`ansible_collections/<namespace>/<collection>/playbooks/`).
 */
const EXAMPLE_PATH =
  /(?:^|[/._-])(?:examples?|samples?|demos?|docs?|documentation|swagger|openapi)(?:[/._-]|$)|\.dist$|(?:^|\/)roles\/[\w.-]{1,80}\/defaults\/[\w.-]{1,80}\.ya?ml$|(?:^|\/)ansible_collections\/[\w-]{1,80}\/[\w-]{1,80}\/playbooks\//i;
/**
 * Files a tool writes from real use (a HAR capture, Terraform state, a Postman export, also renamed
 * `collection.json` or kept in a `postman/` folder): their values were sent or issued, whatever
 * folder or name (`docs/`, `.example-`) the file is kept under.
 */
const RECORDING_FILE =
  /\.(?:har|tfstate|tfstate\.backup)$|\.postman_(?:collection|environment|globals)\.json$|(?:^|[/._-])collection\.json$|(?:^|\/)postman\/[^/]*\.json$/i;
/**
 * An example, sample or demo file (or one kept with documentation), unless a tool wrote it from
 * real use (RECORDING_FILE) or it is a transcript (./transcripts): its values illustrate.
 */
export function isExamplePath(path: string | undefined): boolean {
  return examplePath(path) && !recordingFile(path) && !isTranscriptPath(path);
}

const examplePath = pathMatcher(EXAMPLE_PATH);
const recordingFile = pathMatcher(RECORDING_FILE);

/**
 * A Puppet class or defined type's parameter with its default (`  $db_password = 'x',` in the
 * header, each parameter ending in a comma): the module's published default, which the node's
 * Hiera data or declaration overrides. An assignment in the body (`$x = 'y'`) ends without one.
 */
const PUPPET_PARAMETER =
  /^[ \t]{0,40}(?:class[ \t][\w:]{1,120}[ \t]{0,4}\([ \t]{0,4})?(?:[A-Z][\w:[\], ]{0,80}[ \t])?\$[a-z_]\w{0,80}[ \t]{0,40}=[ \t]{0,4}(?:'[^'\n]{0,200}'|"[^"\n]{0,200}")[ \t]{0,4},[ \t]{0,4}(?:#[^\n]{0,200})?\r?$/;

/** Whether the line of `context` is a Puppet manifest's parameter default (PUPPET_PARAMETER). */
export function isPuppetParameterDefault(context: MatchContext): boolean {
  return context.file.ext === 'pp' && PUPPET_PARAMETER.test(context.line);
}

/**
 * A documentation build's rendered pages: an `html/` folder under a documentation folder (Sphinx's
 * `_build/html`, a package's `doc/<name>/html/`). They render a manual whose source (.rst, .tex,
 * .texi) holds the same listings, judged there; a team's hand-written notes page stands elsewhere
 * (`docs/access.html`).
 */
const RENDERED_DOCS =
  /(?:^|\/)(?:docs?|documentation|manual)\/(?:[^/]+\/){0,2}(?:_build\/)?html\/(?:[^/]+\/)*[^/]+\.x?html?$/i;

/** Whether `path` is a page of a documentation build's output (see RENDERED_DOCS). */
export function isRenderedDocs(path: string | undefined): boolean {
  return path !== undefined && RENDERED_DOCS.test(path);
}

/**
 * Key material its folder or file name calls a sample (`examples/sample-keys/server.key`,
 * `dummy_key.pem`, `sample-config-files/`): published with the project for readers to try, as
 * OpenVPN's and other packages' example configurations ship theirs.
 */
const SAMPLE_KEY_PATH =
  /(?:^|\/)(?:samples?|examples?|dummy|demo)[-_]?(?:keys?|certs?|certificates?|credentials?|pki|configs?|config[-_]files)\/|(?:^|\/)(?:sample|example|dummy|demo)[-_.][^/]*$/i;

/** Whether `path` names its key material a sample (see SAMPLE_KEY_PATH). */
export function isSampleKeyPath(path: string | undefined): boolean {
  return path !== undefined && SAMPLE_KEY_PATH.test(path);
}

/** A doctest line (`>>> connect(password=…)`, `... token="…"`): an example in a docstring or README. */
export const DOCTEST_LINE = /^\s{0,40}(?:>>>|\.\.\.)\s/;
/**
 * In Python an unquoted name, a colon and a value opens no statement (`password: "changeme"`): the
 * line is YAML or prose inside a docstring (an Ansible module's EXAMPLES, a RETURN sample), or an
 * annotation whose value is a type. An annotated assignment (`password: str = "…"`) and the
 * compound statements' one-liners (`else: x = "…"`) are code.
 */
const PYTHON_DOCSTRING_LINE =
  /^[ \t]{0,60}(?:-[ \t]{1,8})?(?!(?:else|try|finally|except|lambda)\b)[A-Za-z_][\w.-]{0,80}:[ \t]{1,8}(?![^\n=]{0,200}[^=!<>]=[^=])/;

/** Whether `context.line` stands in a Python file as a docstring's YAML or prose line (see PYTHON_DOCSTRING_LINE). */
export function isPythonDocstringLine(context: MatchContext): boolean {
  return (context.file.ext === 'py' || context.file.ext === 'pyi') && PYTHON_DOCSTRING_LINE.test(context.line);
}

/**
 * .NET's configuration keys in code, `configuration["Service:ApiKey"]`: sections in PascalCase
 * joined by `:` inside a string, unlike an ARN's or URN's lower-case parts (`arn:aws:...:secret:x`).
 */
function isConfigKeyPath(line: string, nameStart: number): boolean {
  return /["'](?:[A-Z][A-Za-z0-9_.]{0,40}:){1,4}$/.test(line.slice(Math.max(0, nameStart - 180), nameStart));
}

/**
 * A Markdown link reference definition (`[label]: target`): the value after the colon is where
 * the link points, a path, anchor or URL, whatever words the label holds.
 */
const LINK_REFERENCE = /^ {0,3}\[[^\]\n]{1,200}\]:[ \t]/;

/** The name stands in a link reference definition's label; a log line's `[INFO]: token=…` names after it. */
function isLinkLabel(line: string, nameStart: number): boolean {
  return LINK_REFERENCE.test(line) && nameStart < line.indexOf(']:');
}

/**
 * In Go, `Name Type = value` declares Name of type Type: a name before the candidate's, with only
 * whitespace between, makes the candidate's name a type (`DepthPass TypeErrorPass = "depth"`).
 */
const GO_TYPED_HEAD = /^[ \t]{0,40}(?:(?:var|const)[ \t]{1,8})?(?!(?:var|const)[ \t])[A-Za-z_]\w{0,60}[ \t]{1,40}$/;

/**
 * A type's declaration before the name (`public class AccessToken : IDisposable`, C# inside a
 * PowerShell script, `struct ApiKey: Codable`): the name is a type's, and what follows it the types
 * it derives from.
 */
const TYPE_DECLARATION =
  /^[ \t]{0,40}(?:(?:public|private|protected|internal|static|sealed|abstract|partial|final|open|export)[ \t]{1,8}){0,4}(?:class|struct|interface|enum|record|protocol)[ \t]{1,8}$/;

/**
 * A Pulumi stack setting, `  billing:dbPassword: …`: one namespace (the project or provider) and
 * `:` opening a YAML key at the start of the line, unlike an ARN's or URN's run of parts.
 */
function isNamespacedYamlKey(line: string, nameStart: number): boolean {
  return nameStart <= 100 && /^\s{0,40}[a-z][\w-]{0,60}:$/i.test(line.slice(0, nameStart));
}

/** A comment line in the languages and config formats we scan. */
// `#define` and its kin are C, C++ and Objective-C preprocessor directives, not comments; so are a
// batch job's scheduler directives (`#SBATCH --export=...`, `#PBS -v ...`, `#BSUB`, SGE's `#$ -v`),
// which SLURM, PBS, LSF and Grid Engine read as options of the job.
export const COMMENT_LINE =
  /^\s{0,40}(?:\/\/|\/\*|\*(?:\s|$)|#(?!define\s|undef\s|(?:SBATCH|PBS|BSUB|MSUB)\s|\$\s)|<!--|--\s|;|rem\s)/i;

/** What a config line holds before a name when the key is a path of names (`outbound_auth/`, `endpoint/`). */
const CONFIG_KEY_PATH = /^[ \t]{0,8}[A-Za-z_][\w.-]{0,40}(?:\/[A-Za-z_][\w.-]{0,40}){0,3}\/$/;

export type FileClass = 'code' | 'config' | 'docs' | 'translation' | 'unknown';

export interface ContextJudgement {
  readonly file: FileClass;
  /** Examples, documentation or a comment: only strong values count, and at low confidence. */
  readonly illustrative: boolean;
}

const translationPath = pathMatcher(TRANSLATION_PATH);

export function fileClassOf(context: MatchContext): FileClass {
  if (context.path === undefined) return 'unknown';
  if (translationPath(context.path)) return 'translation';
  if (context.file.docs) return 'docs';
  return CODE_EXT.has(context.file.ext) ? 'code' : 'config';
}

/**
 * A file of cryptographic test vectors, named so (`vectors_v08.json`, `test-vectors.txt`, Project
 * Wycheproof's `wycheproof_Ed25519.json`, a `kat` file), in a test folder or named as a test.
 */
const TEST_VECTOR_NAME = /(?:^|[._-])(?:test[-_]?)?vectors?(?:[._-]|$)|^wycheproof|(?:^|[._-])kats?(?:[._-]|$)/i;
/** Hex of a key's, digest's or ciphertext's length: what a vector's fields hold. */
const VECTOR_HEX = /^(?:0x)?[0-9a-fA-F]{16,1024}$/;

/**
 * Whether `value` is a hex field of a test-vector file (see TEST_VECTOR_NAME): the keys, secrets and
 * shared secrets there are published inputs and expected outputs of an algorithm, no credential.
 */
export function isTestVectorValue(context: Pick<MatchContext, 'file'>, value: string): boolean {
  return context.file.test && TEST_VECTOR_NAME.test(context.file.name) && VECTOR_HEX.test(value);
}

/**
 * The context of a value at `valueEnd` in the line, for a candidate named at `nameStart`.
 * Undefined when the context says the value is not a literal at all (a type, a variable).
 */
export function judgeContext(
  context: MatchContext,
  nameStart: number,
  valueEnd: number,
  quoted: boolean,
): ContextJudgement | undefined {
  const file = fileClassOf(context);
  if (file === 'translation') return undefined;
  const { line } = context;
  // `arn:aws:...:secret:name`, `/token/...`: the name is part of a larger identifier.
  const before = line.charAt(nameStart - 1);
  // PowerShell's environment drive (`$env:API_KEY = "..."`) is an assignment, not part of an identifier.
  const envDrive = /(?:^|[\s$])env:$/i.test(line.slice(Math.max(0, nameStart - 5), nameStart));
  if (
    before === ':' &&
    /[A-Za-z0-9]/.test(line.charAt(nameStart - 2)) &&
    !envDrive &&
    !isConfigKeyPath(line, nameStart) &&
    !(file === 'config' && isNamespacedYamlKey(line, nameStart))
  )
    return undefined;
  // A config key written as a path from the line's start (pjsip_wizard's `outbound_auth/password =`) is one name.
  if ((before === '/' && !(file === 'config' && CONFIG_KEY_PATH.test(line.slice(0, nameStart)))) || before === '%')
    return undefined;
  // A link's fragment (`href="#protecting-the-private-key">`, `](#api-token)`): an anchor's name.
  if (before === '#' && /(?:href[ \t]?=[ \t]?["']?|\]\()#$/i.test(line.slice(Math.max(0, nameStart - 9), nameStart)))
    return undefined;
  if (isTestVerdict(line, nameStart) || isLinkLabel(line, nameStart)) return undefined;
  if (STYLESHEET_EXT.has(context.file.ext)) return undefined;
  if (quoted && isConcatenatedPrefix(line, valueEnd)) return undefined;
  if (context.file.ext === 'go' && GO_TYPED_HEAD.test(line.slice(0, nameStart))) return undefined;
  if (nameStart <= 120 && TYPE_DECLARATION.test(line.slice(0, nameStart))) return undefined;
  if (!quoted) {
    // In a programming language an unquoted value is a variable, a type or an expression.
    if (file === 'code') return undefined;
    // `clientToken: String64;`, `cancelToken: defaultToConfig2,`: code, whatever the path says.
    if (/^[;,)]/.test(line.slice(valueEnd)) && file !== 'config') return undefined;
  }
  // A transcript (./transcripts) records what was pasted or sent: never illustrative by its path.
  const recorded = isTranscriptPath(context.path);
  const illustrative =
    (file === 'docs' && !recorded) ||
    isExamplePath(context.path) ||
    isPuppetParameterDefault(context) ||
    COMMENT_LINE.test(line) ||
    DOCTEST_LINE.test(line) ||
    isPythonDocstringLine(context);
  return { file, illustrative };
}
