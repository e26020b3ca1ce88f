// Modules that carry their documentation as string blocks beside their code: an Ansible plugin
// writes its option reference, usage examples and sample output as YAML in the `DOCUMENTATION`,
// `EXAMPLES` and `RETURN` strings (Ansible's module format, which `ansible-test sanity` enforces).
// Their values (a Datadog key in a task, a PEM block under `private_key: |`, a password in a
// sample result) illustrate the interface, as a README's do, but stand in a .py file. Judged from
// the path and the line alone: a line of such a module that cannot be Python code is in one of
// those strings.
import { COMMENT_LINE, DOCTEST_LINE } from './context';

/**
 * An Ansible plugin: a Python file under `plugins/<type>/` of a collection (installed as
 * `ansible_collections/<ns>/<name>/plugins/...` or the collection's own repository), or under
 * ansible-core's `ansible/modules/` and `ansible/plugins/<type>/`. `module_utils` holds shared
 * code, not documented modules.
 */
const ANSIBLE_PLUGIN =
  /(?:^|\/)(?:plugins\/(?:modules|lookup|inventory|filter|callback|connection|become|cache|doc_fragments|httpapi|netconf|cliconf|terminal|test|vars|action|strategy|shell)|ansible\/modules)\/(?:[^/]+\/){0,3}[^/]+\.py$/;

/** Whether the file at `path` documents itself in string blocks (an Ansible plugin). */
export function documentsInStrings(path: string | undefined): boolean {
  return path !== undefined && ANSIBLE_PLUGIN.test(path);
}

/**
 * YAML, not Python: a key, a colon and a value (`api_key: 9775…`, `pwd: 'U2Fs…='`), or a list item
 * (`- password: x`, `- -----BEGIN …`). A Python annotation has a type after the colon and, when it
 * assigns, an `=` outside quotes (`password: str = "x"`); a compound statement's one-liner
 * (`else: x = 1`) opens with a keyword.
 */
const YAML_LINE =
  /^[ \t]{0,60}(?:-[ \t]{1,8})?(?!(?:else|try|finally|except|lambda|if|elif|while|for|with|def|class)\b)[A-Za-z_][\w.-]{0,80}:[ \t]{1,8}(?:"[^"\n]{0,400}"[ \t\r]*|'[^'\n]{0,400}'[ \t\r]*|[^"'\s=][^=\n]{0,400})$|^[ \t]{0,60}-[ \t]/;
/** A PEM block's first line on its own, as a YAML block scalar holds it (`private_key: |` above). */
const PEM_LINE = /^[ \t]{0,60}-----BEGIN [A-Z0-9 ]{1,40}-----/;
/**
 * One member of a sample result, alone on its line (`"otp_secret": "35H5…",`, as a RETURN block's
 * `sample:` writes the module's JSON output), or a line of markup (a sample's XML): a module's code
 * builds its results from variables, and Python has no markup.
 */
const SAMPLE_LINE =
  /^[ \t]{0,60}(?:"[\w.-]{1,80}"[ \t]{0,8}:[ \t]{0,8}(?:"[^"\n]{0,400}"|-?\d{1,20}(?:\.\d{1,20})?|true|false|null)[ \t]{0,8},?[ \t\r]*$|<\/?[A-Za-z])/;

/**
 * A shell or INI line a module's EXAMPLES shows for its settings (`export SUMOLOGIC_URL=https://…`,
 * `url = https://…` under `[callback_x]`): neither is Python (`export` is no keyword, and an unquoted
 * URL is a syntax error).
 */
const SETTING_LINE =
  /^[ \t]{0,60}(?:export[ \t]{1,8}[A-Za-z_]\w{0,80}=|[A-Za-z_][\w.-]{0,80}[ \t]{0,8}=[ \t]{0,8}[a-z][a-z0-9+.-]{1,20}:\/\/)/;

/**
 * Whether the match at `index` of `text` stands on a line of a self-documenting module's
 * documentation: a YAML line, a comment (a sample result is often written commented out), a
 * doctest, a PEM block's first line, a line of a sample result (SAMPLE_LINE) or a shell or INI setting (SETTING_LINE). Reads only that line (the detector's locality contract).
 */
export function inDocumentationBlock(text: string, index: number): boolean {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const newline = text.indexOf('\n', index);
  const line = text.slice(start, newline < 0 ? text.length : newline);
  return (
    COMMENT_LINE.test(line) ||
    DOCTEST_LINE.test(line) ||
    YAML_LINE.test(line) ||
    PEM_LINE.test(line) ||
    SAMPLE_LINE.test(line) ||
    SETTING_LINE.test(line)
  );
}
