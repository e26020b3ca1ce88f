import type { Confidence } from '../rules/types';
import { isGuardPolicyFile } from './guardFiles';
import { redactText } from './redactText';
import { analyseShell, type ShellReads } from './shellPaths';
import type { ToolCall } from './toolCall';

/** A secret found in text an agent is about to read or write. Holds a redacted preview only. */
export interface SecretHit {
  readonly ruleId: string;
  readonly title: string;
  readonly confidence: Confidence;
  readonly preview: string;
  /** The finding's unkeyed identity: compares hits within one call, never printed. */
  readonly fingerprint: string;
  readonly envVar: string;
  /** 1-based line within the text scanned. */
  readonly line: number;
  /** The value's offsets in the text scanned, for redaction. */
  readonly start?: number;
  readonly end?: number;
  /** What an attacker can do with it, in one sentence (the rule's risk). */
  readonly risk?: string;
  /** Set when the value is a fallback for `envVar`, which the code already reads. */
  readonly fallback?: boolean;
}

/** What judging needs from the outside world; the CLI reads files and runs the detector. */
export interface HookContext {
  /**
   * How a path the agent names is matched and shown: relative to the project root with forward
   * slashes when inside it, else absolute without the leading slash (so `.ssh/` still matches).
   */
  relative(p: string): string;
  /** The AI-exclusion policy's verdict on a path from `relative`. */
  isSensitive(rel: string): boolean;
  /** A file's text, when it exists and is small enough to check. */
  readText(p: string): string | undefined;
  /**
   * Secrets in `text` as it would stand in `rel`; those the project accepts (baseline, allowlist)
   * left out. With `agentText`, suppression comments in the text are not honoured.
   */
  findSecrets(
    text: string,
    rel: string | undefined,
    options?: { readonly agentText?: boolean },
  ): Promise<readonly SecretHit[]>;
  /** The files a glob word expands to (as the shell would, from the command's folder). */
  expandGlob?(pattern: string): readonly string[];
  /** The first sensitive file (from `relative`) at or under `dir`; dotfiles only with `hidden`. */
  sensitiveUnder?(dir: string, hidden: boolean): string | undefined;
  /** What to do with a recursive reader (`grep -r`, `tar c`) over a folder holding a sensitive file; default ask. */
  readonly recursiveReaders?: RecursivePolicy;
  /** Reads of sensitive files: refused (default), asked, or (where the agent lets a hook rewrite the result: Gemini CLI) redacted. */
  readonly sensitiveReads?: ReadPolicy;
}

export type RecursivePolicy = 'deny' | 'ask' | 'allow';
export type ReadPolicy = 'block' | 'ask' | 'redact';

/**
 * `ask` (where the agent supports it) lets the user decide instead of refusing outright;
 * `replacement` is what the model sees instead of a tool's output (redaction).
 */
export type HookVerdict =
  | { readonly allow: true; readonly replacement?: string }
  | { readonly allow: false; readonly reason: string; readonly ask?: boolean };

const ALLOW: HookVerdict = { allow: true };
const AGENT_TEXT = { agentText: true } as const;

/** Reads are blocked for high-confidence secrets (the files the exclusion policy adds); writes and commands for medium too. */
function blocksWrite(h: SecretHit): boolean {
  return h.confidence === 'high' || h.confidence === 'medium';
}

function describe(hits: readonly SecretHit[], withLines: boolean): string {
  const shown = hits.slice(0, 3).map((h) => `${h.title} (${h.preview}${withLines ? `, line ${h.line}` : ''})`);
  return shown.join('; ') + (hits.length > 3 ? ` and ${hits.length - 3} more` : '');
}

function deny(reason: string): HookVerdict {
  return { allow: false, reason: `AI Secret Guard blocked this: ${reason}` };
}

async function judgeRead(call: ToolCall, ctx: HookContext): Promise<HookVerdict> {
  const rels = call.paths.map((p) => ctx.relative(p));
  const sensitive = rels.find((r) => ctx.isSensitive(r));
  if (sensitive !== undefined) {
    return deny(
      `${sensitive} is excluded from AI context by this project's policy (it holds, or may hold, credentials). Do not read it; ask the user for the non-secret values you need, or read a template such as .env.example.`,
    );
  }
  for (let i = 0; i < call.paths.length; i++) {
    const text = call.content !== undefined && call.paths.length === 1 ? call.content : ctx.readText(call.paths[i]!);
    if (text === undefined) continue;
    const hits = (await ctx.findSecrets(text, rels[i])).filter((h) => h.confidence === 'high');
    if (hits.length > 0) {
      return deny(
        `${rels[i]} contains a hard-coded ${describe(hits, true)}, and files with live credentials stay out of AI context. Ask the user to move the value to an environment variable first (the AI Secret Guard quick fix does it).`,
      );
    }
  }
  return ALLOW;
}

