import type { Guideline } from '../guidelines/model';
import type { ChangedFile } from './changeSet';
import { compileGuideline } from './compiledGuideline';
import type { CompiledGlob, GlobOptions } from './glob';

/**
 * Decides which guidelines apply to which changed files, fast enough for a 20,000-file
 * change set against hundreds of guidelines.
 *
 * Each distinct pattern is compiled once and filed under a cheap necessary condition:
 * the literal directory it is anchored in (`src/api` for `src/api/**\/*.ts`), a literal
 * segment every matching path contains (`node_modules` for `**\/node_modules/**`), or an
 * extension one of its segments ends with (`ts` for `**\/*.test.ts`). For a path, only
 * the patterns filed under its prefixes, segments and extensions (plus the few with no
 * condition) are looked at, and patterns that are just a folder (`src/api/**`) match
 * without running a regular expression. Which patterns matched is recorded in stamp arrays indexed by
 * pattern, so a file costs a handful of map lookups and no per-pattern allocation.
 */
export class GuidelineMatcher {
  readonly guidelines: readonly Guideline[];
  private readonly patterns: CompiledGlob[] = [];
  /** Per guideline, its pattern ids and whether each is negated, in the order written. */
  private readonly entries: { ids: Int32Array; negated: Uint8Array }[] = [];
  /** Per pattern, the guidelines that use it without `!` (only those can select a file). */
  private readonly positiveOwners: number[][] = [];
  private readonly byPrefix = new Map<string, number[]>();
  private readonly bySegment = new Map<string, number[]>();
  private readonly byExtension = new Map<string, number[]>();
  private readonly unconditional: number[] = [];
  private readonly caseInsensitive: boolean;
  // Scratch state reused across files: `stamp` changes per path tested.
  private readonly tested: Int32Array;
  private readonly matched: Int32Array;
  /** Patterns known to match the current path without running their regular expression. */
  private readonly certain: Int32Array;
  private readonly decided: Int32Array;
  private readonly hits: number[] = [];
  private readonly candidateIds: number[] = [];
  private readonly idsByRegex = new Map<string, number>();
  private stamp = 0;

