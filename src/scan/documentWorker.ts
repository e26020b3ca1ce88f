import { defaultWorkerScript } from './workerScriptPath';
import { Worker } from 'node:worker_threads';
import type { Finding } from '../core/finding';
import type { DocumentReply, DocumentRequest, ForgetRequest, NextRequest } from './documentJobs';
import { WORKER_READY, type WorkerConfig } from './scanTask';

/** A scan cut short by a restart of the thread (new detector settings) or by `dispose`: not a failure. */
export class ScanCutShort extends Error {
  override readonly name = 'ScanCutShort';
}

export interface DocumentWorkerOptions {
  /** Where scanWorker.js lives (default: next to this module, in both the bundle and the compiled tests). */
  readonly script?: string;
  /** Called once if the thread fails (it is not started again): the caller falls back to its own thread. */
  readonly onFailure?: (error: Error) => void;
}

/** A document scan sent to the worker: the thread it went to, and its findings to come. */
export interface SentScan {
  /** Which start of the thread took the scan: the thread keeps its findings until the next start. */
  readonly thread: number;
  readonly findings: Promise<Finding[]>;
}

interface Waiting {
  readonly resolve: (f: Finding[]) => void;
  readonly reject: (e: Error) => void;
  /** The chunks of findings received so far. */
  readonly received: Finding[];
}

interface Thread {
  readonly worker: Worker;
  readonly config: string;
  readonly number: number;
}

/**
 * One scan worker thread for the editor's live diagnostics: started on first need and kept warm,
 * started again (with its new detector) when the detector settings change, ended by `dispose`.
 * A scan that fails rejects, as does one cut short by a restart or by `dispose` (`ScanCutShort`);
 * if the thread itself fails, every scan in flight rejects and the worker stays unusable.
 */
export class DocumentWorker {
  private current: Thread | undefined;
  private started = 0;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();
  private failed = false;

  constructor(private readonly options: DocumentWorkerOptions = {}) {}

  /** The number of the thread running now (each start counts one), or 0 when none is. */
  get thread(): number {
    return this.current?.number ?? 0;
  }

  /** False once the thread has failed or the worker was disposed. */
  get usable(): boolean {
    return !this.failed;
  }

  /** Sends a document to scan with the detector `config` describes (the thread starts, or restarts, for it). */
  scan(config: WorkerConfig, request: Omit<DocumentRequest, 'kind' | 'id'>): SentScan {
    if (this.failed) return { thread: 0, findings: Promise.reject(new Error('the scan worker is not usable')) };
    let thread: Thread;
    try {
      thread = this.threadFor(config);
    } catch (e) {
      this.failed = true;
      this.options.onFailure?.(e as Error);
      return { thread: 0, findings: Promise.reject(e as Error) };
    }
    const id = this.nextId++;
    const findings = new Promise<Finding[]>((resolve, reject) =>
      this.waiting.set(id, { resolve, reject, received: [] }),
    );
    const message: DocumentRequest = { ...request, kind: 'document', id };
    thread.worker.postMessage(message);
    return { thread: thread.number, findings };
  }

  /** Lets the thread drop what it keeps for a closed document. */
  forget(key: string): void {
    const message: ForgetRequest = { kind: 'forget', key };
    this.current?.worker.postMessage(message);
  }

  dispose(): void {
    this.failed = true;
    this.stop('the scan worker was disposed');
  }

  private threadFor(config: WorkerConfig): Thread {
    const key = JSON.stringify(config);
    if (this.current?.config === key) return this.current;
    this.stop('the detector settings changed');
    const worker = new Worker(this.options.script ?? defaultWorkerScript(), { workerData: config });
    // The editor's process must not wait for an idle scan thread to exit.
    worker.unref();
    const thread: Thread = { worker, config: key, number: ++this.started };
    worker.on('message', (reply: DocumentReply | typeof WORKER_READY) => {
      if (reply === WORKER_READY) return;
      const waiter = this.waiting.get(reply.id);
      if (!waiter) return;
      if ('findings' in reply) for (const f of reply.findings) waiter.received.push(f);
      if ('findings' in reply && reply.more) {
        // Asked for after this turn, so the next chunk is read in a turn of its own (documentJobs.ts).
        setImmediate(() => {
          if (this.current !== thread || !this.waiting.has(reply.id)) return;
          const next: NextRequest = { kind: 'next', id: reply.id };
          thread.worker.postMessage(next);
        });
        return;
      }
      this.waiting.delete(reply.id);
      if ('error' in reply) waiter.reject(new Error(reply.error));
      else waiter.resolve(waiter.received);
    });
    worker.on('error', (e) => this.fail(thread, e));
    worker.on('exit', (code) => this.fail(thread, new Error(`the scan worker exited (code ${code})`)));
    this.current = thread;
    return thread;
  }

  /** The thread ended or failed on its own: reject what it held and use it no more. */
  private fail(thread: Thread, error: Error): void {
    if (this.current !== thread) return;
    this.current = undefined;
    this.failed = true;
    this.rejectAll(error);
    this.options.onFailure?.(error);
  }

  private stop(reason: string): void {
    const thread = this.current;
    this.current = undefined;
    this.rejectAll(new ScanCutShort(reason));
    if (thread) void thread.worker.terminate();
  }

  private rejectAll(error: Error): void {
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const w of waiting) w.reject(error);
  }
}
