import { readDate } from '../util/dates';

/**
 * A record's `## Changelog` (`## Change log`, `## History`, `## Revision history`): a list of
 * dated entries. Records that state no date of their own (ibc-go) are dated by its earliest.
 */
const CHANGELOG_KEYS = new Set(['changelog', 'change log', 'changes', 'history', 'revision history', 'revisions', 'document history', 'änderungshistorie', 'historial de cambios', 'historique']);

/** The keys a changelog section is headed with, for a quick test before the lookup. */
export const CHANGELOG_SECTION_KEYS: readonly string[] = [...CHANGELOG_KEYS];

export function isChangelogSection(key: string): boolean {
  return CHANGELOG_KEYS.has(key);
}

/** A list item's marker and the emphasis or bracket before its date. */
const ENTRY_LEAD = /^\s*(?:[*+-]|\d{1,3}[.)])\s+/;

/** The date a changelog entry starts with (`- 2022-01-28: Initial draft`, `* January 28th, 2022: …`). */
export function changelogDate(line: string): string | undefined {
  const lead = ENTRY_LEAD.exec(line);
  if (!lead) return undefined;
  return readDate(line.slice(lead[0].length)).value;
}
