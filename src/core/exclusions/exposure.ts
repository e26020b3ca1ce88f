import ignore from 'ignore';
import { readDenyRules, fromClaudeReadRule } from './claudeSettings';
import { ExclusionFileError } from './errors';
import type { AssistantTarget, EnforcementMatrix } from './targets';

/** A way content reaches an assistant. */
export type Channel = keyof EnforcementMatrix;
export const CHANNELS: readonly Channel[] = ['completions', 'chat', 'indexing', 'agentReads', 'terminal'];

/** How each channel is named to users. */
export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  completions: 'inline completions',
  chat: 'chat',
  indexing: 'indexing',
  agentReads: 'agent file reads',
  terminal: 'terminal commands',
};

/**
 * - `exposed`: the assistant's exclusion file does not cover the file;
 * - `partial`: covered, but some channel (terminal commands, a feature that ignores the file) can
 *   still read it;
 * - `protected`: covered for every channel the assistant has;
 * - `unknown`: configured outside the workspace (Copilot's repository settings), so not checkable here.
 */
export type ExposureLevel = 'exposed' | 'partial' | 'protected' | 'unknown';

export interface TargetExposure {
  readonly targetId: string;
  readonly level: ExposureLevel;
  /** Channels through which the file's content can still reach the assistant. */
  readonly openChannels: readonly Channel[];
  /** Why the exclusion file could not be read, when it could not. */
  readonly problem?: string;
}

export interface FileExposure {
  /** Workspace-relative, forward slashes. */
  readonly path: string;
  readonly targets: readonly TargetExposure[];
}

/** Reads a workspace-relative file's text; undefined when it does not exist. */
export type ReadWorkspaceFile = (relPath: string) => string | undefined;

type Matcher = (relPath: string) => boolean;

/** What a target's exclusion file excludes, or undefined when that is not knowable from the workspace. */
export function targetMatcher(target: AssistantTarget, text: string | undefined): Matcher | undefined {
  switch (target.syntax) {
    case 'gitignore': {
      const ig = ignore({ allowRelativePaths: true }).add(text ?? '');
      return (p) => ig.ignores(p);
    }
    case 'claude-settings': {
      const patterns = readDenyRules(text, target.file).flatMap((r) => fromClaudeReadRule(r) ?? []);
      const ig = ignore({ allowRelativePaths: true }).add(patterns);
      return (p) => ig.ignores(p);
    }
    case 'copilot-repository-yaml':
      return undefined;
  }
}

function openChannels(target: AssistantTarget, excluded: boolean): Channel[] {
  return CHANNELS.filter((c) => {
    const e = target.enforces[c];
    return e !== 'absent' && (!excluded || e !== 'enforced');
  });
}

/**
 * For each sensitive file, how each enabled assistant can still read it, given the current
 * contents of the assistants' exclusion files.
 */
export function assessExposure(
  sensitivePaths: readonly string[],
  targets: readonly AssistantTarget[],
  read: ReadWorkspaceFile,
): FileExposure[] {
  const matchers = targets.map((target) => {
    try {
      return { target, matcher: targetMatcher(target, read(target.file)) };
    } catch (err) {
      if (!(err instanceof ExclusionFileError)) throw err;
      return { target, matcher: (() => false) as Matcher, problem: err.message };
    }
  });
  return sensitivePaths.map((path) => ({
    path,
    targets: matchers.map(({ target, matcher, problem }): TargetExposure => {
      if (!matcher) return { targetId: target.id, level: 'unknown', openChannels: [] };
      const excluded = matcher(path);
      const open = openChannels(target, excluded);
      const level: ExposureLevel = !excluded ? 'exposed' : open.length > 0 ? 'partial' : 'protected';
      return { targetId: target.id, level, openChannels: open, ...(problem ? { problem } : {}) };
    }),
  }));
}

/** True when any enabled assistant does not exclude the file at all. */
export function isExposed(file: FileExposure): boolean {
  return file.targets.some((t) => t.level === 'exposed');
}
