import { UnmatchedGlobFinder } from '../../review/unmatchedGlobs';
import type { CatalogKey, Rule } from '../../rules/rule';
import type { Guideline } from '../model';

/** One finder per set of guidelines (rebuilt when a guideline changes); it caches per file list itself. */
const UNMATCHED_GLOB_FINDER: CatalogKey<UnmatchedGlobFinder> = {
  name: 'guideline/unmatched-glob-finder',
  kinds: ['guideline'],
  build: (view) => new UnmatchedGlobFinder(view.documents('guideline')),
};

export const unmatchedGlobRule: Rule<Guideline> = {
  id: 'guideline/unmatched-glob',
  kind: 'guideline',
  description: 'Every applies-to pattern matches at least one file in the repository (checked only when the front end supplies the file list).',
  defaultSeverity: 'warning',
  check(doc, context) {
    // Without the repository's file list there is nothing to check against: stay silent.
    const files = context.workspace.repoFiles?.();
    if (!files) return;
    for (const at of context.workspace.catalog(UNMATCHED_GLOB_FINDER).unmatched(doc, files)) {
      context.report({
        message: at.text.startsWith('!')
          ? `"${at.text}" excludes nothing: no file in the repository matches it.`
          : `"${at.text}" matches no file in the repository: check the path, or remove the pattern.`,
        range: at.range,
      });
    }
  },
};
