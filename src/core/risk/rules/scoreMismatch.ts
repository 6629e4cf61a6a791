import { editOf, type Fix } from '../../model/findings';
import type { Rule } from '../../rules/rule';
import type { RiskField, RiskRegister } from '../model';
import { riskLabel } from './describeRisk';
import { isWrittenInRisk } from './writtenInRisk';

export const scoreMismatchRule: Rule<RiskRegister> = {
  id: 'risk/score-mismatch',
  kind: 'risk',
  description: 'A written score equals likelihood × impact (inherent and residual).',
  defaultSeverity: 'warning',
  check(register, context) {
    for (const risk of register.risks) {
      const checks = [
        { what: 'score', assessment: risk },
        { what: 'residual score', assessment: risk.residual },
      ];
      for (const { what, assessment } of checks) {
        if (!assessment || assessment.declaredScore === undefined || assessment.score === undefined) continue;
        if (assessment.declaredScore === assessment.score) continue;
        const field = assessment.fields.get('score');
        if (!field) continue;
        const fix = isWrittenInRisk(risk, field) ? recomputeFix(register, field, assessment.score) : undefined;
        context.report({
          message: `${riskLabel(risk)} has ${what} ${assessment.declaredScore}, but likelihood ${assessment.likelihood} × impact ${assessment.impact} is ${assessment.score}.`,
          range: field.valueSpan.range,
          ...(fix ? { fixes: [fix] } : {}),
        });
      }
    }
  },
};

/** Replaces exactly the score's characters: safe to apply unattended. */
function recomputeFix(register: RiskRegister, field: RiskField, score: number): Fix | undefined {
  if (register.readOnly) return undefined;
  return {
    title: `Set the score to ${score}`,
    changes: [editOf(register, [{ start: field.valueSpan.start, end: field.valueSpan.end, newText: String(score) }])],
    isPreferred: true,
  };
}
