import { CHANNEL_LABELS, type FileExposure } from '../exclusions/exposure';
import type { Rule } from '../rules/types';
import { CLIENT_VISIBLE_CHECKS } from './clientVisible';
import { mdCode, mdLink, mdRow, mdText } from './markdown';
import {
  ruleLookup,
  type HistoryScope,
  type ReportedFinding,
  type RuleLookup,
  type ScanReport,
  type SkipCause,
  type SkippedFile,
} from './model';
import {
  compareByLocation,
  compareText,
  failsRun,
  groupByFile,
  summarizeReport,
  type FailOn,
  type ReportSummary,
} from './summary';
import { describeVerification } from '../verify/index';

/** The AI-context exposure of the scanned workspace, as `assessExposure` returns it. */
export interface ExposureEvidence {
  /** The folder assessed, as shown to the user. */
  readonly root?: string;
  /** The assistants checked; `AssistantTarget`s fit. */
  readonly assistants: readonly { readonly id: string; readonly name: string }[];
  readonly files: readonly FileExposure[];
}

/** Everything the evidence block states. The CLI and the editor's audit build it the same way. */
export interface EvidenceInput {
  readonly report: ScanReport;
  /** The rules that were active: they name the families covered and give titles and rotation links. */
  readonly rules: readonly Rule[];
  /** What was scanned, as the user named it: folders, files, workspace folder names. */
  readonly roots: readonly string[];
  /** One plain sentence on what content was read, e.g. "working tree, .gitignore honoured". */
  readonly scope?: string;
  /** Lowest confidence that fails the result (default low), or `live`, as with `--fail-on`. */
  readonly failOn?: FailOn;
  /** Omitted when exposure was not assessed; `exposureNote` then says why. */
  readonly exposure?: ExposureEvidence;
  /** Why exposure was not assessed, as a phrase: it is printed after "Not assessed: ". */
  readonly exposureNote?: string;
  /** Further facts the caller knows, one plain sentence each (e.g. findings from AI inserts this session). */
  readonly facts?: readonly string[];
  /** Set when git history was scanned too (`evidence --history`); without it the block says it was not. */
  readonly history?: HistoryEvidence;
}

/** What a history scan adds to the evidence. */
export interface HistoryEvidence {
  readonly scope: HistoryScope;
  /** Secrets found in history (not baselined) that the scanned files no longer hold, each at its first commit. */
  readonly onlyInHistory: readonly ReportedFinding[];
}

/** Skipped files listed by name per reason; the rest are counted. */
const MAX_SKIPPED_LISTED = 20;