/** What to write instead of the first secret of a write, and why it matters. */
function insteadOf(hit: SecretHit): string {
  const why = hit.risk ? ` Why: ${hit.risk}` : '';
  if (hit.fallback) {
    return `Read ${hit.envVar} without a fallback and fail at startup when it is missing (e.g. a requireEnv("${hit.envVar}") helper that throws, os.environ["${hit.envVar}"], ENV.fetch("${hit.envVar}")); the user puts the value in .env, which stays out of git and AI context.${why}`;
  }
  return `Read the value from an environment variable (e.g. ${hit.envVar}) and let the user put it in .env, which stays out of git and AI context.${why}`;
}

/** A write to the guard's own policy: put to the user (refused where the agent cannot ask). */
function guardWrite(rel: string): HookVerdict {
  return {
    allow: false,
    ask: true,
    reason: `AI Secret Guard: ${rel} is part of this project's secret-guard policy (hooks, AI exclusions, allowlists); an agent may not change it without the user's consent. Ask the user to make this change.`,
  };
}

async function judgeWrites(call: ToolCall, ctx: HookContext): Promise<HookVerdict> {
  for (const w of call.writes) {
    const rel = w.path !== undefined ? ctx.relative(w.path) : undefined;
    if (rel !== undefined && isGuardPolicyFile(rel, [w.text, w.replaced])) return guardWrite(rel);
    // Excluded files such as .env are where secrets belong; the policy keeps them from AI reads.
    if (rel !== undefined && ctx.isSensitive(rel)) continue;
    // Suppression comments in what an agent writes are not honoured: it could write them itself.
    const hits = (await ctx.findSecrets(w.text, rel, AGENT_TEXT)).filter(blocksWrite);
    if (hits.length === 0) continue;
    // Only what the write introduces counts: the file's own secrets moved around are not new.
    const present = new Set<string>();
    for (const before of [w.path !== undefined ? ctx.readText(w.path) : undefined, w.replaced]) {
      if (before) for (const h of await ctx.findSecrets(before, rel, AGENT_TEXT)) present.add(h.fingerprint);
    }
    const introduced = hits.filter((h) => !present.has(h.fingerprint));
    if (introduced.length > 0)
      return deny(
        `this would hard-code a ${describe(introduced, false)} in ${rel ?? 'the file'}. ${insteadOf(introduced[0]!)}`,
      );
  }
  const guarded =
    call.writes.length === 0 ? call.paths.map((p) => ctx.relative(p)).find((r) => isGuardPolicyFile(r)) : undefined;
  return guarded !== undefined ? guardWrite(guarded) : ALLOW;
}

/** The first sensitive file the command reads, and how (the glob or code that names it), if any. */
function sensitiveShellRead(reads: ShellReads, ctx: HookContext): string | undefined {
  const sensitive = (p: string) => ctx.isSensitive(ctx.relative(p));
  const direct = reads.paths.find(sensitive);
  if (direct !== undefined) return `reads ${ctx.relative(direct)}`;
  for (const g of reads.globs) {
    const hit = (ctx.expandGlob?.(g) ?? []).find(sensitive);
    if (hit !== undefined) return `reads ${ctx.relative(hit)} (the glob ${g} expands to it)`;
  }
  const code = reads.codePaths.find((c) => sensitive(c.path));
  return code ? `runs ${code.interpreter} code that opens ${ctx.relative(code.path)}` : undefined;
}

async function judgeShell(call: ToolCall, ctx: HookContext, redacting: boolean): Promise<HookVerdict> {
  if (!call.command) return ALLOW;
  const reads = analyseShell(call.command);
  // When redacting, what the command prints is masked afterwards (judgeOutput) instead.
  const how = redacting ? undefined : sensitiveShellRead(reads, ctx);
  if (how !== undefined)
    return deny(
      `the command ${how}, which this project's policy keeps out of AI context. Ask the user for the non-secret values you need.`,
    );
  const policy = ctx.recursiveReaders ?? 'ask';
  for (const r of policy === 'allow' || redacting ? [] : reads.recursive) {
    const found = ctx.sensitiveUnder?.(r.dir, r.hidden);
    if (found === undefined) continue;
    const reason = `the command runs ${r.program} over ${r.dir}, which reads ${found}, a file this project's policy keeps out of AI context. Narrow it to the files you need, or exclude ${found}.`;
    return policy === 'deny' ? deny(reason) : { allow: false, ask: true, reason: `AI Secret Guard: ${reason}` };
  }
  const guarded = reads.writes.map((w) => ctx.relative(w)).find((r) => isGuardPolicyFile(r));
  if (guarded !== undefined) return guardWrite(guarded);
  const hits = (await ctx.findSecrets(call.command, undefined, AGENT_TEXT)).filter(blocksWrite);
  if (hits.length > 0) {
    return deny(
      `the command contains a hard-coded ${describe(hits, false)}. Reference an environment variable (e.g. $${hits[0]!.envVar}) instead.`,
    );
  }
  return ALLOW;
}

