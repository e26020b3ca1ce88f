import { minimatch } from 'minimatch';
import { Detector } from '../core/detect/detector';
import { builtinRules } from '../core/rules';
import { compileCustomRules } from '../core/rules/custom';
import type { Rule } from '../core/rules/types';
import type { Settings } from './config';
import type { Log } from './log';

/** What the editor needs from settings to scan: the detector, rule lookup and path filter. */
export interface Engine {
  readonly detector: Detector;
  /** The active rules: custom ones, then the built-in ones not disabled. */
  readonly rules: readonly Rule[];
  readonly rule: (id: string) => Rule | undefined;
  /** True when the workspace-relative path matches an exclude glob. */
  readonly isExcluded: (relativePath: string) => boolean;
}

/**
 * Builds the engine for the current settings. Bad custom rules and bad globs are reported once
 * (here, on each settings change) and skipped; this never throws.
 */
export function createEngine(settings: Settings, log: Log, warn: (message: string) => void): Engine {
  const disabled = new Set(settings.disabledRules);
  const { rules: custom, problems } = compileCustomRules(settings.customRules, new Set(builtinRules.map((r) => r.id)));
  for (const p of problems) {
    const message = `AI Secret Guard: custom rule ${p.id ? `"${p.id}"` : `#${p.index + 1}`} skipped: ${p.message}`;
    log.warn(message);
    warn(message);
  }
  const rules = [...custom, ...builtinRules].filter((r) => !disabled.has(r.id));
  const byId = new Map(rules.map((r) => [r.id, r]));
  const globs: ((path: string) => boolean)[] = [];
  for (const glob of settings.exclude) {
    try {
      const m = new minimatch.Minimatch(glob, { dot: true });
      if (m.negate || m.comment || m.empty) throw new Error('negations, comments and empty globs are not supported here');
      globs.push((p) => m.match(p));
    } catch (e) {
      const message = `AI Secret Guard: exclude glob "${glob}" skipped: ${(e as Error).message}`;
      log.warn(message);
      warn(message);
    }
  }
  log.info(`engine: ${rules.length} rules (${custom.length} custom, ${disabled.size} disabled), ${globs.length} exclude globs`);
  // Built on first use: its prefilter takes tens of milliseconds that activation should not pay.
  let detector: Detector | undefined;
  return {
    get detector() {
      return (detector ??= new Detector(rules, { maxLineLength: settings.maxLineLength }));
    },
    rules,
    rule: (id) => byId.get(id),
    isExcluded: (p) => globs.some((g) => g(p)),
  };
}
