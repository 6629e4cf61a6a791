import type { AdrRule } from './ruleSupport';

/** A date that is not a calendar date ("2020-02-30", "{YYYY-MM-DD}", "last week"): it cannot be sorted or aged. */
export const invalidDate: AdrRule = {
  id: 'adr/invalid-date',
  kind: 'decision',
  description: 'The record\'s date is not a real calendar date (write it as YYYY-MM-DD).',
  defaultSeverity: 'warning',
  check(record, context) {
    const date = record.date;
    if (!date || date.value !== undefined) return;
    context.report({ message: `"${date.raw}" is not a valid date: write the date as YYYY-MM-DD, for example 2024-03-15.`, range: date.range });
  },
};
