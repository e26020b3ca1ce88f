import { readFileSync, statSync } from 'node:fs';
import { decodeText } from '../core/textDecoding';
import path from 'node:path';
import { ExclusionFileError } from '../core/exclusions/errors';
import { createSensitiveMatcher, DEFAULT_SENSITIVE_PATTERNS } from '../core/exclusions/policy';
import { parseExclusionSettings } from '../core/exclusions/workspaceSettings';
import { parse as parseJsonc } from 'jsonc-parser';
import { judgeToolCall, type HookContext, type ReadPolicy, type RecursivePolicy } from '../core/hooks/judge';
import { expandGlob, firstSensitiveUnder } from '../scan/shellExpansion';
import { replyFor } from '../core/hooks/reply';
import {
  HOOK_AGENTS,
  HookInputError,
  parseToolCall,
  type HookAgent,
  type HookDialect,
  type ToolCall,
} from '../core/hooks/toolCall';
import type { HookScanner } from '../scan/hookScanner';
import type { CliCommand } from './command';
import type { CliIO } from './io';
import { UsageError } from './usageError';

export const HOOK_USAGE = `Usage: ai-secret-guard hook <${HOOK_AGENTS.join('|')}> [--fail-closed]

Run by an AI agent's hook (see install-agent-hooks) before it reads or writes a file, runs a
command, calls an MCP tool or sends a prompt: reads the agent's JSON on stdin and answers in that
agent's protocol. It blocks reads of files the AI-exclusion policy marks sensitive or that hold a
high-confidence secret, writes, commands and prompts that carry a secret, and puts changes to the
guard's own policy files to the user. Exit codes follow the agent's protocol (Claude Code: 2
blocks). A payload over 4 MiB or holding NUL characters is refused with the reason; one that
is not JSON is let through with a warning (exit 1), or refused with --fail-closed.`;

/** Files larger than this are not read to look for secrets (the CLI scan's default limit too). */
const MAX_READ = 2 * 1024 * 1024;
/** A payload carries at most one file's new text and some JSON around it. */
const MAX_PAYLOAD = 2 * MAX_READ;

function projectRoot(agent: HookAgent, call: ToolCall, io: CliIO): string {
  const claudeDir = agent === 'claude-code' ? io.env?.['CLAUDE_PROJECT_DIR'] : undefined;
  return path.resolve(io.cwd, claudeDir || call.roots[0] || call.cwd || io.cwd);
}

const RECURSIVE_SETTING = 'aiSecretGuard.agentHooks.recursiveReaders';

const READS_SETTING = 'aiSecretGuard.agentHooks.sensitiveReads';

function setting(settingsText: string | undefined, key: string): unknown {
  return settingsText === undefined
    ? undefined
    : (parseJsonc(settingsText) as Record<string, unknown> | undefined)?.[key];
}

/** `aiSecretGuard.agentHooks.recursiveReaders` from the settings text; ask unless it says deny or allow. */
function recursivePolicy(settingsText: string | undefined): RecursivePolicy {
  const value = setting(settingsText, RECURSIVE_SETTING);
  return value === 'deny' || value === 'allow' ? value : 'ask';
}

/** `aiSecretGuard.agentHooks.sensitiveReads`: block unless it says ask or redact. */
function readPolicy(settingsText: string | undefined): ReadPolicy {
  const value = setting(settingsText, READS_SETTING);
  return value === 'ask' || value === 'redact' ? value : 'block';
}

interface Policy {
  readonly isSensitive: (rel: string) => boolean;
  readonly recursiveReaders: RecursivePolicy;
  readonly sensitiveReads: ReadPolicy;
}

function loadPolicy(root: string, warn: (m: string) => void): Policy {
  let patterns: readonly string[] = DEFAULT_SENSITIVE_PATTERNS;
  let text: string | undefined;
  try {
    text = readFileSync(path.join(root, '.vscode', 'settings.json'), 'utf8');
    patterns = parseExclusionSettings(text).patterns ?? DEFAULT_SENSITIVE_PATTERNS;
  } catch (e) {
    if (e instanceof ExclusionFileError) warn(`${e.message}; using the default exclusion patterns`);
    else if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
      warn(
        `cannot read .vscode/settings.json (${(e as NodeJS.ErrnoException).code}); using the default exclusion patterns`,
      );
  }
  return {
    isSensitive: createSensitiveMatcher({ patterns, secretFiles: [] }),
    recursiveReaders: recursivePolicy(text),
    sensitiveReads: readPolicy(text),
  };
}

