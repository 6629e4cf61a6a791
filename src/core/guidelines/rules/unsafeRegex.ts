import { compileGuideline } from '../../review/compiledGuideline';
import type { Rule } from '../../rules/rule';
import type { Guideline } from '../model';

export const unsafeRegexRule: Rule<Guideline> = {
  id: 'guideline/unsafe-regex',
  kind: 'guideline',
  description: 'Every match pattern can run in bounded time: either it is proven fast for the backtracking engine, or the linear-time engine supports its syntax (no back-references or lookarounds); other patterns are not run.',
  defaultSeverity: 'warning',
  check(doc, context) {
    for (const { at, result } of compileGuideline(doc).regexes) {
      if (result.status === 'unsafe') {
        context.report({ message: `"${at.text}": ${result.message} It is not run; drop the back-reference or lookaround, or quantify single characters only.`, range: at.range });
      }
    }
  },
};
