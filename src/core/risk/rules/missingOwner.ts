import type { Rule } from '../../rules/rule';
import type { RiskRegister } from '../model';
import { riskLabel } from './describeRisk';

export const missingOwnerRule: Rule<RiskRegister> = {
  id: 'risk/missing-owner',
  kind: 'risk',
  description: 'Every risk that is not closed has an owner who answers for it.',
  defaultSeverity: 'warning',
  check(register, context) {
    for (const risk of register.risks) {
      if (risk.owner || risk.effectiveStatus === 'closed') continue;
      context.report({ message: `${riskLabel(risk)} has no owner; name the person who answers for it (owner: Name <email>).`, range: risk.fields.get('owner')?.valueSpan.range ?? risk.anchor });
    }
  },
};
