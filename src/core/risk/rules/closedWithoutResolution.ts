import type { Rule } from '../../rules/rule';
import type { RiskRegister } from '../model';
import { riskLabel } from './describeRisk';

export const closedWithoutResolutionRule: Rule<RiskRegister> = {
  id: 'risk/closed-without-resolution',
  kind: 'risk',
  description: 'A closed risk says why it was closed (resolution).',
  defaultSeverity: 'warning',
  check(register, context) {
    for (const risk of register.risks) {
      if (risk.effectiveStatus !== 'closed' || risk.resolution !== undefined) continue;
      context.report({
        message: `${riskLabel(risk)} is closed without a resolution; say why it is no longer a risk.`,
        range: risk.fields.get('status')?.valueSpan.range ?? risk.anchor,
      });
    }
  },
};
