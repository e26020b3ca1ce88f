import { createAllowlist, type Allowlist, type AllowlistSpec } from '../core/allowlist/allowlist';
import { Detector } from '../core/detect/detector';
import { compileCustomRules, type CustomRuleSpec } from '../core/rules/custom';
import type { FileScanResult } from '../core/scanBytes';
import { scanBytes } from '../core/scanBytes';
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
}

export interface FileSystem {
  /** The file's bytes, or undefined when it holds more than `limit` bytes; throws an error with a `code` when it cannot be read. */
  readCapped(path: string, limit: number): Uint8Array | undefined;
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
): FileScanResult {
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
    if (task.content) return scanBytes(detector, task.display, task.content, maxFileSize, allows, decodeFast);
    const bytes = fs.readCapped(task.abs!, maxFileSize);
    if (!bytes) return { findings: [], skipped: { path: task.display, reason: 'too-large' }, bytes: 0 };
    return scanBytes(detector, task.display, bytes, maxFileSize, allows, decodeFast);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    return { findings: [], skipped: { path: task.display, reason: 'unreadable', detail: code }, bytes: 0 };
  }
}
