import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { ExclusionFileError } from './errors';
import { validatePatterns } from './policy';

/** The exclusion settings a workspace records in `.vscode/settings.json`, shared by the extension and the CLI. */
export interface ExclusionSettings {
  /** `aiSecretGuard.exclusions.patterns`, when set. */
  readonly patterns?: readonly string[];
  /** `aiSecretGuard.exclusions.assistants`, when set: assistant ids, or `auto`. */
  readonly assistants?: readonly string[];
}

export const PATTERNS_KEY = 'aiSecretGuard.exclusions.patterns';
export const ASSISTANTS_KEY = 'aiSecretGuard.exclusions.assistants';

function stringList(value: unknown, key: string, file: string): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
    throw new ExclusionFileError(file, `"${key}" must be a list of strings`);
  return value as string[];
}

/**
 * Reads the exclusion settings from the text of `.vscode/settings.json` (comments allowed). Throws
 * ExclusionFileError for malformed JSON or a value of the wrong type, so a typo is not silently
 * replaced by the defaults.
 */
export function parseExclusionSettings(text: string | undefined, file = '.vscode/settings.json'): ExclusionSettings {
  if (text === undefined || text.trim() === '') return {};
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true });
  if (errors.length > 0)
    throw new ExclusionFileError(
      file,
      `it is not valid JSON (${printParseErrorCode(errors[0]!.error)} at offset ${errors[0]!.offset})`,
    );
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const record = value as Record<string, unknown>;
  const patterns = stringList(record[PATTERNS_KEY], PATTERNS_KEY, file);
  if (patterns) {
    const problems = validatePatterns(patterns);
    if (problems.length > 0) throw new ExclusionFileError(file, `"${PATTERNS_KEY}" has ${problems.join('; ')}`);
  }
  const assistants = stringList(record[ASSISTANTS_KEY], ASSISTANTS_KEY, file);
  return { ...(patterns ? { patterns } : {}), ...(assistants ? { assistants } : {}) };
}
