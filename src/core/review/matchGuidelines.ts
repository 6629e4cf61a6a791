import { GUIDELINE_SEVERITIES, type Guideline } from '../guidelines/model';
import type { ChangedFile } from './changeSet';
import { compileGuideline } from './compiledGuideline';
import type { GlobOptions } from './glob';
import { GuidelineMatcher } from './guidelineMatcher';

export interface MatchOptions extends GlobOptions {
  /** Added lines longer than this are cut to it before regexes run (bounds each test). */
  readonly maxLineLength?: number;
  /** Time one guideline's `match` regexes may spend over the whole change set, in ms. */
  readonly regexBudgetMs?: number;
  /** The clock the budget is measured with (tests pass a fake one). */
  readonly now?: () => number;
}

export const DEFAULT_MAX_LINE_LENGTH = 2000;
export const DEFAULT_REGEX_BUDGET_MS = 200;

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
 */
export function matchGuidelines(guidelines: readonly Guideline[] | GuidelineMatcher, changes: readonly ChangedFile[], options: MatchOptions = {}): ApplicableGuideline[] {
  const matcher = guidelines instanceof GuidelineMatcher ? guidelines : new GuidelineMatcher(guidelines, options);
  const perGuideline = matcher.filesPerGuideline(changes);
  const out: ApplicableGuideline[] = [];
  matcher.guidelines.forEach((guideline, g) => {
    const files = perGuideline[g]!;
    if (files.length > 0) out.push(withHints(guideline, files, options));
  });
  return out.sort(compareApplicable);
}

function withHints(guideline: Guideline, files: readonly ChangedFile[], options: MatchOptions): ApplicableGuideline {
  const compiled = compileGuideline(guideline, options);
  const notes: string[] = [];
  for (const { at, result } of compiled.globs) {
    if (result.problem) notes.push(`The pattern "${at.text}" was ignored: ${result.problem.message}`);
  }
  const regexes: RegExp[] = [];
  for (const { result } of compiled.regexes) {
    if (result.status === 'ok') regexes.push(result.regex);
    else notes.push(`The match pattern "${result.source}" was not run: ${result.message}`);
  }
  if (regexes.length === 0) return { guideline, files, hints: [], hintsComplete: true, notes };
  const { hints, stoppedAt } = findHints(guideline.id, regexes, files, options);
  if (stoppedAt) {
    notes.push(`Looking for match hints stopped at ${stoppedAt} after ${options.regexBudgetMs ?? DEFAULT_REGEX_BUDGET_MS} ms; the hints are incomplete.`);
  }
  return { guideline, files, hints, hintsComplete: stoppedAt === undefined, notes };
}

/** How many lines run between clock reads, unless a line is long enough to be slow by itself. */
const LINES_PER_CLOCK_READ = 32;
const LONG_LINE = 256;

function findHints(guidelineId: string, regexes: readonly RegExp[], files: readonly ChangedFile[], options: MatchOptions): { hints: RegexHint[]; stoppedAt?: string } {
  const now = options.now ?? (() => performance.now());
  const maxLength = options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
  const deadline = now() + (options.regexBudgetMs ?? DEFAULT_REGEX_BUDGET_MS);
  const hints: RegexHint[] = [];
  let sinceClockRead = 0;
  for (const file of files) {
    if (file.status === 'deleted' || file.binary) continue;
    for (const added of file.addedLines) {
      const text = added.text.length > maxLength ? added.text.slice(0, maxLength) : added.text;
      if (++sinceClockRead >= LINES_PER_CLOCK_READ || text.length > LONG_LINE) {
        sinceClockRead = 0;
        if (now() > deadline) return { hints, stoppedAt: `${file.path}:${added.line}` };
      }
      for (const regex of regexes) {
        regex.lastIndex = 0;
        const m = regex.exec(text);
        if (m) {
          hints.push({ file: file.path, line: added.line, column: m.index, guideline: guidelineId, text, match: m[0] });
          break; // one hint per line is enough to draw a reviewer's eye
        }
      }
    }
  }
  return { hints };
}

const SEVERITY_RANK = new Map(GUIDELINE_SEVERITIES.map((s, i) => [s, i]));

function compareApplicable(a: ApplicableGuideline, b: ApplicableGuideline): number {
  const bySeverity = SEVERITY_RANK.get(a.guideline.severity)! - SEVERITY_RANK.get(b.guideline.severity)!;
  if (bySeverity !== 0) return bySeverity;
  const x = a.guideline;
  const y = b.guideline;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : x.path < y.path ? -1 : x.path > y.path ? 1 : 0;
}
