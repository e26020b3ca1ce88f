import { parseArgs } from 'node:util';
import { DEFAULT_MAX_FILE_SIZE, MAX_FINDINGS_PER_FILE } from '../core/detect/limits';
import { DEFAULT_MAX_LINE_LENGTH } from '../core/detect/detector';
import type { FailOn } from '../core/report/summary';
import { UsageError } from './usageError';
import { validInstanceHost } from '../core/verify/regions';

export type Format = 'text' | 'json' | 'sarif';

export interface ScanOptions {
  readonly command: 'scan' | 'baseline' | 'evidence';
  readonly paths: readonly string[];
  readonly format: Format;
  readonly output?: string;
  readonly staged: boolean;
  readonly baseline?: string;
  readonly failOn: FailOn;
  readonly maxFileSize: number;
  readonly maxLineLength: number;
  /** Findings listed per file at most; Infinity with `--max-findings-per-file 0`. */
  readonly maxFindingsPerFile: number;
  readonly gitignore: boolean;
  readonly jobs?: number;
  readonly color?: boolean;
  /** evidence: also assess which AI assistants can read the sensitive files (off with --no-exposure). */
  readonly exposure: boolean;
  /** Apply the repository's gitleaks allowlists (`.gitleaks.toml`, `.gitleaksignore`); off with --no-gitleaks. */
  readonly gitleaks: boolean;
  /** A gitleaks config to read instead of the repository's `.gitleaks.toml`. */
  readonly gitleaksConfig?: string;
  /** Ask each credential's provider whether it is live (`--verify`); off by default. */
  readonly verify?: boolean;
  /** With --verify: let the baseline hide live secrets too. */
  readonly baselineHidesLive?: boolean;
  /** With --verify: an HTTP proxy to tunnel provider calls through. */
  readonly verifyProxy?: URL;
  /** With --verify: self-managed GitLab hosts a GitLab token may also be asked about, after gitlab.com. */
  readonly verifyGitlabHosts?: readonly string[];
  /** Scan git history (`--history`) instead of files; for evidence, in addition to them. */
  readonly history?: HistoryOptions;
}

export interface HistoryOptions {
  /** Revisions and ranges (`scan --history REV-RANGE`); none: every ref. */
  readonly revisions: readonly string[];
  readonly since?: string;
  readonly maxCommits?: number;
  /** `--pre-push [REMOTE]`: the commits named by git's pre-push ref lines on standard input. */
  readonly prePush?: { readonly remote?: string };
}

export type Invocation = ScanOptions | { readonly command: 'help' | 'version' | 'rules' };

export const USAGE = `Usage: ai-secret-guard <command> [options]

Commands:
  scan [PATH...]        Scan files and folders (default: .) for hard-coded secrets.
                        PATH "-" reads standard input.
  baseline [PATH...]    Write a baseline accepting every current finding (to --output,
                        default .ai-secret-guard-baseline.json).
  evidence [PATH...]    Scan as "scan" does and print the pull-request evidence block
                        (Markdown), with the AI-context exposure of the scanned folder.
  exclusions check|sync Show which AI assistants can read sensitive files; write their
                        exclusion files from one policy (see: exclusions --help).
  install-hook          Install a git pre-commit hook that runs "scan --staged"
                        (--force keeps an existing hook and runs it first);
                        --pre-push: a pre-push hook that scans the pushed commits.
  uninstall-hook        Remove that hook (and restore the one it replaced).
  install-agent-hooks   Make AI coding agents (Claude Code, Cursor, VS Code, Gemini CLI, Codex,
                        Windsurf, Cline) ask this tool before they read or write a file, run a
                        command or send a prompt (see: install-agent-hooks --help; --uninstall).
  hook <agent>          The command those agent hooks run: reads the agent's JSON on
                        stdin and answers in its protocol.
  doctor                Run each installed agent hook against canaries; exit 1 if one lets
                        a canary through (see: doctor --help).
  rules                 List the built-in rules.
  help                  Show this help.  --version shows the version.

Options:
  -f, --format <text|json|sarif>   Report format (default: text).
  -o, --output <file>              Write the report to <file>; a summary goes to stderr.
      --staged                     Scan what is staged in git (for pre-commit hooks).
      --baseline <file>            Do not report findings accepted in this baseline.
      --fail-on <high|medium|low|live>
                                   Lowest confidence that fails the run (default: low);
                                   live: only credentials --verify found live.
      --verify                     Ask each found credential's provider whether it is live
                                   (one documented read-only call; see README "Verification").
      --baseline-hides-live        With --verify: the baseline also hides live secrets.
      --verify-proxy <url>         With --verify: reach providers through this HTTP proxy
                                   (CONNECT; HTTPS_PROXY and the like are never used).
      --verify-gitlab-host <host>  With --verify: a self-managed GitLab to ask about GitLab
                                   tokens that gitlab.com rejects (repeatable).
      --max-file-size <size>       Skip larger files, e.g. 2m, 512k (default: 2m).
      --max-line-length <n>        Longer lines are scanned only around keywords (default: ${DEFAULT_MAX_LINE_LENGTH}).
      --max-findings-per-file <n>  Stop listing a file's findings at <n>; the scan is then partial
                                   (default: ${MAX_FINDINGS_PER_FILE}; 0: no limit).
      --no-gitignore               Also scan files that .gitignore excludes.
      --no-gitleaks                Ignore the repository's .gitleaks.toml and .gitleaksignore.
      --gitleaks-config <file>     Read this gitleaks config's allowlists instead.
  -j, --jobs <n>                   Scanning threads, this one included (default: CPUs - 1, at least 1).
      --no-exposure                evidence: skip the AI-context exposure check.
      --history [REV-RANGE...]     scan: scan git history (default: every ref) instead of files;
                                   each secret once, with the first commit that added it.
                                   evidence: also scan history; secrets only in it need rotation.
      --branch <rev>               --history: this branch (or any revision) and its ancestors.
      --since <date>               --history: commits more recent than <date> (as git log --since).
      --max-commits <n>            --history: at most the <n> newest commits.
      --pre-push [REMOTE]          Scan the commits a git push sends (ref lines on stdin, as the
                                   pre-push hook gets them); what REMOTE already has is left out.
      --no-color                   Plain text output.

Exit codes: 0 no findings, 1 findings, 2 usage or configuration error,
3 no findings but the scan was partial (a file or folder could not be read).
Reports never contain secret values: only a short prefix, the length and a fingerprint.`;

