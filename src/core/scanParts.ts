import { MULTILINE_LOOKBEHIND, type Detector, type ScanContext } from './detect/detector';
import type { Finding } from './finding';
import { isQuotedPrintableMail } from './detect/quotedPrintable';
import { scanAtMost, type FileScanResult } from './scanBytes';

/**
 * Scanning a text in parts cut at line starts, each part's findings exactly those of one scan of
 * the whole text that start in it: a large file spread over threads, a large document scanned in
 * slices between which the editor's thread stays free.
 *
 * Why it is exact: by the detector's locality contract, a single-line rule's (and the wrapped
 * stage's) findings on a line depend on that line and the one before it, and a multi-line finding
 * starting on a line depends on the `maxSpan` characters around it. Each part is scanned together
 * with a margin of `partReach` characters (whole lines) either side, the same twice-the-span margin
 * the incremental rescan regenerates from, and keeps the findings that start inside it.
 */

/** How far around a part the scan must look: twice the longest multi-line reach, as `Detector.rescan` does. */
export function partReach(detector: Detector): number {
  let longest = 0;
  for (const r of detector.rules) longest = Math.max(longest, r.multiline?.maxSpan ?? 0);
  return longest > 0 ? 2 * (longest + MULTILINE_LOOKBEHIND) : 0;
}

/**
 * `count` + 1 ascending offsets, from 0 to `text.length`, each other one a line start near an equal
 * share of the text. Parts may be empty when lines are longer than a share (a minified file).
 */
export function partBounds(text: string, count: number): number[] {
  const bounds = [0];
  for (let i = 1; i < count; i++) {
    const at = Math.max(bounds[i - 1]!, lineStartAtOrAfter(text, Math.floor((i * text.length) / count)));
    bounds.push(at);
  }
  bounds.push(text.length);
  return bounds;
}

/** Bounds of consecutive parts of about `size` characters each (at least one part). */
export function sliceBounds(text: string, size: number): number[] {
  return partBounds(text, Math.max(1, Math.ceil(text.length / Math.max(1, size))));
}

/**
 * The findings of `detector.scan(text, context)` that start in `[from, to)`, both line starts
 * (or the text's ends), sorted as `scan` sorts them. Scans only the part and its margins.
 */
export function scanPart(
  detector: Detector,
  text: string,
  from: number,
  to: number,
  context: ScanContext | undefined,
  reach = partReach(detector),
): Finding[] {
  return scanPartAtMost(detector, text, from, to, context, Infinity, reach).findings;
}

/**
 * `scanPart` with the part's scan (margins included) capped at `maxFindings` (`scanAtMost`):
 * `complete` is false when it stopped there.
 */
export function scanPartAtMost(
  detector: Detector,
  text: string,
  from: number,
  to: number,
  context: ScanContext | undefined,
  maxFindings: number,
  reach = partReach(detector),
): { findings: Finding[]; complete: boolean } {
  if (from >= to) return { findings: [], complete: true };
  if (from === 0 && to === text.length) return scanAtMost(detector, text, context ?? {}, maxFindings);
  if (isQuotedPrintableMail(text, context?.path)) {
    // Its decoded view joins lines across any part boundary: scan it whole, keep this part's findings.
    const whole = scanAtMost(detector, text, context ?? {}, maxFindings);
    return { findings: whole.findings.filter((f) => f.start >= from && f.start < to), complete: whole.complete };
  }
  // Whole lines either side; at least the line before the part, which holds its suppression markers.
  const regionStart = from === 0 ? 0 : lineStartOf(text, Math.max(0, from - 1 - reach));
  const regionEnd = to >= text.length ? text.length : lineStartAtOrAfter(text, Math.min(text.length, to + reach));
  const scanned = scanAtMost(detector, text.slice(regionStart, regionEnd), context ?? {}, maxFindings);
  const out: Finding[] = [];
  for (const f of scanned.findings) {
    const start = f.start + regionStart;
    if (start < from || start >= to) continue;
    out.push(regionStart === 0 ? f : { ...f, start, end: f.end + regionStart });
  }
  return { findings: out, complete: scanned.complete };
}

/** The parts' results as the one result of the whole file (parts in order). */
export function joinParts(parts: readonly FileScanResult[]): FileScanResult {
  const skipped = parts.find((p) => p.skipped)?.skipped;
  if (skipped) return { findings: [], skipped, bytes: 0 };
  const allowed = parts.reduce((n, p) => n + (p.allowed ?? 0), 0);
  // Each part stops at the cap alone: the file is cut short when one of them was.
  const stoppedAt = parts.find((p) => p.stoppedAt !== undefined)?.stoppedAt;
  return {
    findings: parts.flatMap((p) => p.findings),
    bytes: parts.reduce((n, p) => n + p.bytes, 0),
    ...(allowed > 0 ? { allowed } : {}),
    ...(stoppedAt !== undefined ? { stoppedAt } : {}),
  };
}

function lineStartOf(text: string, offset: number): number {
  return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}

/** `offset` when it is a line start, else the start of the next line (or the text's end). */
function lineStartAtOrAfter(text: string, offset: number): number {
  if (offset <= 0) return 0;
  if (text.charCodeAt(offset - 1) === 10) return offset;
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}
