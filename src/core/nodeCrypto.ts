import type * as Crypto from 'node:crypto';

let loaded: typeof Crypto | undefined;

/**
 * node:crypto, loaded when something is first hashed: a scan that finds nothing hashes nothing, and
 * loading the module is a measurable part of a short CLI run's start-up.
 */
export function nodeCrypto(): typeof Crypto {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred on purpose (see above)
  return (loaded ??= require('node:crypto') as typeof Crypto);
}
