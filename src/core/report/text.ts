import { describeVerification } from '../verify/describe';
import { countByConfidence, type RuleLookup, type ScanReport } from './model';

export interface TextStyle {
  readonly color: boolean;
}

const ANSI = {
  red: '\x1b[31m',
  yellow: '\x1b[33m',
  cyan: '\x1b[36m',
  dim: '\x1b[2m',
  bold: '\x1b[1m',
  reset: '\x1b[0m',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The human report: one block per finding (location, confidence, rule, redacted preview, how to
 * rotate), then a one-line summary. Quiet when clean: just the summary.
 */
export function formatText(report: ScanReport, rules: RuleLookup, style: TextStyle): string {
  const c = (code: keyof typeof ANSI, s: string) => (style.color ? `${ANSI[code]}${s}${ANSI.reset}` : s);
  const out: string[] = [];
  for (const f of report.findings) {
    const rule = rules(f.ruleId);
    const tone = f.confidence === 'high' ? 'red' : f.confidence === 'medium' ? 'yellow' : 'cyan';
    out.push(
      `${c('bold', `${printable(f.path)}:${f.startLine}:${f.startColumn}`)}  ${c(tone, f.confidence.padEnd(6))}  ${rule?.title ?? f.ruleId}  ${c('dim', f.preview)}`,
    );
    out.push(
      `    ${c('dim', `${f.ruleId} · move it to ${f.envName ?? rule?.envVar ?? 'an environment variable'} · rotate: ${rule?.docs ?? 'see your provider'}`)}`,
    );
    if (f.clientVisibleReason) out.push(`    ${c('red', `client-visible: ${f.clientVisibleReason}`)}`);
    const v = f.verification;
    if (v) {
      const tone = v.status === 'live' ? 'red' : v.status === 'revoked' ? 'dim' : 'yellow';
      out.push(
        `    ${c(tone, `${v.provider}: ${describeVerification(v)}${f.baselinedButLive ? ' (baselined, reported because it is live)' : ''}${v.status === 'live' ? ` · rotate now: ${v.rotation}` : ''}`)}`,
      );
    }
    if (f.commit) out.push(`    ${c('dim', commitLine(f.commit, f.commits?.length ?? 1))}`);
    if (f.stillIn)
      out.push(
        `    ${f.stillIn.length ? c('yellow', stillInLine(f.stillIn)) : c('dim', 'no longer in any ref checked: only in history')}`,
      );
  }
  for (const s of report.history?.submodules ?? []) out.push(c('dim', `submodule ${printable(s)} listed, not entered`));
  if (report.history?.unreachable) out.push(c('yellow', `⚠ ${report.history.unreachable}`));
  for (const s of report.skipped)
    out.push(c('dim', `skipped ${printable(s.path)} (${s.reason}${s.detail ? `: ${s.detail}` : ''})`));
  if (out.length) out.push('');
  out.push(...summaryLines(report, style));
  return out.join('\n') + '\n';
}

/** The report's closing summary (and its partial-scan warning), without the findings. */
export function summaryLines(report: ScanReport, style: TextStyle): string[] {
  const c = (code: keyof typeof ANSI, s: string) => (style.color ? `${ANSI[code]}${s}${ANSI.reset}` : s);
  const out: string[] = [];
  const files = new Set(report.findings.map((f) => f.path)).size;
  const counts = countByConfidence(report.findings);
  const scanned = report.history
    ? `${plural(report.history.commitsScanned, 'commit')} (${plural(report.filesScanned, 'file change')})`
    : plural(report.filesScanned, 'file');
  const parts = [`${scanned} scanned in ${(report.durationMs / 1000).toFixed(2)} s`];
  if (report.skipped.length) parts.push(`${report.skipped.length} skipped`);
  if (report.baselined) parts.push(`${report.baselined} in baseline`);
  if (report.allowlist?.allowed) parts.push(`${report.allowlist.allowed} allowed by the gitleaks allowlist`);
  if (report.allowlist?.notScanned)
    parts.push(`${plural(report.allowlist.notScanned, 'file')} kept out by the gitleaks allowlist`);
  const head =
    report.findings.length === 0
      ? c('bold', '✔ no secrets found')
      : c('red', c('bold', `✖ ${plural(report.findings.length, 'secret')} in ${plural(files, 'file')}`)) +
        ` (${(['high', 'medium', 'low'] as const)
          .filter((k) => counts[k])
          .map((k) => `${counts[k]} ${k}`)
          .join(', ')})`;
  out.push(`${head} · ${parts.join(' · ')}`);
  if (report.partial)
    out.push(
      c(
        'yellow',
        report.skipped.some((s) => s.reason === 'too-many-findings')
          ? '⚠ partial scan: some files could not be read or held too many findings to list; the result is incomplete.'
          : '⚠ partial scan: some files could not be read; the result is incomplete.',
      ),
    );
  return out;
}

/** Where a history finding came from: its first commit, and how many others add it too. */
function commitLine(commit: { sha: string; author: string; date: string }, commits: number): string {
  const more = commits > 1 ? ` (added by ${commits - 1} more commit${commits === 2 ? '' : 's'})` : '';
  return `first added in commit ${commit.sha.slice(0, 12)} by ${printable(commit.author)} on ${printable(commit.date)}${more}`;
}

/** The refs whose tip still holds a history finding, the first few by name. */
function stillInLine(refs: readonly string[]): string {
  const more = refs.length > 3 ? ` and ${refs.length - 3} more` : '';
  return `still in ${refs.slice(0, 3).map(printable).join(', ')}${more}`;
}

/**
 * A file name as the terminal may show it: control characters (newlines, ESC of ANSI sequences,
 * C1 controls) and line separators escaped, so a crafted name cannot forge report lines or
 * drive the terminal.
 */
export function printable(name: string): string {
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    out +=
      c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029
        ? `\\u${c.toString(16).padStart(4, '0')}`
        : name[i];
  }
  return out;
}
