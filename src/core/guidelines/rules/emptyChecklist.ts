import type { Rule } from '../../rules/rule';
import type { Guideline } from '../model';

export const emptyChecklistRule: Rule<Guideline> = {
  id: 'guideline/empty-checklist',
  kind: 'guideline',
  description: 'A guideline has at least one checklist item ("- [ ] ...") and no empty ones, so reviewers have something to tick.',
  defaultSeverity: 'warning',
  check(doc, context) {
    // Copilot instruction files are prose for an assistant first; only our own format must carry a checklist.
    if (doc.source !== 'techlead' || doc.problems.length > 0) return;
    if (doc.checklist.length === 0) {
      const line = doc.frontMatterRange.end.line;
      context.report({
        message: 'The guideline has no checklist: add task items such as "- [ ] Every handler validates its input".',
        range: { start: { line, character: 0 }, end: { line, character: 0 } },
      });
    }
    for (const item of doc.checklist) {
      if (item.text.trim() === '') context.report({ message: 'This checklist item is empty.', range: item.range });
    }
  },
};
