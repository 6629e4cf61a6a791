import type { Rule } from '../../rules/rule';
import type { RiskRegister } from '../model';
import { riskLabel } from './describeRisk';

export const residualExceedsInherentRule: Rule<RiskRegister> = {
  id: 'risk/residual-exceeds-inherent',
  kind: 'risk',
  description: 'The residual likelihood and impact (after mitigation) are not higher than the inherent ones.',
  defaultSeverity: 'warning',
  check(register, context) {
    for (const risk of register.risks) {
      const residual = risk.residual;
      if (!residual) continue;
      const worse: string[] = [];
      if (residual.likelihood !== undefined && risk.likelihood !== undefined && residual.likelihood > risk.likelihood) worse.push(`likelihood ${residual.likelihood} > ${risk.likelihood}`);
      if (residual.impact !== undefined && risk.impact !== undefined && residual.impact > risk.impact) worse.push(`impact ${residual.impact} > ${risk.impact}`);
      if (worse.length === 0) continue;
      context.report({
        message: `${riskLabel(risk)}: the residual assessment is higher than the inherent one (${worse.join(', ')}); a mitigation should not make a risk worse. Check both assessments.`,
        range: risk.fields.get('residual')?.valueSpan.range ?? risk.anchor,
      });
    }
  },
};
