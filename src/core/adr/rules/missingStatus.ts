import { statusEdits, unreadStatusKey } from '../write/statusEdits';
import { recordAnchor, type AdrRule } from './ruleSupport';
import { editOf } from '../../model/findings';

/** Without a status nobody can tell whether a decision holds. */
export const missingStatus: AdrRule = {
  id: 'adr/missing-status',
  kind: 'decision',
  description: 'The record states no status (a Status section, a "Status:" line or bullet, front matter "status", or a table row).',
  defaultSeverity: 'warning',
  check(record, context) {
    if (record.status) return;
    const unread = unreadStatusKey(record);
    if (unread) {
      // A status the author wrote in a form not read (`status: { accepted }`): say so where it is, and offer no edit that would lose it.
      const entry = record.frontMatter!.entries[unread]!;
      context.report({ message: `The status is not a plain value ("${record.text.slice(entry.value.start, entry.value.end)}"): write it as "${unread}: accepted" (or another status word).`, range: entry.value.range });
      return;
    }
    if (record.statusPlaceholder) {
      // The template's choices were left in place: the record has a status line, not a status.
      const written = record.text.slice(record.statusPlaceholder.start, record.statusPlaceholder.end);
      context.report({ message: `The status is still the template's placeholder "${written}": write the record's status (proposed, accepted, rejected, deprecated or superseded).`, range: record.statusPlaceholder.range });
      return;
    }
    context.report({
      message: 'The record has no status: say whether it is proposed, accepted, rejected, deprecated or superseded.',
      range: recordAnchor(record),
      // The same edit the Change Status command and the CLI make; none when it cannot be made safely.
      fixes: () => {
        const edits = statusEdits(record, 'Proposed');
        return Array.isArray(edits) && edits.length > 0 ? [{ title: 'Add the status "Proposed"', changes: [editOf(record, edits)] }] : [];
      },
    });
  },
};
