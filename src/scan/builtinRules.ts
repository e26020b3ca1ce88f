import type { Rule } from '../core/rules/types';

/**
 * The built-in catalogue, evaluated on first use: its rules (patterns, examples, texts) are most of
 * each bundle, and neither activation nor a worker's start should wait for them. The bundler keeps
 * a `require` inside a function as a module initialised when the function first runs.
 */
export function loadBuiltinRules(): readonly Rule[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred on purpose (see above)
  return (require('../core/rules') as typeof import('../core/rules')).builtinRules;
}
