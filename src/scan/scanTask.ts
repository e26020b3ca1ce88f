import { createAllowlist, type Allowlist, type AllowlistSpec } from '../core/allowlist/allowlist';
import { Detector } from '../core/detect/detector';
import { compileCustomRules, type CustomRuleSpec } from '../core/rules/custom';
import type { FileScanResult, SecretAllowance } from '../core/scanBytes';
import { scanBytes } from '../core/scanBytes';
import { partReach } from '../core/scanParts';
import { planRegions, scanBytesPart, type FilePart, type Utf8Region } from './filePart';
import { loadBuiltinRules } from './builtinRules';
import { decodeFast } from './decodeFast';

export interface WorkerConfig {
  readonly maxFileSize: number;
  readonly maxLineLength: number;
  /** The editor's rule settings, so its audit finds what its diagnostics do. */
  readonly disabledRules?: readonly string[];
  readonly customRules?: readonly CustomRuleSpec[];
  /** What the team's gitleaks config allows (as data: each thread compiles it). */
  readonly allowlist?: AllowlistSpec;
  /** Findings listed per file at most (MAX_FINDINGS_PER_FILE for command-line scans); unset: all. */
  readonly maxFindingsPerFile?: number;
  /** Files of at least `from` bytes come back as a SplitRequest, in parts of about `partBytes` (the tree scan's pool only). */
  readonly split?: { readonly from: number; readonly partBytes: number; readonly maxParts: number };
}

/** A worker's first message, once its detector is built: a pool sends it work only then, so no job waits on a thread still starting. */
export const WORKER_READY = 'ready';

/** A file too large for one thread: the pool sends it again as parts (`ScanTask.part`). */
export interface SplitRequest {
  readonly splitBytes: number;
  readonly count: number;
  /** Where each part lies, when the file can be cut by bytes: each part then reads only its region. */
  readonly regions?: readonly Utf8Region[];
}

export type TaskOutcome = FileScanResult | SplitRequest;

export function isSplitRequest(outcome: TaskOutcome): outcome is SplitRequest {
  return (outcome as SplitRequest).splitBytes !== undefined;
}

/** The detector for a configuration: custom rules (the valid ones) first, disabled rules left out. */
export function detectorFor(config: WorkerConfig): Detector {
  const builtinRules = loadBuiltinRules();
  const disabled = new Set(config.disabledRules ?? []);
  const custom = config.customRules?.length
    ? compileCustomRules(config.customRules, new Set(builtinRules.map((r) => r.id))).rules
    : [];
  const rules =
    custom.length || disabled.size ? [...custom, ...builtinRules].filter((r) => !disabled.has(r.id)) : builtinRules;
  return new Detector(rules, { maxLineLength: config.maxLineLength });
}

/** The allowlist of a configuration, when it has one. */
export function allowlistFor(config: WorkerConfig): Allowlist | undefined {
  const allowlist = config.allowlist ? createAllowlist(config.allowlist) : undefined;
  return allowlist && !allowlist.empty ? allowlist : undefined;
}

/** A file to scan: read from `abs`, or given as `content` (staged blobs, stdin). */
export interface ScanTask {
  readonly display: string;
  readonly abs?: string;
  readonly content?: Uint8Array;
  readonly tooLarge?: boolean;
  /** Set when the path is known to be unscannable before reading (a broken link, a FIFO, an unreadable folder): why. */
  readonly unreadable?: string;
  /** The path an allowlist's path patterns are tested against (relative to the repository root); default `display`. */
  readonly allowlistPath?: string;
  /** History scans: the commit whose changes `content` holds, for allowlists that name commits. */
  readonly commit?: string;
  /** Scan only this part of the file (`scanBytesPart`): its findings, located in the whole file. */
  readonly part?: FilePart;
}

