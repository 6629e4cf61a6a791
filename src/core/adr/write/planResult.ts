import type { FileChange } from '../../model/findings';
import { INVALID_FRONT_MATTER_RULE } from '../frontMatter';
import type { DecisionRecord } from '../model';

/**
 * What a planner returns: the changes to make (empty when everything is already as
 * asked), or a message saying why it cannot plan them, which front ends show as is.
 */
export type AdrPlan<Extra = object> =
  | ({ readonly ok: true; readonly changes: readonly FileChange[] } & Extra)
  | AdrPlanFailure;

export interface AdrPlanFailure {
  readonly ok: false;
  readonly error: string;
}

export function planFailure(error: string): AdrPlanFailure {
  return { ok: false, error };
}

/**
 * Records that cannot be edited safely: front matter that does not parse or is never
 * closed (where would a key go, and what would the new block close?).
 */
export function refuseBrokenFrontMatter(...records: DecisionRecord[]): AdrPlanFailure | undefined {
  for (const r of records) {
    if (r.frontMatter && !r.frontMatter.valid) return planFailure(`${r.path}: the front matter is not valid YAML; fix it first.`);
    const problem = r.problems.find((p) => p.rule === INVALID_FRONT_MATTER_RULE);
    if (problem) return planFailure(`${r.path}:${problem.range.start.line + 1}: ${problem.message} Fix the front matter first.`);
  }
  return undefined;
}