function parseSize(value: string, flag: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(value.trim());
  if (!m) throw new UsageError(`${flag} expects a size such as 500000, 512k or 2m; got ${JSON.stringify(value)}`);
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.floor(Number(m[1]) * mult);
}

function parsePositiveInt(value: string, flag: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new UsageError(`${flag} expects a positive whole number; got ${JSON.stringify(value)}`);
  return Number(value);
}

/** `--max-findings-per-file`: a whole number, 0 for no limit; the default cap when absent. */
function parseFindingsCap(value: string | undefined): number {
  if (value === undefined) return MAX_FINDINGS_PER_FILE;
  if (!/^\d+$/.test(value))
    throw new UsageError(`--max-findings-per-file expects a whole number (0: no limit); got ${JSON.stringify(value)}`);
  return Number(value) === 0 ? Infinity : Number(value);
}

function parseGitlabHosts(values: readonly string[], verify: boolean): string[] {
  if (!verify) throw new UsageError('--verify-gitlab-host applies with --verify only');
  return values.map((value) => {
    const host = validInstanceHost(value);
    if (!host)
      throw new UsageError(
        `--verify-gitlab-host expects a host name such as gitlab.example.org (no scheme, port or path); got ${JSON.stringify(value)}`,
      );
    return host;
  });
}

function parseProxy(value: string, verify: boolean): URL {
  if (!verify) throw new UsageError('--verify-proxy applies with --verify only');
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'http:' || !url.hostname)
    throw new UsageError(`--verify-proxy expects an http:// proxy URL such as http://proxy.example:3128`);
  return url;
}

