import type { Gen } from './gen';

/** A line holding (part of) a credential: `value` occurs in `text`. */
export interface SecretLine {
  readonly text: string;
  readonly value: string;
}

/** Lines of one secret written over several lines (a PEM key split over concatenation). */
export interface SecretBlock {
  readonly block: readonly SecretLine[];
}

/** A line of a draft: plain text (may contain newlines), one secret line, or a multi-line secret. */
export type DraftLine = string | SecretLine | SecretBlock;

/** A file as a case template writes it, before line numbers are assigned. */
export interface Draft {
  readonly path: string;
  readonly lines: readonly DraftLine[];
}

/** A case template: `build` returns a fresh file each call, drawing values from `g`. */
export interface Template {
  readonly shape: string;
  build(g: Gen): Draft;
}

export interface CategoryTemplates {
  readonly positives: readonly Template[];
  readonly negatives: readonly Template[];
}

/** Marks `text` as a line holding the credential `value`. */
export function sec(text: string, value: string): SecretLine {
  if (!text.includes(value)) throw new Error('labelled line must contain its value');
  return { text, value };
}

export function block(lines: readonly SecretLine[]): SecretBlock {
  return { block: lines };
}

export function template(shape: string, build: (g: Gen) => Draft): Template {
  return { shape, build };
}
