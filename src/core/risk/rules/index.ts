import type { Rule } from '../../rules/rule';
import type { RiskRegister } from '../model';
import { closedWithoutResolutionRule } from './closedWithoutResolution';
import { duplicateIdRule } from './duplicateId';
import { missingDueDateRule } from './missingDueDate';
import { missingOwnerRule } from './missingOwner';
import { overdueRule } from './overdue';
import { residualExceedsInherentRule } from './residualExceedsInherent';
import { reviewOverdueRule } from './reviewOverdue';
import { schemaRule } from './schema';
import { scoreMismatchRule } from './scoreMismatch';
import { unknownReferenceRule } from './unknownReference';
import { yamlSyntaxRule } from './yamlSyntax';

/** Every `risk/*` rule; each has a page at `docs/rules/<id>.md`. */
export const RISK_RULES: readonly Rule<RiskRegister>[] = [
  yamlSyntaxRule,
  schemaRule,
  duplicateIdRule,
  missingOwnerRule,
  missingDueDateRule,
  overdueRule,
  reviewOverdueRule,
  scoreMismatchRule,
  residualExceedsInherentRule,
  closedWithoutResolutionRule,
  unknownReferenceRule,
];