function contextFor(root: string, cwd: string, warn: (m: string) => void): HookContext {
  const { isSensitive, recursiveReaders, sensitiveReads } = loadPolicy(root, warn);
  const texts = new Map<string, string | undefined>();
  let scanner: Promise<HookScanner> | undefined;
  const home = process.env['HOME'] ?? process.env['USERPROFILE'];
  const relative = (p: string) => {
    const abs = path.resolve(cwd, home && p.startsWith('~/') ? path.join(home, p.slice(2)) : p);
    const rel = path.relative(root, abs);
    if (rel === '') return '';
    const outside = rel.startsWith('..') || path.isAbsolute(rel);
    return (outside ? abs.replace(/^[A-Za-z]:/, '').replace(/^[\\/]+/, '') : rel).split(path.sep).join('/');
  };
  return {
    relative,
    isSensitive,
    recursiveReaders,
    sensitiveReads,
    expandGlob: (pattern) => expandGlob(cwd, pattern),
    sensitiveUnder: (dir, hidden) => {
      const found = firstSensitiveUnder(cwd, dir, hidden, (abs) => isSensitive(relative(abs)));
      return found === undefined ? undefined : relative(found);
    },
    readText(p) {
      const abs = path.resolve(cwd, p);
      if (!texts.has(abs)) {
        let text: string | undefined;
        try {
          if (statSync(abs).isFile() && statSync(abs).size <= MAX_READ) {
            const bytes = readFileSync(abs);
            text = decodeText(bytes); // undefined for binary; UTF-16/32 with a byte-order mark decoded
          }
        } catch {
          text = undefined; // absent or unreadable: nothing to check
        }
        texts.set(abs, text);
      }
      return texts.get(abs);
    },
    async findSecrets(text, rel, options) {
      // The detector and its rules load only for calls that carry text to check.
      scanner ??= import('../scan/hookScanner').then((m) => m.createHookScanner(root, warn));
      return (await scanner).findSecrets(text, rel, options);
    },
  };
}

/** Events that fire after the tool ran: nothing is left to allow or refuse. */
const POST_EVENTS = new Set(['PostToolUse', 'afterFileEdit', 'post_write_code']);

interface HookOptions {
  readonly agent: HookAgent;
  readonly failClosed: boolean;
}

function parseHookArgs(argv: readonly string[]): HookOptions | 'help' {
  if (argv[0] === '--help' || argv[0] === '-h') return 'help';
  const agent = argv[0] as HookAgent;
  const rest = argv.slice(1);
  if (!HOOK_AGENTS.includes(agent) || rest.some((a) => a !== '--fail-closed'))
    throw new UsageError(`hook needs one agent: ${HOOK_AGENTS.join(', ')} (and optionally --fail-closed)`);
  return { agent, failClosed: rest.length > 0 };
}

/** The dialect to refuse in before the payload is read (the payload may be what is wrong). */
function dialectFor(agent: HookAgent): HookDialect {
  return agent === 'claude-code' ? 'claude' : agent;
}

/** Why a payload cannot be checked at all, if it cannot. */
function unusable(bytes: Buffer): string | undefined {
  if (bytes.length > MAX_PAYLOAD)
    return `the hook input is over ${MAX_PAYLOAD / (1024 * 1024)} MiB, too large to check`;
  if (bytes.includes(0) || /\\u0000/i.test(bytes.toString('latin1')))
    return 'the hook input holds NUL characters, which hide text from the check';
  return undefined;
}

function refuse(agent: HookAgent, why: string, io: CliIO): number {
  const reply = replyFor(dialectFor(agent), '', { allow: false, reason: `AI Secret Guard blocked this: ${why}.` });
  if (reply.stdout) io.stdout(reply.stdout);
  io.stderr(reply.stderr || `ai-secret-guard: ${why}\n`);
  return reply.exitCode;
}

/**
 * One agent tool call in, the verdict out in the agent's protocol: its exit codes are the agent's
 * (Claude Code blocks on 2), not the CLI's EXIT_* codes.
 */
async function judgeHookCall({ agent, failClosed }: HookOptions, io: CliIO): Promise<number> {
  const warn = (m: string) => io.stderr(`ai-secret-guard: ${m}\n`);
  let call: ToolCall;
  const bytes = await io.readStdin(MAX_PAYLOAD);
  const why = unusable(bytes);
  if (why) return refuse(agent, why, io);
  try {
    call = parseToolCall(agent, JSON.parse(bytes.toString('utf8')));
  } catch (e) {
    const why = e instanceof HookInputError ? e.message : 'the hook input is not JSON';
    if (failClosed) return refuse(agent, why, io);
    warn(`${why}; this call was not checked`);
    return 1;
  }
  try {
    const root = projectRoot(agent, call, io);
    const cwd = path.resolve(root, call.cwd ?? root);
    // After the fact: a write is journaled; anything else a post-event reports is not judged.
    if (call.access === 'written') await (await import('../scan/agentJournal')).journalWrites(root, cwd, agent, call);
    const after = call.access === 'written' || POST_EVENTS.has(call.event);
    const verdict = after ? { allow: true as const } : await judgeToolCall(call, contextFor(root, cwd, warn));
    const reply = replyFor(call.dialect, call.event, verdict);
    if (reply.stdout) io.stdout(reply.stdout);
    if (reply.stderr) io.stderr(reply.stderr);
    return reply.exitCode;
  } catch (e) {
    warn(`could not check this call (${(e as Error).message}); it was let through`);
    return 1;
  }
}

/** `ai-secret-guard hook <agent>`. */
export const hookCommand: CliCommand<HookOptions> = { usage: HOOK_USAGE, parse: parseHookArgs, run: judgeHookCall };
