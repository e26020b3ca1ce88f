import type { HookVerdict } from './judge';
import type { HookDialect } from './toolCall';

/** What the hook process prints and how it exits. */
export interface HookReply {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

const json = (body: unknown, stderr = ''): HookReply => ({ exitCode: 0, stdout: JSON.stringify(body) + '\n', stderr });
const SILENT_ALLOW: HookReply = { exitCode: 0, stdout: '', stderr: '' };
const PROMPT_EVENTS = new Set(['UserPromptSubmit', 'beforeSubmitPrompt', 'BeforeAgent', 'pre_user_prompt']);

/**
 * The verdict in the agent's own protocol (docs/agent-hooks.md cites each):
 * - Claude Code, Codex: exit 0 and silence allows; exit 2 blocks (a tool call or a prompt) and
 *   stderr is the reason; "ask" is a PreToolUse `hookSpecificOutput.permissionDecision`.
 * - VS Code: stdout JSON; PreToolUse `hookSpecificOutput.permissionDecision` `deny`/`ask` stops
 *   one call (exit 2 would stop the whole request); a prompt is stopped with `continue: false`.
 * - Cursor: `{ permission }` (`beforeReadFile` takes nothing else), `user_message`/`agent_message`
 *   where the event takes them; `beforeSubmitPrompt` answers `{ continue }`.
 * - Gemini CLI: exit 0 with `{ decision: "deny", reason }`; an AfterTool result is replaced with
 *   `hookSpecificOutput.tool_output` (redaction).
 * - Windsurf: exit 2 blocks a pre-hook, stderr is shown.
 * - Cline: `{ cancel: true, errorMessage }`.
 */
export function replyFor(dialect: HookDialect, event: string, verdict: HookVerdict): HookReply {
  const isPrompt = PROMPT_EVENTS.has(event);
  const ask = !verdict.allow && verdict.ask === true;
  switch (dialect) {
    case 'claude':
    case 'codex':
      if (verdict.allow) return SILENT_ALLOW;
      if (ask && !isPrompt)
        return json({
          hookSpecificOutput: {
            hookEventName: event || 'PreToolUse',
            permissionDecision: 'ask',
            permissionDecisionReason: verdict.reason,
          },
        });
      return { exitCode: 2, stdout: '', stderr: verdict.reason + '\n' };
    case 'vscode':
      if (verdict.allow) return json({ continue: true });
      if (isPrompt) return json({ continue: false, stopReason: verdict.reason, systemMessage: verdict.reason });
      return json({
        hookSpecificOutput: {
          hookEventName: 'PreToolUse',
          permissionDecision: ask ? 'ask' : 'deny',
          permissionDecisionReason: verdict.reason,
        },
      });
    case 'cursor': {
      if (isPrompt)
        return verdict.allow
          ? json({ continue: true })
          : json({ continue: false, user_message: verdict.reason }, verdict.reason + '\n');
      if (verdict.allow) return json({ permission: 'allow' });
      const permission = ask ? 'ask' : 'deny';
      const body =
        event === 'beforeReadFile' || event === 'beforeTabFileRead'
          ? { permission: 'deny' }
          : { permission, user_message: verdict.reason, agent_message: verdict.reason };
      return json(body, verdict.reason + '\n');
    }
    case 'gemini':
      if (verdict.allow && verdict.replacement !== undefined)
        return json({ hookSpecificOutput: { hookEventName: 'AfterTool', tool_output: verdict.replacement } });
      return verdict.allow ? json({}) : json({ decision: 'deny', reason: verdict.reason });
    case 'windsurf':
      return verdict.allow ? SILENT_ALLOW : { exitCode: 2, stdout: '', stderr: verdict.reason + '\n' };
    case 'cline':
      return verdict.allow ? json({ cancel: false }) : json({ cancel: true, errorMessage: verdict.reason });
  }
}
