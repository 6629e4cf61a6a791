import type { AdrRelation } from './model';

/**
 * The words records use for relations between decisions, and the relation each names.
 * adr-tools writes "Supercedes" / "Superceded by" (sic), MADR "superseded by ADR-0123",
 * log4brains "superseded by [slug](file.md)"; all are read alike.
 */
const RELATION_PHRASES: readonly (readonly [RegExp, AdrRelation])[] = [
  [/^super[sc]eded[ _-]+by$/, 'superseded-by'],
  [/^replaced[ _-]+by$/, 'superseded-by'],
  [/^super[sc]edes$/, 'supersedes'],
  [/^replaces$/, 'supersedes'],
  [/^amended[ _-]+by$/, 'amended-by'],
  [/^amends$/, 'amends'],
  [/^clarified[ _-]+by$/, 'clarified-by'],
  [/^clarifies$/, 'clarifies'],
  [/^extended[ _-]+by$/, 'extended-by'],
  [/^extends$/, 'extends'],
  [/^refined[ _-]+by$/, 'extended-by'],
  [/^refines$/, 'extends'],
  [/^(relates[ _-]+to|related[ _-]+to|related|see[ _-]+also)$/, 'relates-to'],
];

/**
 * A relation phrase at the start of a line's text, with its length. Longer phrases are
 * tried first so "Superseded by" is not read as "Supersedes".
 */
export const RELATION_AT_START = /^(super[sc]eded[ _-]+by|super[sc]edes|replaced[ _-]+by|replaces|amended[ _-]+by|amends|clarified[ _-]+by|clarifies|extended[ _-]+by|extends|refined[ _-]+by|refines|relates[ _-]+to|related[ _-]+to|see[ _-]+also)\b/i;

export function relationOf(phrase: string): AdrRelation | undefined {
  const p = phrase.trim().toLowerCase().replace(/\s+/g, ' ');
  for (const [pattern, relation] of RELATION_PHRASES) if (pattern.test(p)) return relation;
  return undefined;
}

/** The relation the other record should state back; `undefined` for symmetric ones. */
export const INVERSE_RELATION: Readonly<Partial<Record<AdrRelation, AdrRelation>>> = {
  supersedes: 'superseded-by',
  'superseded-by': 'supersedes',
  amends: 'amended-by',
  'amended-by': 'amends',
  clarifies: 'clarified-by',
  'clarified-by': 'clarifies',
  extends: 'extended-by',
  'extended-by': 'extends',
};

/** How a relation is written in a new link line ("Superseded by", as adr-tools spells it correctly). */
export const RELATION_WORDS: Readonly<Record<AdrRelation, string>> = {
  supersedes: 'Supersedes',
  'superseded-by': 'Superseded by',
  amends: 'Amends',
  'amended-by': 'Amended by',
  clarifies: 'Clarifies',
  'clarified-by': 'Clarified by',
  extends: 'Extends',
  'extended-by': 'Extended by',
  'relates-to': 'Relates to',
};
