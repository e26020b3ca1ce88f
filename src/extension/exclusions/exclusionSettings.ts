import * as vscode from 'vscode';
import { DEFAULT_SENSITIVE_PATTERNS, validatePatterns } from '../../core/exclusions/policy';
import { SECTION } from '../config';

/** The exclusion settings (`aiSecretGuard.exclusions.*`), read once per configuration change. */
export interface ExclusionSettings {
  readonly patterns: readonly string[];
  /** Assistant ids, `all`, or `auto` (the ones detected in use). */
  readonly assistants: readonly string[];
  /** Apply the sync without asking when a new sensitive file appears. */
  readonly autoSync: boolean;
  /** Also exclude files in which a high-confidence secret was found. */
  readonly includeSecretFiles: boolean;
  /** Warn when a sensitive file is open in an editor. */
  readonly warnOnOpen: boolean;
  /** Problems with the configured patterns (reported once, defaults used instead). */
  readonly problems: readonly string[];
}

export const EXCLUSIONS_SECTION = `${SECTION}.exclusions`;

export function readExclusionSettings(): ExclusionSettings {
  const c = vscode.workspace.getConfiguration(EXCLUSIONS_SECTION);
  const raw = c.get<unknown>('patterns');
  const strings = (v: unknown): string[] | undefined =>
    Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined;
  const configured = strings(raw);
  const problems =
    raw === undefined
      ? []
      : configured
        ? validatePatterns(configured)
        : ['"aiSecretGuard.exclusions.patterns" must be a list of strings'];
  return {
    patterns: configured && problems.length === 0 ? configured : DEFAULT_SENSITIVE_PATTERNS,
    assistants: strings(c.get('assistants')) ?? ['auto'],
    autoSync: c.get<boolean>('autoSync') === true,
    includeSecretFiles: c.get<boolean>('includeSecretFiles') !== false,
    warnOnOpen: c.get<boolean>('warnOnOpen') !== false,
    problems,
  };
}
