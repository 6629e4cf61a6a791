import type { FileChange } from '../../model/findings';

/** What an edit planner returns: the changes to apply, or why there are none. */
export type PlanResult<Extra = object> =
  | ({ readonly ok: true; readonly changes: readonly FileChange[] } & Extra)
  | { readonly ok: false; readonly error: string };

export function planFailure(error: string): { readonly ok: false; readonly error: string } {
  return { ok: false, error };
}
