import type { Detector, TextEdit } from '../core/detect/detector';
import type { Findings } from '../core/detect/findingRope';
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

/** The editor read a chunk of scan `id`'s findings and asks for the next. */
export interface NextRequest {
  readonly kind: 'next';
  readonly id: number;
}

/**
 * A scan's findings come back in chunks, `more` set on all but the last, each sent when the editor
 * asks for it (NextRequest) after reading the one before: a port delivers every message queued on
 * it in one turn, so sending all chunks at once held the editor's thread for as long as reading
 * them all took (85K findings: 0.5-1.9 s); one at a time, each is read in a turn of its own.
 */
export type DocumentReply =
  | { readonly kind: 'document'; readonly id: number; readonly findings: Finding[]; readonly more: boolean }
  | { readonly kind: 'document'; readonly id: number; readonly error: string };

/** Findings per reply message: a few milliseconds to read on the editor's side. */
export const FINDINGS_PER_REPLY = 1000;

export type DocumentMessage = DocumentRequest | ForgetRequest | NextRequest;

export function isDocumentMessage(message: unknown): message is DocumentMessage {
  const kind = (message as { kind?: unknown } | null)?.kind;
  return kind === 'document' || kind === 'forget' || kind === 'next';
}

/** Documents whose last findings (and so, in the detector, their text) the worker keeps. */
const KEPT_DOCUMENTS = 8;

interface Kept {
  readonly version: number;
  readonly length: number;
  readonly findings: Findings;
}

/**
 * The chunks of a scan not asked for yet. A rescan's findings are a rope (findingRope.ts): each
 * chunk's are made when it is sent, so a newer edit that drops the rest never makes them.
 */
interface Unsent {
  readonly key: string;
  readonly findings: Findings;
  from: number;
}

/**
 * The worker's side of live diagnostics: scans documents sent to it and keeps each one's last
 * findings, so the next rescan of it chains from them as the editor's own detector would.
 */
export class DocumentJobs {
  private readonly kept = new Map<string, Kept>();
  private readonly unsent = new Map<number, Unsent>();

  constructor(private readonly detector: Detector) {}

  /**
   * The replies to a message: a scan's first chunk of findings, the next chunk of one, none to a
   * forget. Never throws: a failed scan replies with the error's name and message.
   */
  handle(message: DocumentMessage): DocumentReply[] {
    if (message.kind === 'next') return this.nextChunk(message.id);
    this.dropUnsent(message.key);
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
      this.unsent.set(id, { key, findings, from: 0 });
      return this.nextChunk(id);
    } catch (e) {
      this.kept.delete(key);
      const error = e instanceof Error ? `${e.name}: ${e.message}` : 'unknown error';
      return [{ kind: 'document', id, error }];
    }
  }

  /** The next chunk of scan `id`, or nothing when it was superseded, forgotten or sent whole. */
  private nextChunk(id: number): DocumentReply[] {
    const unsent = this.unsent.get(id);
    if (!unsent) return [];
    const { findings, from } = unsent;
    const to = from + FINDINGS_PER_REPLY;
    unsent.from = to;
    if (to >= findings.length) this.unsent.delete(id);
    return [{ kind: 'document', id, findings: findings.slice(from, to), more: to < findings.length }];
  }

  /** A newer scan of the document, or its close, ends the sending of an older scan's findings. */
  private dropUnsent(key: string): void {
    for (const [id, unsent] of this.unsent) if (unsent.key === key) this.unsent.delete(id);
  }

  private scan(request: DocumentRequest, context: { path?: string }): Findings {
    const { rescan, text } = request;
    if (rescan === undefined) return this.detector.scan(text, { ...context, willRescan: true });
    const kept = this.kept.get(request.key);
    const { edit, baseVersion, baseLength } = rescan;
    const held = kept && kept.version === baseVersion && kept.length === baseLength ? kept.findings : undefined;
    const previous = held ?? rescan.findings;
    // Neither holds the base (a result the editor dropped replaced it): a full scan is exact.
    if (previous === undefined || baseLength + edit.newEnd - edit.oldEnd !== text.length)
      return this.detector.scan(text, { ...context, willRescan: true });
    return this.detector.rescanLazily(text, previous, edit, context);
  }
}
