import { spawn } from 'node:child_process';
import { promises as fs, constants as fsConstants } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseJsonc } from 'jsonc-parser';
import { AGENT_HOOK_TARGETS, type AgentHookTarget, type InstalledHook } from '../core/hooks/agentConfig';
import {
  afterToolCanary,
  CANARY_CHANNELS,
  canaryFor,
  outcomeOf,
  redactedBy,
  type Canary,
  type CanaryChannel,
  type CanaryOutcome,
  type CanarySite,
} from '../core/hooks/canaries';
import { HOOK_AGENTS, type HookAgent } from '../core/hooks/toolCall';
import { FakeTokens } from '../core/rules/fakeTokens';
import type { CliCommand } from './command';
import { EXIT_CLEAN, EXIT_FINDINGS } from './exitCodes';
import type { CliIO } from './io';
import { UsageError } from './usageError';

export const DOCTOR_USAGE = `Usage: ai-secret-guard doctor [--root <dir>] [--agents <ids>] [--json]

Proves the agent hooks work: finds this tool's hooks in each agent's project and user
configuration, runs each one exactly as its agent would (the configured command, through the
shell, with the agent's JSON on stdin) against canaries in a throwaway folder (a read of a planted
.env holding a fake key, "cat .env", a prompt and a write carrying a fake key), and reports per
agent and channel: blocked, asked, redacted (Gemini CLI), let through, broken (the hook did not answer), not installed,
or shadowed (a setting switches the hooks off). Exit 1 when an agent that has hooks lets a canary
through, has a broken or missing channel, or when no agent has any.`;

interface Options {
  readonly root: string;
  readonly agents: readonly HookAgent[];
  readonly json: boolean;
}

function parse(argv: readonly string[]): Options | 'help' {
  try {
    const { values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        root: { type: 'string' },
        agents: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) return 'help';
    const agents = values.agents === undefined ? [...HOOK_AGENTS] : values.agents.split(',').map((a) => a.trim());
    if (agents.length === 0 || agents.some((a) => !(HOOK_AGENTS as readonly string[]).includes(a)))
      throw new UsageError(`--agents takes ${HOOK_AGENTS.join(', ')}`);
    return { root: values.root ?? '.', agents: agents as HookAgent[], json: values.json ?? false };
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError((e as Error).message);
  }
}

type Status = CanaryOutcome | 'not-installed' | 'shadowed' | 'n/a';

interface ChannelResult {
  readonly channel: CanaryChannel;
  readonly status: Status;
  readonly detail?: string;
}

interface AgentReport {
  readonly agent: HookAgent;
  readonly configured: boolean;
  readonly files: readonly string[];
  readonly channels: readonly ChannelResult[];
}

interface FoundHook extends InstalledHook {
  /** What to run: the command, or the hook program itself (Cline). */
  readonly run: string;
  readonly file: string;
}

/** Where the agent keeps the same file in the user's home (docs/agent-hooks.md). */
function homeFile(target: AgentHookTarget, home: string): string | undefined {
  if (target.agent === 'vscode') return undefined;
  if (target.agent === 'windsurf') return path.join(home, '.codeium', 'windsurf', 'hooks.json');
  if (target.agent === 'cline') return path.join(home, 'Documents', 'Cline', 'Hooks', path.basename(target.file));
  return path.join(home, target.file);
}