/**
 * A tool's output before the model sees it (Gemini CLI's AfterTool): secrets masked, and every
 * value masked when the tool read a file the policy keeps out of AI context.
 */
async function judgeOutput(call: ToolCall, ctx: HookContext): Promise<HookVerdict> {
  if (!call.text) return ALLOW;
  const reads = call.command ? analyseShell(call.command) : undefined;
  const commandReadsSensitive =
    reads !== undefined &&
    (sensitiveShellRead(reads, ctx) !== undefined ||
      reads.recursive.some((r) => ctx.sensitiveUnder?.(r.dir, r.hidden) !== undefined));
  const sensitive = commandReadsSensitive || call.paths.some((p) => ctx.isSensitive(ctx.relative(p)));
  const hits = (await ctx.findSecrets(call.text, undefined)).filter(
    (h) => h.start !== undefined && h.end !== undefined,
  );
  if (!sensitive && hits.length === 0) return ALLOW;
  return {
    allow: true,
    replacement: redactText(
      call.text,
      hits.map((h) => ({ start: h.start!, end: h.end! })),
      sensitive,
    ),
  };
}

/** A prompt is blocked when it carries a secret (high or medium) or attaches a sensitive file. */
async function judgePrompt(call: ToolCall, ctx: HookContext): Promise<HookVerdict> {
  const attached = call.paths.map((p) => ctx.relative(p)).find((r) => ctx.isSensitive(r));
  if (attached !== undefined)
    return deny(
      `the prompt attaches ${attached}, which this project's policy keeps out of AI context. Remove the attachment; share the non-secret values you need instead.`,
    );
  if (!call.text) return ALLOW;
  const hits = (await ctx.findSecrets(call.text, undefined, AGENT_TEXT)).filter(blocksWrite);
  if (hits.length === 0) return ALLOW;
  const first = hits[0]!;
  return deny(
    `your prompt contains a ${describe(hits, false)}, and a prompt goes to the model provider as it is. Take it out and put the value in .env (as ${first.envVar}) or your secret manager; then ask for code that reads ${first.envVar} from the environment. If the secret was real, rotate it.`,
  );
}

/** An MCP call sends its arguments to a server: no secrets, no sensitive files. */
async function judgeMcp(call: ToolCall, ctx: HookContext): Promise<HookVerdict> {
  const sensitive = call.paths.map((p) => ctx.relative(p)).find((r) => ctx.isSensitive(r));
  if (sensitive !== undefined)
    return deny(`the ${call.tool} call names ${sensitive}, which this project's policy keeps out of AI context.`);
  const hits = call.text ? (await ctx.findSecrets(call.text, undefined, AGENT_TEXT)).filter(blocksWrite) : [];
  if (hits.length > 0)
    return deny(
      `the ${call.tool} call would send a ${describe(hits, false)} to an MCP server. Reference an environment variable (e.g. ${hits[0]!.envVar}) instead.`,
    );
  return ALLOW;
}

/**
 * Decides whether an agent may go ahead: reads of files the AI-exclusion policy marks sensitive,
 * or that hold a high-confidence secret, are blocked; so are writes and shell commands that would
 * introduce a (high- or medium-confidence) secret, and commands that read a sensitive file.
 * The reason names files and redacted previews only.
 */
export async function judgeToolCall(call: ToolCall, ctx: HookContext): Promise<HookVerdict> {
  const policy = ctx.sensitiveReads ?? 'block';
  // Redaction needs the agent to let a hook rewrite the result (Gemini CLI's AfterTool).
  const redacting = policy === 'redact' && call.dialect === 'gemini';
  if (call.access === 'output') return redacting ? judgeOutput(call, ctx) : ALLOW;
  if (call.access === 'read' || call.access === 'shell') {
    if (redacting && call.access === 'read') return ALLOW;
    const verdict = call.access === 'read' ? await judgeRead(call, ctx) : await judgeShell(call, ctx, redacting);
    return policy === 'ask' && !verdict.allow && call.access === 'read' ? { ...verdict, ask: true } : verdict;
  }
  switch (call.access) {
    case 'write':
      return judgeWrites(call, ctx);
    case 'prompt':
      return judgePrompt(call, ctx);
    case 'mcp':
      return judgeMcp(call, ctx);
    default:
      return Promise.resolve(ALLOW);
  }
}
