import path from 'node:path';
import {
  createAllowlist,
  EMPTY_ALLOWLIST_SPEC,
  type Allowlist,
  type AllowlistSpec,
  type AllowRuleSpec,
} from '../core/allowlist/allowlist';
import { parseGitleaksConfig } from '../core/allowlist/gitleaksConfig';
import { parseGitleaksIgnore } from '../core/allowlist/gitleaksIgnore';
import { InputError } from './errors';
import { errorCode, readIfPresent } from './files';
import { displayPath, exists } from './walk';

/** gitleaks follows `[extend] path` two levels deep; so do we. */
const MAX_EXTEND_DEPTH = 2;

export interface GitleaksAllowlist {
  readonly spec: AllowlistSpec;
  readonly allowlist: Allowlist;
  /** The repository root that allowlist paths are relative to. */
  readonly root: string;
  /** The files read, as shown to the user. */
  readonly files: readonly string[];
  readonly warnings: readonly string[];
}

/** The nearest folder at or above `dir` that holds `.git` (a folder, or a file in worktrees), else `dir`. */
export async function findRepoRoot(dir: string): Promise<string> {
  for (let current = path.resolve(dir); ;) {
    if (await exists(path.join(current, '.git'))) return current;
    const parent = path.dirname(current);
    if (parent === current) return path.resolve(dir);
    current = parent;
  }
}

/** The file's text, or undefined when there is none; unreadable is an InputError. */
async function readConfigFile(file: string): Promise<string | undefined> {
  try {
    return await readIfPresent(file);
  } catch (e) {
    throw new InputError(`cannot read ${file}: ${errorCode(e)}`);
  }
}

/**
 * The allowlist a repository already keeps for gitleaks: `.gitleaks.toml` (or `configFile`) with
 * the configs it extends, and `.gitleaksignore`, both at `root`. Undefined when there is neither.
 * Throws GitleaksConfigError for malformed TOML and InputError for a missing `configFile`.
 */
export async function loadGitleaksAllowlist(
  root: string,
  cwd: string,
  configFile?: string,
): Promise<GitleaksAllowlist | undefined> {
  const files: string[] = [];
  const warnings: string[] = [];
  const rules: AllowRuleSpec[] = [];
  const seen = new Set<string>();

  const readConfig = async (abs: string, depth: number, required: boolean): Promise<void> => {
    if (seen.has(abs)) return;
    seen.add(abs);
    const shown = displayPath(abs, cwd);
    const text = await readConfigFile(abs);
    if (text === undefined) {
      if (required) throw new InputError(`gitleaks config not found: ${shown}`);
      if (depth > 0) warnings.push(`${shown}: extended gitleaks config not found; skipped`);
      return;
    }
    files.push(shown);
    const config = parseGitleaksConfig(text, shown);
    rules.push(...config.rules);
    warnings.push(...config.warnings);
    if (config.extendPath) {
      if (depth >= MAX_EXTEND_DEPTH)
        warnings.push(`${shown}: [extend] goes deeper than ${MAX_EXTEND_DEPTH} levels; not followed`);
      else await readConfig(path.resolve(root, config.extendPath), depth + 1, false);
    }
  };
  await readConfig(
    configFile ? path.resolve(cwd, configFile) : path.join(root, '.gitleaks.toml'),
    0,
    configFile !== undefined,
  );

  const ignoreFile = path.join(root, '.gitleaksignore');
  const ignoreText = await readConfigFile(ignoreFile);
  let ignoredLines: AllowlistSpec['ignoredLines'] = [];
  if (ignoreText !== undefined) {
    const shown = displayPath(ignoreFile, cwd);
    files.push(shown);
    const parsed = parseGitleaksIgnore(ignoreText, shown);
    ignoredLines = parsed.lines;
    warnings.push(...parsed.warnings);
  }
  if (files.length === 0) return undefined;
  const spec: AllowlistSpec = rules.length || ignoredLines.length ? { rules, ignoredLines } : EMPTY_ALLOWLIST_SPEC;
  return { spec, allowlist: createAllowlist(spec), root, files, warnings };
}
