/** An assistant with no exclusion file at all: what guards it instead, and where that is documented. */
export interface FilelessAssistant {
  readonly id: string;
  readonly name: string;
  readonly note: string;
  readonly source: string;
}

/** Assistants that read no exclusion file, so `exclusions sync` cannot cover them. */
export const FILELESS_ASSISTANTS: readonly FilelessAssistant[] = [
  {
    id: 'codex',
    name: 'Codex CLI',
    note: 'Codex reads no ignore file; its hooks are the only guard (install-agent-hooks --agents codex), and reads arrive as shell commands.',
    source: 'https://developers.openai.com/codex/hooks',
  },
  {
    id: 'zed',
    name: 'Zed',
    note: 'Zed reads no ignore file for its agent; its agent.tool_permissions setting (v0.224 and later) takes per-tool regular expressions that deny or confirm a call.',
    source: 'https://zed.dev/docs/ai/agent-settings',
  },
];
