// Regex pieces, example builders and rule builders shared by the provider rules. Formats are cited
// in each provider's file; checks on a matched value (base64, JWT, character mix) are in
// valueChecks.ts.
import type { FakeTokens } from './fakeTokens';
import type { Confidence, MatchContext, NegativeExample, Rule } from './types';
import { settingNamedAt } from './keywordGates';

/** No token character right before a token, so a token is not found inside a longer word. */
export const TOKEN_START = String.raw`(?<![A-Za-z0-9_-])`;
/** No token character right after a token, so a longer run is not cut down to a match. */
export const TOKEN_END = String.raw`(?![A-Za-z0-9_-])`;
/**
 * TOKEN_START that also refuses a `.` before the token, so the tail of a dotted name
 * (`xoxe.xoxp-…`, `config.sk_live_…`) is not reported as a token of its own. The messaging and
 * payments, Doppler and Vault rules were written and ReDoS-checked with it.
 */
export const TOKEN_START_NO_DOT = String.raw`(?<![A-Za-z0-9_.-])`;

/** A UUID in canonical 8-4-4-4-12 form, any case. */
export const UUID = String.raw`[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}`;

/** A JWT in JWS compact form: base64url header and payload (both JSON objects, so `eyJ`) and a signature. */
export const JWT = String.raw`eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,8000}\.[A-Za-z0-9_-]{16,2000}`;

/** `body` (a regex source) as a whole token: bounded on both sides. */
export function bounded(body: string, before = TOKEN_START, after = TOKEN_END): RegExp {
  return new RegExp(`${before}${body}${after}`);
}

/** Escapes regex metacharacters so `literal` matches itself (as in a fixed token prefix). */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A password's names as a rule anchored at its keywords spells them: `password`, `passwd`, `pwd`,
 * `passphrase`, and `pass` standing alone only before one of `followers` (`pass_`, `pass:`; not
 * `passed` or `bypass`). The pattern's opening and the keywords come from the one list, so every
 * match starts at a keyword (`Rule.startsAtKeyword`).
 */
export function passwordNames(followers: string): { readonly name: string; readonly keywords: readonly string[] } {
  const chars = [...followers];
  // A `-` last in the class stands for itself; `]` and `\` are escaped, a tab written as `\t`.
  const inClass = (c: string) => (c === ']' || c === '\\' ? `\\${c}` : c === '\t' ? '\\t' : c);
  const cls =
    chars
      .filter((c) => c !== '-')
      .map(inClass)
      .join('') + (chars.includes('-') ? '-' : '');
  return {
    name: String.raw`(?:passw(?:or)?d|pwd|passphrase|pass(?=[${cls}]))`,
    keywords: ['password', 'passwd', 'pwd', 'passphrase', ...chars.map((c) => `pass${c}`)],
  };
}

/** A character of a setting's name (`NEXT_PUBLIC_TWILIO_TOKEN`, `config.twilio.apiKey`). */
export const NAME_CHAR = '[A-Za-z0-9_.-]';
/** What may follow the provider word in a setting's name: `_AUTH_TOKEN`, `.apiKey`. Bounded to stay cheap. */
export const NAME_TAIL = `${NAME_CHAR}{0,24}`;
/**
 * The start of a setting's name: the provider word begins the name or follows a separator (`_`,
 * `.`, `-`), so `NEXT_PUBLIC_TWILIO_…` and `config.twilio…` match; a camelCase hump (`myTwilio…`)
 * does not. It also keeps a run of repeated provider words from being retried at every occurrence.
 */
export const NAME_START = String.raw`(?<![A-Za-z0-9])`;
/**
 * The end of a setting's name. Placed before an ASSIGN, it makes a name that is not followed by an
 * operator fail at once instead of retrying the operator at every shorter length.
 */
export const NAME_END = `(?!${NAME_CHAR})`;

/**
 * What may follow the provider's word in a setting's name, as a word list: an optional qualifier
 * (`_API`, `Client`, `.login`), an optional credential word (`_KEY`, `Token`, `_PAT`), an optional
 * number (`_2`). A word list rather than a free-form run keeps the pattern linear and cheap to
 * verify, and covers the names projects and SDKs use: OPENAI_API_KEY, cohereApiKey, AI21Client,
 * wandb.login, genai.configure, aai.settings.api_key.
 */
