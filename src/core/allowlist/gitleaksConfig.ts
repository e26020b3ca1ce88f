import { parse, TomlError } from 'smol-toml';
import type { AllowRuleSpec } from './allowlist';
import { translateGoRegex, type RegexSource } from './goRegex';
import { redact } from '../redact';

/**
 * Reads the allowlists of a gitleaks configuration (`.gitleaks.toml`), the format documented in
 * gitleaks' README and `config/config.go`: a global `[allowlist]` table (older) and/or
 * `[[allowlists]]` tables (v8.21+), each with `description`, `condition` (OR, the default, or AND),
 * `paths` and `regexes` (Go regular expressions), `regexTarget` (secret, match or line),
 * `stopwords`, `commits` and, for `[[allowlists]]`, `targetRules`.
 *
 * What carries over to this scanner and what cannot:
 * - `paths`, `regexes`, `stopwords`, `condition` apply as in gitleaks;
 * - `regexTarget = "match"` (the rule's whole match, which only gitleaks' rule regexes define) is
 *   tested against the line holding the secret instead, a superset of the match;
 * - `commits` match only in a history scan (`scan --history`, the pre-push hook): in a scan of
 *   files or of the index an OR entry keeps its other criteria and an AND entry that needs a commit
 *   never applies;
 * - `targetRules` and rule-level `[[rules.allowlists]]` name gitleaks' rules, whose ids are not
 *   ours: they are not applied;
 * - `[extend] path` is followed (up to two levels, as in gitleaks); `useDefault` is not.
 */
export interface GitleaksConfig {
  readonly rules: readonly AllowRuleSpec[];
  /** Entries skipped, each with its reason (bad regex, unsupported option): say each once. */
  readonly warnings: readonly string[];
  /** `[extend] path`, as written (relative paths are relative to the repository root). */
  readonly extendPath?: string;
}

/** A config that cannot be read at all (malformed TOML). Nothing from it is applied. */
export class GitleaksConfigError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}; fix it, or scan with --no-gitleaks`);
    this.name = 'GitleaksConfigError';
  }
}

type Table = Record<string, unknown>;

function isTable(v: unknown): v is Table {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

function stringList(table: Table, key: string): string[] | 'invalid' {
  const v = table[key];
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) return 'invalid';
  return v as string[];
}

function parseEntry(table: Table, origin: string, warnings: string[]): AllowRuleSpec | undefined {
  const fields: Record<'paths' | 'regexes' | 'stopwords' | 'commits' | 'targetRules', string[]> = {
    paths: [],
    regexes: [],
    stopwords: [],
    commits: [],
    targetRules: [],
  };
  for (const key of Object.keys(fields) as (keyof typeof fields)[]) {
    const list = stringList(table, key);
    if (list === 'invalid') {
      warnings.push(`${origin}: "${key}" is not a list of strings; entry skipped`);
      return undefined;
    }
    fields[key] = list;
  }
  if (fields.targetRules.length > 0) {
    warnings.push(
      `${origin}: applies only to gitleaks rules (${fields.targetRules.join(', ')}), whose ids differ from this scanner's; entry not applied`,
    );
    return undefined;
  }
  const conditionText = typeof table['condition'] === 'string' ? table['condition'].trim().toUpperCase() : '';
  const condition =
    conditionText === 'AND' || conditionText === '&&'
      ? 'and'
      : conditionText === '' || conditionText === 'OR' || conditionText === '||'
        ? 'or'
        : undefined;
  if (!condition) {
    warnings.push(`${origin}: unknown condition ${shown(table['condition'])} (expected OR or AND); entry skipped`);
    return undefined;
  }
  const targetText = typeof table['regexTarget'] === 'string' ? table['regexTarget'] : '';
  if (!['', 'secret', 'match', 'line'].includes(targetText)) {
    warnings.push(
      `${origin}: unknown regexTarget ${shown(targetText)} (expected secret, match or line); entry skipped`,
    );
    return undefined;
  }
  if (condition === 'and' && fields.commits.length > 0) {
    warnings.push(
      `${origin}: requires a commit (condition AND): applies to history scans only, not to files or staged changes`,
    );
  }
  const compileAll = (sources: readonly string[], what: string): RegexSource[] | undefined => {
    const out: RegexSource[] = [];
    for (const s of sources) {
      const t = translateGoRegex(s);
      if ('problem' in t) {
        warnings.push(`${origin}: ${what} ${shown(s)} skipped: ${t.problem}`);
        // Under AND, dropping a criterion would widen the entry: skip the entry instead.
        if (condition === 'and') return undefined;
      } else out.push(t);
    }
    return out;
  };
  const paths = compileAll(fields.paths, 'path');
  const regexes = compileAll(fields.regexes, 'regex');
  if (!paths || !regexes) return undefined;
  const stopwords = [...new Set(fields.stopwords.map((w) => w.toLowerCase()).filter((w) => w.length > 0))];
  const commits = [
    ...new Set(fields.commits.map((c) => c.trim().toLowerCase()).filter((c) => /^[0-9a-f]{4,64}$/.test(c))),
  ];
  if (paths.length === 0 && regexes.length === 0 && stopwords.length === 0 && commits.length === 0) return undefined;
  return {
    origin,
    condition,
    paths,
    regexes,
    regexTarget: targetText === 'secret' || targetText === '' ? 'secret' : 'line',
    stopwords,
    ...(commits.length ? { commits } : {}),
  };
}

/**
 * Parses a gitleaks configuration's text. Throws GitleaksConfigError when the TOML is malformed;
 * everything else that cannot be applied becomes a warning, and the rest still applies.
 */
export function parseGitleaksConfig(text: string, file: string): GitleaksConfig {
  let doc: Table;
  try {
    doc = parse(text) as Table;
  } catch (e) {
    // The parser's message quotes the offending line; report the position only, never file content.
    const where = e instanceof TomlError ? ` at line ${e.line}, column ${e.column}` : '';
    throw new GitleaksConfigError(file, `it is not valid TOML${where}`);
  }
  const warnings: string[] = [];
  const rules: AllowRuleSpec[] = [];
  const legacy = doc['allowlist'];
  if (legacy !== undefined) {
    if (isTable(legacy)) {
      const r = parseEntry(legacy, `${file} [allowlist]`, warnings);
      if (r) rules.push(r);
    } else warnings.push(`${file}: [allowlist] is not a table; skipped`);
  }
  const list = doc['allowlists'];
  if (list !== undefined) {
    if (Array.isArray(list)) {
      list.forEach((entry, i) => {
        const origin = `${file} [[allowlists]] #${i + 1}`;
        if (!isTable(entry)) warnings.push(`${origin}: not a table; skipped`);
        else {
          const r = parseEntry(entry, origin, warnings);
          if (r) rules.push(r);
        }
      });
    } else warnings.push(`${file}: [[allowlists]] is not an array of tables; skipped`);
  }
  const extend = doc['extend'];
  const extendPath =
    isTable(extend) && typeof extend['path'] === 'string' && extend['path'].trim() !== '' ? extend['path'] : undefined;
  return { rules, warnings, ...(extendPath ? { extendPath } : {}) };
}

/**
 * A value from the user's config as a warning may show it: redacted like a secret (a short prefix
 * and the length), since an allowlist pattern can hold a real key.
 */
function shown(value: unknown): string {
  return redact(typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)));
}