const SKIP_WORDS: Readonly<Record<SkipCause, string>> = {
  unreadable: 'unreadable (the scan is partial)',
  'too-large': 'over the size limit, not scanned',
  binary: 'binary, not scanned',
  'too-many-findings': 'cut short: only their first findings are listed (the scan is partial)',
};

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(1)} ${units[i]}`;
}

function location(f: ReportedFinding): string {
  return `${f.path}:${f.startLine}`;
}

function titleOf(f: ReportedFinding, rules: RuleLookup): string {
  return rules(f.ruleId)?.title ?? f.ruleId;
}

function confidenceCounts(s: ReportSummary): string {
  return `${s.byConfidence.high} high, ${s.byConfidence.medium} medium, ${s.byConfidence.low} low`;
}

function surfaces(input: EvidenceInput, s: ReportSummary): string[] {
  const roots = [...input.roots].sort(compareText).map((r) => mdCode(r));
  const providers = [...new Set(input.rules.map((r) => r.provider))].sort(compareText);
  const custom = input.rules.filter((r) => r.provider === 'Custom').length;
  const skipped = s.skipped.binary + s.skipped['too-large'] + s.skipped.unreadable + s.skipped['too-many-findings'];
  return [
    '### Secret surfaces reviewed',
    '',
    `- **Scanned:** ${roots.join(', ') || 'nothing'}${input.scope ? ` (${mdText(input.scope)})` : ''}`,
    `- **Files:** ${s.filesScanned} scanned (${formatBytes(s.bytesScanned)})${skipped ? `; ${skipped} skipped, listed under Unverified risk` : ''}`,
    `- **Rules:** ${plural(input.rules.length, 'rule')} from ${plural(providers.length, 'provider family', 'provider families')}${custom ? ` (${custom} custom)` : ''}`,
    '',
    '<details><summary>Rule families</summary>',
    '',
    providers.map(mdText).join(', ') + '.',
    '',
    '</details>',
  ];
}

function scanner(report: ScanReport): string[] {
  return [
    '### Scanner command and version',
    '',
    `- **Command:** ${mdCode(report.command)}`,
    `- **Version:** ${mdText(`${report.tool.name} ${report.tool.version}`)}`,
  ];
}

function verifiedLine(findings: readonly ReportedFinding[]): string[] {
  const checked = findings.filter((f) => f.verification);
  if (checked.length === 0) return [];
  const count = (status: string) => checked.filter((f) => f.verification!.status === status).length;
  const again = findings.filter((f) => f.baselinedButLive).length;
  return [
    `- **Checked with providers:** ${count('live')} live, ${count('revoked')} revoked, ${count('unknown')} unknown; ${plural(findings.length - checked.length, 'finding')} of a kind no verifier checks.` +
      (again
        ? ` ${plural(again, 'baselined finding')} reported again because ${again === 1 ? 'it is' : 'they are'} live.`
        : ''),
  ];
}

function result(input: EvidenceInput, s: ReportSummary, failOn: FailOn): string[] {
  const failing = [...input.report.findings, ...(input.history?.onlyInHistory ?? [])].filter((f) =>
    failsRun(f, failOn),
  ).length;
  const threshold = failOn === 'live' ? 'live (checked with the provider)' : `at or above ${failOn} confidence`;
  const lines = [
    '### Result',
    '',
    failing > 0
      ? `- **✖ FAIL:** ${plural(failing, 'finding')} ${threshold}.`
      : `- **✔ PASS:** no finding ${threshold}.`,
    ...verifiedLine(input.report.findings),
  ];
  if (s.findings) {
    lines.push(
      `- **Findings:** ${s.findings} (${confidenceCounts(s)}): ${plural(s.distinctSecrets, 'distinct secret')} in ${plural(s.filesAffected, 'file')}, ${s.clientVisible} client-visible.`,
    );
  }
  const h = input.history;
  if (h) {
    const found = h.onlyInHistory.length
      ? `${plural(h.onlyInHistory.length, 'secret')} found only in history, listed under Rotation needed`
      : 'no secret that the files no longer hold';
    lines.push(
      `- **Git history:** ${plural(h.scope.commitsScanned, 'commit')} scanned (${mdCode(h.scope.revisions)}): ${found}.`,
    );
  }
  lines.push(
    `- **Baselined:** ${s.baselined ? `${plural(s.baselined, 'finding')} matched the baseline and ${s.baselined === 1 ? 'is' : 'are'} not listed` : 'none'}.`,
  );
  if (s.partial) lines.push(`- **⚠ Partial scan:** ${partialCauses(s)}; this result is incomplete.`);
  for (const fact of [...(input.facts ?? [])].sort(compareText)) lines.push(`- ${mdText(fact)}`);
  return lines;
}

/** Why a scan is partial, in words: unreadable files, files cut short at their findings cap. */
function partialCauses(s: ReportSummary): string {
  const causes = [];
  if (s.skipped.unreadable || !s.skipped['too-many-findings'])
    causes.push(`${plural(s.skipped.unreadable, 'file')} could not be read`);
  if (s.skipped['too-many-findings'])
    causes.push(`${plural(s.skipped['too-many-findings'], 'file')} held too many findings to list them all`);
  return causes.join(', and ');
}

function inspection(findings: readonly ReportedFinding[], rules: RuleLookup): string[] {
  const lines = ['### Files requiring human inspection', ''];
  if (findings.length === 0) return [...lines, 'None: no finding to inspect.'];
  lines.push(
    mdRow(['File', 'Line', 'Rule', 'Preview', 'Confidence', 'Client-visible']),
    mdRow(['---', '---:', '---', '---', '---', '---']),
  );
  for (const file of groupByFile(findings)) {
    for (const f of file.findings) {
      lines.push(
        mdRow([
          mdCode(f.path, true),
          String(f.startLine),
          mdText(titleOf(f, rules)),
          mdCode(f.preview, true),
          f.confidence,
          f.clientVisibleReason ? '**yes**' : 'no',
        ]),
      );
    }
  }
  return lines;
}

function clientVisible(findings: readonly ReportedFinding[], rules: RuleLookup): string[] {
  const lines = ['### Client-visible config confirmed', ''];
  const visible = findings.filter((f) => f.clientVisibleReason !== undefined).sort(compareByLocation);
  if (visible.length === 0) {
    const checked = findings.length
      ? `None of the ${plural(findings.length, 'finding')} is`
      : 'No finding, so nothing is';
    lines.push(
      `✔ ${checked} client-visible. Checked: locations shipped to browsers and apps (${CLIENT_VISIBLE_CHECKS.locations.map((l) => mdCode(l)).join(', ')}) ` +
        `and variables frameworks expose to the client (${CLIENT_VISIBLE_CHECKS.variablePrefixes.map((p) => mdCode(`${p}*`)).join(', ')}).`,
    );
    return lines;
  }
  lines.push(
    `✖ ${plural(visible.length, 'secret is', 'secrets are')} readable by anyone who loads the site or unpacks the app:`,
    '',
  );
  for (const f of visible)
    lines.push(
      `- ${mdCode(location(f))} ${mdText(titleOf(f, rules))} ${mdCode(f.preview)}: ${mdText(f.clientVisibleReason!)}.`,
    );
  return lines;
}

function rotation(
  findings: readonly ReportedFinding[],
  rules: RuleLookup,
  history: readonly ReportedFinding[] = [],
): string[] {
  const lines = ['### Rotation needed', ''];
  if (findings.length === 0 && history.length === 0) return [...lines, 'Nothing to rotate: no secret was found.'];
  // One entry per secret: the same key in two files is rotated once.
  const bySecret = new Map<string, ReportedFinding[]>();
  for (const f of [...findings].sort(compareByLocation))
    bySecret.set(f.fingerprint, [...(bySecret.get(f.fingerprint) ?? []), f]);
  lines.push(
    'Removing a secret from the code does not revoke it: each one below must be rotated or revoked at the provider.',
    '',
  );
  // Live credentials first: their provider confirmed they work right now.
  const groups = [...bySecret.values()].sort(
    (a, b) => ROTATION_ORDER[statusOf(a[0]!)] - ROTATION_ORDER[statusOf(b[0]!)],
  );
  for (const group of groups) {
    const f = group[0]!;
    const rule = rules(f.ruleId);
    const v = f.verification;
    const what =
      v?.status === 'live'
        ? '**Live** — rotated or revoked'
        : f.confidence === 'high'
          ? 'Rotated or revoked'
          : 'Rotated or revoked, or confirmed not a live credential';
    const where = group.map((g) => mdCode(location(g))).join(', ');
    const page = v?.rotation ?? rule?.docs;
    const how = page
      ? mdLink(`how to rotate (${v?.provider ?? rule?.provider})`, page)
      : "see the provider's documentation";
    const checked = v ? ` Provider check: ${mdText(describeVerification(v))}.` : '';
    lines.push(
      `- [ ] ${what}: **${mdText(titleOf(f, rules))}** ${mdCode(f.preview)} in ${where} (${f.confidence}): ${how}${checked}`,
    );
  }
  for (const f of history) {
    const rule = rules(f.ruleId);
    const what =
      f.confidence === 'high' ? 'Rotated or revoked' : 'Rotated or revoked, or confirmed not a live credential';
    const how = rule?.docs ? mdLink(`how to rotate (${rule.provider})`, rule.docs) : "see the provider's documentation";
    const commit = f.commit
      ? ` added in commit ${mdCode(f.commit.sha.slice(0, 12))} (${mdText(f.commit.date.slice(0, 10))})`
      : '';
    lines.push(
      `- [ ] ${what}: **${mdText(titleOf(f, rules))}** ${mdCode(f.preview)} in git history only: ${mdCode(location(f))}${commit} (${f.confidence}): ${how}`,
    );
  }
  return lines;
}

const ROTATION_ORDER = { live: 0, unchecked: 1, unknown: 1, revoked: 2 } as const;

function statusOf(f: ReportedFinding): keyof typeof ROTATION_ORDER {
  return f.verification?.status ?? 'unchecked';
}

const LEVEL_ORDER = { exposed: 0, partial: 1, protected: 2, unknown: 3 } as const;

function exposureSection(input: EvidenceInput): string[] {
  const lines = ['### AI-context exposure', ''];
  const ex = input.exposure;
  if (!ex) return [...lines, `Not assessed${input.exposureNote ? `: ${mdText(input.exposureNote)}` : ''}.`];
  const names = new Map(ex.assistants.map((a) => [a.id, a.name]));
  const assistants = [...ex.assistants].map((a) => a.name).sort(compareText);
  lines.push(
    `${ex.root !== undefined ? `Folder ${mdCode(ex.root)}; a` : 'A'}ssistants checked: ${assistants.map(mdText).join(', ') || 'none'}.`,
    '',
  );
  if (ex.files.length === 0)
    return [
      ...lines,
      '✔ No sensitive files (by the exclusion policy, or with a high-confidence finding) in the workspace.',
    ];
  lines.push(
    mdRow(['Sensitive file', 'Not excluded', 'Excluded, still readable via', 'Excluded']),
    mdRow(['---', '---', '---', '---']),
  );
  const unknown = new Set<string>();
  const problems = new Set<string>();
  let exposed = 0;
  for (const file of [...ex.files].sort((a, b) => compareText(a.path, b.path))) {
    const targets = [...file.targets].sort(
      (a, b) =>
        LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
        compareText(names.get(a.targetId) ?? a.targetId, names.get(b.targetId) ?? b.targetId),
    );
    const checkable = targets.filter((t) => t.level !== 'unknown').length;
    const cell = (level: keyof typeof LEVEL_ORDER, show: (t: (typeof targets)[number]) => string) => {
      const at = targets.filter((t) => t.level === level);
      if (at.length === 0) return '–';
      // A long row of the same names says less than "all".
      if (level !== 'partial' && at.length > 1 && at.length === checkable)
        return level === 'exposed' ? `**all ${at.length} checked**` : `all ${at.length} checked`;
      return at.map(show).join(', ');
    };
    const name = (id: string) => mdText(names.get(id) ?? id);
    for (const t of targets) {
      if (t.level === 'unknown') unknown.add(names.get(t.targetId) ?? t.targetId);
      if (t.problem) problems.add(t.problem);
    }
    if (targets.some((t) => t.level === 'exposed')) exposed++;
    lines.push(
      mdRow([
        mdCode(file.path, true),
        cell('exposed', (t) => `**${name(t.targetId)}**`),
        cell('partial', (t) => `${name(t.targetId)} (${t.openChannels.map((c) => CHANNEL_LABELS[c]).join(', ')})`),
        cell('protected', (t) => name(t.targetId)),
      ]),
    );
  }
  lines.push(
    '',
    exposed
      ? `✖ ${plural(exposed, 'sensitive file is', 'sensitive files are')} not excluded for at least one assistant: run \`ai-secret-guard exclusions sync\` or *AI Secret Guard: Sync AI Exclusions*.`
      : "✔ Every sensitive file is in every checked assistant's exclusions (the third column lists the ways they can still be read).",
  );
  if (unknown.size)
    lines.push(
      '',
      `Not checkable from the workspace (configured in repository settings): ${[...unknown].sort(compareText).map(mdText).join(', ')}.`,
    );
  for (const p of [...problems].sort(compareText)) lines.push('', `⚠ ${mdText(p)}`);
  return lines;
}

