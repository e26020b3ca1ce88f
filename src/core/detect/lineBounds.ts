/** Line bounds by offset. Lines end at \n; a \r before it is not part of the line's content. */

export function lineStartOf(text: string, offset: number): number {
  // A backward loop: lines are short, and V8's lastIndexOf with a start index is slower here.
  let i = offset - 1;
  while (i >= 0 && text.charCodeAt(i) !== 10) i--;
  return i + 1;
}

/** End of the line content containing `offset` (before \r\n or \n). */
export function lineEndOf(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  const end = nl === -1 ? text.length : nl;
  return end > 0 && text.charCodeAt(end - 1) === 13 && end - 1 >= offset ? end - 1 : end;
}

/** Start of the line after the one containing `offset`, or the text length. */
export function lineNextStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

export function previousLine(text: string, lineStart: number): string | undefined {
  if (lineStart === 0) return undefined;
  const prevStart = lineStartOf(text, lineStart - 1);
  return text.slice(prevStart, lineStart - 1);
}
