import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { GitError } from './git';

const MAX_STDERR = 4 * 1024;
const execFileAsync = promisify(execFile);

/** What `git cat-file --batch-check` says of one object name: its id, type and size, or nothing when missing. */
export interface ObjectInfo {
  readonly oid: string;
  readonly type: string;
  readonly size: number;
}

/**
 * Asks `git cat-file --batch-check` about each name (`<rev>:<path>`, `<rev>^{commit}`), in order.
 * Names holding a line break cannot be asked and come back undefined, as missing ones do.
 */
export async function batchCheck(root: string, names: readonly string[]): Promise<(ObjectInfo | undefined)[]> {
  const asked = names.filter((n) => !/[\r\n]/.test(n));
  const out: (ObjectInfo | undefined)[] = [];
  const lines: string[] = [];
  let pending = '';
  await runCatFile(root, ['--batch-check'], asked.map((n) => n + '\n').join(''), async (chunk) => {
    const parts = (pending + chunk.toString('utf8')).split('\n');
    pending = parts.pop()!;
    lines.push(...parts);
  });
  let at = 0;
  for (const name of names) {
    if (/[\r\n]/.test(name)) {
      out.push(undefined);
      continue;
    }
    const m = /^([0-9a-f]{40,64}) (\S+) (\d+)$/.exec(lines[at++] ?? '');
    out.push(m ? { oid: m[1]!, type: m[2]!, size: Number(m[3]) } : undefined);
  }
  return out;
}

/**
 * Streams the objects `git cat-file --batch` prints for these ids: `onObject` gets each one's
 * content in order (a view: copy what must outlive the call) and is awaited before more of git's
 * output is read, so only what it holds stays in memory.
 */
export async function catFileBatch(
  root: string,
  oids: readonly string[],
  onObject: (oid: string, content: Buffer) => Promise<void> | void,
): Promise<void> {
  const reader = new BatchReader();
  await runCatFile(root, ['--batch'], oids.map((o) => o + '\n').join(''), async (chunk) => {
    for (const object of reader.push(chunk)) await onObject(object.oid, object.content);
  });
}

/**
 * Listing every object costs about a microsecond each; reading a blob out of pack order costs up to
 * a millisecond more (its delta chain is rebuilt cold): pack order pays off below this many objects per blob.
 */
const OBJECTS_PER_BLOB_FOR_PACK_ORDER = 500;

/**
 * The blobs in the order of the repository's packs, where their delta bases come first and stay
 * cached (3× less git CPU than another order on the bench repository); as given when listing
 * every object would cost more than it saves.
 */
export async function inPackOrder(root: string, oids: readonly string[]): Promise<string[]> {
  const wanted = new Set(oids);
  if (wanted.size === 0 || (await objectCount(root)) > OBJECTS_PER_BLOB_FOR_PACK_ORDER * wanted.size)
    return [...wanted];
  const ordered: string[] = [];
  let pending = '';
  const args = ['--batch-all-objects', '--batch-check=%(objectname)', '--unordered'];
  await runCatFile(root, args, '', async (chunk) => {
    const lines = (pending + chunk.toString('latin1')).split('\n');
    pending = lines.pop()!;
    for (const oid of lines) if (wanted.delete(oid)) ordered.push(oid);
  });
  return [...ordered, ...wanted];
}

async function objectCount(root: string): Promise<number> {
  const { stdout } = await execFileAsync('git', ['count-objects', '-v'], { cwd: root });
  return [...stdout.matchAll(/^(?:count|in-pack): (\d+)$/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
}

/**
 * Splits `cat-file --batch` output (`<oid> <type> <size>\n<content>\n`, or `<name> missing\n`)
 * into objects. An object's content is a view of the chunks read (valid until the next push), and
 * a large one is put together once, when all of it is there.
 */
export class BatchReader {
  private parts: Buffer[] = [];
  private have = 0;
  /** Bytes the next object needs (header, content and line break), once its header was read. */
  private need = 0;

  push(chunk: Buffer): { oid: string; content: Buffer }[] {
    this.parts.push(chunk);
    this.have += chunk.length;
    if (this.have < this.need) return [];
    let buffered = this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts, this.have);
    this.need = 0;
    const objects: { oid: string; content: Buffer }[] = [];
    for (;;) {
      const nl = buffered.indexOf(0x0a);
      if (nl === -1) break;
      const m = /^([0-9a-f]{40,64}) \S+ (\d+)$/.exec(buffered.toString('latin1', 0, nl));
      if (!m) {
        buffered = buffered.subarray(nl + 1); // `<name> missing`
        continue;
      }
      const end = nl + 1 + Number(m[2]);
      if (buffered.length < end + 1) {
        this.need = end + 1;
        break;
      }
      objects.push({ oid: m[1]!, content: buffered.subarray(nl + 1, end) });
      buffered = buffered.subarray(end + 1);
    }
    this.parts = buffered.length ? [buffered] : [];
    this.have = buffered.length;
    return objects;
  }
}

async function runCatFile(
  root: string,
  mode: readonly string[],
  input: string,
  onChunk: (chunk: Buffer) => Promise<void>,
): Promise<void> {
  const child = spawn('git', ['cat-file', ...mode], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString('utf8')).slice(0, MAX_STDERR)));
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  // A git that exits early closes its end; its exit code says why.
  child.stdin.on('error', () => undefined);
  child.stdin.end(input);
  try {
    for await (const chunk of child.stdout) await onChunk(chunk as Buffer);
  } catch (e) {
    child.kill();
    throw e;
  }
  const code = await exited;
  if (code !== 0) throw new GitError(`git cat-file failed: ${stderr.split('\n').find((l) => l.trim()) ?? code}`);
}
