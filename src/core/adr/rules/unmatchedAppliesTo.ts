import { compileGlob } from '../../glob/glob';
import type { AdrRule } from './ruleSupport';

/** `applies-to` that names no code: a typo, a moved folder, or a negation that excludes nothing. */
export const unmatchedAppliesTo: AdrRule = {
  id: 'adr/unmatched-applies-to',
  kind: 'decision',
  description: 'Every applies-to pattern is a valid pattern and matches at least one file in the repository (checked only when the front end supplies the file list).',
  defaultSeverity: 'warning',
  check(record, context) {
    if (record.appliesTo.length === 0) return;
    // Without the repository's file list there is nothing to check against: stay silent.
    const files = context.workspace.repoFiles?.();
    if (!files) return;
    for (const at of record.appliesTo) {
      const compiled = compileGlob(at.text);
      if (!compiled.glob) {
        const hint = compiled.problem.suggestion ? ` Did you mean "${compiled.problem.suggestion}"?` : '';
        context.report({ message: `"${at.text}" is not a pattern the toolkit can read: ${compiled.problem.message}${hint}`, range: at.range });
        continue;
      }
      const { regex, negated } = compiled.glob;
      if (files.some((f) => regex.test(f))) continue;
      context.report({
        message: negated
          ? `"${at.text}" excludes nothing: no file in the repository matches it.`
          : `"${at.text}" matches no file in the repository, so the decision governs no code there: check the path, or remove the pattern.`,
        range: at.range,
      });
    }
  },
};
