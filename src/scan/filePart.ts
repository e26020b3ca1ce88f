import { isAscii, isUtf8 } from 'node:buffer';
import type { Detector } from '../core/detect/detector';
import type { Finding } from '../core/finding';
import { locateFindings } from '../core/report/model';
import { lineAround, type FileScanResult, type SecretAllowance } from '../core/scanBytes';
import { partBounds, partReach, scanPartAtMost } from '../core/scanParts';
import { decodeText } from '../core/textDecoding';

/** Which part of a file to scan; with `region` (from `planRegions`), the bytes given are that region's only. */
export interface FilePart {
  readonly index: number;
  readonly count: number;
  readonly region?: Utf8Region;
}

/**
 * `scanBytes` for part `index` of `count` of a file: the part's findings, located in the whole
 * file, so the parts' findings together are the whole file's. A binary or too-large file is skipped
 * alike by every part; `bytes` counts the file in part 0 only. UTF-8 files are cut at LF bytes and
 * each part decodes only its share and margins; others (UTF-16/32, invalid UTF-8) decode it whole.
 */
export function scanBytesPart(
  detector: Detector,
  path: string,
  bytes: Uint8Array,
  maxFileSize: number,
  part: FilePart,
  allows?: SecretAllowance,
  decode = decodeText,
  maxFindings = Infinity,
): FileScanResult {
  const scan = (text: string, from: number, to: number) =>
    scanPartAtMost(detector, text, from, to, { path }, maxFindings);
  if (part.region) return scanRegion(scan, maxFindings, path, bytes, part.region, part.index === 0, allows, decode);
  if (bytes.length > maxFileSize) return { findings: [], skipped: { path, reason: 'too-large' }, bytes: 0 };
  const region = planRegions(bytes, part.count, partReach(detector))?.[part.index];
  if (region) {
    const regionBytes = bytes.subarray(region.from, region.to);
    return scanRegion(scan, maxFindings, path, regionBytes, region, part.index === 0, allows, decode);
  }
  const text = decode(bytes);
  if (text === undefined) return { findings: [], skipped: { path, reason: 'binary' }, bytes: 0 };
  const bounds = partBounds(text, part.count);
  const found = scan(text, bounds[part.index]!, bounds[part.index + 1]!);
  return located(
    path,
    text,
    found,
    allows,
    { charBase: 0, lineBase: 0 },
    part.index === 0 ? bytes.length : 0,
    maxFindings,
  );
}

/** One region of a UTF-8 file, given its bytes: the findings starting in the part it owns. */
function scanRegion(
  scan: PartScan,
  maxFindings: number,
  path: string,
  bytes: Uint8Array,
  region: Utf8Region,
  first: boolean,
  allows: SecretAllowance | undefined,
  decode: (bytes: Uint8Array) => string | undefined,
): FileScanResult {
  const text = decode(bytes);
  if (text === undefined) return { findings: [], skipped: { path, reason: 'binary' }, bytes: 0 };
  const ownFrom = utf16Length(bytes, 0, region.ownFrom - region.from, region.ascii);
  const ownTo = ownFrom + utf16Length(bytes, region.ownFrom - region.from, region.ownTo - region.from, region.ascii);
  return located(path, text, scan(text, ownFrom, ownTo), allows, region, first ? region.fileBytes : 0, maxFindings);
}

/** A part's scan: the findings of `text` starting in [from, to), and whether the cap left it complete. */
type PartScan = (text: string, from: number, to: number) => { findings: Finding[]; complete: boolean };

/** The findings of a decoded stretch of a file, allowlist applied, located in the whole file. */
function located(
  path: string,
  text: string,
  scanned: { findings: Finding[]; complete: boolean },
  allows: SecretAllowance | undefined,
  base: { readonly charBase: number; readonly lineBase: number },
  counted: number,
  maxFindings = Infinity,
): FileScanResult {
  let found = scanned.findings;
  let allowed = 0;
  if (allows && found.length > 0) {
    const kept = found.filter((f) => !allows(text.slice(f.start, f.end), lineAround(text, f.start, f.end)));
    allowed = found.length - kept.length;
    found = kept;
  }
  let findings = locateFindings(path, text, found);
  const { charBase, lineBase } = base;
  if (charBase > 0 || lineBase > 0)
    findings = findings.map((f) => ({
      ...f,
      start: f.start + charBase,
      end: f.end + charBase,
      startLine: f.startLine + lineBase,
      endLine: f.endLine + lineBase,
    }));
  return {
    findings,
    bytes: counted,
    ...(allowed > 0 ? { allowed } : {}),
    ...(scanned.complete ? {} : { stoppedAt: maxFindings }),
  };
}

