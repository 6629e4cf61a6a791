import { compileGuideline } from '../../review/compiledGuideline';
import type { Rule } from '../../rules/rule';
import type { Guideline } from '../model';

export const invalidRegexRule: Rule<Guideline> = {
  id: 'guideline/invalid-regex',
  kind: 'guideline',
  description: 'Every match pattern is a valid JavaScript regular expression (optionally written /pattern/flags).',
  defaultSeverity: 'error',
  check(doc, context) {
    for (const { at, result } of compileGuideline(doc).regexes) {
      if (result.status === 'invalid') context.report({ message: `"${at.text}": ${result.message} It is not run until it is fixed.`, range: at.range });
    }
  },
};
