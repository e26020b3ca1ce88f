import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { JOURNAL_DIR, JOURNAL_FILE, JOURNAL_MAX_LINES, writtenRange, type JournalEntry } from '../core/hooks/journal';
import type { HookAgent, ToolCall } from '../core/hooks/toolCall';

/**
 * Appends what a post-write hook reports to the project's journal: one line per write, with the
 * lines it occupies in the file as it is now. The folder gets a `.gitignore` of `*` the first time.
 */
export async function journalWrites(
  root: string,
  cwd: string,
  agent: HookAgent,
  call: ToolCall,
  now: Date = new Date(),
): Promise<number> {
  const entries: JournalEntry[] = [];
  for (const w of call.writes) {
    if (!w.path) continue;
    const abs = path.resolve(cwd, w.path);
    const rel = path.relative(root, abs);
    if (rel.startsWith('..') || path.isAbsolute(rel)) continue;
    const text = await fs.readFile(abs, 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    const range = writtenRange(text, w.text);
    entries.push({
      file: rel.split(path.sep).join('/'),
      ...range,
      agent,
      time: now.toISOString(),
      sha256: createHash('sha256').update(w.text).digest('hex'),
    });
  }
  if (entries.length === 0) return 0;
  const dir = path.join(root, JOURNAL_DIR);
  await fs.mkdir(dir, { recursive: true });
  await fs
    .writeFile(
      path.join(dir, '.gitignore'),
      '# Written by AI Secret Guard: the agent-write journal stays local.\n*\n',
      { flag: 'wx' },
    )
    .catch(() => undefined);
  const file = path.join(root, JOURNAL_FILE);
  await fs.appendFile(file, entries.map((e) => JSON.stringify(e) + '\n').join(''));
  const lines = (await fs.readFile(file, 'utf8')).split('\n').filter(Boolean);
  if (lines.length > JOURNAL_MAX_LINES) await fs.writeFile(file, lines.slice(-JOURNAL_MAX_LINES).join('\n') + '\n');
  return entries.length;
}
