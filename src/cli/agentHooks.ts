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

export const DEFAULT_HOOK_CLI = 'npx --no-install ai-secret-guard';

export const AGENT_HOOKS_USAGE = `Usage: ai-secret-guard install-agent-hooks [options]

Writes the project's hook configuration so AI coding agents ask "ai-secret-guard hook <agent>"
before they read or change a file or run a command: reads of files the AI-exclusion policy marks
sensitive (or that hold a high-confidence secret) and edits that add a secret are blocked.
Existing settings are merged, never lost; running it again changes nothing.

  claude-code   .claude/settings.json     PreToolUse on ${'Read|Edit|MultiEdit|Write|NotebookEdit|Grep|Bash'}
  cursor        .cursor/hooks.json        beforeReadFile, beforeShellExecution
  vscode        .github/hooks/ai-secret-guard.json   PreToolUse (GitHub Copilot agent mode)

Options:
      --agents <ids>    Comma-separated: ${HOOK_AGENTS.join(', ')} (default: all).
      --root <dir>      Project folder (default: .).
      --command <cmd>   How the hooks run this tool (default: ${DEFAULT_HOOK_CLI}).
      --dry-run         Show the changes as a diff; write nothing.`;

interface Options {
  readonly agents: readonly HookAgent[];
  readonly root: string;
  readonly command: string;
  readonly dryRun: boolean;
}

function parse(argv: readonly string[]): Options | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: { agents: { type: 'string' }, root: { type: 'string' }, command: { type: 'string' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values.help) return 'help';
  const agents = values.agents === undefined ? [...HOOK_AGENTS] : [...new Set(values.agents.split(',').map((s) => s.trim()).filter(Boolean))];
  const unknown = agents.filter((a) => !(HOOK_AGENTS as readonly string[]).includes(a));
  if (unknown.length > 0 || agents.length === 0) throw new UsageError(`--agents takes ${HOOK_AGENTS.join(', ')}; got ${JSON.stringify(values.agents)}`);
  const command = (values.command ?? DEFAULT_HOOK_CLI).trim();
  if (command === '' || /[\r\n]/.test(command)) throw new UsageError('--command must be one non-empty line');
  return { agents: agents as HookAgent[], root: values.root ?? '.', command, dryRun: values['dry-run'] ?? false };
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
  readonly after: string;
}

/** `install-agent-hooks`: exit 0, or 2 when nothing was written. */
async function installAgentHooks(options: Options, io: CliIO): Promise<number> {
  const root = path.resolve(io.cwd, options.root);
  if (!(await fs.stat(root).catch(() => undefined))?.isDirectory()) {
    io.stderr(`ai-secret-guard: --root is not a folder: ${options.root}\n`);
    return EXIT_USAGE;
  }
  const planned: Planned[] = [];
  const errors: string[] = [];
  // Every file is rendered before any is written: one bad file stops them all.
  for (const target of AGENT_HOOK_TARGETS.filter((t) => options.agents.includes(t.agent))) {
    const abs = path.join(root, target.file);
    try {
      const before = await readHookFile(abs, target.file);
      const after = target.render(before, hookCommandLine(options.command, target.agent));
      if (after !== before) await assertHookFileWritable(abs, target.file, before === undefined);
      planned.push({ target, abs, ...(before !== undefined ? { before } : {}), after });
    } catch (e) {
      if (!(e instanceof HookConfigError)) throw e;
      errors.push(e.message);
    }
  }
  if (errors.length > 0) {
    for (const m of errors) io.stderr(`ai-secret-guard: ${m}\n`);
    return EXIT_USAGE;
  }
  for (const p of planned) {
    const file = p.target.file;
    if (p.after === p.before) {
      io.stdout(`${file}: already set up for ${p.target.agent}\n`);
      continue;
    }
    if (options.dryRun) {
      io.stdout(createTwoFilesPatch(`a/${file}`, `b/${file}`, p.before ?? '', p.after, p.before === undefined ? '(new file)' : '', ''));
      io.stdout(`would update ${file}${p.before === undefined ? ' (new)' : ''}\n`);
    } else {
      await fs.mkdir(path.dirname(p.abs), { recursive: true });
      await fs.writeFile(p.abs, p.after);
      io.stdout(`updated ${file}${p.before === undefined ? ' (new)' : ''}: ${p.target.agent} now asks "${hookCommandLine(options.command, p.target.agent)}"\n`);
    }
  }
  if (!options.dryRun && planned.some((p) => p.after !== p.before)) {
    io.stdout('Agents read hook files when they start: restart them (in Claude Code, /hooks shows what is loaded).\n');
  }
  return EXIT_CLEAN;
}

export const agentHooksCommand: CliCommand<Options> = { usage: AGENT_HOOKS_USAGE, parse, run: installAgentHooks };
