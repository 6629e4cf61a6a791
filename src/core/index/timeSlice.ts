import { yieldToEventLoop, type FolderFileSystem } from '../host';

/**
 * Longest stretch of synchronous work before long jobs (indexing, a full lint, publishing
 * diagnostics) yield to the event loop. Well under the 50 ms a host may be blocked: a
 * garbage collection (10-20 ms while a big folder is read) or one large file can land on
 * top of a slice.
 */
const SLICE_BUDGET_MS = 8;

/** A slice this young still counts as fresh for {@link TimeSlice.yieldUnlessFresh}. */
const FRESH_MS = 1;

/**
 * The turns every long job in the process takes: one budget per event-loop turn, shared.
 *
 * Jobs run side by side (a folder's rebuild while the last build's diagnostics are still
 * being linted; the folders of a multi-root workspace). Were each to yield on its own,
 * their continuations would be queued for the same turn and run back to back: two jobs,
 * two budgets, and the host blocked for both. Here the waiting jobs are resumed one per
 * turn, so pending I/O and timers run between any two slices, whoever's they are.
 */
class Turns {
  /** When the slice now running began: the last time a job was resumed. */
  started = performance.now();
  private readonly waiting: (() => void)[] = [];
  private scheduled = false;

  /** Resolves in a later turn of the event loop, after the jobs that asked before. */
  next(): Promise<void> {
    return new Promise((resume) => {
      this.waiting.push(resume);
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    void yieldToEventLoop().then(() => this.resumeOne());
  }

  private resumeOne(): void {
    this.scheduled = false;
    const resume = this.waiting.shift();
    // Asked for now, it comes in the next turn, not this one.
    if (this.waiting.length > 0) this.schedule();
    this.started = performance.now();
    resume?.();
  }
}

const turns = new Turns();

/**
 * A budget of synchronous work between yields to the event loop. Long jobs (indexing,
 * linting a whole folder) call {@link yieldIfDue} often; it yields only once the budget
 * is spent, so the host stays responsive without paying a yield per file. The slice is
 * the process's, not the job's (see {@link Turns}): a job that starts or resumes while
 * another's slice runs spends what is left of it.
 */
export class TimeSlice {
  constructor(readonly budgetMs: number = SLICE_BUDGET_MS) {}

  get due(): boolean {
    return performance.now() - turns.started > this.budgetMs;
  }

  async yieldIfDue(): Promise<void> {
    if (this.due) await this.yieldNow();
  }

  /**
   * Yields unless the slice has only just begun: before one piece of work that may take
   * most of a slice by itself (a large file's parse), so it does not land on top of one.
   */
  async yieldUnlessFresh(): Promise<void> {
    if (performance.now() - turns.started > FRESH_MS) await this.yieldNow();
  }

  /** Yields whatever is left of the budget: before work that may take a slice by itself. */
  async yieldNow(): Promise<void> {
    await turns.next();
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
