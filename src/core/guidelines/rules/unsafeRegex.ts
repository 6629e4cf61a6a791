import { compileGuideline } from '../../review/compiledGuideline';
import type { Rule } from '../../rules/rule';
import type { Guideline } from '../model';

export const unsafeRegexRule: Rule<Guideline> = {
  id: 'guideline/unsafe-regex',
  kind: 'guideline',
  description: 'No match pattern is open to catastrophic backtracking (nested or adjacent overlapping quantifiers, overlapping repeated alternatives); such patterns are not run.',
  defaultSeverity: 'warning',
  check(doc, context) {
    for (const { at, result } of compileGuideline(doc).regexes) {
      if (result.status === 'unsafe') {
        context.report({ message: `"${at.text}": ${result.message} It is not run; rewrite it so each character can be matched only one way.`, range: at.range });
      }
    }
  },
};
