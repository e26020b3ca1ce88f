import type { FileScanResult } from '../core/scanBytes';
import { joinParts } from '../core/scanParts';
import { isSplitRequest, type ScanTask, type TaskOutcome } from './scanTask';
import type { TaskFeed } from './taskFeed';

/** Where a file's result goes (in whatever order files complete): its index in the feed and its task. */
export type ResultSink = (index: number, task: ScanTask, result: FileScanResult) => void;

/** What one message to a thread holds: a batch of whole files, or one part of a large file. */
export interface Job {
  readonly tasks: readonly ScanTask[];
  /** Index of the first task of a batch, or of the file a part belongs to. */
  readonly start: number;
  readonly isPart: boolean;
}

export interface QueueOptions {
  readonly batchFiles: number;
  readonly signal?: AbortSignal | undefined;
  /** Called when a file comes back as a SplitRequest (its parts are queued). */
  readonly onSplit?: () => void;
  /** Called after each job that completed files, with the number done. */
  readonly onDone?: (done: number) => void;
}

/**
 * Hands out the pool's work: parts of large files first (they hold up a whole file's result),
 * then batches of files in order from the feed. Files a thread reported too large for one thread
 * come back as parts; their results are joined once every part is in. Each file's result goes to
 * the sink as it completes; the queue keeps none. Lanes with nothing to take wait for a change
 * (tasks fed, parts queued, or everything done) rather than stop: a batch still out may yet split.
 */
export class PoolQueue {
  private readonly parts: Job[] = [];
  /** Jobs handed out and not yet recorded. */
  private out = 0;
  private failed = false;
  private done = 0;
  private waiters: (() => void)[] = [];
  private readonly partial = new Map<number, { results: (FileScanResult | undefined)[]; missing: number }>();

  constructor(
    private readonly feed: TaskFeed,
    private readonly sink: ResultSink,
    private readonly options: QueueOptions,
  ) {
    feed.onChange(() => this.wake());
  }

  /** Files whose result went to the sink. */
  get completed(): number {
    return this.done;
  }

  private get stopped(): boolean {
    return this.failed || this.options.signal?.aborted === true;
  }

  take(): Job | undefined {
    if (this.stopped) return undefined;
    let job = this.parts.shift();
    if (!job) {
      const batch = this.feed.take(this.options.batchFiles);
      if (batch) job = { tasks: batch.tasks, start: batch.start, isPart: false };
    }
    if (job) this.out++;
    return job;
  }

  /** Puts back a job taken and not sent (a lane that holds a part already leaves the next one to others). */
  giveBack(job: Job): void {
    this.out--;
    if (job.isPart) this.parts.unshift(job);
  }

  /** Nothing is left to hand out and nothing is out: every lane may stop. */
  get finished(): boolean {
    // After a failure, jobs the failed thread held will never be recorded.
    if (this.failed) return true;
    return this.out === 0 && (this.stopped || (this.feed.drained && this.parts.length === 0));
  }

  /** Resolves at the next recorded job or failure. */
  whenChanged(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Stops handing out work (a thread failed); waiting lanes wake and stop. */
  fail(): void {
    this.failed = true;
    this.wake();
  }

  record(job: Job, outcomes: readonly TaskOutcome[]): void {
    this.out--;
    const before = this.done;
    if (job.isPart) this.recordPart(job, outcomes[0] as FileScanResult);
    else
      outcomes.forEach((outcome, i) => {
        const index = job.start + i;
        const task = job.tasks[i]!;
        if (!isSplitRequest(outcome)) return this.complete(index, task, outcome);
        const { count, regions } = outcome;
        this.partial.set(index, { results: new Array(count).fill(undefined), missing: count });
        for (let p = 0; p < count; p++) {
          const part = regions ? { index: p, count, region: regions[p]! } : { index: p, count };
          this.parts.push({ tasks: [{ ...task, part }], start: index, isPart: true });
        }
      });
    if (this.parts.length > 0) this.options.onSplit?.();
    if (this.done > before) this.options.onDone?.(this.done);
    this.wake();
  }

  private recordPart(job: Job, result: FileScanResult): void {
    const entry = this.partial.get(job.start)!;
    const { part, ...task } = job.tasks[0]!;
    entry.results[part!.index] = result;
    if (--entry.missing > 0) return;
    this.partial.delete(job.start);
    this.complete(job.start, task, joinParts(entry.results as FileScanResult[]));
  }

  private complete(index: number, task: ScanTask, result: FileScanResult): void {
    this.sink(index, task, result);
    this.done++;
  }

  private wake(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const w of waiting) w();
  }
}
