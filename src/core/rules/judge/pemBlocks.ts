// A PEM block (RFC 7468: `-----BEGIN LABEL-----`, base64 lines, `-----END LABEL-----`) is one
// thing: the private-key rules report a key once, from its BEGIN line. Its body lines are base64
// of 64 characters, which a line rule (a file named `secrets/root_ca_key` read as a bare secret,
// a generic high-entropy value) would otherwise report once per line. The detector finds the
// blocks' bodies once per text; a finding starting inside one is part of the block, not a secret
// of its own. Only a well-formed body counts (base64 lines and RFC 1421 headers such as
// `Proc-Type:`): text that merely sits between two markers is still read line by line.

/** A BEGIN or END marker alone on its line (after indentation), label captured. */
const BEGIN = /^[ \t]*-----BEGIN ([A-Z0-9][A-Z0-9 ]{0,40})-----[ \t]*\r?$/;

/** A body line: base64 (padding at the end), or an encapsulated header (`DEK-Info: AES-128-CBC,…`). */
const BODY_LINE = /^[ \t]*(?:[A-Za-z0-9+/]*={0,2}|[A-Za-z][A-Za-z-]{1,30}: [^\r\n]{0,200})[ \t]*\r?$/;

/** The longest body considered: a 4096-bit RSA key with headers is about 3.3 KB, PGP key blocks more. */
const MAX_BODY = 16384;

/** The line of `text` starting at `start`, without its newline. */
function lineAt(text: string, start: number): { line: string; next: number } {
  const end = text.indexOf('\n', start);
  return end < 0 ? { line: text.slice(start), next: -1 } : { line: text.slice(start, end), next: end + 1 };
}

/**
 * The bodies of the well-formed PEM blocks of `text`, as [start, end) offset pairs in order: from
 * the line after a BEGIN line to the start of its END line. Reads only texts holding a marker.
 */
export function pemBodies(text: string): number[] {
  const bodies: number[] = [];
  let at = text.indexOf('-----BEGIN ');
  while (at >= 0) {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const { line, next } = lineAt(text, lineStart);
    const label = BEGIN.exec(line)?.[1];
    let resume = next;
    if (label !== undefined && next >= 0) {
      const end = bodyEnd(text, next, label);
      if (end > next) {
        bodies.push(next, end);
        resume = end;
      }
    }
    at = resume < 0 ? -1 : text.indexOf('-----BEGIN ', resume);
  }
  return bodies;
}

/** Where the body starting at `start` ends (its END line's start), or -1 when a line breaks the form first. */
function bodyEnd(text: string, start: number, label: string): number {
  const endMarker = `-----END ${label}-----`;
  let at = start;
  while (at >= 0 && at - start <= MAX_BODY) {
    const { line, next } = lineAt(text, at);
    if (line.trim() === endMarker) return at;
    if (!BODY_LINE.test(line)) return -1;
    at = next;
  }
  return -1;
}

/**
 * Whether the bodies `after` (of the text after an edit replacing [start, oldEnd) by [start,
 * newEnd)) are the bodies `before` moved by the edit: then a line's verdict outside the edit is
 * unchanged. A body the edit touches, or one it makes or unmakes, makes them differ.
 */
export function sameBodiesAfterEdit(
  before: readonly number[],
  after: readonly number[],
  start: number,
  oldEnd: number,
  newEnd: number,
): boolean {
  if (before.length !== after.length) return false;
  const shift = newEnd - oldEnd;
  for (let i = 0; i < before.length; i += 2) {
    const from = before[i]!;
    const to = before[i + 1]!;
    // A body reaching the edited stretch (its END line's start counts: the edit may change that line).
    if (to >= start && from <= oldEnd) return false;
    const moved = from > oldEnd ? shift : 0;
    if (after[i] !== from + moved || after[i + 1] !== to + moved) return false;
  }
  return true;
}