export interface FileSystem {
  /** The file's bytes, or undefined when it holds more than `limit` bytes; throws an error with a `code` when it cannot be read. */
  readCapped(path: string, limit: number): Uint8Array | undefined;
  /** Bytes `[from, to)` of a file (fewer if it ends sooner); for parts of a file, each read by its own thread. */
  readRange?(path: string, from: number, to: number): Uint8Array;
}

/**
 * Scans one task; never throws: an unreadable file comes back as a skip with its error code.
 * Findings the allowlist accepts are left out and counted.
 */
export function scanFile(
  detector: Detector,
  task: ScanTask,
  maxFileSize: number,
  fs: FileSystem,
  allowlist?: Allowlist,
  maxFindings = Infinity,
): FileScanResult {
  return withBytes(task, maxFileSize, fs, allowlist, (bytes, allows) =>
    scanBytes(detector, task.display, bytes, maxFileSize, allows, decodeFast, maxFindings),
  );
}

/**
 * What a pool's thread does with a task: `scanFile`, a part of a file when the task names one,
 * or a SplitRequest for a file of at least `config.splitFrom` bytes.
 */
export function runTask(
  detector: Detector,
  task: ScanTask,
  config: WorkerConfig,
  fs: FileSystem,
  allowlist?: Allowlist,
): TaskOutcome {
  const { maxFileSize, split } = config;
  const maxFindings = config.maxFindingsPerFile ?? Infinity;
  const { part } = task;
  if (part === undefined && split === undefined)
    return scanFile(detector, task, maxFileSize, fs, allowlist, maxFindings);
  const region = part?.region;
  const range = region && (task.content || fs.readRange) ? region : undefined;
  const read: FileSystem = range ? { readCapped: (file) => fs.readRange!(file, range.from, range.to) } : fs;
  const given = range && task.content ? { ...task, content: task.content.subarray(range.from, range.to) } : task;
  return withBytes<TaskOutcome>(given, maxFileSize, read, allowlist, (bytes, allows) => {
    if (part)
      return scanBytesPart(
        detector,
        task.display,
        bytes,
        maxFileSize,
        range ? part : { index: part.index, count: part.count },
        allows,
        decodeFast,
        maxFindings,
      );
    if (split && bytes.length >= split.from && bytes.length <= maxFileSize) {
      const count = Math.min(split.maxParts, Math.ceil(bytes.length / split.partBytes));
      const regions = planRegions(bytes, count, partReach(detector));
      return { splitBytes: bytes.length, count, ...(regions ? { regions } : {}) };
    }
    return scanBytes(detector, task.display, bytes, maxFileSize, allows, decodeFast, maxFindings);
  });
}

/** The task's bytes given to `scan` with its allowlist check; skips for what cannot be read. */
function withBytes<R>(
  task: ScanTask,
  maxFileSize: number,
  fs: FileSystem,
  allowlist: Allowlist | undefined,
  scan: (bytes: Uint8Array, allows: SecretAllowance | undefined) => R,
): R | FileScanResult {
  if (task.tooLarge) return { findings: [], skipped: { path: task.display, reason: 'too-large' }, bytes: 0 };
  if (task.unreadable !== undefined)
    return { findings: [], skipped: { path: task.display, reason: 'unreadable', detail: task.unreadable }, bytes: 0 };
  const where = task.allowlistPath ?? task.display;
  const commit = task.commit;
  const allows = allowlist
    ? (secret: string, line: string) =>
        allowlist.allowsSecret(secret, commit === undefined ? { path: where, line } : { path: where, line, commit })
    : undefined;
  try {
    if (task.content) return scan(task.content, allows);
    const bytes = fs.readCapped(task.abs!, maxFileSize);
    if (!bytes) return { findings: [], skipped: { path: task.display, reason: 'too-large' }, bytes: 0 };
    return scan(bytes, allows);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    return { findings: [], skipped: { path: task.display, reason: 'unreadable', detail: code }, bytes: 0 };
  }
}
