import { readFileSync, statSync } from 'node:fs';
import { decodeText } from '../core/textDecoding';
import path from 'node:path';
import { ExclusionFileError } from '../core/exclusions/errors';
import { createSensitiveMatcher, DEFAULT_SENSITIVE_PATTERNS } from '../core/exclusions/policy';
import { parseExclusionSettings } from '../core/exclusions/workspaceSettings';
import { judgeToolCall, type HookContext } from '../core/hooks/judge';
import { replyFor } from '../core/hooks/reply';
import { HOOK_AGENTS, HookInputError, parseToolCall, type HookAgent, type ToolCall } from '../core/hooks/toolCall';
import type { HookScanner } from '../scan/hookScanner';
import type { CliCommand } from './command';
import type { CliIO } from './io';
import { UsageError } from './usageError';

export const HOOK_USAGE = `Usage: ai-secret-guard hook <${HOOK_AGENTS.join('|')}>

Run by an AI agent's hook (see install-agent-hooks) before it reads or writes a file or runs a
command: reads the agent's JSON on stdin and answers in that agent's protocol. It blocks reads of
files the AI-exclusion policy marks sensitive or that hold a high-confidence secret, and writes or
commands that would add a secret. Exit codes follow the agent's protocol (Claude Code: 2 blocks);
an input it cannot read is let through with a warning (exit 1).`;

/** Files larger than this are not read to look for secrets (the CLI scan's default limit too). */
const MAX_READ = 2 * 1024 * 1024;

function projectRoot(agent: HookAgent, call: ToolCall, io: CliIO): string {
  const claudeDir = agent === 'claude-code' ? io.env?.['CLAUDE_PROJECT_DIR'] : undefined;
  return path.resolve(io.cwd, claudeDir || call.roots[0] || call.cwd || io.cwd);
}

function loadPolicy(root: string, warn: (m: string) => void): (rel: string) => boolean {
  let patterns: readonly string[] = DEFAULT_SENSITIVE_PATTERNS;
  try {
    const text = readFileSync(path.join(root, '.vscode', 'settings.json'), 'utf8');
    patterns = parseExclusionSettings(text).patterns ?? DEFAULT_SENSITIVE_PATTERNS;
  } catch (e) {
    if (e instanceof ExclusionFileError) warn(`${e.message}; using the default exclusion patterns`);
    else if ((e as NodeJS.ErrnoException).code !== 'ENOENT') warn(`cannot read .vscode/settings.json (${(e as NodeJS.ErrnoException).code}); using the default exclusion patterns`);
  }
  return createSensitiveMatcher({ patterns, secretFiles: [] });
}

function contextFor(root: string, cwd: string, warn: (m: string) => void): HookContext {
  const isSensitive = loadPolicy(root, warn);
  const texts = new Map<string, string | undefined>();
  let scanner: Promise<HookScanner> | undefined;
  return {
    relative(p) {
      const abs = path.resolve(cwd, p);
      const rel = path.relative(root, abs);
      if (rel === '') return '';
      const outside = rel.startsWith('..') || path.isAbsolute(rel);
      return (outside ? abs.replace(/^[A-Za-z]:/, '').replace(/^[\\/]+/, '') : rel).split(path.sep).join('/');
    },
    isSensitive,
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
    async findSecrets(text, rel) {
      // The detector and its rules load only for calls that carry text to check.
      scanner ??= import('../scan/hookScanner').then((m) => m.createHookScanner(root, warn));
      return (await scanner).findSecrets(text, rel);
    },
  };
}

function parseHookArgs(argv: readonly string[]): HookAgent | 'help' {
  if (argv[0] === '--help' || argv[0] === '-h') return 'help';
  const agent = argv[0] as HookAgent;
  if (argv.length !== 1 || !HOOK_AGENTS.includes(agent)) throw new UsageError(`hook needs one agent: ${HOOK_AGENTS.join(', ')}`);
  return agent;
}

/**
 * One agent tool call in, the verdict out in the agent's protocol: its exit codes are the agent's
 * (Claude Code blocks on 2), not the CLI's EXIT_* codes.
 */
async function judgeHookCall(agent: HookAgent, io: CliIO): Promise<number> {
  const warn = (m: string) => io.stderr(`ai-secret-guard: ${m}\n`);
  let call: ToolCall;
  try {
    call = parseToolCall(agent, JSON.parse((await io.readStdin()).toString('utf8')));
  } catch (e) {
    const why = e instanceof HookInputError ? e.message : 'the hook input is not JSON';
    warn(`${why}; this call was not checked`);
    return 1;
  }
  try {
    const root = projectRoot(agent, call, io);
    const verdict = await judgeToolCall(call, contextFor(root, path.resolve(root, call.cwd ?? root), warn));
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
export const hookCommand: CliCommand<HookAgent> = { usage: HOOK_USAGE, parse: parseHookArgs, run: judgeHookCall };
