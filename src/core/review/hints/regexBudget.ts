/** How many lines run between clock reads, unless a line is long enough to be slow by itself. */
const LINES_PER_CLOCK_READ = 32;
const LONG_LINE = 256;

/**
 * The time one guideline's `match` regexes may spend over a change set. Reading the
 * clock costs more than testing a short line, so it is read every few lines, and before
 * any long line. Once spent, it stays spent.
 */
export class RegexBudget {
  private readonly deadline: number;
  private linesSinceClockRead = 0;
  private spent = false;

  constructor(
    private readonly now: () => number,
    readonly ms: number,
  ) {
    this.deadline = now() + ms;
  }

  /** Asked before a regex runs on a line of this length: false once the time is up. */
  allows(lineLength: number): boolean {
    if (this.spent) return false;
    if (++this.linesSinceClockRead < LINES_PER_CLOCK_READ && lineLength <= LONG_LINE) return true;
    this.linesSinceClockRead = 0;
    this.spent = this.now() > this.deadline;
    return !this.spent;
  }
}
