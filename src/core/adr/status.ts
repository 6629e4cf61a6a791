import type { AdrStatusValue } from './model';
import { TextMemo } from '../text/sharedNames';
import { withoutTrailingRun } from '../text/trailingRun';

/**
 * Turns a status as people write it ("**Accepted** on 2020-01-02", "Approved",
 * "Under review", "superseded by [ADR-9](...)") into one of the normalised statuses.
 * Matching is on the leading words, case-insensitive, so trailing dates, links and
 * remarks do not matter.
 */

const STATUS_WORDS: readonly (readonly [RegExp, AdrStatusValue])[] = [
  [/^(draft|wip|work in progress|in progress|idea|entwurf|borrador|brouillon)\b/, 'draft'],
  [
    /^(proposed|proposal|pending|under (review|discussion|consideration)|in (review|discussion)|for review|review|rfc|open|suggested|requested|propos[ée]e?|vorgeschlagen|propuest[ao]|en (revisi[óo]n|discusi[óo]n))(?![\p{L}\p{N}])/u,
    'proposed',
  ],
  [
    /^(accepted|approved|implemented|done|adopted|agreed|decided|final|living|completed?|akzeptiert|angenommen|genehmigt|aceptad[ao]|aprobad[ao]|implementad[ao]|accept[ée]e?|valid[ée]e?|approuv[ée]e?)(?![\p{L}\p{N}])/u,
    'accepted',
  ],
  [/^(rejected|declined|withdrawn|abandoned|refused|dismissed|abgelehnt|verworfen|rechazad[ao]|rejet[ée]e?|refus[ée]e?)(?![\p{L}\p{N}])/u, 'rejected'],
  [/^(deprecated|obsolete|retired|sunset|veraltet|obsolet[oa]?|obsol[èe]te|d[ée]pr[ée]ci[ée]e?)(?![\p{L}\p{N}])/u, 'deprecated'],
  [/^(superseded|superceded|replaced|overridden|ersetzt|abgel[öo]st|reemplazad[ao]|sustituid[ao]|remplac[ée]e?)(?![\p{L}\p{N}])/u, 'superseded'],
];

/** Markup around a status word: emphasis, code, brackets, leading bullets or emoji (anything before the first letter or digit). */
const LEADING_MARKUP = /^[^\p{L}\p{N}]+/u;

/** Words a repository maps to a status of its own (`adr.statuses` in `.techlead.yaml`), lower-cased. */
export type StatusVocabulary = ReadonlyMap<string, AdrStatusValue>;

/**
 * @param vocabulary a repository's own words, looked up before the built-in ones, as the
 * whole value or its first word.
 */
export function normaliseStatus(raw: string, vocabulary?: StatusVocabulary): AdrStatusValue {
  const text = cleanStatusText(raw).replace(LEADING_MARKUP, '').toLowerCase();
  if (vocabulary && vocabulary.size > 0) {
    const own = vocabulary.get(text) ?? vocabulary.get(/^[\p{L}\p{N}_-]+/u.exec(text)?.[0] ?? '');
    if (own) return own;
  }
  return MEANINGS.get(text);
}

/**
 * Status texts (lower-cased) and what they mean: a folder writes the same few statuses
 * over and over, so each is matched against the words once.
 */
const MEANINGS = new TextMemo<AdrStatusValue>(2000, (text) => STATUS_WORDS.find(([pattern]) => pattern.test(text))?.[1] ?? 'other');

/** The status text without surrounding markup, as it would be shown to a user. */
export function cleanStatusText(raw: string): string {
  return withoutTrailingRun(raw.replace(/^[\s*_`~[\]()>:"'-]+/, ''), /[\s*_`~]/).trim();
}

/**
 * A status value as labelled and shown: link syntax reduced to the link text
 * (`[ADOPTED](/README.md#adopted)` → `ADOPTED`), emphasis and code markers taken off
 * (`*deprecated*`, `**Akzeptiert** – …`, `` `RFC` ``); emoji and remarks kept.
 */
export function statusTextOf(written: string): string {
  if (!/[[*_`]/.test(written)) return written.trim();
  return written
    // Bounded: a line of `[` with no `]` must not make each one scan to the end.
    .replace(/!?\[([^\]]{0,300})\]\([^)\s]{0,500}(?:\s+"[^"]{0,300}")?\)/g, '$1')
    .replace(/\*\*|__|[*`]/g, '')
    .replace(/(^|\s)_(?=\S)|(?<=\S)_(?=\s|$)/g, '$1')
    .trim();
}

/** A character every placeholder has: a bracket, a list separator, an escape or emphasis around it. */
const PLACEHOLDER_MARK = /[{}[\]<>|,/\\`*_]/;

/**
 * An unfilled template placeholder where a status goes: `{proposed | accepted}`,
 * `[ accepted | deprecated ]`, `{Draft, In Review, …}`, `[Vorgeschlagen | Akzeptiert]`,
 * `<status>`. A link (`[ADOPTED](…)`) is not one.
 */
export function isStatusPlaceholder(written: string): boolean {
  // A placeholder is bracketed or lists choices: a plain word ("Accepted") is none, without the work below.
  if (!PLACEHOLDER_MARK.test(written)) return false;
  // Templates that escape their braces (`\{proposed | accepted\}`) leave the same placeholder.
  const t = withoutTrailingRun(written.trim().replace(/\\([{}[\]|<>])/g, '$1').replace(/^[`*_]+/, ''), /[`*_]/);
  if (/^\{[^}]*\}$/.test(t) || /^<[^>]*>$/.test(t)) return true;
  if (/^\[[^\]]*\]$/.test(t)) return /[|,/]/.test(t) || t.length <= 2;
  return isStatusMenu(t);
}

/** `RFC by dd/mm/YYYY, Proposed, In Discussion, …, Rejected, Accepted`: the template's list of choices, three statuses or more. */
function isStatusMenu(text: string): boolean {
  const parts = text.split(/[,|/]/);
  if (parts.length < 3) return false;
  const meanings = new Set<AdrStatusValue>();
  for (const p of parts) {
    const m = normaliseStatus(p);
    if (m !== 'other') meanings.add(m);
  }
  return meanings.size >= 3;
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
