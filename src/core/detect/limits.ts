/** Why a text was not scanned. Skips are reported, never silent. */
export type SkipReason = 'binary' | 'too-large';

export interface ScanLimits {
  /** Texts longer than this many characters are skipped. */
  readonly maxFileSize: number;
}

export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;

/** Why `text` should not be scanned, or undefined if it should. Binary means it holds a NUL character. */
export function skipReason(text: string, limits: ScanLimits): SkipReason | undefined {
  if (text.length > limits.maxFileSize) return 'too-large';
  if (text.indexOf('\0') !== -1) return 'binary';
  return undefined;
}