/** Where part `index` of a UTF-8 file lies in its bytes, with its margins, and what comes before them. */
export interface Utf8Region {
  /** The whole file's length in bytes. */
  readonly fileBytes: number;
  /** Byte range decoded: the part and its margins, cut after LF bytes. */
  readonly from: number;
  readonly to: number;
  /** Byte range the part owns. */
  readonly ownFrom: number;
  readonly ownTo: number;
  /** Characters (UTF-16 units) and line breaks of the decoded file before `from`. */
  readonly charBase: number;
  readonly lineBase: number;
  /** The region holds only ASCII. */
  readonly ascii: boolean;
}

/**
 * The regions of `count` parts of a file, or undefined when it is not cut by bytes: a byte-order
 * mark of UTF-16 or UTF-32, a NUL (binary: decoding it whole says so), invalid UTF-8 (replacement
 * characters make character counts differ), or a U+FEFF at the start of a region (a decoder would
 * drop it). An LF byte never stands inside a UTF-8 sequence, so a cut after one is a line start of
 * the text. Each region holds its part and `margin` characters either side (whole lines).
 */
export function planRegions(bytes: Uint8Array, count: number, margin: number): Utf8Region[] | undefined {
  const [a, b] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff) || (a === 0 && b === 0)) return undefined;
  if (bytes.indexOf(0) !== -1 || !isUtf8(bytes)) return undefined;
  const allAscii = isAscii(bytes);
  // In bytes, a margin of 3 per character holds at least that many characters (UTF-8 takes at most 3 bytes per UTF-16 unit).
  const marginBytes = allAscii ? margin : 3 * margin;
  const bom = a === 0xef && b === 0xbb && bytes[2] === 0xbf;
  const cut = (i: number) =>
    i <= 0 ? 0 : i >= count ? bytes.length : afterLf(bytes, Math.floor((i * bytes.length) / count));
  const regions: Utf8Region[] = [];
  for (let index = 0; index < count; index++) {
    const ownFrom = cut(index);
    const ownTo = Math.max(ownFrom, cut(index + 1));
    const from = ownFrom === 0 ? 0 : bytes.lastIndexOf(10, Math.max(0, ownFrom - 1 - marginBytes)) + 1;
    const to = ownTo >= bytes.length ? bytes.length : afterLf(bytes, Math.min(bytes.length, ownTo + marginBytes));
    if (from > 0 && bytes[from] === 0xef && bytes[from + 1] === 0xbb && bytes[from + 2] === 0xbf) return undefined;
    regions.push({
      fileBytes: bytes.length,
      from,
      to,
      ownFrom,
      ownTo,
      // The decoder drops a leading byte-order mark, so it is no character of the text.
      charBase: utf16Length(bytes, 0, from, allAscii) - (bom && from > 0 ? 1 : 0),
      lineBase: lineBreaks(bytes, from),
      ascii: allAscii || isAscii(bytes.subarray(from, to)),
    });
  }
  return regions;
}

/** The first offset after an LF byte at or after `at` (or the end); `at` itself when an LF precedes it. */
function afterLf(bytes: Uint8Array, at: number): number {
  if (at <= 0) return 0;
  if (bytes[at - 1] === 10) return at;
  const nl = bytes.indexOf(10, at);
  return nl === -1 ? bytes.length : nl + 1;
}

/** UTF-16 units of the valid UTF-8 in `bytes[from, to)`: one per sequence, two for a 4-byte one. */
function utf16Length(bytes: Uint8Array, from: number, to: number, ascii: boolean): number {
  if (ascii) return to - from;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = bytes[i]!;
    if ((c & 0xc0) !== 0x80) n += c >= 0xf0 ? 2 : 1;
  }
  return n;
}

/** Line breaks the decoded text has before byte `end` (which follows an LF): LFs, and lone CRs, which decoding turns into LFs. */
function lineBreaks(bytes: Uint8Array, end: number): number {
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1 && i < end; i = bytes.indexOf(10, i + 1)) n++;
  for (let i = bytes.indexOf(13); i !== -1 && i < end; i = bytes.indexOf(13, i + 1)) if (bytes[i + 1] !== 10) n++;
  return n;
}
