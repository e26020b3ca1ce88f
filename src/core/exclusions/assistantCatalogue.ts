import type { AssistantTarget } from './targets';

/**
 * What each AI assistant does with its workspace exclusion file, taken from the vendors' public
 * documentation and written here in our own words. Where a vendor's documentation is silent about a
 * kind of access, the entry assumes the weaker enforcement and a comment next to it says so.
 *
 * `'absent'` marks a kind of access the product does not have at all (inline completions in a
 * terminal agent, an index in a tool that keeps none): nothing reaches the assistant that way.
 *
 * Detection: Cursor and Windsurf are VS Code forks, not extensions, so their entries carry no
 * extension of their own and are recognised by workspace and home paths here; the extension checks
 * the host application name (`vscode.env.appName`) separately to tell when it is running inside one
 * of them.
 */
export const ASSISTANT_TARGETS: readonly AssistantTarget[] = [
  {
    id: 'cursor',
    name: 'Cursor',
    file: '.cursorignore',
    syntax: 'gitignore',
    enforces: {
      // Documented as blocked: codebase indexing, code reachable by Tab, Agent and Inline Edit, and
      // @ symbol references. Cursor adds that full protection is not guaranteed because LLMs are
      // unpredictable.
      completions: 'enforced',
      chat: 'enforced',
      indexing: 'enforced',
      agentReads: 'enforced',
      // Documented: tool calls the Agent starts, such as the terminal and MCP servers, are not
      // blocked by .cursorignore.
      terminal: 'not-enforced',
    },
    note: "Cursor keeps these files out of its index, Tab, chat, @-mentions and the agent's file tools, but the agent can still read them through terminal commands or MCP tools.",
    docs: 'https://docs.cursor.com/context/ignore-files',
    status: { state: 'current', source: 'https://cursor.com/docs/reference/ignore-file' },
    detect: {
      extensions: [],
      workspacePaths: ['.cursor', '.cursorrules'],
      homePaths: ['.cursor'],
    },
  },
  {
    id: 'cursor-indexing',
    name: 'Cursor (indexing only)',
    file: '.cursorindexingignore',
    syntax: 'gitignore',
    enforces: {
      // Documented: matching files are left out of indexing only and stay available to AI features.
      completions: 'not-enforced',
      // They no longer turn up in codebase search, but can still be attached or @-mentioned.
      chat: 'partial',
      indexing: 'enforced',
      agentReads: 'not-enforced',
      terminal: 'not-enforced',
    },
    note: "This file only keeps matches out of Cursor's codebase index and search results; Tab, chat, @-mentions and the agent can still read them.",
    docs: 'https://docs.cursor.com/context/ignore-files',
    status: { state: 'current', source: 'https://cursor.com/docs/reference/ignore-file' },
    detect: {
      extensions: [],
      workspacePaths: ['.cursor', '.cursorrules'],
      homePaths: ['.cursor'],
    },
  },
  {
    id: 'gemini-code-assist',
    name: 'Gemini Code Assist',
    // The VS Code extension lets users point "Context Exclusion File" at another name; .aiexclude is
    // the default. It also honours the root .gitignore unless that is switched off.
    file: '.aiexclude',
    syntax: 'gitignore',
    enforces: {
      // Documented: exclusion applies to code generation, completion, transformation and chat.
      completions: 'enforced',
      chat: 'enforced',
      // Documented for code customization (the Enterprise repository index).
      indexing: 'enforced',
      // Docs silent: agent mode runs on Gemini CLI and the .aiexclude page does not mention it, so
      // we assume it is not honoured there.
      agentReads: 'not-enforced',
      // Docs silent; assumed not honoured.
      terminal: 'not-enforced',
    },
    note: 'Gemini Code Assist leaves these files out of completions, code generation and chat, but its documentation does not say that agent mode (which runs on Gemini CLI) or its shell commands honour the file.',
    docs: 'https://developers.google.com/gemini-code-assist/docs/create-aiexclude-file',
    status: {
      state: 'current',
      note: 'Not honoured on Windows (GoogleCloudPlatform/cloud-code-vscode#990).',
      source: 'https://developers.google.com/gemini-code-assist/docs/create-aiexclude-file',
    },
    detect: {
      extensions: ['google.geminicodeassist'],
      workspacePaths: ['.gemini'],
      homePaths: ['.gemini'],
    },
  },
  {
    id: 'gemini-cli',
    name: 'Gemini CLI',
    file: '.geminiignore',
    syntax: 'gitignore',
    enforces: {
      // No inline completions in a terminal agent.
      completions: 'absent',
      // Documented: paths in the file are left out when sharing files with the @ command.
      chat: 'enforced',
      // Gemini CLI keeps no codebase index.
      indexing: 'absent',
      // Documented as applying to "tools that support this feature" without a full list; only some
      // file tools check it.
      agentReads: 'partial',
      // Docs silent; maintainers noted the shell tool cannot be fenced by the ignore file.
      terminal: 'not-enforced',
    },
    note: 'Gemini CLI drops these files from @ references and from the file tools that support the ignore file, but its shell tool can still read them, and changes need a restarted session.',
    docs: 'https://geminicli.com/docs/cli/gemini-ignore/',
    status: {
      state: 'current',
      note: 'Reported ignored by some tools in practice (google-gemini/gemini-cli#16941); Gemini CLI hooks (install-agent-hooks) check reads and commands.',
      source: 'https://geminicli.com/docs/cli/gemini-ignore/',
    },
    detect: {
      extensions: ['google.gemini-cli-vscode-ide-companion'],
      workspacePaths: ['.gemini', 'GEMINI.md'],
      homePaths: ['.gemini'],
    },
  },
  {
    id: 'jetbrains-ai',
    name: 'JetBrains AI Assistant / Junie',
    file: '.aiignore',
    syntax: 'gitignore',
    enforces: {
      // Documented: AI Assistant does not process these files and turns its features off for them,
      // with a warning that in some cases ignored files may still be used.
      completions: 'partial',
      chat: 'partial',
      // Docs do not name indexing separately; "not processed" suggests it, but with the same caveat.
      indexing: 'partial',
      // Junie (https://www.jetbrains.com/help/junie/aiignore.html) asks for explicit approval before
      // viewing or editing a listed file instead of refusing outright.
      agentReads: 'partial',
      // Docs silent; Junie's terminal commands are governed by its action allowlist, not .aiignore.
      terminal: 'not-enforced',
    },
    note: 'JetBrains AI Assistant skips these files but warns that some may still slip through, and Junie only asks for your approval before opening them rather than refusing.',
    docs: 'https://www.jetbrains.com/help/ai-assistant/disable-ai-assistant.html',
    status: {
      state: 'current',
      note: 'JetBrains also honours a .noai file, which turns AI Assistant off for the whole project.',
      source: 'https://www.jetbrains.com/help/ai-assistant/disable-ai-assistant.html',
    },
    detect: {
      extensions: [],
      workspacePaths: ['.aiassistant', '.junie', '.noai'],
      homePaths: ['.junie'],
    },
  },
  {
    id: 'windsurf',
    name: 'Windsurf (Codeium)',
    file: '.codeiumignore',
    syntax: 'gitignore',
    enforces: {
      // Docs silent: the file is documented as an indexing filter only; assumed not honoured.
      completions: 'not-enforced',
      // Retrieval from the index leaves matching files out; open files and @-mentions are not covered
      // by the documentation.
      chat: 'partial',
      // Documented.
      indexing: 'enforced',
      // Docs silent, so assumed not honoured. (A public bug report shows Cascade's view_file tool
      // refusing such files, so it may be stronger in practice.)
      agentReads: 'not-enforced',
      terminal: 'not-enforced',
    },
    note: 'Windsurf documents this file only as an indexing filter, so Cascade and autocomplete may still read matching files that are open, mentioned or reached through the terminal.',
    docs: 'https://docs.windsurf.com/context-awareness/windsurf-ignore',
    status: {
      state: 'current',
      note: 'Indexing only; Windsurf hooks (install-agent-hooks) check Cascade reads, writes, commands and prompts.',
      source: 'https://docs.windsurf.com/context-awareness/windsurf-ignore',
    },
    detect: {
      // The Windsurf editor is a fork (see the top of this file); codeium.codeium is the Windsurf
      // plugin for VS Code, which uses the same Codeium language server and index.
      extensions: ['codeium.codeium'],
      workspacePaths: ['.windsurf', '.windsurfrules'],
      homePaths: ['.codeium'],
    },
  },
  {
    id: 'aider',
    name: 'Aider',
    file: '.aiderignore',
    syntax: 'gitignore',
    enforces: {
      // Aider has no inline completions.
      completions: 'absent',
      // Documented only as telling Aider to ignore parts of the repo; /add refuses ignored files,
      // but files loaded explicitly as read-only are not checked against the ignore file.
      chat: 'partial',
      // The repository map skips ignored files.
      indexing: 'enforced',
      // Aider has no autonomous file-reading tools; files reach the model only through the chat.
      agentReads: 'absent',
      // Output of /run commands is offered to the chat unfiltered.
      terminal: 'not-enforced',
    },
    note: 'Aider leaves these files out of its repo map and will not /add them, but files you load with /read-only and the output of /run commands are not filtered.',
    docs: 'https://aider.chat/docs/faq.html#can-i-use-aider-in-a-large-mono-repo',
    status: { state: 'current', source: 'https://aider.chat/docs/faq.html#can-i-use-aider-in-a-large-mono-repo' },
    detect: {
      extensions: [],
      workspacePaths: ['.aider.conf.yml', '.aider.chat.history.md'],
      homePaths: ['.aider.conf.yml'],
    },
  },
  {
    id: 'continue',
    name: 'Continue',
    file: '.continueignore',
    syntax: 'gitignore',
    enforces: {
      // Docs silent: the file is documented for codebase indexing only; assumed not honoured.
      completions: 'not-enforced',
      // Codebase retrieval uses the index, so matches drop out of it; nothing else is documented.
      chat: 'partial',
      // Documented (a global ~/.continue/.continueignore is also read).
      indexing: 'enforced',
      // Docs silent; assumed not honoured.
      agentReads: 'not-enforced',
      terminal: 'not-enforced',
    },
    note: 'Continue uses this file to keep matches out of its codebase index, and its documentation does not say that autocomplete, @-mentions, agent tools or terminal commands honour it.',
    docs: 'https://docs.continue.dev/reference/deprecated-codebase',
    status: {
      state: 'current',
      note: 'Indexing only, and Continue has deprecated @Codebase, the feature that used the index.',
      source: 'https://docs.continue.dev/reference/deprecated-codebase',
    },
    detect: {
      extensions: ['continue.continue'],
      workspacePaths: ['.continue'],
      homePaths: ['.continue'],
    },
  },
  {
    id: 'roo-code',
    name: 'Roo Code',
    file: '.rooignore',
    syntax: 'gitignore',
    enforces: {
      // Roo Code has no inline completions.
      completions: 'absent',
      // Documented: @-mentions of ignored files return a notice instead of the content, and
      // @directory attachments omit or lock them.
      chat: 'enforced',
      // The .rooignore page does not cover codebase indexing; public bug reports show it is applied
      // but inconsistently.
      indexing: 'partial',
      // Documented: read_file, write and diff tools, and code-definition listing refuse ignored files.
      agentReads: 'enforced',
      // Documented: execute_command blocks only a predefined list of file-reading commands.
      terminal: 'partial',
    },
    note: 'Roo Code (discontinued; forks Kilo Code and ZooCode) blocked its file tools and @-mentions from these files and refused common read commands such as cat on them, but other scripts and programs run in the terminal were not checked.',
    docs: 'https://docs.roocode.com/features/rooignore',
    status: {
      state: 'discontinued',
      note: 'Roo Code was shut down on 2026-05-15; its forks Kilo Code and ZooCode carry on, and this file only matters if one of them honours it.',
      source: 'https://docs.roocode.com/features/rooignore',
    },
    detect: {
      extensions: ['rooveterinaryinc.roo-cline'],
      workspacePaths: ['.roo', '.roomodes'],
      homePaths: ['.roo'],
    },
  },
  {
    id: 'cline',
    name: 'Cline',
    file: '.clineignore',
    syntax: 'gitignore',
    enforces: {
      // Cline has no inline completions.
      completions: 'absent',
      // Documented: explicit @-mentions still read ignored files.
      chat: 'partial',
      // Cline keeps no codebase index.
      indexing: 'absent',
      // Documented as a context filter (file listing, automatic context, search), not an access
      // control.
      agentReads: 'partial',
      // Documented: shell commands can still read ignored files.
      terminal: 'not-enforced',
    },
    note: 'Cline treats this file as a context filter only, so @-mentions and shell commands can still read matching files, and Cline has deprecated it in favour of hooks.',
    docs: 'https://docs.cline.bot/customization/clineignore',
    status: {
      state: 'deprecated',
      note: 'Cline has deprecated .clineignore, which it says was never designed to prevent access, shell commands included; use Cline hooks (install-agent-hooks --agents cline).',
      source: 'https://docs.cline.bot/resources/deprecations',
    },
    detect: {
      extensions: ['saoudrizwan.claude-dev'],
      workspacePaths: ['.clinerules'],
      // Cline CLI's data directory.
      homePaths: ['.cline'],
    },
  },
  {
    id: 'augment',
    name: 'Augment',
    file: '.augmentignore',
    syntax: 'gitignore',
    enforces: {
      // Docs silent: the file is documented for workspace indexing only; assumed not honoured.
      completions: 'not-enforced',
      // Context-engine retrieval uses the index; attachments are not covered by the documentation.
      chat: 'partial',
      // Documented (a leading ! can also re-include .gitignored paths).
      indexing: 'enforced',
      // Docs silent; assumed not honoured.
      agentReads: 'not-enforced',
      terminal: 'not-enforced',
    },
    note: 'Augment documents this file as an indexing filter only, so its documentation gives no assurance that the agent, chat attachments or terminal commands will not read matching files.',
    docs: 'https://docs.augmentcode.com/setup-augment/workspace-indexing',
    status: { state: 'current', source: 'https://docs.augmentcode.com/setup-augment/workspace-indexing' },
    detect: {
      extensions: ['augment.vscode-augment'],
      workspacePaths: ['.augment'],
      homePaths: ['.augment'],
    },
  },
  {
    id: 'github-copilot',
    name: 'GitHub Copilot (.copilotignore)',
    // Listed because the product requirement names it. GitHub's documentation has no .copilotignore;
    // exclusion is configured in repository, organization or enterprise settings (see
    // `github-copilot-repository`). The VS Code Copilot Chat source reads .copilotignore only behind
    // an undocumented account flag, so nothing here can be relied on.
    file: '.copilotignore',
    syntax: 'gitignore',
    enforces: {
      completions: 'not-enforced',
      chat: 'not-enforced',
      indexing: 'not-enforced',
      agentReads: 'not-enforced',
      terminal: 'not-enforced',
    },
    note: "GitHub Copilot does not document or honour a .copilotignore file; to keep files from Copilot you must set up content exclusion in the repository's or organization's Copilot settings.",
    docs: 'https://docs.github.com/en/copilot/concepts/context/content-exclusion',
    status: {
      state: 'deprecated',
      note: 'Not a documented Copilot feature: nothing honours it; use repository content exclusion and, for agent mode, VS Code agent hooks.',
      source: 'https://docs.github.com/en/copilot/concepts/context/content-exclusion',
    },
    detect: {
      extensions: ['github.copilot', 'github.copilot-chat'],
      workspacePaths: ['.github/copilot-instructions.md'],
      // Copilot CLI's configuration directory.
      homePaths: ['.copilot'],
    },
  },
  {
    id: 'github-copilot-repository',
    name: 'GitHub Copilot (repository content exclusion)',
    // Not read from the workspace: the user pastes this YAML list of paths into the repository's
    // Settings > Copilot > Content exclusion page (Copilot Business or Enterprise). Changes can take
    // up to 30 minutes to reach IDEs that already loaded the settings.
    file: 'copilot-content-exclusion.yml',
    syntax: 'copilot-repository-yaml',
    enforces: {
      // Documented: no inline suggestions in excluded files, and their content does not inform
      // suggestions elsewhere.
      completions: 'enforced',
      // Documented: Chat honours it, but in VS Code the Edit and Agent modes do not, the @github
      // participant skips it, and the IDE may still pass type or hover information from excluded files.
      chat: 'partial',
      // Docs do not mention Copilot's workspace index separately; they only say excluded content does
      // not inform responses.
      indexing: 'partial',
      // Documented: agent mode in IDEs, Copilot CLI and the Copilot coding agent do not support
      // content exclusion.
      agentReads: 'not-enforced',
      terminal: 'not-enforced',
    },
    note: "Content exclusion set in the repository's Copilot settings (Business and Enterprise plans) stops inline suggestions and Chat from using these files, but Copilot agent mode, Copilot CLI and the Copilot coding agent do not apply it.",
    docs: 'https://docs.github.com/en/copilot/how-tos/configure-content-exclusion/exclude-content-from-copilot',
    status: {
      state: 'current',
      note: 'Does not apply to Copilot agent mode in IDEs, Copilot CLI or the coding agent (github/docs#40952); VS Code agent hooks cover agent mode.',
      source: 'https://docs.github.com/en/copilot/how-tos/configure-content-exclusion/exclude-content-from-copilot',
    },
    detect: {
      extensions: ['github.copilot', 'github.copilot-chat'],
      workspacePaths: ['.github/copilot-instructions.md'],
      homePaths: ['.copilot'],
    },
  },
  {
    id: 'claude-code',
    name: 'Claude Code',
    file: '.claude/settings.json',
    syntax: 'claude-settings',
    enforces: {
      // Claude Code has no inline completions.
      completions: 'absent',
      // @-mentioned files are read through the same permission check; the docs call coverage of
      // tools other than Read best effort, so this is partial.
      chat: 'partial',
      // Claude Code keeps no codebase index.
      indexing: 'absent',
      // Documented: Read rules block the Read tool and are applied best effort to the other built-in
      // tools that read files, such as Grep and Glob.
      agentReads: 'partial',
      // Documented: Read and Edit deny rules cover Claude's built-in file tools, not Bash subprocesses,
      // so `cat .env` is not blocked; only the sandbox (or separate Bash rules) covers that.
      terminal: 'not-enforced',
    },
    note: "Claude Code's Read deny rules stop its built-in file tools from opening these files, but Bash commands such as cat .env are not covered unless you also enable the sandbox or add Bash rules.",
    docs: 'https://code.claude.com/docs/en/permissions',
    status: {
      state: 'current',
      note: 'Read rules do not cover Bash; files attached with @ bypass hooks (anthropics/claude-code#72236). Claude Code hooks and sandbox.filesystem.denyRead cover commands.',
      source: 'https://code.claude.com/docs/en/permissions',
    },
    detect: {
      extensions: ['anthropic.claude-code'],
      workspacePaths: ['.claude', 'CLAUDE.md'],
      homePaths: ['.claude', '.claude.json'],
    },
  },
];

/** The catalogue entry with this id, if any. */
export function findTarget(id: string): AssistantTarget | undefined {
  return ASSISTANT_TARGETS.find((target) => target.id === id);
}

export { FILELESS_ASSISTANTS, type FilelessAssistant } from './filelessAssistants';
