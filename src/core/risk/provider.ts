import type { KindProvider } from '../index/kindProvider';
import { discoverRiskRegisters, isMarkdownRegister, type RiskDiscovery } from './discovery';
import type { RiskRegister } from './model';
import { emptyRegister } from './parse/emptyRegister';
import { parseRiskRegister } from './parseRegister';
import { RISK_RULES } from './rules';
import { risksAffectedBy } from './dependents';
import { ADR_NUMBER_CATALOG, RISK_ID_CATALOG, RISK_REFERRERS_CATALOG } from './catalog';
import type { CatalogKey } from '../rules/rule';

/** Plugs risk registers into the folder index: discovery, parsing, and the `risk/*` rules. */
export const riskProvider: KindProvider<RiskRegister, RiskDiscovery> = {
  kind: 'risk',
  rules: RISK_RULES,
  catalogs: [RISK_ID_CATALOG, RISK_REFERRERS_CATALOG, ADR_NUMBER_CATALOG] as readonly CatalogKey<unknown>[],
  discover: discoverRiskRegisters,
  parse: (path, text, context) => parseRiskRegister(path, text, context.clock.today()),
  // The date only feeds overdue flags, and there are no risks to flag.
  affectedBy: risksAffectedBy,
  unparsed: (path, problem) => emptyRegister(path, isMarkdownRegister(path) ? 'markdown' : 'yaml', '', [problem]),
};
