import type { AdrStatusValue } from './model';

/**
 * Turns a status as people write it ("**Accepted** on 2020-01-02", "Approved",
 * "Under review", "superseded by [ADR-9](...)") into one of the normalised statuses.
 * Matching is on the leading words, case-insensitive, so trailing dates, links and
 * remarks do not matter.
 */

const STATUS_WORDS: readonly (readonly [RegExp, AdrStatusValue])[] = [
  [/^(draft|wip|work in progress|in progress|idea)\b/, 'draft'],
  [/^(proposed|proposal|pending|under (review|discussion|consideration)|in (review|discussion)|for review|rfc|open|suggested|requested)\b/, 'proposed'],
  [/^(accepted|approved|implemented|done|adopted|agreed|decided|active|final|completed?)\b/, 'accepted'],
  [/^(rejected|declined|withdrawn|abandoned|refused|dismissed)\b/, 'rejected'],
  [/^(deprecated|obsolete|retired|sunset)\b/, 'deprecated'],
  [/^(superseded|superceded|replaced|overridden)\b/, 'superseded'],
];

/** Markup around a status word: emphasis, code, brackets, leading bullets or emoji. */
const LEADING_MARKUP = /^[\s*_`~[\]()>:"'-]+/;

export function normaliseStatus(raw: string): AdrStatusValue {
  const text = cleanStatusText(raw).toLowerCase();
  for (const [pattern, value] of STATUS_WORDS) if (pattern.test(text)) return value;
  return 'other';
}

/** The status text without surrounding markup, as it would be shown to a user. */
export function cleanStatusText(raw: string): string {
  return raw.replace(LEADING_MARKUP, '').replace(/[\s*_`~]+$/, '').trim();
}

/** The status words as they should be written in a record, for messages and fixes. */
export const STATUS_DISPLAY: Readonly<Record<Exclude<AdrStatusValue, 'other'>, string>> = {
  draft: 'Draft',
  proposed: 'Proposed',
  accepted: 'Accepted',
  rejected: 'Rejected',
  deprecated: 'Deprecated',
  superseded: 'Superseded',
};
