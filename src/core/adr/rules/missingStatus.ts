import { planAddStatus } from '../edits/statusEdits';
import { recordAnchor, type AdrRule } from './ruleSupport';

/** Without a status nobody can tell whether a decision holds. */
export const missingStatus: AdrRule = {
  id: 'adr/missing-status',
  kind: 'decision',
  description: 'The record states no status (a Status section, a "Status:" line or bullet, front matter "status", or a table row).',
  defaultSeverity: 'warning',
  check(record, context) {
    if (record.status) return;
    if (record.statusPlaceholder) {
      // The template's choices were left in place: the record has a status line, not a status.
      const written = record.text.slice(record.statusPlaceholder.start, record.statusPlaceholder.end);
      context.report({ message: `The status is still the template's placeholder "${written}": write the record's status (proposed, accepted, rejected, deprecated or superseded).`, range: record.statusPlaceholder.range });
      return;
    }
    context.report({
      message: 'The record has no status: say whether it is proposed, accepted, rejected, deprecated or superseded.',
      range: recordAnchor(record),
      fixes: [{ title: 'Add the status "Proposed"', changes: [{ type: 'edit', path: record.path, edits: planAddStatus(record, 'Proposed') }] }],
    });
  },
};