async function hooksOf(agent: HookAgent, root: string, home: string): Promise<{ hooks: FoundHook[]; shadow?: string }> {
  const hooks: FoundHook[] = [];
  let shadow: string | undefined;
  for (const target of AGENT_HOOK_TARGETS.filter((t) => t.agent === agent)) {
    for (const file of [path.join(root, target.file), homeFile(target, home)]) {
      if (!file) continue;
      const text = await fs.readFile(file, 'utf8').catch(() => undefined);
      if (text === undefined) continue;
      const found = target.installed(text);
      if (
        target.executable &&
        found.length > 0 &&
        process.platform !== 'win32' &&
        !(await fs.access(file, fsConstants.X_OK).then(
          () => true,
          () => false,
        ))
      )
        shadow = `${file} is not executable, so Cline does not run it`;
      hooks.push(...found.map((h) => ({ ...h, file, run: target.executable ? file : h.command })));
    }
  }
  if (agent === 'claude-code') {
    for (const file of [
      path.join(root, '.claude/settings.json'),
      path.join(root, '.claude/settings.local.json'),
      path.join(home, '.claude/settings.json'),
    ]) {
      const text = await fs.readFile(file, 'utf8').catch(() => undefined);
      if (
        text !== undefined &&
        (parseJsonc(text) as { disableAllHooks?: unknown } | undefined)?.disableAllHooks === true
      )
        shadow = `${file} sets "disableAllHooks": true`;
    }
  }
  return { hooks, ...(shadow ? { shadow } : {}) };
}

function matches(hook: InstalledHook, tool: string | undefined): boolean {
  if (hook.matcher === undefined || hook.matcher === '' || hook.matcher === '*' || tool === undefined) return true;
  try {
    return new RegExp(`^(?:${hook.matcher})$`).test(tool);
  } catch {
    return false;
  }
}

/** Runs one hook as the agent does: through the shell, JSON on stdin, from the project folder. */
function runHook(
  command: string,
  canary: Canary,
  site: CanarySite,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, {
      shell: true,
      cwd: site.root,
      env: { ...process.env, CLAUDE_PROJECT_DIR: site.root },
      timeout: 60_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (e) => resolve({ code: null, stdout, stderr: stderr + e.message }));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(JSON.stringify(canary.payload));
  });
}

async function checkChannel(
  agent: HookAgent,
  channel: CanaryChannel,
  hooks: readonly FoundHook[],
  site: CanarySite,
): Promise<ChannelResult> {
  const canary = canaryFor(agent, channel, site);
  if (!canary) return { channel, status: 'n/a', detail: 'no such tool: reads are shell commands' };
  const chosen = [
    ...new Map(
      hooks.filter((h) => h.event === canary.event && matches(h, canary.tool)).map((h) => [h.run, h]),
    ).values(),
  ];
  if (chosen.length === 0)
    return {
      channel,
      status: 'not-installed',
      detail: `no hook of this tool on ${canary.event}${canary.tool ? ` for ${canary.tool}` : ''}`,
    };
  const outcomes = await Promise.all(chosen.map(async (h) => ({ h, r: await runHook(h.run, canary, site) })));
  // The agent refuses when any of its hooks refuses.
  for (const wanted of ['blocked', 'asked', 'broken', 'let-through'] as const) {
    const hit = outcomes.find(({ r }) => outcomeOf(agent, r) === wanted);
    if (!hit) continue;
    if (wanted === 'let-through' && (await redactedAfter(canary, hooks, site))) return { channel, status: 'redacted' };
    return {
      channel,
      status: wanted,
      ...(wanted === 'broken'
        ? { detail: `exit ${hit.r.code}: ${hit.r.stderr.trim().split('\n')[0] ?? ''}`.slice(0, 200) }
        : {}),
    };
  }
  return { channel, status: 'broken' };
}

/** Gemini CLI: whether an AfterTool hook masks what a let-through read returned. */
async function redactedAfter(before: Canary, hooks: readonly FoundHook[], site: CanarySite): Promise<boolean> {
  const after = afterToolCanary(before, site);
  if (!after) return false;
  const chosen = hooks.filter((h) => h.event === 'AfterTool' && matches(h, after.tool));
  for (const h of chosen) if (redactedBy((await runHook(h.run, after, site)).stdout, site)) return true;
  return false;
}

