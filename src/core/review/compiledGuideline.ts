import type { Guideline, LocatedString } from '../guidelines/model';
import { compileGlob, type GlobCompileResult, type GlobOptions } from '../glob/glob';
import { compileGuidelineRegex, type GuidelineRegex } from './regex/guidelineRegex';

/** A guideline's patterns compiled once, each next to where it is written. */
export interface CompiledGuideline {
  readonly guideline: Guideline;
  readonly globs: readonly { readonly at: LocatedString; readonly result: GlobCompileResult }[];
  readonly regexes: readonly { readonly at: LocatedString; readonly result: GuidelineRegex }[];
}

const caseSensitive = new WeakMap<Guideline, CompiledGuideline>();
const caseInsensitive = new WeakMap<Guideline, CompiledGuideline>();

/**
 * Compiles a guideline's `applies-to` and `match` entries, memoized per parsed guideline
 * (a parsed guideline never changes; an edit produces a new object), so lint rules and
 * matching share the work.
 */
export function compileGuideline(guideline: Guideline, options: GlobOptions = {}): CompiledGuideline {
  const cache = options.caseInsensitive ? caseInsensitive : caseSensitive;
  let compiled = cache.get(guideline);
  if (!compiled) {
    compiled = {
      guideline,
      globs: guideline.appliesTo.map((at) => ({ at, result: compileGlob(at.text, options) })),
      regexes: guideline.match.map((at) => ({ at, result: compileGuidelineRegex(at.text) })),
    };
    cache.set(guideline, compiled);
  }
  return compiled;
}
