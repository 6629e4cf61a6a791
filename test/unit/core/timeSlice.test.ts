import * as assert from 'node:assert/strict';
import { TimeSlice, timeSliced } from '../../../src/core/index/timeSlice';
import { MemoryFileSystem } from '../support/memoryFileSystem';

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
