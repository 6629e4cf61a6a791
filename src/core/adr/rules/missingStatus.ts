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
    context.report({
      message: 'The record has no status: say whether it is proposed, accepted, rejected, deprecated or superseded.',
      range: recordAnchor(record),
      fixes: [{ title: 'Add the status "Proposed"', changes: [{ type: 'edit', path: record.path, edits: planAddStatus(record, 'Proposed') }] }],
    });
  },
};
