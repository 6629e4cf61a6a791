import type { KindProvider } from '../index/kindProvider';
import { discoverRiskRegisters, isMarkdownRegister, type RiskDiscovery } from './discovery';
import type { RiskRegister } from './model';
import { emptyRegister } from './parse/emptyRegister';
import { parseRiskRegister } from './parseRegister';
import { RISK_RULES } from './rules';
import { risksAffectedBy } from './dependents';

/** Plugs risk registers into the folder index: discovery, parsing, and the `risk/*` rules. */
export const riskProvider: KindProvider<RiskRegister, RiskDiscovery> = {
  kind: 'risk',
  rules: RISK_RULES,
  discover: discoverRiskRegisters,
  parse: (path, text, context) => parseRiskRegister(path, text, context.clock.today()),
  // The date only feeds overdue flags, and there are no risks to flag.
  affectedBy: risksAffectedBy,
  unparsed: (path, problem) => emptyRegister(path, isMarkdownRegister(path) ? 'markdown' : 'yaml', '', [problem]),
};
