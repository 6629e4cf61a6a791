import type { Guideline } from '../guidelines/model';
import { CandidatePatterns } from './candidatePatterns';
import type { ChangedFile } from './changeSet';
import { compileGuideline } from './compiledGuideline';
import type { CompiledGlob, GlobOptions } from '../glob/glob';
import { IdSetMemo } from './idSetMemo';

export interface SelectedFiles {
  /** Per guideline (by index), the changed files it applies to, in change-set order. */
  readonly files: ChangedFile[][];
  /** Per guideline asked for, the same files as indexes in the change set (ascending); undefined for the others. */
  readonly indexes: (Int32Array | undefined)[];
}

/**
 * Decides which guidelines apply to which changed files, fast enough for a 20,000-file
 * change set against hundreds of guidelines.
 *
 * Each distinct pattern is compiled once; {@link CandidatePatterns} narrows, per path,
 * the few worth testing. Which guidelines a path selects follows from the set of patterns
 * it matched, and most paths of a change match one of a few such sets (220 for the
 * bench's 20,000 files), so the selection is worked out once per set and kept as long as
 * the matcher.
 */
export class GuidelineMatcher {
  readonly guidelines: readonly Guideline[];
  private readonly patterns: CompiledGlob[] = [];
  /** Per guideline, its pattern ids and whether each is negated, in the order written. */
  private readonly entries: { ids: Int32Array; negated: Uint8Array }[] = [];
  /** Per pattern, the guidelines that use it without `!` (only those can select a file). */
  private readonly positiveOwners: number[][] = [];
  private readonly idsByRegex = new Map<string, number>();
  private readonly candidates: CandidatePatterns;
  /** The patterns that matched the current path, sorted: `matchedIds[0]` to `matchedIds[matchedCount - 1]`. */
  private readonly matchedIds: Int32Array;
  private matchedCount = 0;
  private readonly selectionByMatchedSet = new IdSetMemo<readonly number[]>();
  // Scratch for working out a selection: `stamp` changes per set.
  private readonly matched: Int32Array;
  private readonly decided: Int32Array;
  private stamp = 0;

  constructor(guidelines: readonly Guideline[], options: GlobOptions = {}) {
    this.guidelines = guidelines;
    const idsByRegex = this.idsByRegex;
    for (let g = 0; g < guidelines.length; g++) {
      const globs = compileGuideline(guidelines[g]!, options).globs.flatMap((x) => (x.result.glob ? [x.result.glob] : []));
      const ids = new Int32Array(globs.length);
      const negated = new Uint8Array(globs.length);
      globs.forEach((glob, k) => {
        const key = globKey(glob);
        let id = idsByRegex.get(key);
        if (id === undefined) {
          id = this.patterns.length;
          idsByRegex.set(key, id);
          this.patterns.push(glob);
          this.positiveOwners.push([]);
        }
        ids[k] = id;
        negated[k] = glob.negated ? 1 : 0;
        const owners = this.positiveOwners[id]!;
        if (!glob.negated && owners[owners.length - 1] !== g) owners.push(g);
      });
      this.entries.push({ ids, negated });
    }
    this.candidates = new CandidatePatterns(this.patterns, options.caseInsensitive === true);
    this.matchedIds = new Int32Array(this.patterns.length);
    this.matched = new Int32Array(this.patterns.length);
    this.decided = new Int32Array(guidelines.length);
  }

  /**
   * For each guideline (by index), the changed files it applies to, in change-set order;
   * and for the guidelines `withIndexes` names, where those files are in `changes`.
   */
  selectFiles(changes: readonly ChangedFile[], withIndexes: (guidelineIndex: number) => boolean = () => false): SelectedFiles {
    // Two passes, so each guideline's lists are allocated once at their final size: with
    // 20,000 files, growing lists would be copied over and over.
    const selections = changes.map((change) => this.selectionOf(change));
    const counts = new Int32Array(this.guidelines.length);
    countPerGuideline(selections, counts);
    const files = Array.from(counts, (n) => new Array<ChangedFile>(n));
    const indexes = Array.from(counts, (n, g) => (n > 0 && withIndexes(g) ? new Int32Array(n) : undefined));
    fillLists(changes, selections, files, indexes, new Int32Array(this.guidelines.length));
    return { files, indexes };
  }

  /** The guidelines that select a changed file. */
  private selectionOf(change: ChangedFile): readonly number[] {
    const selection = this.select(change.path);
    // A rename is reviewed under the guidelines of both paths, each guideline once.
    return change.oldPath === undefined ? selection : union(selection, this.select(change.oldPath));
  }

  /** Whether one guideline (by index) applies to a path. */
  appliesTo(guidelineIndex: number, path: string): boolean {
    return this.select(path).includes(guidelineIndex);
  }

