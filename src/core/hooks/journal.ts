import type { HookAgent } from './toolCall';

/**
 * The agent-write journal: post-write hooks append one line per file an agent wrote, so the editor
 * can say "written by Claude Code at 10:32" about a secret in that range without VS Code's proposed
 * change-reason API. A line holds where and when and a hash of the text, never the text.
 */

/** Folder (in the project) of the journal; a `.gitignore` in it keeps everything out of git. */
export const JOURNAL_DIR = '.ai-secret-guard';
export const JOURNAL_FILE = `${JOURNAL_DIR}/agent-writes.jsonl`;
/** Older lines are dropped past this many (the file is rewritten then). */
export const JOURNAL_MAX_LINES = 2000;

export interface JournalEntry {
  /** Project-relative, forward slashes. */
  readonly file: string;
  /** 1-based, inclusive. */
  readonly startLine: number;
  readonly endLine: number;
  readonly agent: HookAgent;
  /** ISO 8601. */
  readonly time: string;
  /** SHA-256 (hex) of the text written, so a reader can tell whether the range still holds it. */
  readonly sha256: string;
}

export const AGENT_NAMES: Readonly<Record<HookAgent, string>> = {
  'claude-code': 'Claude Code',
  cursor: 'Cursor',
  vscode: 'VS Code agent',
  gemini: 'Gemini CLI',
  codex: 'Codex',
  windsurf: 'Windsurf',
  cline: 'Cline',
};

/**
 * The lines `written` occupies in `fileText` (the file after the write): where the written text
 * stands, else (not found, e.g. reformatted) the whole file.
 */
export function writtenRange(fileText: string, written: string): { startLine: number; endLine: number } {
  const lines = (s: string) => s.split('\n').length;
  const at = written.length > 0 ? fileText.indexOf(written) : -1;
  if (at < 0) return { startLine: 1, endLine: lines(fileText) };
  const startLine = lines(fileText.slice(0, at));
  return { startLine, endLine: startLine + lines(written) - 1 };
}

function isEntry(v: unknown): v is JournalEntry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return (
    typeof e['file'] === 'string' &&
    typeof e['startLine'] === 'number' &&
    typeof e['endLine'] === 'number' &&
    typeof e['agent'] === 'string' &&
    e['agent'] in AGENT_NAMES &&
    typeof e['time'] === 'string'
  );
}

/** The journal's entries; malformed lines are skipped. */
export function parseJournal(text: string): JournalEntry[] {
  const out: JournalEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const v: unknown = JSON.parse(line);
      if (isEntry(v)) out.push(v);
    } catch {
      // A torn line from a concurrent append: skip it.
    }
  }
  return out;
}

/** The latest entry covering `line` (1-based) of `file`, if any. */
export function attributionOf(entries: readonly JournalEntry[], file: string, line: number): JournalEntry | undefined {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    if (e.file === file && e.startLine <= line && line <= e.endLine) return e;
  }
  return undefined;
}
