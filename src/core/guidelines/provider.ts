import type { KindProvider } from '../index/kindProvider';
import { findDisabledRules } from '../model/documents';
import { DOCUMENT_START } from '../model/text';
import { discoverGuidelines, type GuidelineDiscovery } from './discovery';
import type { Guideline, GuidelineSource } from './model';
import { DEFAULT_GUIDELINE_SEVERITY, fileStem, parseGuidelineFile } from './parseGuideline';
import { parseAgentFile } from './parseAgentFile';
import { agentFileFormat } from './sources';
import { GUIDELINE_RULES } from './rules';
import { guidelinesAffectedBy } from './dependents';
import { GUIDELINES_BY_ID } from './catalog';
import type { CatalogKey } from '../rules/rule';

/**
 * Plugs review guidelines into the folder index: `.techlead/guidelines/**\/*.md` (plus the
 * configured folders) and the agents' instruction files (sources.ts).
 */
export const guidelineProvider: KindProvider<Guideline, GuidelineDiscovery> = {
  kind: 'guideline',
  rules: GUIDELINE_RULES,
  catalogs: [GUIDELINES_BY_ID] as readonly CatalogKey<unknown>[],
  discover: discoverGuidelines,
  parse: (path, text, { discovery }) => {
    const source = sourceOf(path, discovery);
    if (source === 'techlead') return parseGuidelineFile(path, text);
    const files = discovery.files;
    return parseAgentFile(path, text, source, { isGuidelineFile: (p) => files.includes(p) });
  },
  affectedBy: guidelinesAffectedBy,
  unparsed: (path, problem) => ({
    kind: 'guideline',
    source: sourceOf(path, undefined),
    path,
    text: '',
    problems: [problem],
    disabledRules: findDisabledRules(''),
    id: fileStem(path),
    title: fileStem(path),
    severity: DEFAULT_GUIDELINE_SEVERITY,
    tags: [],
    appliesTo: [],
    match: [],
    rationale: '',
    checklist: [],
    version: '',
    keys: {},
    frontMatterIssues: [],
    frontMatterRange: DOCUMENT_START,
  }),
};

export type { GuidelineDiscovery } from './discovery';

/** A file in a guideline folder is ours, whatever its name; elsewhere its path says whose it is. */
function sourceOf(path: string, discovery: GuidelineDiscovery | undefined): GuidelineSource {
  const inFolder = discovery?.directories.some((d) => path.startsWith(`${d}/`));
  return (!inFolder && agentFileFormat(path)) || 'techlead';
}
