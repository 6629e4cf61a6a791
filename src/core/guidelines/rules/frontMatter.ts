import type { Rule } from '../../rules/rule';
import type { Guideline } from '../model';
import { editOf } from '../../model/findings';

export const frontMatterRule: Rule<Guideline> = {
  id: 'guideline/front-matter',
  kind: 'guideline',
  description: 'The front matter is valid YAML with the keys a guideline needs (id, title, applies-to) and no unknown ones.',
  defaultSeverity: 'error',
  check(doc, context) {
    for (const issue of doc.frontMatterIssues) {
      const fix = issue.correction;
      context.report({
        message: issue.message,
        range: issue.range,
        ...(fix ? { fixes: [{ title: fix.title, isPreferred: true, changes: [editOf(doc, [{ start: fix.start, end: fix.end, newText: fix.newText }])] }] } : {}),
      });
    }
  },
};
