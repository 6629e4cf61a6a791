import { yieldToEventLoop, type FolderFileSystem } from '../host';

/**
 * Longest stretch of synchronous work before long jobs (indexing, a full lint, publishing
 * diagnostics) yield to the event loop. Well under the 50 ms a host may be blocked: a
 * garbage collection (10-20 ms while a big folder is read) or one large file can land on
 * top of a slice.
 */
export const SLICE_BUDGET_MS = 12;

/** A slice this young still counts as fresh for {@link TimeSlice.yieldUnlessFresh}. */
const FRESH_MS = 1;

/**
 * A budget of synchronous work between yields to the event loop. Long jobs (indexing,
 * linting a whole folder) call {@link yieldIfDue} often; it yields only once the budget
 * is spent, so the host stays responsive without paying a yield per file.
 */
export class TimeSlice {
  private started = performance.now();

  constructor(readonly budgetMs: number) {}

  get due(): boolean {
    return performance.now() - this.started > this.budgetMs;
  }

  async yieldIfDue(): Promise<void> {
    if (this.due) await this.yieldNow();
  }

  /**
   * Yields unless the slice has only just begun: before one piece of work that may take
   * most of a slice by itself (a large file's parse), so it does not land on top of one.
   */
  async yieldUnlessFresh(): Promise<void> {
    if (performance.now() - this.started > FRESH_MS) await this.yieldNow();
  }

  /** Yields whatever is left of the budget: before work that may take a slice by itself. */
  async yieldNow(): Promise<void> {
    await yieldToEventLoop();
    this.started = performance.now();
  }
}

/**
 * The same file system, but each call first yields if the slice is spent. A host whose
 * calls finish synchronously (the CLI's) never reaches the event loop otherwise: walking
 * hundreds of folders would run as one long task. Discovery code stays plain `await`s.
 */
export function timeSliced(fs: FolderFileSystem, slice: TimeSlice): FolderFileSystem {
  const afterYield =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      await slice.yieldIfDue();
      return call(...args);
    };
  return {
    name: fs.name,
    readText: afterYield((path: string) => fs.readText(path)),
    readTextWithin: afterYield((path: string, maxBytes: number) => fs.readTextWithin(path, maxBytes)),
    stat: afterYield((path: string) => fs.stat(path)),
    list: afterYield((path: string) => fs.list(path)),
  };
}
