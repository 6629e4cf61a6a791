import type { Guideline } from '../../../src/core/guidelines/model';
import { GUIDELINE_RULES } from '../../../src/core/guidelines/rules';
import type { AnyIndexedDocument } from '../../../src/core/model/documents';
import type { Finding } from '../../../src/core/model/findings';
import { lintDocument } from '../../../src/core/rules/engine';
import type { CatalogKey, Rule, WorkspaceView } from '../../../src/core/rules/rule';

/** A workspace holding just these guidelines (and, optionally, a repository file list). */
export function guidelineWorkspace(docs: readonly Guideline[], repoFiles?: readonly string[]): WorkspaceView {
  const catalogs = new Map<string, unknown>();
  const view: WorkspaceView = {
    documents: ((kind: string) => (kind === 'guideline' ? docs : [])) as WorkspaceView['documents'],
    catalog<T>(key: CatalogKey<T>): T {
      if (!catalogs.has(key.name)) catalogs.set(key.name, key.build(view));
      return catalogs.get(key.name) as T;
    },
    repoFiles: () => repoFiles,
  };
  return view;
}

/** Lints one guideline with every guideline rule, as the index would. */
export function lintGuideline(doc: Guideline, others: readonly Guideline[] = [], repoFiles?: readonly string[]): Finding[] {
  return lintDocument(doc as AnyIndexedDocument, GUIDELINE_RULES as readonly Rule<AnyIndexedDocument>[], {
    workspace: guidelineWorkspace([doc, ...others], repoFiles),
    today: '2026-11-21',
    options: { staleProposalDays: 30 },
    severities: {},
  });
}
