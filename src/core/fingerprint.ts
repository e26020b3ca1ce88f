import { nodeCrypto } from './nodeCrypto';

/**
 * Published fingerprints. A finding's `fingerprint` is its identity inside one process: an unkeyed
 * hash of rule id and secret (`redact.ts`), which anyone could test guesses against. What leaves
 * the process (reports, baselines) is that identity hashed again under the repository's key:
 * HMAC-SHA-256, so without the key a guess cannot be checked, however weak the secret. The key is
 * random, kept in one committed file (so every machine and CI publish the same fingerprints), and
 * never written into a report. Keying the identity rather than the secret keeps the detector's
 * hot path as it was, and lets baselines written before keys existed still match by identity.
 */

/** Hex digits of a key: 32 random bytes. */
const KEY_HEX = 64;
const KEY_LINE = new RegExp(`^[0-9a-f]{${KEY_HEX}}$`);

/** Fingerprint of an identity under a key. */
export type Publish = (identity: string) => string;

export function newFingerprintKey(): string {
  return nodeCrypto()
    .randomBytes(KEY_HEX / 2)
    .toString('hex');
}

/** The key file's text: a comment saying what it is, then the key. */
export function formatFingerprintKey(key: string): string {
  return (
    '# AI Secret Guard fingerprint key. Commit this file: reports and baselines hash secrets under it, so\n' +
    '# their fingerprints stay the same on every machine and cannot be checked against guesses without it.\n' +
    key +
    '\n'
  );
}

/** The key in a key file's text (the first line of 64 lowercase hex digits), or undefined. */
export function parseFingerprintKey(text: string): string | undefined {
  return text
    .split(/\r?\n/)
    .find((line) => KEY_LINE.test(line.trim()))
    ?.trim();
}

/** Publishes identities under `key`: HMAC-SHA-256, 32 hex digits (128 bits, as identities are). */
export function fingerprintPublisher(key: string): Publish {
  const secret = Buffer.from(key, 'hex');
  return (identity) => nodeCrypto().createHmac('sha256', secret).update(identity).digest('hex').slice(0, 32);
}

/** A short, one-way name for a key, stored in baselines so a scan with another key can say so. */
export function fingerprintKeyId(key: string): string {
  return fingerprintPublisher(key)('ai-secret-guard key id').slice(0, 12);
}
