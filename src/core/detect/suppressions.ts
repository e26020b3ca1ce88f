/**
 * Inline suppression markers: ours and the ones users already have from other scanners, so
 * adopting this tool does not resurface what they already reviewed.
 */

/** A marker on the same line as the finding. */
const SAME_LINE =
  /ai-secret-guard:allow(?!-next-line)|gitleaks:allow|pragma:\s*allowlist\s+secret|trufflehog:ignore|secretlint-disable-line|nosec(?:\s|$)|detect-secrets:allow/i;

/** A marker on the line before the finding. */
const NEXT_LINE =
  /ai-secret-guard:allow-next-line|secretlint-disable-next-line|pragma:\s*allowlist\s+nextline\s+secret/i;

/** The comment a user or quick fix writes to allow a finding on its line. */
export const ALLOW_MARKER = 'ai-secret-guard:allow';
export const ALLOW_NEXT_LINE_MARKER = 'ai-secret-guard:allow-next-line';

/** True if a finding that starts on `line` is suppressed, given the text of that line and the one before. */
export function isSuppressed(line: string, previousLine: string | undefined): boolean {
  return SAME_LINE.test(line) || (previousLine !== undefined && NEXT_LINE.test(previousLine));
}
