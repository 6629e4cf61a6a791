import type { AdrRelation } from './model';
import { relationOf } from './links';
import { ownCopy } from '../text/sharedNames';

/** The metadata a record can state, whatever the format writes the key as. */
/**
 * `date` is the record's own date (decided or created); `updated` a later revision date,
 * which stands in for the date only when the record gives no other.
 */
export type MetadataKey = 'status' | 'date' | 'updated' | 'deciders' | 'consulted' | 'informed' | 'tags' | 'authors' | 'title' | 'number' | 'appliesTo';

const KEYS: Readonly<Record<string, MetadataKey>> = {
  status: 'status',
  state: 'status',
  statut: 'status',
  estado: 'status',
  estatus: 'status',
  stato: 'status',
  zustand: 'status',
  date: 'date',
  'decision date': 'date',
  'date of decision': 'date',
  'decided on': 'date',
  created: 'date',
  'created on': 'date',
  'created at': 'date',
  'date created': 'date',
  'creation date': 'date',
  'start date': 'date',
  datum: 'date',
  fecha: 'date',
  'fecha de creación': 'date',
  erstellt: 'date',
  'date de création': 'date',
  'last updated': 'updated',
  'last update': 'updated',
  updated: 'updated',
  'updated on': 'updated',
  'last modified': 'updated',
  modified: 'updated',
  since: 'updated',
  'última actualización': 'updated',
  'letzte änderung': 'updated',
  deciders: 'deciders',
  'decision makers': 'deciders',
  'decision maker': 'deciders',
  'decided by': 'deciders',
  consulted: 'consulted',
  informed: 'informed',
  tags: 'tags',
  tag: 'tags',
  labels: 'tags',
  categories: 'tags',
  category: 'tags',
  authors: 'authors',
  author: 'authors',
  title: 'title',
  adr: 'number',
  number: 'number',
  // The code a decision governs (`applies-to`, `applies_to`, `appliesTo`, `Applies to:`), as
  // guidelines name theirs. Not `scope`: records use it for prose ("Scope: all teams").
  'applies to': 'appliesTo',
  appliesto: 'appliesTo',
};

/** The keys a section heading can name a field with (`status`, `fecha de creación`), for a quick test before the lookup. */
export const FIELD_KEYS: readonly string[] = Object.keys(KEYS);

/** The field a section heading's key (`sectionName`: lower case, single spaces) names, if any: `status`, `fecha`, `last updated`. */
export function fieldOfSectionKey(key: string): MetadataKey | undefined {
  return Object.prototype.hasOwnProperty.call(KEYS, key) ? KEYS[key] : undefined;
}

export type KeyMeaning = { readonly field: MetadataKey } | { readonly relation: AdrRelation };

/**
 * What a metadata key means: `Decision-Makers`, `decision makers`, `Decider(s)` and
 * `**Deciders**` are all the deciders; `Superseded by` is a relation.
 */
export function meaningOfKey(label: string): KeyMeaning | undefined {
  // Labels that mean something are few (the spellings of a few keys) and come back in every
  // record: each is worked out once. The others are often one of a kind ("ledger version" in
  // a table): remembering them would cost more than working them out.
  const known = MEANINGS.get(label);
  if (known !== undefined) return known;
  const key = label
    .replace(/[*_`]/g, ' ')
    .replace(/\(s\)/gi, 's')
    .replace(/[-\s]+/g, ' ')
    .trim()
    .toLowerCase();
  // Own keys only: `constructor` is not a metadata key.
  const field = Object.prototype.hasOwnProperty.call(KEYS, key) ? KEYS[key] : undefined;
  const relation = field ? undefined : relationOf(key);
  const meaning: KeyMeaning | undefined = field ? { field } : relation ? { relation } : undefined;
  if (meaning && MEANINGS.size < MAX_REMEMBERED_LABELS) MEANINGS.set(ownCopy(label), meaning);
  return meaning;
}

/** Labels seen before and what they mean. */
const MEANINGS = new Map<string, KeyMeaning>();
/** Past this many spellings, no more are kept. */
const MAX_REMEMBERED_LABELS = 4000;

/** Splits a list written in one line: `Alice, Bob and Carol`, `a; b`, `#tag1 #tag2`. */
export function splitList(text: string, tags = false): string[] {
  // Each look-behind lets a match start only where a run of blanks (or of marks) starts:
  // tried at every blank of a long run, these patterns are quadratic, nested in split cubic.
  // No alternative nests one run of blanks in another.
  const separators = tags ? /(?<!\s)(?:\s*[,;]\s*|\s+and\s+|\s+)/ : /(?<!\s)(?:\s*[,;]\s*|\s+and\s+)/;
  return text
    .split(separators)
    .map((s) => s.replace(/^[#*_`\s[\]]+|(?<![*_`\s[\]])[*_`\s[\]]+$/g, '').trim())
    .filter(Boolean);
}
