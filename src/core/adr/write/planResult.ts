import type { FileChange } from '../../model/findings';

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
