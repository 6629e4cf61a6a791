import type { ChangedFile } from '../changeSet';
import type { LineRegex } from '../regex/lineRegex';
import { MatchesByFile } from './matchesByFile';
import type { RegexBudget } from './regexBudget';

/** Where a regex matched an added line. */
export interface LineMatch {
  /** The line's index in the file's `addedLines`. */
  readonly index: number;
  /** 1-based line in the new version of the file. */
  readonly line: number;
  /** 0-based column (UTF-16) where the match starts. */
  readonly column: number;
  /** The line as the regex saw it: cut to the maximum line length. */
  readonly text: string;
  readonly match: string;
}

/**
 * How many files the first pass takes at a time: small enough that their lines stay in
 * the processor's cache while each regex runs over them in turn.
 */
const FILES_PER_CHUNK = 256;

/**
 * Runs each distinct `match` regex over each changed file's added lines at most once per
 * review, however many guidelines share the regex (`TODO|FIXME` may be written in a
 * dozen) and the file. Guidelines then read the results instead of walking the lines
 * again. Files are known by their index in the change set, so the results sit in flat
 * arrays rather than in maps keyed by file.
 */
export class SharedRegexScans {
  private readonly byRegex = new Map<string, RegexScans>();
  /** Per file, how many added lines there are to look at; -1 until asked (files no regex needs are never looked at). */
  private readonly lineCounts: Int32Array;

  constructor(
    readonly changes: readonly ChangedFile[],
    readonly maxLineLength: number,
  ) {
    this.lineCounts = new Int32Array(changes.length).fill(-1);
  }

  /** The scans of a regex; regexes with the same source, flags and engine share them. */
  of(regex: LineRegex): RegexScans {
    const key = `${regex.engine}:${regex.flags}/${regex.source}`;
    let scans = this.byRegex.get(key);
    if (!scans) this.byRegex.set(key, (scans = new RegexScans(regex, this)));
    return scans;
  }

  /** How many of file `f`'s added lines are looked at: none in deleted and binary files. */
  lineCount(f: number): number {
    let count = this.lineCounts[f]!;
    if (count < 0) {
      const file = this.changes[f]!;
      this.lineCounts[f] = count = file.status === 'deleted' || file.binary ? 0 : file.addedLines.length;
    }
    return count;
  }

  /**
   * Runs every regex over the files some guideline needs it for, before the guidelines
   * ask, a chunk of files at a time. Memory, not the regexes, is what costs here: walked
   * guideline by guideline, each file's lines are fetched again for each guideline; here
   * they are fetched once and every regex runs on them while they are at hand.
   *
   * The pass as a whole stops when `budget` runs out; each guideline then carries on, over
   * the lines no regex reached, with a budget of its own.
   */
  scanAhead(budget: RegexBudget): void {
    const all = [...this.byRegex.values()];
    for (let from = 0; from < this.changes.length; from += FILES_PER_CHUNK) {
      const to = Math.min(from + FILES_PER_CHUNK, this.changes.length);
      for (const scans of all) if (!scans.scanNeeded(from, to, budget)) return;
    }
  }
}

/** One regex's results per changed file, filled in as they are asked for. */
export class RegexScans {
  /** Per file, how many of its added lines, from the first, the regex has looked at. */
  private readonly scanned: Int32Array;
  /** The matches among those lines. */
  readonly matches: MatchesByFile;
  /** Per file, 1 when a guideline that selects it uses this regex. */
  private readonly needed: Uint8Array;

  constructor(
    private readonly regex: LineRegex,
    private readonly shared: SharedRegexScans,
  ) {
    const files = shared.changes.length;
    this.scanned = new Int32Array(files);
    this.matches = new MatchesByFile(files);
    this.needed = new Uint8Array(files);
  }

  /** Records that a guideline using this regex selects the files at these indexes. */
  need(fileIndexes: ArrayLike<number>): void {
    for (let k = 0; k < fileIndexes.length; k++) this.needed[fileIndexes[k]!] = 1;
  }

  /** Scans the needed files among `from` to `to - 1`; false when the budget ran out. */
  scanNeeded(from: number, to: number, budget: RegexBudget): boolean {
    for (let f = from; f < to; f++) {
      if (this.needed[f] === 1 && this.scan(f, budget) < this.shared.lineCount(f)) return false;
    }
    return true;
  }

  /**
   * Runs the regex over the lines of file `f` (an index in the change set) that no
   * earlier caller looked at, while the caller's budget allows; where one budget ran out,
   * a later caller carries on with its own. Returns how many lines have been looked at.
   */
  scan(f: number, budget: RegexBudget): number {
    let i = this.scanned[f]!;
    const count = this.shared.lineCount(f);
    if (i >= count) return i;
    const lines = this.shared.changes[f]!.addedLines;
    const maxLength = this.shared.maxLineLength;
    for (; i < count; i++) {
      const added = lines[i]!;
      const text = added.text.length > maxLength ? added.text.slice(0, maxLength) : added.text;
      if (!budget.allows(text.length)) break;
      const m = this.regex.exec(text);
      if (m) this.matches.add(f, { index: i, line: added.line, column: m.index, text, match: m[0] });
    }
    this.scanned[f] = i;
    return i;
  }

}
