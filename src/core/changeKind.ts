/**
 * How a change reached a document. Secrets that arrive in bulk — an inline completion, a chat or
 * agent edit, a paste — are the ones assistants produce, so they are escalated.
 */
export type ChangeKind = 'typed' | 'paste' | 'undo-redo' | 'bulk' | 'ai';

/** A change as the editor reports it, reduced to plain data. */
export interface ChangeFacts {
  /** Characters inserted by the largest single change in the event. */
  readonly insertedLength: number;
  /** Line breaks inserted by the event's changes together. */
  readonly insertedLines: number;
  /** Number of separate changes in the event. */
  readonly changeCount: number;
  /** The editor said this is an undo or a redo. */
  readonly undoRedo: boolean;
  /** The document is not the one in the active editor (an agent or tool edited it). */
  readonly inBackground: boolean;
  /** Where the editor exposes it (newer VS Code: detailed change reason), its source string. */
  readonly reasonSource?: string;
}

export interface BulkThresholds {
  /** An insertion at least this long in one event counts as bulk. */
  readonly minChars: number;
  /** An insertion with at least this many line breaks counts as bulk. */
  readonly minLines: number;
}

export const DEFAULT_BULK_THRESHOLDS: BulkThresholds = { minChars: 40, minLines: 2 };

/**
 * Sources of VS Code's detailed change reasons that mean an assistant wrote the text, matched
 * against the source's first dotted segment as a whole (`Chat.applyEdits` → `Chat`), so editor
 * commands that merely contain such letters (`moveLinesDown`, `indentLines`, `explain`) do not count.
 */
const AI_SOURCE =
  /^(?:inline(?:Completion|Suggest|Suggestion|Edit)\w{0,64}|inlineChat|chat|copilot\w{0,64}|agent\w{0,64}|nes|nextEdit\w{0,64}|ai)$/i;

/** Whether a detailed change reason's source names an assistant. */
export function isAiSource(source: string): boolean {
  return AI_SOURCE.test(source.split('.', 1)[0]!);
}

/**
 * Classifies a change event. The editor's own reason wins where it exists; otherwise bulk is a
 * large or multi-line insertion in one event or an edit to a document nobody is typing in. Whether
 * a bulk insert was a paste is known only once the clipboard answers: see `withClipboard`.
 */
export function classifyChange(facts: ChangeFacts, thresholds: BulkThresholds = DEFAULT_BULK_THRESHOLDS): ChangeKind {
  if (facts.undoRedo) return 'undo-redo';
  if (facts.reasonSource !== undefined && isAiSource(facts.reasonSource)) return 'ai';
  if (facts.insertedLength === 0) return 'typed';
  if (facts.inBackground) return 'bulk';
  if (facts.insertedLength >= thresholds.minChars || facts.insertedLines >= thresholds.minLines) return 'bulk';
  return 'typed';
}

/** The kind once the clipboard answered: a single bulk insert equal to the clipboard is a paste. */
export function withClipboard(kind: ChangeKind, matchesClipboard: boolean): ChangeKind {
  return kind === 'bulk' && matchesClipboard ? 'paste' : kind;
}

/** Whether secrets arriving through this kind of change are escalated. */
export function isEscalated(kind: ChangeKind): boolean {
  return kind === 'bulk' || kind === 'ai' || kind === 'paste';
}

/**
 * Whether inserted text is the clipboard's content. Whitespace is ignored because editors re-indent
 * pasted text and normalise line endings.
 */
export function isSameInsertion(inserted: string, clipboard: string): boolean {
  const strip = (s: string) => s.replace(/\s+/g, '');
  return inserted.length > 0 && strip(inserted) === strip(clipboard);
}
