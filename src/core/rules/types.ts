import type { FileKind } from '../fileKind';
import type { FakeTokens } from './fakeTokens';

/** How sure a rule is that a match is a live credential. Drives severity and CI failure. */
export type Confidence = 'high' | 'medium' | 'low';

/** See `Rule.keywordGate`. */
export type KeywordGate = (text: string, at: number, lineEnd: number) => boolean;

/** Where a match stands, for rules whose judgement depends on it. */
export interface MatchContext {
  /** The scanned file's path with forward slashes, when the caller knows it. */
  readonly path?: string;
  /** What the path says about the file (test code, documentation, …). */
  readonly file: FileKind;
  /** The line holding the match (on an over-long line, the window around the keyword). */
  readonly line: string;
  /** Offset of the match in `line`. */
  readonly matchIndex: number;
}

/** A rule's acceptance of a match, with what it wants changed or said. */
export interface Verdict {
  /** Replaces the rule's confidence for this match (e.g. a weak password is `medium`). */
  readonly confidence?: Confidence;
  /** One short phrase on why this looks like a credential, shown in the hover. */
  readonly why?: string;
}

/**
 * A text that must yield no finding from any rule, and why. Token-shaped negatives (a bad checksum,
 * a publishable key) are generated too, so no scanner mistakes this repository's sources for leaks.
 */
export interface NegativeExample {
  readonly text: string | ((fake: FakeTokens) => string);
  readonly why: string;
  /** The path it is scanned under, when the file kind decides (code vs config); else `RuleExamples.path`. */
  readonly path?: string;
}

/**
 * A rule's own test data. Positives are generated at runtime (never committed as literal tokens):
 * each is a text that contains one of the rule's keywords and in which the rule must find a secret.
 */
export interface RuleExamples {
  readonly positives: (fake: FakeTokens) => readonly string[];
  /**
   * Whether each positive is a value that can stand as a string literal in any file (a token, a URL,
   * a PEM block): the catalogue test then also embeds it in .env, JSON, YAML, TS, Python, Go, Java
   * and shell files under the rule's `envVar` name. Default true; set false for positives that are
   * whole lines whose surrounding words matter (`.npmrc` lines, `password = ...`).
   */
  readonly embed?: boolean;
  /** The file path the positives are scanned under, for rules limited to `paths` (`.pgpass`). */
  readonly path?: string;
  readonly negatives: readonly NegativeExample[];
}

/**
 * One detection rule. Rules are data: the detector compiles them once and runs each only on the
 * lines where one of its keywords occurs.
 */
export interface Rule {
  /** Stable kebab-case id, used as diagnostic code, SARIF ruleId and in baselines. */
  readonly id: string;
  /** Human title, e.g. "GitHub personal access token (classic)". */
  readonly title: string;
  /** Provider or family name shown to users, e.g. "GitHub". */
  readonly provider: string;
  /**
   * Lowercase literals; the rule runs only on lines (or, for multi-line rules, from lines) that
   * contain one of them. Every positive example must contain at least one.
   */
  readonly keywords: readonly string[];
  /**
   * The pattern, without the g/y flags (the detector adds them). If it has a named group `secret`,
   * that group is the secret; otherwise the whole match is.
   */
  readonly pattern: RegExp;
  /** Minimum Shannon entropy (bits per character) of the secret; lower is treated as not a secret. */
  readonly minEntropy?: number;
  readonly confidence: Confidence;
  /** The environment-variable name a quick fix suggests, e.g. `STRIPE_SECRET_KEY`. */
  readonly envVar: string;
  /** The provider's page on revoking or rotating this credential. */
  readonly docs: string;
  /** One sentence on what the credential grants; shown in hovers. */
  readonly risk?: string;
  /**
   * Extra check on the secret (checksum, structure, the assignment's name, the file kind). Gets the
   * secret, the whole match and where it stands; returning false drops the match, a `Verdict`
   * accepts it and may lower its confidence or say why it looks like a credential.
   */
  readonly validate?: (secret: string, match: string, context: MatchContext) => boolean | Verdict;
  /**
   * The files the rule applies to (tested against the path with forward slashes). A rule with
   * `paths` runs only when the scan knows the file's path and it matches: formats recognisable only
   * by the file they live in (`.pgpass`, `.htpasswd`).
   */
  readonly paths?: RegExp;
  /**
   * For a rule limited to `paths` whose files hold bare values with no literal to key on (Rails
   * `config/master.key`, `.htpasswd` DES hashes, a Solana `id.json`): it also runs on every non-empty
   * line of such a file up to the line-length limit, and may list no keywords. Single-line rules only,
   * neither `startsAtKeyword` nor gated.
   */
  readonly wakesOnEveryLine?: boolean;
  /**
   * Set for patterns that span lines (PEM blocks, INI sections). The match must start on the
   * keyword's line and end within `maxSpan` characters of that line's start; its secret may stand
   * on any line of the match.
   */
  readonly multiline?: { readonly maxSpan: number };
  /**
   * Set when every match starts where one of `keywords` starts (ASCII case-insensitively), as in a
   * pattern that opens with its keywords: the detector then tries the pattern only at those
   * positions instead of at every position of the line. Single-line rules only.
   */
  readonly startsAtKeyword?: boolean;
  /**
   * A cheap test of what stands at a keyword (`text` is the scanned text, `at` the keyword's start,
   * `lineEnd` the end of its line) that holds wherever the pattern can match: at the keyword a
   * match starts from (`startsAtKeyword`), or at one of the keywords inside every match. The
   * detector skips keywords it rejects before trying the pattern, and rules that share one gate
   * function share its answer per keyword. On an over-long line, scanned in windows around its
   * keywords, only `startsAtKeyword` rules are gated, with the window as `text` and its end as
   * `lineEnd` (what the pattern sees). A multi-line rule's gate must hold at the keyword every
   * match starts with (its pattern opens with its keywords), may read past `lineEnd` up to its
   * `maxSpan`, and spares the pattern's tries from the lookbehind at the keywords it rejects.
   */
  readonly keywordGate?: KeywordGate;
  /**
   * Set when the rule's check rejects every match in code files and shell scripts outside a comment
   * (prose: `judge/prose.ts`'s `proseOnlyInComments`): in such files the detector passes over its
   * keywords where `commentMayPrecede` says no comment can open before them on their line.
   */
  readonly commentsOnlyInCode?: boolean;
  /** Skip the shared placeholder/false-positive filter (for formats where it cannot misfire). */
  readonly skipPlaceholderFilter?: boolean;
  readonly examples: RuleExamples;
}
