import type { Guideline, LocatedString } from '../guidelines/model';
import { compileGuideline } from './compiledGuideline';
import type { CompiledGlob, GlobOptions } from '../glob/glob';
import { GuidelineMatcher } from './guidelineMatcher';

/**
 * Which `applies-to` patterns select no file of a repository: a typo, a moved folder,
 * or a negation that excludes nothing. Computed for all guidelines in one pass over the
 * file list, and again only when the guidelines or the list (by identity) change.
 */
export class UnmatchedGlobFinder {
  private readonly matcher: GuidelineMatcher;
  private lastPaths: readonly string[] | undefined;
  private isUnmatched: ((glob: CompiledGlob) => boolean) | undefined;

  constructor(guidelines: readonly Guideline[], private readonly options: GlobOptions = {}) {
    this.matcher = new GuidelineMatcher(guidelines, options);
  }

  /** The guideline's valid patterns that match none of `allPaths`, as written in the file. */
  unmatched(guideline: Guideline, allPaths: readonly string[]): LocatedString[] {
    if (this.lastPaths !== allPaths || !this.isUnmatched) {
      this.isUnmatched = this.matcher.unmatchedPatterns(allPaths);
      this.lastPaths = allPaths;
    }
    const isUnmatched = this.isUnmatched;
    return compileGuideline(guideline, this.options).globs.flatMap(({ at, result }) => (result.glob && isUnmatched(result.glob) ? [at] : []));
  }
}

/** The guideline's valid `applies-to` patterns that match none of `allPaths`. */
export function findUnmatchedGlobs(guideline: Guideline, allPaths: readonly string[], options: GlobOptions = {}): LocatedString[] {
  return new UnmatchedGlobFinder([guideline], options).unmatched(guideline, allPaths);
}
