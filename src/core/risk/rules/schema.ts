import type { Rule } from '../../rules/rule';
import type { RiskRegister } from '../model';

export const schemaRule: Rule<RiskRegister> = {
  id: 'risk/schema',
  kind: 'risk',
  description: 'Keys and values follow the risk-register schema: known keys, right types, levels on the scale, valid dates.',
  defaultSeverity: 'error',
  check(register, context) {
    for (const issue of register.schemaIssues) context.report({ message: issue.message, range: issue.range });
  },
};
