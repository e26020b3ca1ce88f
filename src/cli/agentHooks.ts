import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createTwoFilesPatch } from 'diff';
import { AGENT_HOOK_TARGETS, HookConfigError, hookCommandLine, type AgentHookTarget } from '../core/hooks/agentConfig';
import { HOOK_AGENTS, type HookAgent } from '../core/hooks/toolCall';
import type { CliCommand } from './command';
import { EXIT_CLEAN, EXIT_USAGE } from './exitCodes';
import type { CliIO } from './io';
import { UsageError } from './usageError';
import { assertWritable, errorCode, readIfPresent } from '../scan/files';
import { defaultHookCli } from './hookCli';

export const AGENT_HOOKS_USAGE = `Usage: ai-secret-guard install-agent-hooks [options]

Writes the project's hook configuration so AI coding agents ask "ai-secret-guard hook <agent>"
before they read or change a file, run a command, call an MCP tool or send a prompt: reads of
files the AI-exclusion policy marks sensitive (or that hold a high-confidence secret), edits and
commands that add a secret, and prompts that carry one are blocked. Existing settings are merged,
never lost; running it again changes nothing; --uninstall removes only what it added.

  claude-code   .claude/settings.json        PreToolUse, UserPromptSubmit
  cursor        .cursor/hooks.json           beforeReadFile, beforeTabFileRead, beforeShellExecution,
                                             beforeMCPExecution, beforeSubmitPrompt, preToolUse
  vscode        .github/hooks/ai-secret-guard.json   PreToolUse, UserPromptSubmit (Copilot agent)
  gemini        .gemini/settings.json        BeforeTool, BeforeAgent
  codex         .codex/hooks.json            PreToolUse, UserPromptSubmit
  windsurf      .windsurf/hooks.json         pre_read_code, pre_write_code, pre_run_command,
                                             pre_mcp_tool_use, pre_user_prompt
  cline         .clinerules/hooks/PreToolUse, .clinerules/hooks/UserPromptSubmit

Options:
      --agents <ids>    Comma-separated: ${HOOK_AGENTS.join(', ')} (default: all).
      --root <dir>      Project folder (default: .).
      --command <cmd>   How the hooks run this tool (default: node and the absolute path of this
                        CLI, which works from any folder on this machine; give a command every
                        teammate has, e.g. "npx --no-install ai-secret-guard", for shared files).
      --fail-closed     Hooks refuse a call whose input they cannot read (default: let it
                        through with a warning, so a format change cannot lock the agent up).
      --uninstall       Remove this tool's hooks, leaving every other setting.
      --dry-run         Show the changes as a diff; write nothing.
Check what the installed hooks really do with: ai-secret-guard doctor`;

interface Options {
  readonly agents: readonly HookAgent[];
  readonly root: string;
  readonly command?: string;
  readonly dryRun: boolean;
  readonly uninstall: boolean;
  readonly failClosed: boolean;
}

function parse(argv: readonly string[]): Options | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        agents: { type: 'string' },
        root: { type: 'string' },
        command: { type: 'string' },
        'dry-run': { type: 'boolean' },
        uninstall: { type: 'boolean' },
        'fail-closed': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values.help) return 'help';
  const agents =
    values.agents === undefined
      ? [...HOOK_AGENTS]
      : [
          ...new Set(
            values.agents
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean),
          ),
        ];
  const unknown = agents.filter((a) => !(HOOK_AGENTS as readonly string[]).includes(a));
  if (unknown.length > 0 || agents.length === 0)
    throw new UsageError(`--agents takes ${HOOK_AGENTS.join(', ')}; got ${JSON.stringify(values.agents)}`);
  const command = values.command?.trim();
  if (command !== undefined && (command === '' || /[\r\n]/.test(command)))
    throw new UsageError('--command must be one non-empty line');
  if (command !== undefined && values.uninstall) throw new UsageError('--command has no meaning with --uninstall');
  return {
    agents: agents as HookAgent[],
    root: values.root ?? '.',
    ...(command !== undefined ? { command } : {}),
    dryRun: values['dry-run'] ?? false,
    uninstall: values.uninstall ?? false,
    failClosed: values['fail-closed'] ?? false,
  };
}

