// Runs a CommonJS bundle through a V8 code cache kept beside it (`<bundle>.cache`), so a process
// neither parses the bundle nor compiles, one by one, the functions its run calls: about a third of
// a one-file scan's CPU time. Node 20 has no `module.enableCompileCache` (22+): this is that idea
// with `vm.Script`'s cachedData. The cache is only ever a shortcut: missing, unreadable, made by
// another build, another Node or other V8 flags, corrupt or unwritable, the bundle is compiled as
// `require` would compile it, and the run that could not use a cache writes one as it exits.
import { isAscii } from 'node:buffer';
import { closeSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import { Script } from 'node:vm';
import * as zlib from 'node:zlib';

/** The last line of a bundle loaded this way: a hash of its content, written by esbuild.js (`stampBuild`). */
const BUILD_STAMP = /\/\/# asgBuild=([0-9a-f]{16,64})\s*$/;
/** Set to 0 to neither read nor write a cache. */
export const CODE_CACHE_ENV = 'AI_SECRET_GUARD_CODE_CACHE';

export interface CacheOptions {
  readonly env?: NodeJS.ProcessEnv;
  /**
   * Calls `write` once the run has compiled what later runs will want (default: as the process
   * exits; a worker thread, which is terminated, after its first job).
   */
  readonly whenToWrite?: (write: () => void) => void;
}

/**
 * Loads `file` (a CommonJS bundle) as `require` would and returns its exports. A cache made by the
 * same build on the same Node is used when its checksum holds and V8 accepts it (V8 itself rejects
 * data of another V8 version or other flags); otherwise one is written when the process exits, so
 * it holds the functions this run compiled as well as the top level.
 */
export function runCached(file: string, options: CacheOptions = {}): unknown {
  const { env = process.env, whenToWrite = (write) => process.once('exit', write) } = options;
  const bytes = readFileSync(file);
  // The build keeps bundles ASCII (esbuild.js): read so, a copy instead of decoding UTF-8.
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  const stamp = BUILD_STAMP.exec(source.slice(-200))?.[1];
  const cacheFile = `${file}.cache`;
  // V8 checks its data against the source's length only: the build's hash keys it to this content.
  const key = stamp !== undefined && env[CODE_CACHE_ENV] !== '0' ? cacheKey(stamp) : undefined;
  const cachedData = key === undefined ? undefined : readCache(cacheFile, key);
  const script = new Script(Module.wrap(source), { filename: file, ...(cachedData ? { cachedData } : {}) });
  if (key !== undefined && (cachedData === undefined || script.cachedDataRejected === true))
    whenToWrite(() => writeCache(cacheFile, key, script));
  const loaded = new Module(file);
  loaded.filename = file;
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(loaded.exports, loaded.exports, Module.createRequire(file), loaded, file, path.dirname(file));
  loaded.loaded = true;
  return loaded.exports;
}

function cacheKey(stamp: string): string {
  return `asg-code-cache/1 ${stamp} ${process.version} ${process.arch}`;
}

/** The cached data after its header (`key`, then the checksum of the data), when both match. */
function readCache(cacheFile: string, key: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const header = `${key}\n`;
  const sumAt = header.length;
  const dataAt = sumAt + 9;
  if (bytes.length <= dataAt || bytes.toString('latin1', 0, sumAt) !== header || bytes[dataAt - 1] !== 10)
    return undefined;
  const data = bytes.subarray(dataAt);
  // V8 checks versions, flags and lengths but not (in release builds) the bytes themselves.
  return bytes.toString('latin1', sumAt, dataAt - 1) === checksum(data) ? data : undefined;
}

/**
 * Writes the script's code cache under `key`, through a temporary file renamed into place
 * (concurrent runs and threads each write a whole file of their own). Temporary files an hour old
 * are removed first: a thread terminated mid-write would leave its own.
 */
function writeCache(cacheFile: string, key: string, script: Script): void {
  const temporary = `${cacheFile}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`;
  try {
    removeStale(cacheFile);
    const data = script.createCachedData();
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, `${key}\n${checksum(data)}\n`);
      writeSync(fd, data);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, cacheFile);
  } catch {
    // A read-only install, a full disk: the next run compiles again.
    rmSync(temporary, { force: true });
  }
}

function removeStale(cacheFile: string): void {
  const dir = path.dirname(cacheFile);
  const prefix = `${path.basename(cacheFile)}.`;
  for (const name of readdirSync(dir))
    if (name.startsWith(prefix) && name.endsWith('.tmp')) {
      const file = path.join(dir, name);
      const stat = statSync(file, { throwIfNoEntry: false });
      if (stat && Date.now() - stat.mtimeMs > 3_600_000) rmSync(file, { force: true });
    }
}

/**
 * 8 hex digits: the data's CRC-32 (zlib's, Node 20.15 and later), else the start of its SHA-1.
 * Catches a damaged file, not an attacker (who could edit the bundle beside it). Native: a loop in
 * JavaScript over megabytes runs unoptimised in a process that has just started (13-22 ms of a
 * start-up); and node:zlib loads in a fraction of node:crypto's time (~5 of ~9 ms here), which a
 * scan that finds nothing never otherwise loads. The cache key names the Node version, so a cache
 * is only ever checked by the function that wrote it.
 */
export function checksum(data: Uint8Array): string {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(data).toString(16).padStart(8, '0');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- Node before 20.15 only
  return (require('node:crypto') as typeof import('node:crypto'))
    .createHash('sha1')
    .update(data)
    .digest('hex')
    .slice(0, 8);
}
