import { daysBetween } from '../../util/civilDays';
import type { AdrRule } from './ruleSupport';

/** A proposal nobody decided on: it blocks work that depends on the decision. */
export const staleProposal: AdrRule = {
  id: 'adr/stale-proposal',
  kind: 'decision',
  description: 'The record has been proposed for longer than staleProposalDays (default 30) since its date.',
  defaultSeverity: 'info',
  check(record, context) {
    if (record.status?.value !== 'proposed' || !record.date?.value) return;
    const age = daysBetween(record.date.value, context.today);
    const limit = context.options.staleProposalDays;
    if (age <= limit) return;
    context.report({
      message: `Proposed ${age} days ago (${record.date.value}), longer than ${limit} days: accept it, reject it, or update its date if it is still under discussion.`,
      range: record.status.range,
    });
  },
};
