import type { RegexSource } from './goRegex';

/**
 * One allowlist entry as plain data (it crosses to worker threads): criteria a finding must meet to
 * be allowed, combined with `or` (any one) or `and` (every criterion present), as gitleaks does.
 */
export interface AllowRuleSpec {
  /** Where it was read, for messages, e.g. `.gitleaks.toml [[allowlists]] #2`. */
  readonly origin: string;
  readonly condition: 'or' | 'and';
  /** Tested against the file's path relative to the repository root (forward slashes). */
  readonly paths: readonly RegexSource[];
  readonly regexes: readonly RegexSource[];
  /** What `regexes` are tested against: the secret, or the line holding it. */
  readonly regexTarget: 'secret' | 'line';
  /** Lowercase; a secret containing one is allowed. */
  readonly stopwords: readonly string[];
  /** Lowercase commit ids (full or abbreviated): matches only findings of a history scan in one of them. */
  readonly commits?: readonly string[];
}

/** A finding is allowed on this line of this file (a `.gitleaksignore` entry). */
export interface IgnoredLine {
  readonly path: string;
  readonly line: number;
  /** Lowercase commit id from a history fingerprint: in a history scan the entry applies to that commit only. */
  readonly commit?: string;
}

/** Everything an allowlist knows, as plain data. */
export interface AllowlistSpec {
  readonly rules: readonly AllowRuleSpec[];
  readonly ignoredLines: readonly IgnoredLine[];
}

/**
 * What a team has already declared not to be a leak (gitleaks' `[allowlist]`/`[[allowlists]]` and
 * `.gitleaksignore`), as questions any front end can ask. Paths are relative to the repository
 * root, with forward slashes.
 */
export interface Allowlist {
  readonly empty: boolean;
  /** Every finding in this file is allowed, whatever it is: the file need not be scanned. */
  allowsPath(path: string): boolean;
  /** A finding of this secret, on this line of text in this file (added by `commit`, in a history scan), is allowed. */
  allowsSecret(
    secret: string,
    where: { readonly path: string; readonly line: string; readonly commit?: string },
  ): boolean;
  /**
   * A finding on this 1-based line of this file is allowed. With `commit` (a history scan), entries
   * naming another commit do not apply; without it every entry applies (the file as it is now).
   */
  allowsLine(path: string, line: number, commit?: string): boolean;
}

/** User regexes run on bounded text only (see translateGoRegex for the other half of the guard). */
export const MAX_TESTED_LENGTH = 4096;

interface CompiledRule {
  readonly condition: 'or' | 'and';
  readonly paths: readonly RegExp[];
  readonly regexes: readonly RegExp[];
  readonly regexTarget: 'secret' | 'line';
  readonly stopwords: readonly string[];
  readonly commits: readonly string[];
}

export const EMPTY_ALLOWLIST_SPEC: AllowlistSpec = { rules: [], ignoredLines: [] };

function compile(sources: readonly RegexSource[]): RegExp[] {
  const out: RegExp[] = [];
  for (const s of sources) {
    try {
      out.push(new RegExp(s.source, s.flags));
    } catch {
      // Validated when the spec was built; a pattern that still fails allows nothing.
    }
  }
  return out;
}

function bounded(s: string): string {
  return s.length > MAX_TESTED_LENGTH ? s.slice(0, MAX_TESTED_LENGTH) : s;
}

/** Commit ids match when one is a prefix of the other (configs and fingerprints may abbreviate them). */
export function sameCommit(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x.length <= y.length ? y.startsWith(x) : x.startsWith(y);
}

function anyMatch(patterns: readonly RegExp[], text: string): boolean {
  for (const p of patterns) if (p.test(text)) return true;
  return false;
}

/** Normalizes a path for matching: forward slashes, no leading `./`. */
export function allowlistPath(p: string): string {
  return p.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}

/** Compiles a spec into an Allowlist. */
export function createAllowlist(spec: AllowlistSpec): Allowlist {
  const rules: CompiledRule[] = spec.rules.map((r) => ({
    condition: r.condition,
    paths: compile(r.paths),
    regexes: compile(r.regexes),
    regexTarget: r.regexTarget,
    stopwords: r.stopwords,
    commits: r.commits ?? [],
  }));
  // Each ignored place with the commits its entries name; undefined: an entry names none (any commit).
  const ignored = new Map<string, string[] | undefined>();
  for (const l of spec.ignoredLines) {
    const key = `${allowlistPath(l.path)}\0${l.line}`;
    const commits = ignored.has(key) ? ignored.get(key) : [];
    ignored.set(key, commits === undefined || l.commit === undefined ? undefined : [...commits, l.commit]);
  }
  return {
    empty: rules.length === 0 && ignored.size === 0,
    allowsPath(path) {
      const p = bounded(allowlistPath(path));
      return rules.some(
        (r) =>
          r.paths.length > 0 &&
          (r.condition === 'or' || (r.regexes.length === 0 && r.stopwords.length === 0 && r.commits.length === 0)) &&
          anyMatch(r.paths, p),
      );
    },
    allowsSecret(secret, where) {
      if (rules.length === 0) return false;
      const s = bounded(secret);
      const lower = s.toLowerCase();
      const p = bounded(allowlistPath(where.path));
      const line = bounded(where.line);
      return rules.some((r) => {
        const checks: (() => boolean)[] = [];
        if (r.paths.length > 0) checks.push(() => anyMatch(r.paths, p));
        if (r.regexes.length > 0) checks.push(() => anyMatch(r.regexes, r.regexTarget === 'line' ? line : s));
        if (r.stopwords.length > 0) checks.push(() => r.stopwords.some((w) => lower.includes(w)));
        if (r.commits.length > 0)
          checks.push(() => where.commit !== undefined && r.commits.some((c) => sameCommit(c, where.commit!)));
        if (checks.length === 0) return false;
        return r.condition === 'or' ? checks.some((c) => c()) : checks.every((c) => c());
      });
    },
    allowsLine(path, line, commit) {
      if (ignored.size === 0) return false;
      const key = `${allowlistPath(path)}\0${line}`;
      if (!ignored.has(key)) return false;
      const commits = ignored.get(key);
      return commit === undefined || commits === undefined || commits.some((c) => sameCommit(c, commit));
    },
  };
}

/** Both specs' entries in one. */
export function mergeAllowlistSpecs(a: AllowlistSpec, b: AllowlistSpec): AllowlistSpec {
  return { rules: [...a.rules, ...b.rules], ignoredLines: [...a.ignoredLines, ...b.ignoredLines] };
}
