// Shared pattern pieces and example builders for the messaging, email, payments, commerce and
// social provider rules (see batchMessagingPayments.ts).
import type { FakeTokens } from '../fakeTokens';
import type { NegativeExample, Rule } from '../types';

/** Start of a token: not preceded by a token character (letters, digits, `_`, `-`, `.`). */
export const TOKEN_START = String.raw`(?<![A-Za-z0-9_.-])`;
/** End of a token: not followed by a token character. */
export const TOKEN_END = String.raw`(?![A-Za-z0-9_-])`;

/**
 * Between an assignment's name and its value: an optional closing quote or bracket, the operator
 * (`=`, `:`, `:=`, `=>`, or `,` as in `setenv("NAME", "value")`) and an optional opening quote.
 */
export const ASSIGN = String.raw`["'\]]{0,2}\s{0,4}(?::=|=>|=|:|,)\s{0,4}["'\x60]?`;

/** Name characters that may follow the provider word in a variable name: `_AUTH_TOKEN`, `.apiKey`. */
export const NAME_TAIL = String.raw`[A-Za-z0-9_.-]{0,24}`;

/**
 * The start of a variable name: the provider word begins the name or follows a separator (`_`, `.`,
 * `-`), so `NEXT_PUBLIC_TWILIO_…` and `config.twilio…` match; a camelCase hump (`myTwilio…`) does
 * not. It also keeps a run of repeated provider words from being retried at every occurrence.
 */
export const NAME_START = String.raw`(?<![A-Za-z0-9])`;

/**
 * The end of a variable name. Placed before ASSIGN, it makes a name that is not followed by an
 * operator fail at once instead of retrying the operator at every shorter length.
 */
export const NAME_END = String.raw`(?![A-Za-z0-9_.-])`;

/** camelCase of an UPPER_SNAKE name. */
export function camelName(envName: string): string {
  return envName.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/**
 * Assignments of a generated value to `envName` in .env, YAML, JSON, TypeScript, Python and shell
 * syntax: the positives of context-dependent rules, whose pattern needs the name.
 */
export function assignmentLines(envName: string, value: () => string): string[] {
  const camel = camelName(envName);
  return [
    `${envName}=${value()}`,
    `  ${envName.toLowerCase()}: "${value()}"`,
    `  "${camel}": "${value()}",`,
    `const ${camel} = '${value()}';`,
    `${envName} = "${value()}"`,
    `export ${envName}='${value()}'`,
  ];
}

/** Negatives every context-dependent rule shares: a reference, a template and a placeholder. */
export function referenceNegatives(envName: string): NegativeExample[] {
  return [
    { text: `${envName}=\${${envName}}`, why: 'environment reference' },
    { text: `${camelName(envName)}: process.env.${envName},`, why: 'read from the environment' },
    { text: `${envName.toLowerCase()}: "{{ .Values.${camelName(envName)} }}"`, why: 'template reference' },
    { text: `${envName}=your-${envName.toLowerCase().replace(/_/g, '-')}-here`, why: 'placeholder' },
  ];
}

/** What a context-dependent rule needs beyond the shared parts. */
export interface ContextRuleSpec {
  readonly id: string;
  readonly title: string;
  readonly provider: string;
  readonly keywords: readonly string[];
  /** Regex source for the variable name, starting with the provider word: `twilio${NAME_TAIL}`. */
  readonly name: string;
  /** Regex source for the secret value. */
  readonly value: string;
  /** Regex source for a fixed part between the assignment and the secret (`oauth:`). */
  readonly valuePrefix?: string;
  /** Regex character class of the value, so the match cannot stop inside a longer value. */
  readonly valueClass: string;
  readonly confidence?: Rule['confidence'];
  readonly minEntropy?: number;
  readonly envVar: string;
  readonly docs: string;
  readonly risk: string;
  /** Names (the text before the value) that mean the value is public or an identifier. */
  readonly excludeName?: RegExp;
  readonly validate?: (secret: string, match: string) => boolean;
  /** Variable names to build positives with (each must contain one of the keywords). */
  readonly names: readonly string[];
  readonly sample: (fake: FakeTokens) => string;
  /** Further whole-line positives (a header, a constructor call). */
  readonly extraPositives?: (fake: FakeTokens) => readonly string[];
  readonly negatives: readonly NegativeExample[];
}

/**
 * A rule for a secret whose format alone is not distinctive (32 hex, 40 alphanumerics): it needs the
 * provider word in the variable name and an assignment. The value is the `secret` group.
 */
export function contextRule(spec: ContextRuleSpec): Rule {
  const { excludeName, validate } = spec;
  const check =
    excludeName || validate
      ? (secret: string, match: string) =>
          !(excludeName && excludeName.test(match.slice(0, match.length - secret.length))) && (!validate || validate(secret, match))
      : undefined;
  return {
    id: spec.id,
    title: spec.title,
    provider: spec.provider,
    keywords: spec.keywords,
    pattern: new RegExp(`${NAME_START}${spec.name}${NAME_END}${ASSIGN}${spec.valuePrefix ?? ''}(?<secret>${spec.value})(?!${spec.valueClass})`, 'i'),
    ...(spec.minEntropy === undefined ? {} : { minEntropy: spec.minEntropy }),
    confidence: spec.confidence ?? 'medium',
    envVar: spec.envVar,
    docs: spec.docs,
    risk: spec.risk,
    ...(check ? { validate: check } : {}),
    examples: {
      embed: false,
      positives: (fake) => [
        ...assignmentLines(spec.names[0]!, () => spec.sample(fake)),
        ...spec.names.slice(1).map((n) => `${n}=${spec.sample(fake)}`),
        ...(spec.extraPositives ? spec.extraPositives(fake) : []),
      ],
      negatives: [...referenceNegatives(spec.envVar), ...spec.negatives],
    },
  };
}
