import { GUIDELINE_SEVERITIES, type Guideline } from '../guidelines/model';
import type { ChangedFile } from './changeSet';
import { compileGuideline } from './compiledGuideline';
import type { GlobOptions } from '../glob/glob';
import { GuidelineMatcher } from './guidelineMatcher';
import { findHints, type RegexHint } from './hints/findHints';
import { RegexBudget } from './hints/regexBudget';
import { type RegexScans, SharedRegexScans } from './hints/sharedRegexScans';

export type { RegexHint } from './hints/findHints';

export interface MatchOptions extends GlobOptions {
  /** Added lines longer than this are cut to it before regexes run (bounds each test). */
  readonly maxLineLength?: number;
  /**
   * Time one guideline's `match` regexes may spend over the whole change set, in ms. The
   * first pass that runs all regexes at once for all guidelines gets one such budget too.
   */
  readonly regexBudgetMs?: number;
  /** The clock the budget is measured with (tests pass a fake one). */
  readonly now?: () => number;
}

export const DEFAULT_MAX_LINE_LENGTH = 2000;
export const DEFAULT_REGEX_BUDGET_MS = 200;

export interface ApplicableGuideline {
  readonly guideline: Guideline;
  /** The changed files the guideline's `applies-to` selects. */
  readonly files: readonly ChangedFile[];
  readonly hints: readonly RegexHint[];
  /** False when the time budget ran out before every added line was looked at. */
  readonly hintsComplete: boolean;
  /** What a reviewer should know: patterns not run, a budget that ran out. */
  readonly notes: readonly string[];
}

/**
 * The guidelines that apply to a change, blockers first, then warnings, then info, each
 * by id; with the files each applies to and regex hints on the lines the change adds.
 * Pass a {@link GuidelineMatcher} to reuse the compiled patterns across calls.
 *
 * Hints are found in two steps. First one pass over the change runs every distinct regex
 * over the files that need it ({@link SharedRegexScans.scanAhead}): each line is read
 * from memory once, however many guidelines look at it. Then each guideline collects its
 * hints from those results, and scans with its own budget whatever the pass did not
 * reach (only when the pass ran out of time).
 */
export function matchGuidelines(guidelines: readonly Guideline[] | GuidelineMatcher, changes: readonly ChangedFile[], options: MatchOptions = {}): ApplicableGuideline[] {
  const matcher = guidelines instanceof GuidelineMatcher ? guidelines : new GuidelineMatcher(guidelines, options);
  // Only guidelines with regexes to run need to know where their files are in the change set.
  const hasRegexes = (g: number) => compileGuideline(matcher.guidelines[g]!, options).regexes.some(({ result }) => result.status === 'ok');
  const { files, indexes } = matcher.selectFiles(changes, hasRegexes);
  const scans = new SharedRegexScans(changes, options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH);
  const plans: HintPlan[] = [];
  matcher.guidelines.forEach((guideline, g) => {
    if (files[g]!.length > 0) plans.push(planHints(guideline, files[g]!, indexes[g], scans, options));
  });
  const now = options.now ?? readClock;
  const budgetMs = options.regexBudgetMs ?? DEFAULT_REGEX_BUDGET_MS;
  scans.scanAhead(new RegexBudget(now, budgetMs));
  return plans.map((plan) => withHints(plan, scans, new RegexBudget(now, budgetMs))).sort(compareApplicable);
}

/** The default clock: one function for every call, so the budget's call to it stays monomorphic. */
const readClock = (): number => performance.now();

/** A guideline that applies, before its hints are looked for. */
interface HintPlan {
  readonly guideline: Guideline;
  readonly files: ChangedFile[];
  /** Where its files are in the change set; set when it has regexes to run. */
  readonly fileIndexes: Int32Array | undefined;
  /** Its `match` regexes that can run. */
  readonly regexes: readonly RegexScans[];
  readonly notes: string[];
}

function planHints(guideline: Guideline, files: ChangedFile[], fileIndexes: Int32Array | undefined, scans: SharedRegexScans, options: MatchOptions): HintPlan {
  const compiled = compileGuideline(guideline, options);
  const notes: string[] = [];
  for (const { at, result } of compiled.globs) {
    if (result.problem) notes.push(`The pattern "${at.text}" was ignored: ${result.problem.message}`);
  }
  const regexes: RegexScans[] = [];
  for (const { result } of compiled.regexes) {
    if (result.status !== 'ok') {
      notes.push(`The match pattern "${result.source}" was not run: ${result.message}`);
      continue;
    }
    // Set whenever a regex can run (hasRegexes in matchGuidelines asked for the indexes).
    const shared = scans.of(result.regex);
    shared.need(fileIndexes!);
    regexes.push(shared);
  }
  return { guideline, files, fileIndexes, regexes, notes };
}

function withHints({ guideline, files, fileIndexes, regexes, notes }: HintPlan, scans: SharedRegexScans, budget: RegexBudget): ApplicableGuideline {
  // No regex that can run: `selectFiles` gave no indexes (see hasRegexes).
  if (fileIndexes === undefined) return { guideline, files, hints: [], hintsComplete: true, notes };
  const { hints, stoppedAt } = findHints(guideline.id, regexes, scans, fileIndexes, budget);
  if (stoppedAt) notes.push(`Looking for match hints stopped at ${stoppedAt} after ${budget.ms} ms; the hints are incomplete.`);
  return { guideline, files, hints, hintsComplete: stoppedAt === undefined, notes };
}

const SEVERITY_RANK = new Map(GUIDELINE_SEVERITIES.map((s, i) => [s, i]));

function compareApplicable(a: ApplicableGuideline, b: ApplicableGuideline): number {
  const bySeverity = SEVERITY_RANK.get(a.guideline.severity)! - SEVERITY_RANK.get(b.guideline.severity)!;
  if (bySeverity !== 0) return bySeverity;
  const x = a.guideline;
  const y = b.guideline;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : x.path < y.path ? -1 : x.path > y.path ? 1 : 0;
}
