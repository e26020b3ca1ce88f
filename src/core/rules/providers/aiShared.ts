// Shared building blocks for the AI / ML provider rules (batchAi.ts). Formats themselves are cited in
// each provider's file; this module only holds the pattern pieces and example builders they share.
import type { FakeTokens } from '../fakeTokens';
import type { Confidence, NegativeExample, Rule } from '../types';

/** No token character right before a prefixed token. */
export const START = String.raw`(?<![A-Za-z0-9_-])`;
/** No token character right after a token. */
export const END = String.raw`(?![A-Za-z0-9_-])`;

/**
 * What may follow the provider's word in a setting's name: an optional qualifier (`_API`,
 * `Client`, `.login`) and an optional credential word (`_KEY`, `Token`, `_PAT`), then an optional
 * number (`_2`). A word list rather than a free-form run keeps the pattern linear and cheap to
 * verify, and covers the names projects and SDKs use: OPENAI_API_KEY, cohereApiKey, AI21Client,
 * wandb.login, genai.configure, aai.settings.api_key.
 */
export const NAME_TAIL = String.raw`(?:[_.-]?(?:api|access|auth|private|service|user|org|studio|client(?:v2)?|prod|dev|live|default|login|configure|settings|account|resource|subscription))?(?:[_.-]?(?:key|token|pat|secret|password|credential))?(?:[_.-]?\d{1,2})?`;

/**
 * What may stand between the setting's name and its value: an assignment in .env, shell, YAML,
 * JSON, TOML or code (`=`, `:`, `:=`, `=>`), or a client constructor call such as
 * `Cohere(api_key="…")`, `new Mistral({ apiKey: "…" })`, `wandb.login(key="…")`; then an optional
 * opening quote.
 */
export const ASSIGN = String.raw`(?:["'\]]{0,2}\s{0,4}(?::=|=>|=|:)\s{0,4}|\((?:\s{0,4}\{)?\s{0,4}(?:(?:api_?key|key|token)["']?\s{0,4}[=:]\s{0,4})?)["'\x60]?`;

/**
 * A context-dependent key: one of `names` (a regex alternation of the provider's words), a
 * NAME_TAIL, an ASSIGN, then the key as group `secret`.
 */
export function assignedTo(names: string, secret: string): RegExp {
  return new RegExp(String.raw`(?:${names})${NAME_TAIL}${ASSIGN}(?<secret>${secret})${END}`, 'i');
}

/** A prefixed token bounded on both sides. */
export function prefixed(body: string): RegExp {
  return new RegExp(`${START}${body}${END}`);
}

function camel(envVar: string): string {
  return envVar.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/**
 * The same setting written the ways projects write it: .env, shell, YAML, JSON, TypeScript and
 * Python, each with a freshly generated key. `calls` adds client-constructor lines (`$KEY` is
 * replaced by a key).
 */
export function assignments(envVar: string, key: () => string, calls: readonly string[] = []): string[] {
  return [
    `${envVar}=${key()}`,
    `export ${envVar}="${key()}"`,
    `  ${envVar.toLowerCase()}: "${key()}"`,
    `  "${camel(envVar)}": "${key()}",`,
    `const ${camel(envVar)} = '${key()}';`,
    `${envVar} = "${key()}"`,
    ...calls.map((c) => c.replace('$KEY', key())),
  ];
}

/** Escapes regex metacharacters in a literal prefix. */
function literal(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface PrefixedSpec {
  readonly id: string;
  readonly title: string;
  readonly provider: string;
  /** The fixed prefix, as issued (its lowercase form is the keyword). */
  readonly prefix: string;
  /** Regex for what follows the prefix. */
  readonly body: string;
  readonly envVar: string;
  readonly docs: string;
  readonly risk: string;
  readonly confidence?: Confidence;
  readonly minEntropy?: number;
  readonly validate?: (secret: string, match: string) => boolean;
  /** A fake token in the provider's format. */
  readonly token: (fake: FakeTokens) => string;
  /** A second positive: the token as it is used (a header, a CLI flag). */
  readonly usage?: (token: string) => string;
  /** More positives (other variants of the format); each must contain the prefix. */
  readonly more?: (fake: FakeTokens) => readonly string[];
  /** Format-specific negatives (wrong length, wrong alphabet); placeholder ones are added. */
  readonly negatives: readonly NegativeExample[];
}

/** A rule for a token with a distinctive fixed prefix. */
export function prefixedRule(spec: PrefixedSpec): Rule {
  const { prefix } = spec;
  return {
    id: spec.id,
    title: spec.title,
    provider: spec.provider,
    keywords: [prefix.toLowerCase()],
    pattern: prefixed(literal(prefix) + spec.body),
    minEntropy: spec.minEntropy ?? 3.2,
    confidence: spec.confidence ?? 'high',
    envVar: spec.envVar,
    docs: spec.docs,
    risk: spec.risk,
    ...(spec.validate ? { validate: spec.validate } : {}),
    examples: {
      positives: (fake) => [spec.token(fake), spec.usage ? spec.usage(spec.token(fake)) : spec.token(fake), ...(spec.more ? spec.more(fake) : [])],
      negatives: [
        { text: `${spec.envVar}=${prefix}...`, why: 'truncated in documentation' },
        { text: `${spec.envVar}="${prefix}your-api-key-here"`, why: 'placeholder' },
        ...spec.negatives,
      ],
    },
  };
}

export interface AssignedSpec {
  readonly id: string;
  readonly title: string;
  readonly provider: string;
  readonly keywords: readonly string[];
  /** Regex alternation of the provider's words that must name the setting. */
  readonly names: string;
  /** Regex for the key itself. */
  readonly secret: string;
  readonly envVar: string;
  readonly docs: string;
  readonly risk: string;
  readonly confidence?: Confidence;
  readonly minEntropy?: number;
  /** A fake key in the provider's format. */
  readonly key: (fake: FakeTokens) => string;
  /** Client-constructor lines with `$KEY` standing for the key. */
  readonly calls?: readonly string[];
  /** More positive lines (other names, other syntaxes); must each contain a keyword. */
  readonly more?: (fake: FakeTokens) => readonly string[];
  /** Format-specific negatives; an environment-reference one is added. */
  readonly negatives: readonly NegativeExample[];
}

/** A rule for a key without a prefix: it must be assigned to a setting that names the provider. */
export function assignedRule(spec: AssignedSpec): Rule {
  return {
    id: spec.id,
    title: spec.title,
    provider: spec.provider,
    keywords: spec.keywords,
    pattern: assignedTo(spec.names, spec.secret),
    minEntropy: spec.minEntropy ?? 3,
    confidence: spec.confidence ?? 'medium',
    envVar: spec.envVar,
    docs: spec.docs,
    risk: spec.risk,
    examples: {
      embed: false,
      positives: (fake) => [...assignments(spec.envVar, () => spec.key(fake), spec.calls), ...(spec.more ? spec.more(fake) : [])],
      negatives: [{ text: `${spec.envVar}=\${${spec.envVar}}`, why: 'environment reference' }, ...spec.negatives],
    },
  };
}