function skippedLines(skipped: readonly SkippedFile[]): string[] {
  const lines: string[] = [];
  for (const reason of ['unreadable', 'too-many-findings', 'too-large', 'binary'] as const) {
    const files = skipped.filter((s) => s.reason === reason).sort((a, b) => compareText(a.path, b.path));
    if (files.length === 0) continue;
    const shown = files.slice(0, MAX_SKIPPED_LISTED).map((s) => mdCode(s.detail ? `${s.path} (${s.detail})` : s.path));
    const more = files.length > MAX_SKIPPED_LISTED ? ` and ${files.length - MAX_SKIPPED_LISTED} more` : '';
    lines.push(`- ${plural(files.length, 'file')} ${SKIP_WORDS[reason]}: ${shown.join(', ')}${more}.`);
  }
  return lines;
}

function unverified(input: EvidenceInput, s: ReportSummary): string[] {
  const lines = ['### Unverified risk', '', ...skippedLines(input.report.skipped)];
  if (s.partial) lines.push('- The scan is partial: files that could not be read may hold secrets.');
  if (s.baselined)
    lines.push(
      `- ${plural(s.baselined, 'baselined finding')} ${s.baselined === 1 ? 'was' : 'were'} accepted earlier and not re-reviewed here; ${s.baselined === 1 ? 'it is' : 'they are'} only as safe as that decision.`,
    );
  const unsure = s.byConfidence.low + s.byConfidence.medium;
  if (unsure)
    lines.push(
      `- ${plural(unsure, 'finding')} of medium or low confidence may be test values or false positives; only a human can tell.`,
    );
  if (!input.exposure) lines.push('- AI-context exposure was not assessed: assistants may be reading sensitive files.');
  if (input.history?.scope.unreachable) lines.push(`- Git history: ${mdText(input.history.scope.unreachable)}.`);
  if (!input.history)
    lines.push(
      '- Git history was not scanned: a secret removed in this change is still in earlier commits until the history is rewritten, and must be rotated anyway.',
    );
  lines.push(
    '- Only credentials with a known format, or assigned to a name that says what they are, are detected; a bare password in prose is not.',
  );
  return lines;
}

