import type { KindProvider } from '../index/kindProvider';
import type { Finding } from '../model/findings';
import { discoverAdrDirectories, type AdrDiscovery } from './discovery';
import type { DecisionRecord } from './model';
import { parseDecisionRecord } from './parser';
import { ADR_RULES } from './rules';
import { decisionsAffectedBy } from './dependents';
import { ADR_CATALOG } from './catalog';
import type { CatalogKey } from '../rules/rule';

const RULE_IDS: ReadonlySet<string> = new Set(ADR_RULES.map((r) => r.id));

/** Plugs decision records into the folder index: discovery, parsing, and the `adr/*` rules. */
export const adrProvider: KindProvider<DecisionRecord, AdrDiscovery> = {
  kind: 'decision',
  rules: ADR_RULES,
  catalogs: [ADR_CATALOG] as readonly CatalogKey<unknown>[],
  discover: discoverAdrDirectories,
  parse(path, text, context) {
    const record = parseDecisionRecord(path, text, context.discovery.directoryOf(path), { statuses: context.config.adrStatuses });
    context.discovery.noteRecordFormat(path, record.format);
    return record;
  },
  affectedBy: decisionsAffectedBy,
  unparsed: (path: string, problem: Finding) => {
    // An empty record carrying the problem, so the file still shows with its error; the
    // rules stay quiet on it, since whatever they said would be about text never read.
    const record = parseDecisionRecord(path, '');
    return { ...record, problems: [problem], disabledRules: RULE_IDS };
  },
};
