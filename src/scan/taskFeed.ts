import type { ScanTask } from './scanTask';

/** Tasks a stream may have read ahead of the pool by default: a few batches per thread, a few KB. */
export const FEED_CAPACITY = 256;

/**
 * The pool's source of tasks, in order: a list already in memory, or a stream (the walk of a tree)
 * read only as far as `capacity` tasks ahead of what the pool has taken, so what is held follows
 * the work in flight, not the size of the tree. Stopped by the signal, it stops reading the stream
 * (and ends it, so a walk closes what it has open).
 */
export class TaskFeed {
  /** Buffered tasks are `buffer[head..]`; a list is its own buffer. */
  private buffer: ScanTask[];
  private head = 0;
  private readonly source: AsyncIterator<ScanTask> | undefined;
  private reading = false;
  private ended: boolean;
  /** Ended early by the signal. */
  private stopped = false;
  private failure: { readonly error: unknown } | undefined;
  private readCount: number;
  private listeners: (() => void)[] = [];

  private constructor(
    tasks: readonly ScanTask[],
    source: AsyncIterable<ScanTask> | undefined,
    private readonly capacity: number,
    private readonly signal: AbortSignal | undefined,
  ) {
    this.buffer = tasks as ScanTask[];
    this.readCount = tasks.length;
    this.ended = source === undefined;
    this.source = source?.[Symbol.asyncIterator]();
  }

  /** A feed of tasks already listed. */
  static of(tasks: readonly ScanTask[]): TaskFeed {
    return new TaskFeed(tasks, undefined, 0, undefined);
  }

  /** A feed reading `source` at most `capacity` tasks ahead of the pool; starts reading at once. */
  static from(source: AsyncIterable<ScanTask>, options: { capacity?: number; signal?: AbortSignal } = {}): TaskFeed {
    const feed = new TaskFeed([], source, Math.max(1, options.capacity ?? FEED_CAPACITY), options.signal);
    // Stopped while waiting for room, the stream is ended at once; while reading, at its next task.
    options.signal?.addEventListener(
      'abort',
      () => {
        if (!feed.reading) feed.stop();
      },
      { once: true },
    );
    feed.read();
    return feed;
  }

  /** Tasks read and not yet taken. */
  get buffered(): number {
    return this.buffer.length - this.head;
  }

  /** Tasks read from the source so far (every task, once `complete`). */
  get count(): number {
    return this.readCount;
  }

  /** The source has given every task. */
  get complete(): boolean {
    return this.ended && !this.stopped && this.failure === undefined;
  }

  /** No task will be handed out any more: every one was, or the signal stopped the feed. */
  get drained(): boolean {
    return this.signal?.aborted === true || (this.buffered === 0 && this.ended);
  }

  /** What the source threw, if it did: the scan rethrows it. */
  get error(): { readonly error: unknown } | undefined {
    return this.failure;
  }

  /** Calls `listener` whenever tasks arrive (a full batch's worth is not awaited by it) or the source ends. */
  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  /**
   * Up to `max` tasks from the front, with the index of the first in the whole feed; undefined
   * while fewer than `max` are buffered and more may come (the pool sends full batches), and once
   * the signal has stopped the feed.
   */
  take(max: number): { readonly start: number; readonly tasks: ScanTask[] } | undefined {
    if (this.drained || this.buffered === 0 || (this.buffered < max && !this.ended)) return undefined;
    const start = this.readCount - this.buffered;
    const end = Math.min(this.buffer.length, this.head + max);
    const tasks = this.buffer.slice(this.head, end);
    this.head = end;
    if (this.source) {
      // Drop what was taken once it is a buffer's worth, so the array does not grow with the tree.
      if (this.head >= this.capacity) {
        this.buffer = this.buffer.slice(this.head);
        this.head = 0;
      }
      this.read();
    }
    return { start, tasks };
  }

  /** Every task when the feed is complete and nothing was taken yet (a small job), else undefined. */
  whole(): readonly ScanTask[] | undefined {
    return this.complete && this.head === 0 ? this.buffer : undefined;
  }

  /** Resolves once `n` tasks (at most the capacity) are buffered or the source has ended: the pool sizes itself on it. */
  async filled(n: number): Promise<void> {
    const wanted = Math.min(n, this.source ? this.capacity : 0);
    while (this.buffered < wanted && !this.ended && this.signal?.aborted !== true)
      await new Promise<void>((resolve) => this.listeners.push(once(resolve)));
  }

  /** Reads until `capacity` tasks are buffered, the source ends, or the signal stops it. */
  private read(): void {
    if (this.reading || this.ended || !this.source) return;
    this.reading = true;
    void this.readLoop(this.source).finally(() => {
      this.reading = false;
      this.notify();
    });
  }

  private async readLoop(source: AsyncIterator<ScanTask>): Promise<void> {
    while (this.buffered < this.capacity) {
      if (this.signal?.aborted) return this.stop();
      let next: IteratorResult<ScanTask>;
      try {
        next = await source.next();
      } catch (error) {
        this.failure = { error };
        this.ended = true;
        return;
      }
      if (next.done) {
        this.ended = true;
        return;
      }
      this.buffer.push(next.value);
      this.readCount++;
      this.notify();
    }
  }

  /** Ends the stream early: no task is read any more, and the source may close what it holds. */
  private stop(): void {
    if (this.ended) return;
    this.ended = true;
    this.stopped = true;
    void this.source?.return?.()?.catch(() => undefined);
    this.notify();
  }

  private notify(): void {
    const listeners = this.listeners;
    // One-shot listeners (from `filled`) go; persistent ones stay.
    this.listeners = listeners.filter((l) => !(l as OnceListener).once);
    for (const l of listeners) l();
  }
}

type OnceListener = (() => void) & { once?: true };

function once(f: () => void): OnceListener {
  return Object.assign(() => f(), { once: true as const });
}
