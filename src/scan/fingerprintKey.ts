import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  fingerprintKeyId,
  fingerprintPublisher,
  formatFingerprintKey,
  newFingerprintKey,
  parseFingerprintKey,
  type Publish,
} from '../core/fingerprint';
import { errorCode, readIfPresent } from './files';
import { findRepoRoot } from './gitleaks';

/** The key file, at the repository root (or the scanned folder outside a repository). */
export const FINGERPRINT_KEY_FILE = '.ai-secret-guard-key';

/** The fingerprint key a scan publishes under. */
export interface FingerprintKey {
  readonly publish: Publish;
  readonly keyId: string;
  /** The key file; undefined when there is none and this run's key is random (fingerprints differ per run). */
  readonly file?: string;
  /** The file was created by this call. */
  readonly created?: boolean;
}

/**
 * The key for scans under `dir`: read from FINGERPRINT_KEY_FILE at its repository root. Without
 * one, `create` writes a new one there (what writing a baseline does: its entries must match on
 * the next run); otherwise this run gets a random key, so nothing it publishes can be checked
 * against guesses, at the cost of fingerprints that differ per run. An unreadable or malformed key
 * file throws, with the file's path and no content.
 */
export async function loadFingerprintKey(dir: string, create: boolean): Promise<FingerprintKey> {
  const file = path.join(await findRepoRoot(dir), FINGERPRINT_KEY_FILE);
  let text: string | undefined;
  try {
    text = await readIfPresent(file);
  } catch (e) {
    throw new Error(`cannot read the fingerprint key ${file}: ${errorCode(e)}`, { cause: e });
  }
  if (text !== undefined) {
    const key = parseFingerprintKey(text);
    if (key === undefined)
      throw new Error(
        `${file} holds no fingerprint key (a line of 64 hex digits); restore it from version control or delete it`,
      );
    return keyed(key, file);
  }
  if (!create) return sessionFingerprintKey();
  const key = newFingerprintKey();
  // 'wx': never overwrite a key another process wrote meanwhile.
  await fs.writeFile(file, formatFingerprintKey(key), { flag: 'wx' }).catch(async (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EEXIST') throw new Error(`cannot write the fingerprint key ${file}: ${errorCode(e)}`, { cause: e });
  });
  const written = parseFingerprintKey((await readIfPresent(file)) ?? '');
  return written === key ? { ...keyed(key, file), created: true } : keyed(written ?? key, file);
}

/**
 * A random key of no file: what publishes fingerprints where no key file exists (per run, or per
 * editor session). Drawn when first used: a scan that finds nothing publishes nothing.
 */
export function sessionFingerprintKey(): FingerprintKey {
  let key: string | undefined;
  return keyed(() => (key ??= newFingerprintKey()));
}

/** Publisher and key id worked out on first use (hashing loads node:crypto, which most clean scans never need). */
function keyed(key: string | (() => string), file?: string): FingerprintKey {
  const secret = typeof key === 'string' ? () => key : key;
  let publish: Publish | undefined;
  return {
    publish: (identity) => (publish ??= fingerprintPublisher(secret()))(identity),
    get keyId() {
      return fingerprintKeyId(secret());
    },
    ...(file ? { file } : {}),
  };
}
