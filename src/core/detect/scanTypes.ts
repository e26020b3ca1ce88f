// The detector's call types, apart from it: the modules it uses take them without importing the
// detector back.

/** What the caller knows about the scanned text besides the text. */
export interface ScanContext {
  /**
   * The file's path (workspace- or scan-root-relative where possible: folder names above the
   * project must not make every file look like test code). Unknown for untitled buffers and stdin.
   */
  readonly path?: string;
  /**
   * The caller will pass the findings to `rescan` after an edit (the editor): the detector keeps a
   * reference to `text` with them, released with them, so that a rescan within an over-long line
   * can compare the line before and after the edit. Batch scans leave it unset and keep nothing.
   */
  readonly willRescan?: boolean;
}

/** A replacement of `[start, oldEnd)` of the previous text by `[start, newEnd)` of the new text. */
export interface TextEdit {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}