async function readHookFile(abs: string, file: string): Promise<string | undefined> {
  try {
    return await readIfPresent(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new HookConfigError(file, code === 'EISDIR' ? 'it is a folder, not a file' : `it cannot be read (${code})`);
  }
}

async function assertHookFileWritable(abs: string, file: string, isNew: boolean): Promise<void> {
  try {
    await assertWritable(abs, !isNew);
  } catch (e) {
    throw new HookConfigError(file, `it is not writable (${errorCode(e)})`);
  }
}

interface Planned {
  readonly target: AgentHookTarget;
  readonly abs: string;
  readonly before?: string;
  /** undefined: the file is deleted. */
  readonly after?: string;
}

/** Every file is rendered before any is written: one bad file stops them all. */
async function plan(
  root: string,
  options: Options,
  command: string,
): Promise<{ planned: Planned[]; errors: string[] }> {
  const planned: Planned[] = [];
  const errors: string[] = [];
  for (const target of AGENT_HOOK_TARGETS.filter((t) => options.agents.includes(t.agent))) {
    const abs = path.join(root, target.file);
    try {
      const before = await readHookFile(abs, target.file);
      if (options.uninstall && before === undefined) continue;
      const after = options.uninstall
        ? target.remove(before!)
        : target.render(before, hookCommandLine(command, target.agent, options.failClosed));
      if (after !== before && after !== undefined) await assertHookFileWritable(abs, target.file, before === undefined);
      planned.push({
        target,
        abs,
        ...(before !== undefined ? { before } : {}),
        ...(after !== undefined ? { after } : {}),
      });
    } catch (e) {
      if (!(e instanceof HookConfigError)) throw e;
      errors.push(e.message);
    }
  }
  return { planned, errors };
}

async function apply(p: Planned, options: Options, command: string, io: CliIO): Promise<void> {
  const file = p.target.file;
  if (p.after === p.before) {
    io.stdout(
      options.uninstall ? `${file}: no hook of this tool in it\n` : `${file}: already set up for ${p.target.agent}\n`,
    );
    return;
  }
  if (options.dryRun) {
    io.stdout(
      createTwoFilesPatch(
        `a/${file}`,
        `b/${file}`,
        p.before ?? '',
        p.after ?? '',
        p.before === undefined ? '(new file)' : '',
        p.after === undefined ? '(deleted)' : '',
      ),
    );
    io.stdout(
      `would ${p.after === undefined ? 'delete' : 'update'} ${file}${p.before === undefined ? ' (new)' : ''}\n`,
    );
    return;
  }
  if (p.after === undefined) {
    await fs.rm(p.abs, { force: true });
    io.stdout(`deleted ${file}: it held only this tool's hook\n`);
    return;
  }
  await fs.mkdir(path.dirname(p.abs), { recursive: true });
  await fs.writeFile(p.abs, p.after, p.target.executable ? { mode: 0o755 } : {});
  if (p.target.executable) await fs.chmod(p.abs, 0o755);
  io.stdout(
    options.uninstall
      ? `updated ${file}: this tool's hooks removed\n`
      : `updated ${file}${p.before === undefined ? ' (new)' : ''}: ${p.target.agent} now asks "${hookCommandLine(command, p.target.agent, options.failClosed)}"\n`,
  );
}

/** `install-agent-hooks`: exit 0, or 2 when nothing was written. */
async function installAgentHooks(options: Options, io: CliIO): Promise<number> {
  const root = path.resolve(io.cwd, options.root);
  if (!(await fs.stat(root).catch(() => undefined))?.isDirectory()) {
    io.stderr(`ai-secret-guard: --root is not a folder: ${options.root}\n`);
    return EXIT_USAGE;
  }
  const base = options.command ?? defaultHookCli(io);
  if (!options.uninstall && options.command === undefined && /[\\/]_npx[\\/]/.test(base)) {
    io.stderr(
      "ai-secret-guard: this CLI runs from npx's temporary cache, which npm may clear; install it (npm install -g ai-secret-guard) or pass --command\n",
    );
  }
  const { planned, errors } = await plan(root, options, base);
  if (errors.length > 0) {
    for (const m of errors) io.stderr(`ai-secret-guard: ${m}\n`);
    return EXIT_USAGE;
  }
  for (const p of planned) await apply(p, options, base, io);
  if (!options.dryRun && !options.uninstall && planned.some((p) => p.after !== p.before)) {
    io.stdout(
      'Agents read hook files when they start: restart them, then run "ai-secret-guard doctor" to check every hook answers.\n',
    );
  }
  return EXIT_CLEAN;
}

export const agentHooksCommand: CliCommand<Options> = { usage: AGENT_HOOKS_USAGE, parse, run: installAgentHooks };