  /** The guidelines that apply to one path (the file open in an editor), in the matcher's order. */
  guidelinesFor(path: string): Guideline[] {
    return [...this.select(path)].sort((a, b) => a - b).map((g) => this.guidelines[g]!);
  }

  /**
   * Tells, for any of the matcher's patterns, whether it matches none of `paths` (a
   * repository's file list): for `guideline/unmatched-glob`. Stops early once every
   * pattern has matched something.
   */
  unmatchedPatterns(paths: readonly string[]): (glob: CompiledGlob) => boolean {
    const matchedAny = new Uint8Array(this.patterns.length);
    const candidates = this.candidates;
    let remaining = this.patterns.length;
    for (let p = 0; p < paths.length && remaining > 0; p++) {
      const path = paths[p]!;
      candidates.collect(path);
      for (let k = 0; k < candidates.count; k++) {
        const id = candidates.ids[k]!;
        if (matchedAny[id] === 0 && candidates.matches(id, path)) {
          matchedAny[id] = 1;
          remaining--;
        }
      }
    }
    return (glob) => {
      const id = this.idsByRegex.get(globKey(glob));
      return id !== undefined && matchedAny[id] === 0;
    };
  }

  /**
   * The indexes of the guidelines whose patterns select `path`, remembered per set of
   * patterns the path matched. The returned array is shared: don't change it.
   */
  private select(path: string): readonly number[] {
    const candidates = this.candidates;
    candidates.collect(path);
    this.matchedCount = 0;
    for (let k = 0; k < candidates.count; k++) {
      const id = candidates.ids[k]!;
      if (candidates.matches(id, path)) this.insertMatched(id);
    }
    let selection = this.selectionByMatchedSet.get(this.matchedIds, this.matchedCount);
    if (selection === undefined) {
      selection = this.selectionOfMatched();
      this.selectionByMatchedSet.set(this.matchedIds, this.matchedCount, selection);
    }
    return selection;
  }

  /** Adds a pattern to the short sorted list of those the current path matched. */
  private insertMatched(id: number): void {
    const ids = this.matchedIds;
    let i = this.matchedCount++;
    for (; i > 0 && ids[i - 1]! > id; i--) ids[i] = ids[i - 1]!;
    ids[i] = id;
  }

  /** The guidelines the current matched set selects, worked out pattern by pattern. */
  private selectionOfMatched(): number[] {
    const stamp = ++this.stamp;
    for (let k = 0; k < this.matchedCount; k++) this.matched[this.matchedIds[k]!] = stamp;
    const selection: number[] = [];
    for (let k = 0; k < this.matchedCount; k++) {
      for (const g of this.positiveOwners[this.matchedIds[k]!]!) {
        if (this.decided[g] === stamp) continue;
        this.decided[g] = stamp;
        if (this.lastMatchIsPositive(g, stamp)) selection.push(g);
      }
    }
    return selection;
  }

  /** Gitignore order: the last of the guideline's patterns that matches decides. */
  private lastMatchIsPositive(g: number, stamp: number): boolean {
    const { ids, negated } = this.entries[g]!;
    for (let k = ids.length - 1; k >= 0; k--) {
      if (this.matched[ids[k]!] === stamp) return negated[k] === 0;
    }
    return false;
  }
}

/** Patterns compiling to the same regular expression are the same pattern. */
function globKey(glob: CompiledGlob): string {
  return `${glob.regex.flags}/${glob.regex.source}`;
}

// The loops over the change set are functions of their own, given what they fill: V8
// compiles a hot loop while it runs, and then code around the loop that it never saw run
// makes the compiled function give up on the next call (on every call, in a benchmark).

function countPerGuideline(selections: readonly (readonly number[])[], counts: Int32Array): void {
  for (let f = 0; f < selections.length; f++) {
    const selection = selections[f]!;
    for (let k = 0; k < selection.length; k++) counts[selection[k]!]!++;
  }
}

/** Puts each file in the lists of the guidelines that select it, in change-set order. */
function fillLists(changes: readonly ChangedFile[], selections: readonly (readonly number[])[], files: ChangedFile[][], indexes: (Int32Array | undefined)[], filled: Int32Array): void {
  for (let f = 0; f < changes.length; f++) {
    const change = changes[f]!;
    const selection = selections[f]!;
    for (let k = 0; k < selection.length; k++) {
      const g = selection[k]!;
      const at = filled[g]!++;
      files[g]![at] = change;
      const where = indexes[g];
      if (where !== undefined) where[at] = f;
    }
  }
}

function union(a: readonly number[], b: readonly number[]): readonly number[] {
  const extra = b.filter((g) => !a.includes(g));
  return extra.length === 0 ? a : [...a, ...extra];
}
