import type { TextEdit } from '../core/detect/detector';
import { mergeEdits } from '../core/detect/edits';

/**
 * What to do with an off-thread scan's findings when they come back:
 * - `apply`: the document is still at the scanned version; show them.
 * - `adopt`: the document was edited since; they are exact for the scanned version, so keep them as
 *   the base of an incremental rescan after `sinceEdit` (the work is not thrown away).
 * - `drop`: the document closed, or changed with no edit recorded: a full scan is needed.
 */
export type JobOutcome =
  { readonly kind: 'apply' } | { readonly kind: 'adopt'; readonly sinceEdit: TextEdit } | { readonly kind: 'drop' };

/**
 * One document's scan running off the editor's thread, from the moment it is sent until its
 * findings are taken in. The editor keeps at most one per document: a scan wanted meanwhile is
 * only noted (`rerun`) and starts from this one's findings when they arrive.
 */
export class OffThreadJob {
  private sinceEdit: TextEdit | undefined;
  /** A scan was asked for while this one ran: start it once this one is taken in. */
  rerun = false;

  /** @param version the document version whose text was sent. */
  constructor(readonly version: number) {}

  /** Records an edit made after the text was sent (offsets in the text before that edit). */
  edited(edit: TextEdit): void {
    this.sinceEdit = this.sinceEdit ? mergeEdits(this.sinceEdit, edit) : edit;
  }

  /** The outcome, given the document's version now (undefined once it is closed). */
  outcome(currentVersion: number | undefined): JobOutcome {
    if (currentVersion === undefined) return { kind: 'drop' };
    if (currentVersion === this.version && this.sinceEdit === undefined) return { kind: 'apply' };
    return this.sinceEdit ? { kind: 'adopt', sinceEdit: this.sinceEdit } : { kind: 'drop' };
  }
}
