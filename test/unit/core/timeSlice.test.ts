import * as assert from 'node:assert/strict';
import { TimeSlice, timeSliced } from '../../../src/core/index/timeSlice';
import { MemoryFileSystem } from '../support/memoryFileSystem';
import { fixedClock, silentLogger } from '../../../src/core/host';
import { FolderIndex } from '../../../src/core/index/folderIndex';
import type { KindProvider } from '../../../src/core/index/kindProvider';
import type { Guideline } from '../../../src/core/guidelines/model';

describe('TimeSlice', () => {
  /** A macrotask queued before the call, as I/O waiting in the host would be. */
  const timerFired = () => {
    const state = { fired: false };
    setImmediate(() => (state.fired = true));
    return state;
  };

  it('lets the event loop run once the budget is spent, even when every call answers at once', async () => {
    const fs = new MemoryFileSystem();
    fs.write('a/b.md', 'x');
    const sliced = timeSliced(fs, new TimeSlice(-1));
    const timer = timerFired();
    assert.deepEqual(await sliced.list('a'), [{ name: 'b.md', type: 'file' }]);
    assert.ok(timer.fired, 'a task queued before the call ran during it');
  });

  it('does not yield while the budget lasts', async () => {
    const fs = new MemoryFileSystem();
    fs.write('a/b.md', 'x');
    const sliced = timeSliced(fs, new TimeSlice(60_000));
    const timer = timerFired();
    assert.equal(await sliced.readText('a/b.md'), 'x');
    assert.ok(!timer.fired, 'no macrotask ran');
  });
});

describe('jobs running side by side', () => {
  it('take turns: after their first, no two slices of any jobs run in the same turn of the event loop', async () => {
    // Counts the turns of the event loop: a task that queues itself runs once per turn.
    let turn = 0;
    let counting = true;
    const count = () => {
      turn++;
      if (counting) setImmediate(count);
    };
    setImmediate(count);
    /** The turn each slice after a job's first ran in. Jobs that start together may all find the budget unspent. */
    const laterSlicesRanIn: number[] = [];
    const job = async () => {
      const slice = new TimeSlice(2);
      for (let i = 0; i < 4; i++) {
        await slice.yieldIfDue();
        if (i > 0) laterSlicesRanIn.push(turn);
        const until = performance.now() + 3;
        while (performance.now() < until) {
          /* a slice's work, over the budget */
        }
      }
    };
    await Promise.all([job(), job(), job()]);
    counting = false;
    assert.equal(laterSlicesRanIn.length, 9);
    assert.equal(new Set(laterSlicesRanIn).size, 9, `slices shared turns: ${laterSlicesRanIn.join(', ')}`);
  });
});

describe('indexing a large file', () => {
  /** Busy for `ms`, as parsing a big file keeps the thread. */
  const busy = (ms: number) => {
    const until = performance.now() + ms;
    while (performance.now() < until) {
      /* parsing */
    }
  };

  it('parses a large file in a slice of its own, after a yield, and small files together', async () => {
    const events: string[] = [];
    const provider: KindProvider = {
      kind: 'guideline',
      rules: [],
      async discover() {
        return { files: ['a.md', 'b.md', 'big.md', 'c.md'], claims: () => true, affectsDiscovery: () => false, watchPatterns: [] };
      },
      parse(path, text) {
        events.push(`parse ${path}`);
        // Each small file takes 3 ms: under the 8 ms budget together, but not fresh.
        busy(3);
        // Queued now, the task runs at the next yield.
        setImmediate(() => events.push(`yield after ${path}`));
        return { kind: 'guideline', path, text, problems: [], disabledRules: new Set() } as unknown as Guideline;
      },
      unparsed(path, problem) {
        return { kind: 'guideline', path, text: '', problems: [problem], disabledRules: new Set() } as unknown as Guideline;
      },
    };
    const fs = new MemoryFileSystem({ 'a.md': 'a', 'b.md': 'b', 'big.md': 'x'.repeat(20_000), 'c.md': 'c' });
    const index = new FolderIndex({ fs, providers: [provider], clock: fixedClock('2026-01-15'), logger: silentLogger });
    await index.build();
    const order = events.filter((e) => e.startsWith('parse') || e === 'yield after b.md');
    assert.deepEqual(order, ['parse a.md', 'parse b.md', 'yield after b.md', 'parse big.md', 'parse c.md']);
  });
});
