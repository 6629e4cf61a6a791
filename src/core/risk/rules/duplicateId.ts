import type { RelatedLocation } from '../../model/findings';
import type { Rule } from '../../rules/rule';
import { RISK_ID_CATALOG } from '../catalog';
import type { RiskRegister } from '../model';
import { riskIdKey } from '../references';

/** Enough places to find the others without flooding the problem's details. */
const MAX_RELATED = 5;

export const duplicateIdRule: Rule<RiskRegister> = {
  id: 'risk/duplicate-id',
  kind: 'risk',
  description: 'Each risk id is used once across all registers of the workspace folder.',
  defaultSeverity: 'error',
  check(register, context) {
    const { byId } = context.workspace.catalog(RISK_ID_CATALOG);
    for (const risk of register.risks) {
      if (risk.id === undefined) continue;
      const all = byId.get(riskIdKey(risk.id)) ?? [];
      if (all.length < 2) continue;
      const others = all.filter((o) => o.risk !== risk);
      const related: RelatedLocation[] = others.slice(0, MAX_RELATED).map((o) => ({ file: o.register.path, range: o.risk.anchor, message: `${o.risk.id} is also used here` }));
      const where = others.map((o) => (o.register === register ? `line ${o.risk.anchor.start.line + 1}` : `${o.register.path}:${o.risk.anchor.start.line + 1}`));
      context.report({ message: `The id ${risk.id} is used ${all.length} times (also at ${where.slice(0, MAX_RELATED).join(', ')}${where.length > MAX_RELATED ? ', ...' : ''}); references to it are ambiguous.`, range: risk.anchor, related });
    }
  },
};