/** The command line as node:util's parseArgs reads it; a UsageError for an unknown or malformed option. */
function parseArgv(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        staged: { type: 'boolean' },
        baseline: { type: 'string' },
        'fail-on': { type: 'string' },
        'max-file-size': { type: 'string' },
        'max-line-length': { type: 'string' },
        'max-findings-per-file': { type: 'string' },
        'no-gitignore': { type: 'boolean' },
        'no-gitleaks': { type: 'boolean' },
        'gitleaks-config': { type: 'string' },
        verify: { type: 'boolean' },
        'baseline-hides-live': { type: 'boolean' },
        'verify-proxy': { type: 'string' },
        'verify-gitlab-host': { type: 'string', multiple: true },
        jobs: { type: 'string', short: 'j' },
        'no-color': { type: 'boolean' },
        'no-exposure': { type: 'boolean' },
        color: { type: 'boolean' },
        history: { type: 'boolean' },
        branch: { type: 'string' },
        since: { type: 'string' },
        'max-commits': { type: 'string' },
        'pre-push': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** Parses argv (without node and script) into an invocation; throws UsageError on mistakes. */
export function parseInvocation(argv: readonly string[]): Invocation {
  const parsed = parseArgv(argv);
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command, ...paths] = positionals;
  if (command === undefined || command === 'help') return { command: 'help' };
  if (command === 'rules') return { command: 'rules' };
  if (command !== 'scan' && command !== 'baseline' && command !== 'evidence')
    throw new UsageError(`unknown command ${JSON.stringify(command)}`);
  if (command === 'evidence' && values.format !== undefined)
    throw new UsageError('evidence always prints Markdown; --format does not apply');
  if (command !== 'evidence' && values['no-exposure'])
    throw new UsageError('--no-exposure applies to the evidence command only');

  const format = (values.format ?? 'text') as Format;
  if (!['text', 'json', 'sarif'].includes(format))
    throw new UsageError(`--format must be text, json or sarif; got ${JSON.stringify(values.format)}`);
  const failOn = (values['fail-on'] ?? 'low') as FailOn;
  if (!['high', 'medium', 'low', 'live'].includes(failOn))
    throw new UsageError(`--fail-on must be high, medium, low or live; got ${JSON.stringify(values['fail-on'])}`);
  if (failOn === 'live' && !values.verify)
    throw new UsageError('--fail-on live needs --verify (nothing is known to be live without it)');
  if (values['baseline-hides-live'] && !values.verify)
    throw new UsageError('--baseline-hides-live applies with --verify only');
  if (values.verify && command === 'baseline') throw new UsageError('--verify does not apply to baseline');
  const verifyProxy =
    values['verify-proxy'] !== undefined ? parseProxy(values['verify-proxy'], Boolean(values.verify)) : undefined;
  const gitlabHosts = values['verify-gitlab-host']
    ? parseGitlabHosts(values['verify-gitlab-host'], Boolean(values.verify))
    : [];
  if (values.staged && paths.length) throw new UsageError('--staged scans the git index; do not pass paths with it');
  if (values['no-gitleaks'] && values['gitleaks-config'] !== undefined)
    throw new UsageError('--no-gitleaks and --gitleaks-config contradict each other');
  const color = values['no-color'] ? false : values.color ? true : undefined;
  const history = parseHistory(command, values, paths);
  return {
    command,
    paths: history && command !== 'evidence' ? [] : paths.length ? paths : values.staged ? [] : ['.'],
    format,
    output: values.output ?? (command === 'baseline' ? '.ai-secret-guard-baseline.json' : undefined),
    staged: values.staged ?? false,
    baseline: values.baseline,
    failOn,
    maxFileSize:
      values['max-file-size'] !== undefined
        ? parseSize(values['max-file-size'], '--max-file-size')
        : DEFAULT_MAX_FILE_SIZE,
    maxLineLength:
      values['max-line-length'] !== undefined
        ? parsePositiveInt(values['max-line-length'], '--max-line-length')
        : DEFAULT_MAX_LINE_LENGTH,
    maxFindingsPerFile: parseFindingsCap(values['max-findings-per-file']),
    gitignore: !values['no-gitignore'],
    jobs: values.jobs !== undefined ? parsePositiveInt(values.jobs, '--jobs') : undefined,
    ...(color !== undefined ? { color } : {}),
    exposure: !values['no-exposure'],
    gitleaks: !values['no-gitleaks'],
    ...(values['gitleaks-config'] !== undefined ? { gitleaksConfig: values['gitleaks-config'] } : {}),
    ...(values.verify ? { verify: true, baselineHidesLive: values['baseline-hides-live'] ?? false } : {}),
    ...(verifyProxy ? { verifyProxy } : {}),
    ...(gitlabHosts.length ? { verifyGitlabHosts: gitlabHosts } : {}),
    ...(history ? { history } : {}),
  };
}

/**
 * The history options: with `--history` (or `--pre-push`) the positionals of scan and baseline are
 * revisions (of evidence, still paths: its history comes from --branch or every ref).
 */
function parseHistory(
  command: string,
  values: {
    history?: boolean;
    branch?: string;
    since?: string;
    'max-commits'?: string;
    'pre-push'?: boolean;
    staged?: boolean;
  },
  positionals: readonly string[],
): HistoryOptions | undefined {
  const on = values.history || values['pre-push'];
  if (!on) {
    for (const flag of ['branch', 'since', 'max-commits'] as const)
      if (values[flag] !== undefined) throw new UsageError(`--${flag} applies with --history only`);
    return undefined;
  }
  if (values.staged) throw new UsageError('--staged scans the git index; --history scans commits: use one');
  if (values['pre-push'] && command !== 'scan') throw new UsageError('--pre-push applies to the scan command only');
  if (values['pre-push'] && (values.branch !== undefined || positionals.length > 1))
    throw new UsageError('--pre-push takes at most the remote name; the commits come from standard input');
  for (const flag of ['branch', 'since'] as const)
    if (values[flag] !== undefined && (values[flag]!.trim() === '' || values[flag]!.startsWith('-')))
      throw new UsageError(`--${flag} expects a value; got ${JSON.stringify(values[flag])}`);
  const revisions = command === 'evidence' || values['pre-push'] ? [] : [...positionals];
  if (values.branch !== undefined) revisions.push(values.branch);
  for (const r of revisions) if (r.startsWith('-')) throw new UsageError(`not a revision: ${JSON.stringify(r)}`);
  return {
    revisions,
    ...(values.since !== undefined ? { since: values.since } : {}),
    ...(values['max-commits'] !== undefined
      ? { maxCommits: parsePositiveInt(values['max-commits'], '--max-commits') }
      : {}),
    ...(values['pre-push'] ? { prePush: positionals[0] !== undefined ? { remote: positionals[0] } : {} } : {}),
  };
}
