import ignore from 'ignore';
import { renderClaudeSettings } from './claudeSettings';
import { renderCopilotExclusionYaml } from './copilotYaml';
import { ExclusionFileError } from './errors';
import type { ReadWorkspaceFile } from './exposure';
import { parsePattern } from './ignoreSyntax';
import { renderIgnoreFile } from './managedBlock';
import { anchoredPath, policyLines, type ExclusionPolicy } from './policy';
import type { AssistantTarget } from './targets';

/** One file the sync would write. `before` is undefined for a file it would create. */
export interface PlannedWrite {
  /** Workspace-relative path. */
  readonly file: string;
  /** The assistant's id, or `git` for `.gitignore`. */
  readonly targetId: string;
  readonly before: string | undefined;
  readonly after: string;
}

export interface SyncPlan {
  readonly writes: readonly PlannedWrite[];
  /** Files that cannot be updated safely; when there are any, nothing should be written. */
  readonly errors: readonly ExclusionFileError[];
  /** Copilot's repository-settings YAML, when that target is enabled: shown, never written. */
  readonly copilotYaml?: string;
}

function render(target: AssistantTarget, before: string | undefined, lines: readonly string[]): string | undefined {
  switch (target.syntax) {
    case 'gitignore':
      return renderIgnoreFile(before, lines, target.file);
    case 'claude-settings':
      return renderClaudeSettings(before, lines, target.file);
    case 'copilot-repository-yaml':
      return undefined;
  }
}

/**
 * What syncing the policy to the enabled assistants would write: one entry per file whose text
 * would change. Pure: the caller shows the plan, then writes it (all or nothing).
 */
export function planSync(
  policy: ExclusionPolicy,
  enabled: readonly AssistantTarget[],
  read: ReadWorkspaceFile,
): SyncPlan {
  const lines = policyLines(policy);
  const writes: PlannedWrite[] = [];
  const errors: ExclusionFileError[] = [];
  let copilotYaml: string | undefined;
  for (const target of enabled) {
    if (target.syntax === 'copilot-repository-yaml') {
      copilotYaml = renderCopilotExclusionYaml(lines);
      continue;
    }
    const before = read(target.file);
    try {
      const after = render(target, before, lines);
      if (after !== undefined && after !== before)
        writes.push({ file: target.file, targetId: target.id, before, after });
    } catch (err) {
      if (err instanceof ExclusionFileError) errors.push(err);
      else throw err;
    }
  }
  return { writes, errors, ...(copilotYaml !== undefined ? { copilotYaml } : {}) };
}

/**
 * The `.gitignore` lines that keep the workspace's sensitive files out of git: for each file, the
 * first policy pattern that matches it (so one `.env` line covers every folder), or the file's own
 * anchored path when it is sensitive only because a secret was found in it.
 */
export function gitignoreLinesFor(policy: ExclusionPolicy, sensitiveFiles: readonly string[]): string[] {
  const positives = policy.patterns.filter((p) => !parsePattern(p).negated);
  const matchers = positives.map((p) => ({ p, ig: ignore({ allowRelativePaths: true }).add(p) }));
  const lines = new Set<string>();
  for (const file of sensitiveFiles) {
    const hit = matchers.find(({ ig }) => ig.ignores(file));
    lines.add(hit ? hit.p : anchoredPath(file));
  }
  // The policy's order, with its re-includes (`!.env.example` must stay committable; the block
  // writer drops those that nothing written excludes), then the individual files.
  const fromPolicy = policy.patterns.filter((p) => lines.has(p) || parsePattern(p).negated);
  return [...fromPolicy, ...[...lines].filter((l) => !positives.includes(l)).sort()];
}

/** The `.gitignore` write that makes sure the sensitive files are ignored, or undefined when they already are. */
export function planGitignore(
  policy: ExclusionPolicy,
  sensitiveFiles: readonly string[],
  read: ReadWorkspaceFile,
): PlannedWrite | undefined {
  const before = read('.gitignore');
  const after = renderIgnoreFile(before, gitignoreLinesFor(policy, sensitiveFiles), '.gitignore');
  return after !== undefined && after !== before ? { file: '.gitignore', targetId: 'git', before, after } : undefined;
}