export const NAME_QUALIFIERS = String.raw`(?:[_.-]?(?:api|access|auth|private|service|user|org|studio|client(?:v2)?|prod|dev|live|default|login|configure|settings|account|resource|subscription))?(?:[_.-]?(?:key|token|pat|secret|password|credential))?(?:[_.-]?\d{1,2})?`;

/** camelCase of an UPPER_SNAKE name: `OPENAI_API_KEY` → `openaiApiKey`. */
export function camelName(upperSnake: string): string {
  return upperSnake.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** `:=` (Go, Makefile), `=>` (PHP, Ruby), `=` and `:`; longest first so `:=` is not read as `:`. */
const OPERATORS = ':=|=>|=|:';
/** An optional opening quote; the backtick is a JavaScript template literal. */
const OPEN_QUOTE = String.raw`["'\x60]?`;

/** A closing quote or bracket after the name (`"name":`, `['name'] =`), the operator, spacing. */
function separator(operators: string): string {
  return String.raw`["'\]]{0,2}\s{0,4}(?:${operators})\s{0,4}`;
}

/**
 * What stands between a setting's name and its value in .env, shell, YAML, JSON, TOML and code:
 * `=`, `:`, `:=` or `=>` with the quotes and spacing those write, then an optional opening quote.
 * The default for new rules. Each variant below is the separator of one rule family, with the
 * matching it documents; a family moves to ASSIGN only as a deliberate change of what it finds.
 */
export const ASSIGN = separator(OPERATORS) + OPEN_QUOTE;

/** ASSIGN that also accepts `,`, as in `setenv("NAME", "value")` (messaging and payments rules). */
export const ASSIGN_OR_COMMA = separator(`${OPERATORS}|,`) + OPEN_QUOTE;

/**
 * ASSIGN or a client constructor call: `Cohere(api_key="…")`, `new Mistral({ apiKey: "…" })`,
 * `wandb.login(key="…")` (AI rules, whose keys are mostly passed straight to an SDK client).
 */
export const ASSIGN_OR_CALL = String.raw`(?:${separator(OPERATORS)}|\((?:\s{0,4}\{)?\s{0,4}(?:(?:api_?key|key|token)["']?\s{0,4}[=:]\s{0,4})?)${OPEN_QUOTE}`;

/**
 * ASSIGN whose `=` is not the start of `==` and whose `:` is not the start of `::` (cloud rules):
 * where the value may itself contain `=` or `:` (a Snowflake password), a comparison or a scoped
 * name is not read as an assignment.
 */
export const ASSIGN_NOT_DOUBLED = separator(String.raw`:=|=>|=(?!=)|:(?!:)`) + OPEN_QUOTE;

/**
 * ASSIGN without the backtick opening quote (developer-platform rules): their values are not read
 * from template literals.
 */
export const ASSIGN_NO_BACKTICK = separator(OPERATORS) + `["']?`;

/**
 * The same setting written the ways projects write it: .env, shell export, YAML, JSON, TypeScript
 * and Python, each line with a fresh `value()`. `calls` adds whole lines (client-constructor calls)
 * in which `$KEY` stands for a value. Names in YAML are lower case, in JSON and TypeScript camelCase.
 */
export function assignmentLines(upperSnake: string, value: () => string, calls: readonly string[] = []): string[] {
  const camel = camelName(upperSnake);
  return [
    `${upperSnake}=${value()}`,
    `export ${upperSnake}="${value()}"`,
    `  ${upperSnake.toLowerCase()}: "${value()}"`,
    `  "${camel}": "${value()}",`,
    `const ${camel} = '${value()}';`,
    `${upperSnake} = "${value()}"`,
    ...calls.map((c) => c.replace('$KEY', value())),
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

/** The token with its last character changed, so an embedded checksum no longer matches. */
export function withWrongLastChar(token: string): string {
  const last = token.slice(-1);
  const swap = /[0-9]/.test(last)
    ? last === '7'
      ? '3'
      : '7'
    : /[a-f]/.test(last)
      ? last === 'c'
        ? 'd'
        : 'c'
      : last === 'B'
        ? 'C'
        : 'B';
  return token.slice(0, -1) + swap;
}

export interface PrefixedSpec {
  readonly id: string;
  readonly title: string;
  readonly provider: string;
  /** The token's literal prefix as issued (`glpat-`, `hf_`); lowercased, it is the rule's keyword. */
  readonly prefix: string;
  /** Regex source of what follows the prefix. */
  readonly body: string;
  readonly envVar: string;
  readonly docs: string;
  readonly risk: string;
  readonly confidence?: Confidence;
  /** No entropy check when left out. */
  readonly minEntropy?: number;
  readonly validate?: (secret: string, match: string) => boolean;
  /** What may not stand right before the token; defaults to TOKEN_START. */
  readonly before?: string;
  /** What may not stand right after the token; defaults to TOKEN_END. */
  readonly after?: string;
  /** A fake token in the provider's format. */
  readonly token: (fake: FakeTokens) => string;
  /** A second positive: the token as it is used (a header, a CLI flag); else a second token. */
  readonly usage?: (token: string) => string;
  /** More positives (other variants of the format); each must contain the prefix. */
  readonly more?: (fake: FakeTokens) => readonly string[];
  /** Format-specific negatives (wrong length, wrong alphabet); a truncated and a placeholder one are added. */
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
    pattern: bounded(escapeRegExp(prefix) + spec.body, spec.before, spec.after),
    ...(spec.minEntropy === undefined ? {} : { minEntropy: spec.minEntropy }),
    confidence: spec.confidence ?? 'high',
    envVar: spec.envVar,
    docs: spec.docs,
    risk: spec.risk,
    ...(spec.validate ? { validate: spec.validate } : {}),
    examples: {
      positives: (fake) => [
        spec.token(fake),
        spec.usage ? spec.usage(spec.token(fake)) : spec.token(fake),
        ...(spec.more?.(fake) ?? []),
      ],
      negatives: [
        { text: `${spec.envVar}=${prefix}...`, why: 'truncated in documentation' },
        { text: `${spec.envVar}="${prefix}your-api-key-here"`, why: 'placeholder' },
        ...spec.negatives,
      ],
    },
  };
}

/**
 * A key without a prefix, assigned to a setting named by one of `names` (a regex alternation of the
 * provider's words) and NAME_QUALIFIERS, directly or through a client constructor call. The key is
 * the group `secret`.
 */
export function assignedTo(names: string, secret: string): RegExp {
  return new RegExp(String.raw`(?:${names})${NAME_QUALIFIERS}${ASSIGN_OR_CALL}(?<secret>${secret})${TOKEN_END}`, 'i');
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

/** A rule for a key without a prefix (AI providers): it must be assigned to a setting that names the provider. */
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
      positives: (fake) => [
        ...assignmentLines(spec.envVar, () => spec.key(fake), spec.calls),
        ...(spec.more ? spec.more(fake) : []),
      ],
      negatives: [{ text: `${spec.envVar}=\${${spec.envVar}}`, why: 'environment reference' }, ...spec.negatives],
    },
  };
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
  readonly validate?: (secret: string, match: string, context: MatchContext) => boolean;
  /** Variable names to build positives with (each must contain one of the keywords). */
  readonly names: readonly string[];
  readonly sample: (fake: FakeTokens) => string;
  /** Further whole-line positives (a header, a constructor call). */
  readonly extraPositives?: (fake: FakeTokens) => readonly string[];
  readonly negatives: readonly NegativeExample[];
  /**
   * Set when every name `name` accepts opens with one of the keywords and is at most this many
   * characters: a keyword gate (keywordGates.ts `settingNamedAt`) then spares the pattern's scan of
   * lines where the keyword opens no assigned name (`github` in a repository's URL).
   */
  readonly nameOpensAtKeyword?: number;
}

/**
 * A rule for a secret whose format alone is not distinctive (32 hex, 40 alphanumerics) in the
 * messaging and payments family: it needs the provider word in the variable name and an
 * assignment. The value is the `secret` group.
 */
export function contextRule(spec: ContextRuleSpec): Rule {
  const { excludeName, validate } = spec;
  const check =
    excludeName || validate
      ? (secret: string, match: string, context: MatchContext) =>
          !(excludeName && excludeName.test(match.slice(0, match.length - secret.length))) &&
          (!validate || validate(secret, match, context))
      : undefined;
  return {
    id: spec.id,
    title: spec.title,
    provider: spec.provider,
    keywords: spec.keywords,
    pattern: new RegExp(
      `${NAME_START}${spec.name}${NAME_END}${ASSIGN_OR_COMMA}${spec.valuePrefix ?? ''}(?<secret>${spec.value})(?!${spec.valueClass})`,
      'i',
    ),
    ...(spec.nameOpensAtKeyword === undefined ? {} : { keywordGate: settingNamedAt(spec.nameOpensAtKeyword) }),
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