  constructor(guidelines: readonly Guideline[], options: GlobOptions = {}) {
    this.guidelines = guidelines;
    this.caseInsensitive = options.caseInsensitive === true;
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
          this.file(glob, id);
        }
        ids[k] = id;
        negated[k] = glob.negated ? 1 : 0;
        const owners = this.positiveOwners[id]!;
        if (!glob.negated && owners[owners.length - 1] !== g) owners.push(g);
      });
      this.entries.push({ ids, negated });
    }
    this.tested = new Int32Array(this.patterns.length);
    this.matched = new Int32Array(this.patterns.length);
    this.certain = new Int32Array(this.patterns.length);
    this.decided = new Int32Array(guidelines.length);
  }

  /** For each guideline (by index), the changed files it applies to, in change-set order. */
  filesPerGuideline(changes: readonly ChangedFile[]): ChangedFile[][] {
    const result: ChangedFile[][] = this.guidelines.map(() => []);
    const lastFile = new Int32Array(this.guidelines.length).fill(-1);
    const selected: number[] = [];
    for (let f = 0; f < changes.length; f++) {
      const change = changes[f]!;
      selected.length = 0;
      this.select(change.path, selected);
      if (change.oldPath !== undefined) this.select(change.oldPath, selected);
      for (const g of selected) {
        if (lastFile[g] === f) continue;
        lastFile[g] = f;
        result[g]!.push(change);
      }
    }
    return result;
  }

  /** Whether one guideline (by index) applies to a path. */
  appliesTo(guidelineIndex: number, path: string): boolean {
    return this.selectedIndexes(path).includes(guidelineIndex);
  }

  /** The guidelines that apply to one path (the file open in an editor), in the matcher's order. */
  guidelinesFor(path: string): Guideline[] {
    return this.selectedIndexes(path).sort((a, b) => a - b).map((g) => this.guidelines[g]!);
  }

  private selectedIndexes(path: string): number[] {
    const selected: number[] = [];
    this.select(path, selected);
    return selected;
  }

  /**
   * Tells, for any of the matcher's patterns, whether it matches none of `paths` (a
   * repository's file list): for `guideline/unmatched-glob`. Stops early once every
   * pattern has matched something.
   */
  unmatchedPatterns(paths: readonly string[]): (glob: CompiledGlob) => boolean {
    const matchedAny = new Uint8Array(this.patterns.length);
    let remaining = this.patterns.length;
    for (let p = 0; p < paths.length && remaining > 0; p++) {
      const path = paths[p]!;
      for (const id of this.candidates(path)) {
        if (matchedAny[id] === 0 && this.candidateMatches(id, path)) {
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

  /** Adds to `out` the indexes of the guidelines whose patterns select `path`. */
  private select(path: string, out: number[]): void {
    const candidates = this.candidates(path);
    const stamp = this.stamp;
    const hits = this.hits;
    hits.length = 0;
    for (const id of candidates) {
      if (this.candidateMatches(id, path)) {
        this.matched[id] = stamp;
        if (this.positiveOwners[id]!.length > 0) hits.push(id);
      }
    }
    for (const id of hits) {
      for (const g of this.positiveOwners[id]!) {
        if (this.decided[g] === stamp) continue;
        this.decided[g] = stamp;
        if (this.lastMatchIsPositive(g, stamp)) out.push(g);
      }
    }
  }

  /**
   * The patterns that can match `path`, each once: those filed under one of its
   * directory prefixes, segments or extensions, plus those with no filing condition.
   * Starts a new stamp; the returned array is reused by the next call.
   */
  private candidates(path: string): readonly number[] {
    const stamp = ++this.stamp;
    this.candidateIds.length = 0;
    this.addCandidates(this.unconditional, stamp);
    const key = this.caseInsensitive ? path.toLowerCase() : path;
    const byPrefix = this.byPrefix.size > 0;
    const byName = this.bySegment.size > 0 || this.byExtension.size > 0;
    let start = 0;
    for (let i = 0; i <= key.length; i++) {
      if (i < key.length && key.charCodeAt(i) !== 47 /* / */) continue;
      if (byPrefix && i > 0) this.addPrefixCandidates(this.byPrefix.get(key.slice(0, i)), stamp, i < key.length);
      if (byName && i > start) {
        const segment = key.slice(start, i);
        this.addCandidates(this.bySegment.get(segment), stamp);
        const dot = segment.lastIndexOf('.');
        if (dot >= 0) this.addCandidates(this.byExtension.get(segment.slice(dot + 1)), stamp);
      }
      start = i + 1;
    }
    return this.candidateIds;
  }

  private addCandidates(ids: readonly number[] | undefined, stamp: number): void {
    if (!ids) return;
    for (const id of ids) {
      if (this.tested[id] === stamp) continue;
      this.tested[id] = stamp;
      this.candidateIds.push(id);
    }
  }

  /** Candidates filed under a prefix of the path; `under` when the prefix is a directory of it. */
  private addPrefixCandidates(ids: readonly number[] | undefined, stamp: number, under: boolean): void {
    if (!ids) return;
    this.addCandidates(ids, stamp);
    for (const id of ids) {
      const mode = this.patterns[id]!.prefixOnly;
      if (mode === 'self-or-under' || (mode === 'under-only' && under)) this.certain[id] = stamp;
    }
  }

  /** Whether a candidate matches: certain from its prefix alone, or by its regular expression. */
  private candidateMatches(id: number, path: string): boolean {
    return this.certain[id] === this.stamp || this.patterns[id]!.regex.test(path);
  }

  /** Gitignore order: the last of the guideline's patterns that matches decides. */
  private lastMatchIsPositive(g: number, stamp: number): boolean {
    const { ids, negated } = this.entries[g]!;
    for (let k = ids.length - 1; k >= 0; k--) {
      // Patterns not tested for this path cannot match it (their filing condition failed).
      if (this.matched[ids[k]!] === stamp) return negated[k] === 0;
    }
    return false;
  }

  private file(glob: CompiledGlob, id: number): void {
    if (glob.literalPrefix !== undefined) push(this.byPrefix, glob.literalPrefix, id);
    else if (glob.requiredSegment !== undefined) push(this.bySegment, glob.requiredSegment, id);
    else if (glob.requiredExtension !== undefined) push(this.byExtension, glob.requiredExtension, id);
    else this.unconditional.push(id);
  }
}

/** Patterns compiling to the same regular expression are the same pattern. */
function globKey(glob: CompiledGlob): string {
  return `${glob.regex.flags}/${glob.regex.source}`;
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}
