import type { ReviewInterval, Risk } from '../../../core/risk/model';
import { isOverdue, isReviewOverdue, nextReviewDate } from '../../../core/risk/timeline';
import { plural } from '../../../core/text/plural';

/**
 * The words the Risks view, its pickers and its messages show for a risk. Plain text
 * (no Markdown, no codicons), so the same strings serve labels, descriptions and the
 * screen reader; kept free of `vscode` so they are tested in plain mocha.
 */

/** Overdue flags against today's date (a register parsed yesterday must still turn overdue at midnight). */
export function overdueState(risk: Risk, today: string): { overdue: boolean; reviewOverdue: boolean } {
  return { overdue: isOverdue(risk, today), reviewOverdue: isReviewOverdue(risk, today) };
}

/** "RISK-3 Card-processor outage stops checkout": the row's label. */
export function riskLabel(risk: Risk): string {
  return [risk.id, risk.title].filter(Boolean).join(' ') || `Risk #${risk.index + 1}`;
}

function ownerName(risk: Risk): string {
  return risk.owner?.name ?? risk.owner?.text ?? 'no owner';
}

/**
 * "open · score 15 · Dana Lee · due 2026-12-15 · reviewed 2026-04-02": the facts a tech
 * lead scans for in the weekly review, the late ones first.
 */
export function riskDescription(risk: Risk, today: string): string {
  const state = overdueState(risk, today);
  const parts: string[] = [];
  if (state.overdue) parts.push('OVERDUE');
  else if (state.reviewOverdue) parts.push('review due');
  parts.push(risk.effectiveStatus);
  parts.push(risk.score !== undefined ? `score ${risk.score}` : 'not scored');
  parts.push(ownerName(risk));
  if (risk.effectiveStatus !== 'closed') parts.push(risk.due ? `due ${risk.due}` : 'no due date');
  parts.push(risk.reviewed ? `reviewed ${risk.reviewed}` : 'never reviewed');
  return parts.join(' · ');
}

/** What a screen reader says for a row: the description's facts as a sentence. */
export function riskAriaLabel(risk: Risk, today: string): string {
  const state = overdueState(risk, today);
  return [
    riskLabel(risk),
    state.overdue ? 'overdue' : state.reviewOverdue ? 'review due' : undefined,
    risk.effectiveStatus,
    risk.score !== undefined ? `score ${risk.score}` : 'not scored',
    risk.owner ? `owner ${ownerName(risk)}` : 'no owner',
    risk.effectiveStatus !== 'closed' ? (risk.due ? `due ${risk.due}` : 'no due date') : undefined,
    risk.reviewed ? `last reviewed ${risk.reviewed}` : 'never reviewed',
  ].filter(Boolean).join(', ');
}

/** The status-bar line after Mark Reviewed: what changed and when the next review falls. */
export function markedReviewedMessage(id: string, today: string, interval: ReviewInterval): string {
  return `Marked ${id} reviewed on ${today}; next review by ${nextReviewDate(today, interval)}.`;
}

/** The Risks view's message while it shows only the user's risks. */
export function onlyMineMessage(shown: number, total: number): string {
  return `Showing only your risks — ${shown} of ${total}. Show Everyone's Risks in the title bar shows them all.`;
}

/** The status bar's tooltip: what it counts and what a click does. */
export function statusBarTooltip(counts: { open: number; high: number; overdue: number }, mineOnly: boolean): string {
  const whose = mineOnly ? `${plural(counts.open, 'open risk')} of yours` : plural(counts.open, 'open risk');
  const scope = mineOnly ? ' Counting only your risks (Show Only My Risks is on).' : '';
  return `${whose}: ${counts.high} critical or high, ${counts.overdue} past their due date.${scope} Click to review them.`;
}
