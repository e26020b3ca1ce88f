import type { IgnoredLine } from './allowlist';

/**
 * Reads `.gitleaksignore`: one gitleaks finding fingerprint per line, `path:rule-id:line` (scans of
 * files) or `commit:path:rule-id:line` (scans of history); `#` starts a comment.
 *
 * gitleaks' rule ids are not this scanner's, so an entry is applied by place: a finding of any rule
 * on that line of that file is allowed. The commit, when present, is kept: a history scan applies
 * the entry to that commit only; a scan of files takes it to describe the file as it is now.
 */
export function parseGitleaksIgnore(
  text: string,
  file: string,
): { readonly lines: readonly IgnoredLine[]; readonly warnings: readonly string[] } {
  const lines: IgnoredLine[] = [];
  const warnings: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const entry = raw.trim();
    if (entry === '' || entry.startsWith('#')) return;
    const parts = entry.split(':');
    const lineText = parts.pop() ?? '';
    parts.pop(); // the gitleaks rule id
    const commit = parts.length > 1 && /^[0-9a-f]{7,64}$/i.test(parts[0]!) ? parts.shift()!.toLowerCase() : undefined;
    const path = parts
      .join(':')
      .replace(/\\/g, '/')
      .replace(/^(?:\.\/)+/, '');
    if (!/^\d+$/.test(lineText) || Number(lineText) < 1 || path === '') {
      warnings.push(
        `${file}:${i + 1}: not a fingerprint of the form path:rule-id:line or commit:path:rule-id:line; skipped`,
      );
      return;
    }
    lines.push({ path, line: Number(lineText), ...(commit ? { commit } : {}) });
  });
  return { lines, warnings };
}
