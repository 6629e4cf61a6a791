import type { RegexBudget } from './regexBudget';
import type { LineMatch, RegexScans, SharedRegexScans } from './sharedRegexScans';

/** A place in the change where a guideline's `match` regex found something. */
export interface RegexHint {
  readonly file: string;
  /** 1-based line in the new version of the file. */
  readonly line: number;
  /** 0-based column (UTF-16) where the match starts. */
  readonly column: number;
  /** The guideline's id. */
  readonly guideline: string;
  /** The added line (cut to the maximum line length). */
  readonly text: string;
  /** The text the regex matched. */
  readonly match: string;
}

export interface HintSearch {
  readonly hints: RegexHint[];
  /** `path:line` of the first line not looked at, when the budget ran out. */
  readonly stoppedAt?: string;
}

/**
 * One guideline's hints: on each added line of its files (given by index in the scans' `changes`;
 * deleted and binary files have none), the match of the first of its regexes that
 * matches, if any. One hint per line is enough to draw a reviewer's eye. Lines the shared
 * scans have not reached yet are scanned now, within this guideline's budget.
 */
export function findHints(guidelineId: string, regexes: readonly RegexScans[], scans: SharedRegexScans, fileIndexes: ArrayLike<number>, budget: RegexBudget): HintSearch {
  const { changes } = scans;
  const hints: RegexHint[] = [];
  const only = regexes.length === 1 ? regexes[0] : undefined;
  for (let k = 0; k < fileIndexes.length; k++) {
    const f = fileIndexes[k]!;
    let scanned: number;
    if (only) {
      // The usual case, without a list per file: the regex's matches are read in place.
      scanned = only.scan(f, budget);
      const count = only.matches.count(f);
      // Only files with something to report are looked at: 20,000 file objects are slow to visit.
      if (count > 0) {
        const path = changes[f]!.path;
        const start = only.matches.start(f);
        for (let i = start; i < start + count; i++) hints.push(hint(path, guidelineId, only.matches.at(i)));
      }
    } else {
      scanned = Math.min(...regexes.map((r) => r.scan(f, budget)));
      const matches = firstMatchPerLine(regexes.map((r) => r.matches.of(f)), scanned);
      for (const m of matches) hints.push(hint(changes[f]!.path, guidelineId, m));
    }
    if (scanned < scans.lineCount(f)) {
      const file = changes[f]!;
      return { hints, stoppedAt: `${file.path}:${file.addedLines[scanned]!.line}` };
    }
  }
  return { hints };
}

function hint(file: string, guideline: string, m: LineMatch): RegexHint {
  return { file, line: m.line, column: m.column, guideline, text: m.text, match: m.match };
}

/** Merges several regexes' matches in one file: per line below `upTo`, the first regex's (in the order written). */
function firstMatchPerLine(matchesPerRegex: readonly (readonly LineMatch[])[], upTo: number): LineMatch[] {
  const out: LineMatch[] = [];
  const next = matchesPerRegex.map(() => 0);
  for (;;) {
    let first: LineMatch | undefined;
    matchesPerRegex.forEach((matches, r) => {
      const m = matches[next[r]!];
      // Strictly lower, so on the same line the earlier regex keeps it.
      if (m !== undefined && m.index < upTo && (first === undefined || m.index < first.index)) first = m;
    });
    if (first === undefined) return out;
    const line = first.index;
    out.push(first);
    matchesPerRegex.forEach((matches, r) => {
      if (matches[next[r]!]?.index === line) next[r]!++;
    });
  }
}
