import { minimatch } from 'minimatch';
import { Detector } from '../core/detect/detector';
import { compileCustomRules } from '../core/rules/custom';
import type { Rule } from '../core/rules/types';
import type { Settings } from './config';
import type { Log } from './log';
import { loadBuiltinRules } from '../scan/builtinRules';
import type { WorkerConfig } from '../scan/scanTask';

/** What the editor needs from settings to scan: the detector, rule lookup and path filter. */
export interface Engine {
  readonly detector: Detector;
  /** The active rules: custom ones, then the built-in ones not disabled. */
  readonly rules: readonly Rule[];
  readonly rule: (id: string) => Rule | undefined;
  /** True when the workspace-relative path matches an exclude glob. */
  readonly isExcluded: (relativePath: string) => boolean;
}

interface RuleSet {
  readonly rules: readonly Rule[];
  readonly byId: ReadonlyMap<string, Rule>;
  readonly detector: Detector;
}

/**
 * Builds the engine for the current settings. Bad custom rules and bad globs are reported once
 * (custom rules when the rules are first needed, just after activation) and skipped; this never
 * throws.
 */
export function createEngine(settings: Settings, log: Log, warn: (message: string) => void): Engine {
  const report = (message: string) => {
    log.warn(message);
    warn(message);
  };
  const globs: ((path: string) => boolean)[] = [];
  for (const glob of settings.exclude) {
    try {
      const m = new minimatch.Minimatch(glob, { dot: true });
      if (m.negate || m.comment || m.empty)
        throw new Error('negations, comments and empty globs are not supported here');
      globs.push((p) => m.match(p));
    } catch (e) {
      report(`AI Secret Guard: exclude glob "${glob}" skipped: ${(e as Error).message}`);
    }
  }

  let ruleSet: RuleSet | undefined;
  let detector: Detector | undefined;
  const load = (): RuleSet => {
    if (ruleSet) return ruleSet;
    const builtin = loadBuiltinRules();
    const disabled = new Set(settings.disabledRules);
    const { rules: custom, problems } = compileCustomRules(settings.customRules, new Set(builtin.map((r) => r.id)));
    for (const p of problems)
      report(`AI Secret Guard: custom rule ${p.id ? `"${p.id}"` : `#${p.index + 1}`} skipped: ${p.message}`);
    const rules = [...custom, ...builtin].filter((r) => !disabled.has(r.id));
    log.info(
      `engine: ${rules.length} rules (${custom.length} custom, ${disabled.size} disabled), ${globs.length} exclude globs`,
    );
    return (ruleSet = {
      rules,
      byId: new Map(rules.map((r) => [r.id, r])),
      // The prefilter takes tens of milliseconds to build: only when something is scanned.
      get detector() {
        return (detector ??= new Detector(rules, { maxLineLength: settings.maxLineLength }));
      },
    });
  };
  return {
    get detector() {
      return load().detector;
    },
    get rules() {
      return load().rules;
    },
    rule: (id) => load().byId.get(id),
    isExcluded: (p) => globs.some((g) => g(p)),
  };
}

/** What a scan worker needs to build the detector `createEngine` builds for the same settings. */
export function workerConfigOf(settings: Settings): WorkerConfig {
  return {
    maxFileSize: settings.maxFileSize,
    maxLineLength: settings.maxLineLength,
    disabledRules: settings.disabledRules,
    customRules: settings.customRules,
  };
}
