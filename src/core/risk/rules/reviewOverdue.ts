import { editOf, type Fix } from '../../model/findings';
import type { Rule } from '../../rules/rule';
import { daysBetween } from '../../util/civilDays';
import type { Risk, RiskRegister } from '../model';
import { isReviewOverdue } from '../timeline';
import { riskLabel } from './describeRisk';
import { isWrittenInRisk } from './writtenInRisk';
import { plural } from '../../text/plural';

export const reviewOverdueRule: Rule<RiskRegister> = {
  id: 'risk/review-overdue',
  kind: 'risk',
  description: 'A risk that is not closed was last reviewed longer ago than the register\'s review interval.',
  defaultSeverity: 'warning',
  check(register, context) {
    for (const risk of register.risks) {
      if (!isReviewOverdue(risk, context.today)) continue;
      const late = daysBetween(risk.nextReview!, context.today);
      const fix = markReviewedFix(register, risk, context.today);
      context.report({
        message: `${riskLabel(risk)} was last reviewed on ${risk.reviewed}; with a review every ${register.reviewInterval.text} the next review was due on ${risk.nextReview} (${plural(late, 'day')} ago).`,
        range: risk.fields.get('reviewed')?.valueSpan.range ?? risk.anchor,
        ...(fix ? { fixes: [fix] } : {}),
      });
    }
  },
};

/**
 * Offered, never applied blindly: only the user knows the review really happened. Built
 * from the date's own span (keeping its quotes) so linting never re-parses the file.
 */
function markReviewedFix(register: RiskRegister, risk: Risk, today: string): Fix | undefined {
  const field = risk.fields.get('reviewed');
  if (register.readOnly || !field || !isWrittenInRisk(risk, field)) return undefined;
  const written = register.text.slice(field.valueSpan.start, field.valueSpan.end);
  const quote = /^['"]/.exec(written)?.[0] ?? '';
  return {
    title: `Mark ${riskLabel(risk)} as reviewed today (${today})`,
    changes: [editOf(register, [{ start: field.valueSpan.start, end: field.valueSpan.end, newText: `${quote}${today}${quote}` }])],
    isPreferred: false,
  };
}
