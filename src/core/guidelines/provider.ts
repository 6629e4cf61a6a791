import type { KindProvider } from '../index/kindProvider';
import { findDisabledRules } from '../model/documents';
import { DOCUMENT_START } from '../model/text';
import { discoverGuidelines, isInstructionsFile, type GuidelineDiscovery } from './discovery';
import type { Guideline } from './model';
import { DEFAULT_GUIDELINE_SEVERITY, fileStem, parseGuidelineFile, parseInstructionsFile } from './parseGuideline';
import { GUIDELINE_RULES } from './rules';
import { guidelinesAffectedBy } from './dependents';
import { GUIDELINES_BY_ID } from './catalog';
import type { CatalogKey } from '../rules/rule';

/**
 * Plugs review guidelines into the folder index: `.techlead/guidelines/**\/*.md` (plus the
 * configured folders) and `.github/instructions/**\/*.instructions.md`.
 */
export const guidelineProvider: KindProvider<Guideline, GuidelineDiscovery> = {
  kind: 'guideline',
  rules: GUIDELINE_RULES,
  catalogs: [GUIDELINES_BY_ID] as readonly CatalogKey<unknown>[],
  discover: discoverGuidelines,
  parse: (path, text) => (isInstructionsFile(path) ? parseInstructionsFile(path, text) : parseGuidelineFile(path, text)),
  affectedBy: guidelinesAffectedBy,
  unparsed: (path, problem) => ({
    kind: 'guideline',
    source: isInstructionsFile(path) ? 'instructions' : 'techlead',
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
