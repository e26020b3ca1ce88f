/** Why a text was not scanned. Skips are reported, never silent. */
export type SkipReason = 'binary' | 'too-large';

export interface ScanLimits {
  /** Texts longer than this many characters are skipped. */
  readonly maxFileSize: number;
}

export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;

/**
 * Findings a command-line scan lists per file at most. A file holding more (a hostile or generated
 * one: a million key-shaped values on a line) stops being scanned there and is listed as cut short,
 * which makes the scan partial: past this, each finding costs more to check and report than the
 * file's bytes cost to scan, and no one reads the rest of such a list.
 */
export const MAX_FINDINGS_PER_FILE = 1000;

/** Why `text` should not be scanned, or undefined if it should. Binary means it holds a NUL character. */
export function skipReason(text: string, limits: ScanLimits): SkipReason | undefined {
  if (text.length > limits.maxFileSize) return 'too-large';
  if (text.indexOf('\0') !== -1) return 'binary';
  return undefined;
}
