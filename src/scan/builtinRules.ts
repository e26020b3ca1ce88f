import { useMatcherTable } from '../core/detect/matcherTable';
import type { Rule } from '../core/rules/types';
import { PREBUILT_MATCHER } from './prebuiltMatcher';

/**
 * The built-in catalogue, evaluated on first use: its rules (patterns, examples, texts) are most of
 * each bundle, and neither activation nor a worker's start should wait for them. The bundler keeps
 * a `require` inside a function as a module initialised when the function first runs. A detector
 * over this very list takes its keyword matcher from the table the CLI's bundles carry.
 */
export function loadBuiltinRules(): readonly Rule[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred on purpose (see above)
  const { builtinRules } = require('../core/rules') as typeof import('../core/rules');
  useMatcherTable(builtinRules, PREBUILT_MATCHER);
  return builtinRules;
}