async function plantCanaries(root: string): Promise<CanarySite> {
  const dir = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'asg-doctor-')));
  // A fake key built at run time; never a credential.
  const fakeKey = new FakeTokens(Date.now() % 2 ** 31).githubStyle('ghp_');
  const envText = `GITHUB_TOKEN=${fakeKey}\n`;
  await fs.mkdir(path.join(dir, 'src'));
  await fs.writeFile(path.join(dir, '.env'), envText);
  // The project's own exclusion policy decides, as it would in the project.
  const settings = await fs.readFile(path.join(root, '.vscode', 'settings.json'), 'utf8').catch(() => undefined);
  if (settings !== undefined) {
    await fs.mkdir(path.join(dir, '.vscode'));
    await fs.writeFile(path.join(dir, '.vscode', 'settings.json'), settings);
  }
  return {
    root: dir,
    envFile: path.join(dir, '.env'),
    envText,
    fakeKey,
    join: (rel) => path.join(dir, ...rel.split('/')),
  };
}

/** Runs `tasks` with at most `size` at once; results in task order. */
async function inPool<T>(tasks: readonly (() => Promise<T>)[], size: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, tasks.length) }, worker));
  return results;
}

const FAILING: ReadonlySet<Status> = new Set(['let-through', 'broken', 'not-installed', 'shadowed']);

function render(reports: readonly AgentReport[]): string {
  const lines = [
    'AI Secret Guard doctor: each installed hook, run as its agent runs it, against canaries (a planted .env with a fake key).',
    '',
  ];
  lines.push(['agent'.padEnd(13), ...CANARY_CHANNELS.map((c) => c.padEnd(15))].join('').trimEnd());
  for (const r of reports)
    lines.push([r.agent.padEnd(13), ...r.channels.map((c) => c.status.padEnd(15))].join('').trimEnd());
  lines.push('');
  for (const r of reports.filter((x) => x.configured)) {
    for (const c of r.channels.filter((x) => x.detail && FAILING.has(x.status)))
      lines.push(`${r.agent} ${c.channel}: ${c.status}: ${c.detail}`);
  }
  return lines.join('\n') + '\n';
}

async function doctor(options: Options, io: CliIO): Promise<number> {
  const root = path.resolve(io.cwd, options.root);
  const home = io.env?.['HOME'] ?? io.env?.['USERPROFILE'] ?? os.homedir();
  const site = await plantCanaries(root);
  try {
    const found = await Promise.all(
      options.agents.map(async (agent) => ({ agent, ...(await hooksOf(agent, root, home)) })),
    );
    // Every (agent, channel) check is independent: a few at a time, as many as the machine has cores.
    const tasks = found.flatMap(({ agent, hooks, shadow }) =>
      CANARY_CHANNELS.map((channel) => async (): Promise<ChannelResult> => {
        if (hooks.length === 0) return { channel, status: 'not-installed' };
        if (shadow) return { channel, status: 'shadowed', detail: shadow };
        return checkChannel(agent, channel, hooks, site);
      }),
    );
    const results = await inPool(tasks, Math.max(2, os.cpus().length));
    const reports: AgentReport[] = found.map(({ agent, hooks }, i) => ({
      agent,
      configured: hooks.length > 0,
      files: [...new Set(hooks.map((h) => h.file))],
      channels: results.slice(i * CANARY_CHANNELS.length, (i + 1) * CANARY_CHANNELS.length),
    }));
    io.stdout(options.json ? JSON.stringify({ agents: reports }, null, 2) + '\n' : render(reports));
    const failing = reports.some((r) => r.configured && r.channels.some((c) => FAILING.has(c.status)));
    if (!reports.some((r) => r.configured))
      io.stderr(
        "ai-secret-guard: no agent has this tool's hooks; install them with: ai-secret-guard install-agent-hooks\n",
      );
    return failing || !reports.some((r) => r.configured) ? EXIT_FINDINGS : EXIT_CLEAN;
  } finally {
    await fs.rm(site.root, { recursive: true, force: true });
  }
}

export const doctorCommand: CliCommand<Options> = { usage: DOCTOR_USAGE, parse, run: doctor };
