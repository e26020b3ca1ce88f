import type { Detector } from './detect/detector';
import { locateFindings, type ReportedFinding, type SkippedFile } from './report/model';

export interface FileScanResult {
  readonly findings: readonly ReportedFinding[];
  readonly skipped?: SkippedFile;
  readonly bytes: number;
}

/**
 * Scans one file's bytes: binary files (any NUL byte) and files over `maxFileSize` bytes are skipped
 * and say so; everything else is decoded as UTF-8 and scanned.
 */
export function scanBytes(detector: Detector, path: string, bytes: Uint8Array, maxFileSize: number): FileScanResult {
  if (bytes.length > maxFileSize) return { findings: [], skipped: { path, reason: 'too-large' }, bytes: 0 };
  if (bytes.indexOf(0) !== -1) return { findings: [], skipped: { path, reason: 'binary' }, bytes: 0 };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return { findings: locateFindings(path, text, detector.scan(text)), bytes: bytes.length };
}
