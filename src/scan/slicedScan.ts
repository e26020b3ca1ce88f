import type { Detector, ScanContext } from '../core/detect/detector';
import type { Finding } from '../core/finding';
import { partReach, scanPart } from '../core/scanParts';

export interface SliceOptions {
  /** Characters in the first slice (whole lines); later slices are sized to take about `targetMs`. */
  readonly firstSlice?: number;
  readonly targetMs?: number;
  /** Called between slices; the scan goes on when it resolves (default: the next turn of the event loop). */
  readonly pause?: () => Promise<void>;
  /** Checked after each pause: true stops the scan, which then resolves undefined. */
  readonly cancelled?: () => boolean;
  /** Called with each slice's duration in milliseconds (for the bench). */
  readonly onSlice?: (ms: number) => void;
  readonly now?: () => number;
}

const FIRST_SLICE = 16 * 1024;
const TARGET_MS = 15;
const MIN_SLICE = 4 * 1024;
const MAX_SLICE = 4 * 1024 * 1024;

/**
 * `detector.scan(text, context)` computed in slices of whole lines with a pause between them, so a
 * large document does not hold the editor's thread for the whole scan: the same findings
 * (`scanPart`), or undefined when `cancelled` says the text is stale. A slice is never less than a
 * line, so one huge line is one slice (the detector's long-line windows keep it linear).
 */
export async function scanSliced(
  detector: Detector,
  text: string,
  context: ScanContext | undefined,
  options: SliceOptions = {},
): Promise<Finding[] | undefined> {
  const now = options.now ?? (() => performance.now());
  const pause = options.pause ?? (() => new Promise<void>((resolve) => setImmediate(resolve)));
  const target = options.targetMs ?? TARGET_MS;
  const reach = partReach(detector);
  const out: Finding[] = [];
  let size = options.firstSlice ?? FIRST_SLICE;
  for (let from = 0; from < text.length || from === 0;) {
    const to = lineStartAtOrAfter(text, Math.min(text.length, from + size));
    const started = now();
    for (const f of scanPart(detector, text, from, to, context, reach)) out.push(f);
    const ms = now() - started;
    options.onSlice?.(ms);
    // Sized by the last slice's pace: keyword-dense code scans many times slower than plain text.
    size = Math.max(MIN_SLICE, Math.min(MAX_SLICE, Math.round(((to - from) * target) / Math.max(ms, 0.5))));
    if (to >= text.length) break;
    from = to;
    await pause();
    if (options.cancelled?.()) return undefined;
  }
  return out;
}

/** `offset` when it is a line start, else the start of the next line (or the text's end). */
function lineStartAtOrAfter(text: string, offset: number): number {
  if (offset <= 0 || offset >= text.length) return Math.max(0, offset);
  if (text.charCodeAt(offset - 1) === 10) return offset;
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}
