import { ASSISTANT_TARGETS } from '../exclusions/assistantCatalogue';
import { AGENT_HOOK_TARGETS } from './agentConfig';

/**
 * The files that make up the guard's own policy: hook configurations, AI-exclusion files, the
 * baseline, the gitleaks allowlist and Claude Code's permissions. An agent that may rewrite them
 * may switch the guard off, so its writes there are put to the user.
 */
const FIXED = new Set([
  '.ai-secret-guard-baseline.json',
  '.gitleaks.toml',
  '.gitleaksignore',
  '.claude/settings.json',
  '.claude/settings.local.json',
  '.codex/config.toml',
  '.noai',
  ...AGENT_HOOK_TARGETS.map((t) => t.file),
]);

const EXCLUSION_FILES = new Set(ASSISTANT_TARGETS.map((t) => t.file).filter((f): f is string => typeof f === 'string'));

/**
 * Whether a write to `rel` (project-relative, forward slashes) touches the guard's policy.
 * `.vscode/settings.json` counts only when the text involved names an `aiSecretGuard.` setting.
 */
export function isGuardPolicyFile(rel: string, texts: readonly (string | undefined)[] = []): boolean {
  if (
    FIXED.has(rel) ||
    EXCLUSION_FILES.has(rel) ||
    /^\.github\/hooks\/[^/]+\.json$/.test(rel) ||
    /^\.clinerules\/hooks\//.test(rel)
  )
    return true;
  return rel === '.vscode/settings.json' && texts.some((t) => t !== undefined && t.includes('aiSecretGuard'));
}
