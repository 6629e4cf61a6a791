import type { FileChange } from '../../model/findings';
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

/** Records whose front matter does not parse cannot be edited safely: where would a key go? */
export function refuseBrokenFrontMatter(...records: DecisionRecord[]): AdrPlanFailure | undefined {
  const broken = records.find((r) => r.frontMatter && !r.frontMatter.valid);
  return broken ? planFailure(`${broken.path}: the front matter is not valid YAML; fix it first.`) : undefined;
}
