import type { Confidence, Rule } from './types';

/** A user-defined rule as written in settings. */
export interface CustomRuleSpec {
  readonly id?: unknown;
  readonly title?: unknown;
  readonly pattern?: unknown;
  readonly flags?: unknown;
  readonly keywords?: unknown;
  readonly confidence?: unknown;
  readonly envVar?: unknown;
  readonly docs?: unknown;
}

export interface CustomRuleProblem {
  /** Index in the settings array. */
  readonly index: number;
  readonly id?: string;
  readonly message: string;
}

const MAX_PATTERN_LENGTH = 1000;

/**
 * Nested unbounded quantifiers like `(a+)+` or `(\w*)*`: the classic catastrophic-backtracking
 * shape. A conservative syntactic check; built-in rules are proven safe by recheck in the tests,
 * custom rules get this guard at load time.
 */
export function hasNestedQuantifier(source: string): boolean {
  // Strip escapes and character classes, then look for a group containing + or * followed by + * or {n,}.
  const simplified = source.replace(/\\./g, 'x').replace(/\[[^\]]*\]/g, 'x');
  const stack: boolean[] = [];
  for (let i = 0; i < simplified.length; i++) {
    const c = simplified[i]!;
    if (c === '(') stack.push(false);
    else if (c === ')') {
      const innerUnbounded = stack.pop() ?? false;
      const next = simplified.slice(i + 1, i + 8);
      const outerUnbounded = /^(?:[+*]|\{\d+,\})/.test(next);
      if (innerUnbounded && outerUnbounded) return true;
      if (innerUnbounded && stack.length) stack[stack.length - 1] = true;
    } else if ((c === '+' || c === '*' || (c === '{' && /^\{\d+,\}/.test(simplified.slice(i)))) && stack.length) {
      stack[stack.length - 1] = true;
    }
  }
  return false;
}

/**
 * Validates and compiles custom rules. Each bad rule yields one problem and is skipped; nothing
 * throws. Custom rules carry no examples, so they are marked low/medium/high as the user says and
 * have no hover docs unless given.
 */
export function compileCustomRules(
  specs: readonly CustomRuleSpec[],
  builtinIds: ReadonlySet<string>,
): { rules: Rule[]; problems: CustomRuleProblem[] } {
  const rules: Rule[] = [];
  const problems: CustomRuleProblem[] = [];
  const seen = new Set<string>();
  specs.forEach((spec, index) => {
    const id = typeof spec?.id === 'string' ? spec.id : undefined;
    const fail = (message: string) => problems.push({ index, ...(id ? { id } : {}), message });
    if (!id || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
      return fail('"id" must be a kebab-case string, e.g. "acme-internal-token"');
    if (builtinIds.has(id) || seen.has(id)) return fail(`id "${id}" is already used`);
    if (typeof spec.pattern !== 'string' || spec.pattern.length === 0)
      return fail('"pattern" must be a non-empty regular expression string');
    if (spec.pattern.length > MAX_PATTERN_LENGTH)
      return fail(`"pattern" is longer than ${MAX_PATTERN_LENGTH} characters`);
    const flags = spec.flags === undefined ? '' : spec.flags;
    if (typeof flags !== 'string' || !/^[imsu]*$/.test(flags)) return fail('"flags" may only contain i, m, s and u');
    let pattern: RegExp;
    try {
      pattern = new RegExp(spec.pattern, flags);
    } catch (e) {
      return fail(`"pattern" is not a valid regular expression: ${(e as Error).message}`);
    }
    if (hasNestedQuantifier(spec.pattern))
      return fail('"pattern" nests unbounded quantifiers (like (a+)+), which can take exponential time; rewrite it');
    if (
      !Array.isArray(spec.keywords) ||
      spec.keywords.length === 0 ||
      !spec.keywords.every((k) => typeof k === 'string' && /^[\x20-\x7e]{2,}$/.test(k))
    ) {
      return fail(
        '"keywords" must be a non-empty list of printable ASCII strings (at least 2 characters); the rule runs only on lines containing one',
      );
    }
    const confidence = (spec.confidence ?? 'medium') as Confidence;
    if (!['high', 'medium', 'low'].includes(confidence)) return fail('"confidence" must be high, medium or low');
    const envVar = spec.envVar === undefined ? 'SECRET' : spec.envVar;
    if (typeof envVar !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(envVar))
      return fail('"envVar" must be an UPPER_SNAKE_CASE name');
    const docs =
      typeof spec.docs === 'string' && /^https:\/\//.test(spec.docs)
        ? spec.docs
        : 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html';
    seen.add(id);
    rules.push({
      id,
      title: typeof spec.title === 'string' && spec.title ? spec.title : id,
      provider: 'Custom',
      keywords: (spec.keywords as string[]).map((k) => k.toLowerCase()),
      pattern,
      confidence,
      envVar,
      docs,
      examples: { positives: () => [], negatives: [] },
    });
  });
  return { rules, problems };
}
