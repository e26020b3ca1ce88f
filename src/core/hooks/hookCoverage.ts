import { AGENT_HOOK_TARGETS, type HookChannel } from './agentConfig';
import { HOOK_AGENTS, type HookAgent } from './toolCall';

/** Which channels this tool's hooks cover for one agent in one project. */
export interface AgentCoverage {
  readonly agent: HookAgent;
  readonly channels: readonly HookChannel[];
}

/**
 * Per agent, the channels its installed hooks of ours cover, from the project's hook files
 * (`read` gives a file's text, undefined when absent). What the configuration says, not what the
 * hook does when run: `doctor` proves that.
 */
export function hookCoverage(read: (rel: string) => string | undefined): AgentCoverage[] {
  return HOOK_AGENTS.map((agent) => {
    const channels = new Set<HookChannel>();
    for (const target of AGENT_HOOK_TARGETS.filter((t) => t.agent === agent)) {
      const text = read(target.file);
      if (text === undefined) continue;
      const events = new Set(target.installed(text).map((h) => h.event));
      for (const e of target.events) if (events.has(e.event)) for (const c of e.channels) channels.add(c);
    }
    return { agent, channels: [...channels] };
  });
}
