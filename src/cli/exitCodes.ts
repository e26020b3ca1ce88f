/** The CLI's exit codes (the `hook` command answers in each agent's own protocol instead). */
export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
/**
 * No finding at or above the threshold, but the scan was incomplete (a file or folder could not be
 * read, a named path was a broken link or a FIFO): a CI gate must not take it for clean. Findings
 * (1) take precedence. Files over the size limit are listed as skipped but do not make a scan
 * partial: the limit is the user's choice (--max-file-size).
 */
export const EXIT_PARTIAL = 3;
