import type { LineMatch } from './sharedRegexScans';

/**
 * One regex's matches, grouped by file, in a single list: each file's matches sit
 * side by side, found by where they start and how many there are.
 *
 * A list per file would be thousands of small arrays per review (and a 20,000-slot array
 * to find them), all of them work for the garbage collector while the review runs.
 */
export class MatchesByFile {
  private readonly all: LineMatch[] = [];
  private readonly starts: Int32Array;
  private readonly counts: Int32Array;

  constructor(files: number) {
    this.starts = new Int32Array(files);
    this.counts = new Int32Array(files);
  }

  add(f: number, match: LineMatch): void {
    const count = this.counts[f]!;
    if (count === 0) {
      this.starts[f] = this.all.length;
    } else if (this.starts[f]! + count !== this.all.length) {
      // The file's scan was cut short by a budget and others were scanned since: move its
      // matches to the end so they stay side by side (a rare case).
      const from = this.starts[f]!;
      this.starts[f] = this.all.length;
      for (let i = 0; i < count; i++) this.all.push(this.all[from + i]!);
    }
    this.all.push(match);
    this.counts[f] = count + 1;
  }

  /** Where file `f`'s matches start; read with {@link at}. */
  start(f: number): number {
    return this.starts[f]!;
  }

  count(f: number): number {
    return this.counts[f]!;
  }

  at(i: number): LineMatch {
    return this.all[i]!;
  }

  /** File `f`'s matches as a list of their own. */
  of(f: number): LineMatch[] {
    const start = this.starts[f]!;
    return this.all.slice(start, start + this.counts[f]!);
  }
}
