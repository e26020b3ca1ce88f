import type { Detector, ScanContext } from './detect/detector';
import type { Finding } from './finding';
import { decodeText } from './textDecoding';
import { locateFindings, type ReportedFinding, type SkippedFile } from './report/model';

export interface FileScanResult {
  readonly findings: readonly ReportedFinding[];
  readonly skipped?: SkippedFile;
  readonly bytes: number;
  /** Findings left out because `allows` accepted them. */
  readonly allowed?: number;
  /** Set when the scan stopped at its cap (`maxFindings`): it found this many, and the file may hold more. */
  readonly stoppedAt?: number;
}

/**
 * Decides whether a found secret is accepted by an allowlist a team keeps (gitleaks' regexes and
 * stopwords). Sees the secret and the text of its line, cut to at most LINE_CONTEXT characters
 * either side of the secret; nothing of it leaves the caller.
 */
export type SecretAllowance = (secret: string, line: string) => boolean;

const LINE_CONTEXT = 1024;

/** The line holding `[start, end)`, cut to LINE_CONTEXT characters either side (without its line break). */
export function lineAround(text: string, start: number, end: number): string {
  // Searches bounded by LINE_CONTEXT: on a long line with many findings, unbounded ones are quadratic.
  let lineStart = start;
  const earliest = Math.max(0, start - LINE_CONTEXT);
  while (lineStart > earliest && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  const latest = Math.min(text.length, end + LINE_CONTEXT);
  let lineEnd = end;
  while (lineEnd < latest && text.charCodeAt(lineEnd) !== 10) lineEnd++;
  return text.slice(lineStart, text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd);
}

/**
 * Scans one file's bytes: binary files (any NUL byte) and files over `maxFileSize` bytes are skipped
 * and say so; everything else is decoded (UTF-8, or UTF-16/32 by its byte-order mark) and scanned. Findings that `allows` accepts are
 * dropped and counted. `decode` may replace decodeText with an equivalent (a faster one where the platform has it).
 */
export function scanBytes(
  detector: Detector,
  path: string,
  bytes: Uint8Array,
  maxFileSize: number,
  allows?: SecretAllowance,
  decode = decodeText,
  maxFindings = Infinity,
): FileScanResult {
  if (bytes.length > maxFileSize) return { findings: [], skipped: { path, reason: 'too-large' }, bytes: 0 };
  const text = decode(bytes);
  if (text === undefined) return { findings: [], skipped: { path, reason: 'binary' }, bytes: 0 };
  const scanned = scanAtMost(detector, text, { path }, maxFindings);
  let found = scanned.findings;
  let allowed = 0;
  if (allows && found.length > 0) {
    const kept = found.filter((f) => !allows(text.slice(f.start, f.end), lineAround(text, f.start, f.end)));
    allowed = found.length - kept.length;
    found = kept;
  }
  return {
    findings: locateFindings(path, text, found),
    bytes: bytes.length,
    ...(allowed > 0 ? { allowed } : {}),
    ...(scanned.complete ? {} : { stoppedAt: maxFindings }),
  };
}

/** `detector.scan`, or with a finite cap `detector.scanAtMost`. */
export function scanAtMost(
  detector: Detector,
  text: string,
  context: ScanContext,
  maxFindings: number,
): { findings: Finding[]; complete: boolean } {
  return Number.isFinite(maxFindings)
    ? detector.scanAtMost(text, maxFindings, context)
    : { findings: detector.scan(text, context), complete: true };
}
