import { addInterval } from './dates';
import type { ReviewInterval, RiskStatus } from './model';

/**
 * Date checks shared by the parser (flags against the parse-time date), the rules (against
 * the lint date) and the list/report helpers (against the caller's date). ISO dates
 * compare as strings.
 */

export function nextReviewDate(reviewed: string | undefined, interval: ReviewInterval): string | undefined {
  return reviewed === undefined ? undefined : addInterval(reviewed, interval);
}

/** The due date has passed (due today is not late) and the risk is still live. */
export function isOverdue(risk: { readonly due: string | undefined; readonly effectiveStatus: RiskStatus }, today: string): boolean {
  return risk.due !== undefined && risk.due < today && risk.effectiveStatus !== 'closed';
}

/** The next review date has passed and the risk is still live. Never-reviewed risks have no next review. */
export function isReviewOverdue(risk: { readonly nextReview: string | undefined; readonly effectiveStatus: RiskStatus }, today: string): boolean {
  return risk.nextReview !== undefined && risk.nextReview < today && risk.effectiveStatus !== 'closed';
}
