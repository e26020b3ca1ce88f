import type { HookVerdict } from './judge';
import type { HookDialect } from './toolCall';

/** What the hook process prints and how it exits. */
export interface HookReply {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The verdict in the agent's own protocol:
 * - Claude Code (code.claude.com/docs/en/hooks): exit 0 with no output lets the call through;
 *   exit 2 blocks a PreToolUse call and feeds stderr to the model as the reason.
 * - VS Code (code.visualstudio.com/docs/copilot/customization/hooks): stdout JSON; a PreToolUse
 *   `hookSpecificOutput.permissionDecision` of `deny` blocks that one call (exit 2 would stop the
 *   whole processing), `permissionDecisionReason` says why.
 * - Cursor (cursor.com/docs/agent/hooks): stdout JSON `{ "permission": "allow" | "deny" }`;
 *   `beforeShellExecution` also takes `user_message` and `agent_message`, `beforeReadFile` only
 *   `permission`, so the reason goes to stderr (Cursor's hook log) as well.
 */
export function replyFor(dialect: HookDialect, event: string, verdict: HookVerdict): HookReply {
  switch (dialect) {
    case 'claude':
      return verdict.allow ? { exitCode: 0, stdout: '', stderr: '' } : { exitCode: 2, stdout: '', stderr: verdict.reason + '\n' };
    case 'vscode':
      if (verdict.allow) return { exitCode: 0, stdout: JSON.stringify({ continue: true }) + '\n', stderr: '' };
      return {
        exitCode: 0,
        stdout: JSON.stringify({ hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: 'deny', permissionDecisionReason: verdict.reason } }) + '\n',
        stderr: '',
      };
    case 'cursor': {
      if (verdict.allow) return { exitCode: 0, stdout: JSON.stringify({ permission: 'allow' }) + '\n', stderr: '' };
      const body = event === 'beforeReadFile' || event === 'beforeTabFileRead' ? { permission: 'deny' } : { permission: 'deny', user_message: verdict.reason, agent_message: verdict.reason };
      return { exitCode: 0, stdout: JSON.stringify(body) + '\n', stderr: verdict.reason + '\n' };
    }
  }
}
