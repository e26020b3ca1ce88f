import type { TextEdit } from './scanTypes';

/**
 * One edit equivalent to `first` followed by `second` (offsets of `second` are in the text after
 * `first`): the smallest region of the original text whose replacement yields the final text.
 */
export function mergeEdits(first: TextEdit, second: TextEdit): TextEdit {
  const deltaFirst = first.newEnd - first.oldEnd;
  const deltaSecond = second.newEnd - second.oldEnd;
  const start = Math.min(first.start, second.start);
  const oldEnd = second.oldEnd > first.newEnd ? second.oldEnd - deltaFirst : first.oldEnd;
  return { start, oldEnd, newEnd: oldEnd + deltaFirst + deltaSecond };
}

/** Shifts an offset of the text before `edit` to the text after it (offsets inside the edit move to its end). */
export function mapOffset(offset: number, edit: TextEdit): number {
  if (offset <= edit.start) return offset;
  if (offset >= edit.oldEnd) return offset + edit.newEnd - edit.oldEnd;
  return edit.newEnd;
}