function signOff(s: ReportSummary, historyOnly: number): string[] {
  const lines = ['### Reviewer sign-off', ''];
  if (s.findings) lines.push('- [ ] Every file under "Files requiring human inspection" was inspected.');
  if (s.findings || historyOnly)
    lines.push(
      '- [ ] Every secret under "Rotation needed" was rotated or revoked, or confirmed not a live credential.',
    );
  lines.push(
    '- [ ] No client-visible config holds a credential.',
    '- [ ] Each unverified risk above is resolved or accepted.',
  );
  return lines;
}

/**
 * The pull-request evidence block in Markdown, in the sections of the secret leak review contract.
 * Deterministic (sorted, no timestamps or durations) so that two runs diff cleanly; never contains
 * a secret value, only redacted previews; every path and title is escaped.
 */
export function formatEvidence(input: EvidenceInput): string {
  const rules = ruleLookup(input.rules);
  const summary = summarizeReport(input.report, rules);
  const failOn = input.failOn ?? 'low';
  const sections = [
    ['<!-- ai-secret-guard:evidence v1 -->', '## Secret leak review evidence'],
    surfaces(input, summary),
    scanner(input.report),
    result(input, summary, failOn),
    inspection(input.report.findings, rules),
    clientVisible(input.report.findings, rules),
    rotation(input.report.findings, rules, input.history?.onlyInHistory),
    exposureSection(input),
    unverified(input, summary),
    signOff(summary, input.history?.onlyInHistory.length ?? 0),
  ];
  return sections.map((lines) => lines.join('\n')).join('\n\n') + '\n';
}
