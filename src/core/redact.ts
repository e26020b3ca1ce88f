import { nodeCrypto } from './nodeCrypto';

const MAX_PREFIX = 4;

/**
 * A preview that is safe to show anywhere: at most four leading characters (never more than a
 * quarter of the value) and the length, e.g. `ghp_…(40 chars)`.
 */
export function redact(secret: string): string {
  const shown = Math.min(MAX_PREFIX, Math.floor(secret.length / 4));
  const prefix = secret.slice(0, shown).replace(/[\r\n\t]/g, ' ');
  return `${prefix}…(${secret.length} chars)`;
}

/**
 * Stable identity of a secret under a rule: a hash of rule id and value, independent of where it
 * stands, so baselines survive moved code and a new secret on an old line is still new.
 */
export function fingerprint(ruleId: string, secret: string): string {
  const crypto = nodeCrypto();
  // The one-shot hash (Node 20.12+) is a third of the cost of a Hash object: one per finding.
  if (typeof crypto.hash === 'function') return crypto.hash('sha256', `${ruleId}\0${secret}`, 'hex').slice(0, 32);
  return crypto.createHash('sha256').update(ruleId).update('\0').update(secret).digest('hex').slice(0, 32);
}
