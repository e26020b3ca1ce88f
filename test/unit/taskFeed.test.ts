import assert from 'node:assert/strict';
import type { ScanTask } from '../../src/scan/scanTask';
import { TaskFeed } from '../../src/scan/taskFeed';

/** Lets pending reads run (each task read is a few promise turns). */
const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
};

/** A stream of `count` tasks that says how many it gave and whether it was ended early; `slow`: a turn of the event loop per task. */
function countingSource(count: number, slow = false) {
  const state = { given: 0, closed: false };
  async function* tasks(): AsyncGenerator<ScanTask> {
    try {
      for (let i = 0; i < count; i++) {
        await (slow ? new Promise((resolve) => setImmediate(resolve)) : Promise.resolve());
        state.given++;
        yield { display: `f${i}` };
      }
    } finally {
      state.closed = true;
    }
  }
  return { state, tasks: tasks() };
}

describe('task feed (the pool reading a walk)', () => {
  it('never reads more than its capacity ahead of what was taken, and hands tasks out in order with their index', async () => {
    const { state, tasks } = countingSource(1000);
    const feed = TaskFeed.from(tasks, { capacity: 40 });
    const taken: string[] = [];
    let taking = 0;
    for (;;) {
      await settle();
      assert.ok(state.given - taking <= 40, `${state.given} read, ${taking} taken`);
      const batch = feed.take(16);
      if (!batch) {
        assert.ok(feed.drained);
        break;
      }
      assert.equal(batch.start, taken.length);
      taken.push(...batch.tasks.map((t) => t.display));
      taking += batch.tasks.length;
    }
    assert.deepEqual(
      taken,
      Array.from({ length: 1000 }, (_, i) => `f${i}`),
    );
    assert.equal(feed.complete, true);
    assert.equal(feed.count, 1000);
  });

  it('hands out full batches while more may come, then what is left once the source ends', async () => {
    const { tasks } = countingSource(10);
    const feed = TaskFeed.from(tasks, { capacity: 8 });
    await feed.filled(8);
    assert.equal(feed.take(9), undefined, 'not a full batch yet');
    assert.equal(feed.take(4)!.tasks.length, 4);
    await feed.filled(100);
    assert.equal(feed.complete, true);
    const rest = feed.take(9)!;
    assert.deepEqual([rest.start, rest.tasks.length], [4, 6]);
    assert.equal(feed.drained, true);
  });

  it('stops reading when the signal aborts, hands out nothing more, and ends the source so it can close', async () => {
    // Room for the whole stream: only the abort can stop the reading.
    const { state, tasks } = countingSource(10_000, true);
    const controller = new AbortController();
    const feed = TaskFeed.from(tasks, { capacity: 10_000, signal: controller.signal });
    await settle();
    assert.ok(feed.take(5), 'tasks read before the abort');
    controller.abort();
    const given = state.given;
    await settle();
    assert.ok(state.given <= given + 1, `${state.given - given} read after the abort`);
    assert.equal(state.closed, true);
    assert.equal(feed.take(1), undefined);
    assert.equal(feed.drained, true);
    assert.equal(feed.complete, false);
  });

  it('keeps what the source threw for the pool to throw, as the end of the feed', async () => {
    async function* failing(): AsyncGenerator<ScanTask> {
      yield { display: 'a' };
      throw new Error('walk failed');
    }
    const feed = TaskFeed.from(failing());
    await feed.filled(10);
    assert.equal((feed.error?.error as Error).message, 'walk failed');
    assert.equal(feed.complete, false);
    assert.equal(feed.take(10)!.tasks.length, 1);
    assert.equal(feed.drained, true);
  });

  it('serves a list already in memory as it is, every task at once', () => {
    const list = Array.from({ length: 5 }, (_, i) => ({ display: `f${i}` }));
    const feed = TaskFeed.of(list);
    assert.equal(feed.whole(), list);
    assert.deepEqual(
      feed.take(3)!.tasks.map((t) => t.display),
      ['f0', 'f1', 'f2'],
    );
    assert.equal(feed.whole(), undefined, 'no longer whole once taken from');
    assert.deepEqual(feed.take(3)!.start, 3);
    assert.equal(feed.drained, true);
  });
});
