import type { Rule } from '../../rules/rule';
import { daysBetween } from '../../util/civilDays';
import type { RiskRegister } from '../model';
import { isOverdue } from '../timeline';
import { riskLabel } from './describeRisk';
import { plural } from '../../text/plural';

export const overdueRule: Rule<RiskRegister> = {
  id: 'risk/overdue',
  kind: 'risk',
  description: 'A risk that is not closed is past its due date.',
  defaultSeverity: 'warning',
  check(register, context) {
    for (const risk of register.risks) {
      if (!isOverdue(risk, context.today)) continue;
      const late = daysBetween(risk.due!, context.today);
      context.report({
        message: `${riskLabel(risk)} was due on ${risk.due} (${plural(late, 'day')} ago) and is still ${risk.effectiveStatus}; complete the response, move the date, or close it.`,
        range: risk.fields.get('due')?.valueSpan.range ?? risk.anchor,
      });
    }
  },
};
