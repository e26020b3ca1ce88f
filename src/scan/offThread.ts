import type { TextEdit } from '../core/detect/detector';

/**
 * Documents longer than this (characters) are not scanned whole on the editor's thread: on a worker
 * thread when there is one, else in slices between which the thread runs other work.
 */
export const LARGE_DOCUMENT = 256 * 1024;

/**
 * A rescan reads the edited lines, the line after and, for multi-line rules, a few KB before the
 * edit. When that stretch is longer than this (an edit on a minified bundle's one line, or next to
 * one), its cost has no useful bound (hundreds of ms on a dense 1 MB line): it goes off the thread.
 * Ordinary code, lines of at most a few hundred characters, stays far below.
 */
export const LONG_STRETCH = 32 * 1024;

/** How far before an edit a rescan may look (multi-line rules such as PEM blocks); generous on purpose. */
const LOOKBEHIND = 16 * 1024;

/** Where a scan of a document runs. */
export type ScanPlace =
  /** On the editor's thread, at once (small documents, ordinary edits). */
  | 'thread'
  /** On the editor's thread in slices, yielding between them (large documents, no worker). */
  | 'slices'
  /** On the scan worker thread. */
  | 'worker';

export interface ScanPlan {
  readonly place: ScanPlace;
  /** The edit to rescan after, or undefined for a full scan. */
  readonly edit?: TextEdit;
}

/**
 * Where to scan `text`: a rescan after `edit` (since the last scan's findings) when there is one
 * and it is small enough, else a full scan. Work whose length has no bound leaves the thread when
 * a worker can take it; without one, large documents are sliced and long-line rescans stay here.
 * Cheap: two searches for line breaks around the edit, never a pass over the text.
 */
export function planScan(text: string, edit: TextEdit | undefined, workerUsable: boolean): ScanPlan {
  if (edit !== undefined && Math.max(edit.oldEnd, edit.newEnd) - edit.start <= LARGE_DOCUMENT) {
    const place = workerUsable && rescanStretch(text, edit) > LONG_STRETCH + LOOKBEHIND ? 'worker' : 'thread';
    return { place, edit };
  }
  if (text.length <= LARGE_DOCUMENT) return { place: 'thread' };
  return { place: workerUsable ? 'worker' : 'slices' };
}

/**
 * The characters a rescan after `edit` may read, at most: from the start of the line holding the
 * point `LOOKBEHIND` before the edit to the end of the line after the edited lines.
 */
export function rescanStretch(text: string, edit: TextEdit): number {
  const back = Math.max(0, edit.start - LOOKBEHIND);
  const from = back === 0 ? 0 : text.lastIndexOf('\n', back - 1) + 1;
  const editedEnd = text.indexOf('\n', Math.min(edit.newEnd, text.length));
  const nextEnd = editedEnd === -1 ? -1 : text.indexOf('\n', editedEnd + 1);
  return (nextEnd === -1 ? text.length : nextEnd) - from;
}
