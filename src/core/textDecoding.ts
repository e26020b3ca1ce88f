/**
 * Bytes of a file to the text the detector scans. A byte-order mark says how: UTF-32 and UTF-16
 * (either byte order) are decoded rather than taken for binary because of their zero bytes, and a
 * UTF-8 mark is dropped so it does not shift columns. Without a mark the bytes are UTF-8 and any
 * NUL means binary. Returns undefined for binary content. Lone CR line breaks become LF (see
 * `withLfLineBreaks`).
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  const text = decodeBytes(bytes);
  return text === undefined ? undefined : withLfLineBreaks(text);
}

/**
 * `text` with each lone CR (a classic Mac OS line break, not followed by LF) replaced by LF. The
 * detector, suppression markers and line/column positions break lines at LF only; the swap is one
 * character for one, so every offset stays the same. CRLF is left as it is.
 */
export function withLfLineBreaks(text: string): string {
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== 10) return text.replace(/\r(?!\n)/g, '\n');
  }
  return text;
}

function decodeBytes(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = bytes;
  let text: string;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) text = decodeUtf32(bytes.subarray(4), true);
  else if (a === 0 && b === 0 && c === 0xfe && d === 0xff) text = decodeUtf32(bytes.subarray(4), false);
  else if (a === 0xff && b === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (a === 0xfe && b === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    if (bytes.indexOf(0) !== -1) return undefined;
    return new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  }
  return text.indexOf('\0') === -1 ? text : undefined;
}

/** UTF-32 (no decoder in the platform): invalid code points become U+FFFD, a trailing partial unit is dropped. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  const chunk: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    chunk.push(cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0xfffd : cp);
    // Bounded batches: String.fromCodePoint takes its code points as arguments.
    if (chunk.length === 8192) parts.push(String.fromCodePoint(...chunk.splice(0)));
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}
