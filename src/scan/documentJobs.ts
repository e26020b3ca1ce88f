import type { Detector, TextEdit } from '../core/detect/detector';
import type { Finding } from '../core/finding';

/** An editor document to scan on the worker thread: whole, or again after an edit. */
export interface DocumentRequest {
  readonly kind: 'document';
  readonly id: number;
  /** The document's identity (its URI): the worker keeps its last findings per key. */
  readonly key: string;
  readonly version: number;
  readonly text: string;
  readonly path?: string;
  /**
   * Rescan after `edit` of the text of `base.version`. The findings of that version go along
   * unless the worker holds them already (its own last result for this key, which also lets the
   * detector rescan only a stretch of an over-long line).
   */
  readonly rescan?: {
    readonly edit: TextEdit;
    readonly baseVersion: number;
    readonly baseLength: number;
    readonly findings?: readonly Finding[];
  };
}

/** The editor closed a document: drop what is kept for it. */
export interface ForgetRequest {
  readonly kind: 'forget';
  readonly key: string;
}

/**
 * A scan's findings come back in chunks, `more` set on all but the last: the editor's thread reads
 * each message in its own turn, so tens of thousands of findings (hostile input) do not hold it.
 */
export type DocumentReply =
  | { readonly kind: 'document'; readonly id: number; readonly findings: Finding[]; readonly more: boolean }
  | { readonly kind: 'document'; readonly id: number; readonly error: string };

/** Findings per reply message: a few milliseconds to read on the editor's side. */
export const FINDINGS_PER_REPLY = 2000;

export function isDocumentMessage(message: unknown): message is DocumentRequest | ForgetRequest {
  const kind = (message as { kind?: unknown } | null)?.kind;
  return kind === 'document' || kind === 'forget';
}

/** Documents whose last findings (and so, in the detector, their text) the worker keeps. */
const KEPT_DOCUMENTS = 8;

interface Kept {
  readonly version: number;
  readonly length: number;
  readonly findings: Finding[];
}

/**
 * The worker's side of live diagnostics: scans documents sent to it and keeps each one's last
 * findings, so the next rescan of it chains from them as the editor's own detector would.
 */
export class DocumentJobs {
  private readonly kept = new Map<string, Kept>();

  constructor(private readonly detector: Detector) {}

  /** The replies to a request (none to a forget). Never throws: a failed scan replies with the error's name and message. */
  handle(message: DocumentRequest | ForgetRequest): DocumentReply[] {
    if (message.kind === 'forget') {
      this.kept.delete(message.key);
      return [];
    }
    const { id, key, version, text, path } = message;
    try {
      const findings = this.scan(message, path === undefined ? {} : { path });
      this.kept.delete(key); // re-inserted last: the map's order is the order of use
      this.kept.set(key, { version, length: text.length, findings });
      if (this.kept.size > KEPT_DOCUMENTS) this.kept.delete(this.kept.keys().next().value!);
      return inChunks(id, findings);
    } catch (e) {
      this.kept.delete(key);
      const error = e instanceof Error ? `${e.name}: ${e.message}` : 'unknown error';
      return [{ kind: 'document', id, error }];
    }
  }

  private scan(request: DocumentRequest, context: { path?: string }): Finding[] {
    const { rescan, text } = request;
    if (rescan === undefined) return this.detector.scan(text, { ...context, willRescan: true });
    const kept = this.kept.get(request.key);
    const { edit, baseVersion, baseLength } = rescan;
    const held = kept && kept.version === baseVersion && kept.length === baseLength ? kept.findings : undefined;
    const previous = held ?? rescan.findings;
    // Neither holds the base (a result the editor dropped replaced it): a full scan is exact.
    if (previous === undefined || baseLength + edit.newEnd - edit.oldEnd !== text.length)
      return this.detector.scan(text, { ...context, willRescan: true });
    return this.detector.rescan(text, previous, edit, context);
  }
}

function inChunks(id: number, findings: Finding[]): DocumentReply[] {
  const replies: DocumentReply[] = [];
  for (let from = 0; from === 0 || from < findings.length; from += FINDINGS_PER_REPLY) {
    const to = from + FINDINGS_PER_REPLY;
    replies.push({ kind: 'document', id, findings: findings.slice(from, to), more: to < findings.length });
  }
  return replies;
}
