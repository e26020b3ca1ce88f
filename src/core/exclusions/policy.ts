import ignore, { type Ignore } from 'ignore';

/**
 * The one source of truth for what must stay out of AI assistants' context: gitignore-style
 * patterns (a `!` line re-includes), plus the workspace files in which the detector found a
 * high-confidence secret. Every assistant's exclusion file is written from this.
 */
export interface ExclusionPolicy {
  /** gitignore-style patterns, in order; negations (`!…`) re-include. */
  readonly patterns: readonly string[];
  /** Workspace-relative paths (forward slashes) of files holding a high-confidence secret. */
  readonly secretFiles: readonly string[];
}

/**
 * Files that hold secrets by convention. Templates (`.env.example`, `.env.sample`, …) and public
 * SSH keys stay visible: assistants need them to understand configuration, and they hold no value.
 */
export const DEFAULT_SENSITIVE_PATTERNS: readonly string[] = [
  '.env',
  '.env.*',
  '!.env.example',
  '!.env.sample',
  '!.env.template',
  '!.env.dist',
  '*.pem',
  '*.key',
  '*.p12',
  '*.pfx',
  '*.jks',
  '*.keystore',
  'id_rsa*',
  'id_dsa*',
  'id_ecdsa*',
  'id_ed25519*',
  '!id_*.pub',
  '*.ppk',
  'secrets/',
  '.secrets/',
  'credentials*.json',
  '*service-account*.json',
  '*serviceaccount*.json',
  '*.tfstate',
  '*.tfstate.*',
  '*.tfvars',
  '.npmrc',
  '.pypirc',
  '.netrc',
  '.git-credentials',
  '.aws/',
  '.ssh/',
  '**/.docker/config.json',
  'kubeconfig',
  '*.kubeconfig',
  '**/.kube/config',
];

/** Folders never searched for sensitive files: dependencies and VCS data are not the user's secrets. */
export const NEVER_SEARCHED_DIRS: readonly string[] = [
  '.git',
  'node_modules',
  '.hg',
  '.svn',
  'bower_components',
  '.venv',
  'venv',
  '__pycache__',
  '.tox',
  '.terraform',
];

/**
 * Checks user-supplied patterns: one per entry, no blank or comment-only lines, no line breaks.
 * Returns the problems (empty when all are usable), so settings can report them once.
 */
export function validatePatterns(patterns: readonly string[]): string[] {
  const problems: string[] = [];
  for (const p of patterns) {
    if (typeof p !== 'string') problems.push(`not a string: ${JSON.stringify(p)}`);
    else if (/[\r\n]/.test(p)) problems.push(`contains a line break: ${JSON.stringify(p)}`);
    else if (p.trim() === '' || p.trim() === '!') problems.push('an empty pattern');
    else if (p.trim().startsWith('#')) problems.push(`a comment, not a pattern: ${JSON.stringify(p)}`);
  }
  return problems;
}

/** The positive patterns (what is excluded), without the `!` re-includes. */
export function positivePatterns(patterns: readonly string[]): string[] {
  return patterns.filter((p) => !p.startsWith('!'));
}

/**
 * All lines of the policy as gitignore text: the patterns, then each secret file anchored to the
 * workspace root (with gitignore's special characters escaped).
 */
export function policyLines(policy: ExclusionPolicy): string[] {
  const files = [...new Set(policy.secretFiles)].sort().map(anchoredPath);
  return dedupe([...policy.patterns.map((p) => p.trim()), ...files]);
}

/** `/path/to/file` with gitignore's special characters escaped, so the line matches that one file. */
export function anchoredPath(relPath: string): string {
  return (
    '/' +
    relPath
      .replace(/^\/+/, '')
      .replace(/([\\*?[\]!#])/g, '\\$1')
      .replace(/^(\s)/, '\\$1')
      .replace(/(\s)$/, '\\$1')
  );
}

function dedupe(lines: readonly string[]): string[] {
  return [...new Set(lines)];
}

/** A matcher for the policy: is this workspace-relative path sensitive? */
export function createSensitiveMatcher(policy: ExclusionPolicy): (relPath: string) => boolean {
  const ig: Ignore = ignore({ allowRelativePaths: true }).add(policyLines(policy));
  return (relPath) => {
    const p = normalizeRelPath(relPath);
    return p !== '' && ig.ignores(p);
  };
}

/** Forward slashes, no leading `./` or `/`. */
export function normalizeRelPath(relPath: string): string {
  return relPath
    .replace(/\\/g, '/')
    .replace(/^(?:\.\/)+/, '')
    .replace(/^\/+/, '');
}
