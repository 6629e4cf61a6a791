import type { Rule } from '../../rules/rule';
import type { RiskRegister, RiskStatus } from '../model';
import { isFilled, riskLabel } from './describeRisk';

/** Statuses that call for a response by a date; accepted and closed risks need none. */
const NEEDS_DUE_DATE: ReadonlySet<RiskStatus> = new Set(['open', 'mitigating', 'occurred']);

export const missingDueDateRule: Rule<RiskRegister> = {
  id: 'risk/missing-due-date',
  kind: 'risk',
  description: 'Open, mitigating and occurred risks say by when their response must be in place.',
  defaultSeverity: 'warning',
  check(register, context) {
    for (const risk of register.risks) {
      // An unreadable date is the schema's to report; this rule is about no date at all.
      if (!NEEDS_DUE_DATE.has(risk.effectiveStatus) || isFilled(risk.fields.value('due'))) continue;
      context.report({ message: `${riskLabel(risk)} is ${risk.effectiveStatus} but has no due date for its response.`, range: risk.anchor });
    }
  },
};
