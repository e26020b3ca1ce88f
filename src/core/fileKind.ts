/** What a file's path says about the text in it, for rules and confidence. */
export interface FileKind {
  /** Test code, fixtures or mocks: credentials there are still reported, at lower confidence. */
  readonly test: boolean;
  /** Prose meant for readers (Markdown, reStructuredText, plain text). */
  readonly docs: boolean;
  /** The file name without folders, lower-cased ("" when the path is unknown). */
  readonly name: string;
  /** The extension without the dot, lower-cased ("" when none). */
  readonly ext: string;
}

export const UNKNOWN_FILE: FileKind = { test: false, docs: false, name: '', ext: '' };

/**
 * Test folders (DokuWiki's plugins keep theirs in `_test/`), end-to-end suites (Cypress, Playwright `e2e/`), recorded HTTP cassettes (VCR),
 * Go's `testing/` packages, acceptance suites and Ansible's Molecule scenarios.
 */
const TEST_FOLDER =
  /(?:^|\/)(?:(?:tests?|fixtures?)(?:[-_][\w-]{1,40})?|_tests?|__tests__|__mocks__|spec|specs|testdata|mocks?|e2e|cypress|cassettes|vcr_cassettes|testing|acceptance|molecule)\//i;
/**
 * Test files by naming convention; Cypress specs (`login.cy.ts`) and Gherkin features are tests too,
 * and so are a module named only for its tests (Rust's `tests.rs`, Django's `tests.py`, `fixtures.go`)
 * and NIST's known-answer test vectors (`SHA256Monte.rsp`).
 */
const TEST_FILE =
  /(?:[._-](?:test|spec|tests|mock|fixture)s?\.[a-z0-9]+$|^(?:tests?|fixtures?|conftest)\.[a-z0-9]+$|\.rsp$|^test_[^/]*\.py$|_test\.(?:go|py|rb|exs?)$|\.cy\.[jt]sx?$|\.feature$)/i;
/** JVM/.NET/Swift convention, case-sensitive so `Contest.java` is not a test. */
const TEST_CLASS = /[a-z0-9]Tests?\.(?:java|kt|cs|scala|groovy|swift)$/;
const DOCS_EXT = new Set(['md', 'markdown', 'mdx', 'rst', 'adoc', 'pod', 'rdoc']);
/**
 * Plain text is documentation under a documentation name or folder (`README.txt`, `docs/x.txt`);
 * elsewhere a .txt file is as often notes, a handover, a crash report or a dump, read as such.
 */
const DOCS_TXT =
  /(?:^|\/)(?:docs?|documentation|man|manual|help|licen[cs]es?)\/(?:[^/]*\/)*[^/]*\.txt$|(?:^|\/)(?:read[-_ ]?me|install(?:ation)?|changes|change[-_]?log|news|licen[cs]e|copying|authors|contributors|contributing|credits|history|faq|usage|notice|thanks|bugs|hacking|release[-_]?notes|upgrad(?:e|ing)|todo)(?:[-_.][^/]*)?\.txt$/i;
/**
 * A package's documentation outside the docs extensions: a Python package's README as its metadata
 * carries it (`PKG-INFO`, `*.dist-info/METADATA`), a Go package's `doc.go` (all comment, by convention).
 */
const PACKAGE_README = /(?:^|\/)(?:PKG-INFO|doc\.go)$|\.(?:dist|egg)-info\/METADATA$/;
/**
 * Prose under a documentation folder in the forms packages ship it: rendered HTML (Sphinx, Javadoc,
 * a manual's pages) and man pages (`man5/slapd.conf.5`, `doc/tool.1`), whose section number is the
 * extension. Elsewhere a `.1` is as often a rotated log (`app.log.1`), read as such.
 */
const DOCS_FOLDER_PAGE =
  /(?:^|\/)(?:docs?|documentation|manual|help|man)\/(?:[^/]*\/)*[^/]*\.(?:html?|xhtml|[1-9][a-z]{0,6})$|(?:^|\/)man[1-9][a-z]{0,6}\/[^/]*\.[1-9][a-z]{0,6}$/i;
/** A project's prose files without an extension (`NEWS`, `ChangeLog`, Debian's `changelog`, `UPGRADING`). */
const PROSE_NAME =
  /(?:^|\/)(?:read[-_]?me|changes|change[-_]?log|news|authors|contributors|credits|thanks|bugs|hacking|faq|upgrad(?:e|ing)|todo)(?:\.debian)?$/i;

/**
 * Classifies `path` (forward or back slashes); cheap enough to call once per scanned file. The
 * last answer is kept: a scan of a file asks it in more than one stage (rules, header context).
 */
export function fileKindOf(path: string | undefined): FileKind {
  if (!path) return UNKNOWN_FILE;
  if (path !== lastPath) {
    lastKind = classify(path);
    lastPath = path;
  }
  return lastKind;
}

let lastPath = '';
let lastKind = UNKNOWN_FILE;

function classify(path: string): FileKind {
  const normal = path.replace(/\\/g, '/');
  const slash = normal.lastIndexOf('/');
  const name = normal.slice(slash + 1).toLowerCase();
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1) : '';
  return {
    test:
      TEST_FOLDER.test(normal) || TEST_FILE.test(normal.slice(slash + 1)) || TEST_CLASS.test(normal.slice(slash + 1)),
    docs:
      DOCS_EXT.has(ext) ||
      (ext === 'txt' && DOCS_TXT.test(normal)) ||
      PACKAGE_README.test(normal) ||
      DOCS_FOLDER_PAGE.test(normal) ||
      PROSE_NAME.test(normal),
    name,
    ext,
  };
}

/** Normalises a path for `Rule.paths` tests: forward slashes. */
export function slashPath(path: string): string {
  return path.replace(/\\/g, '/');
}
