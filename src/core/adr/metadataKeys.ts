import type { AdrRelation } from './model';
import { relationOf } from './links';

/** The metadata a record can state, whatever the format writes the key as. */
export type MetadataKey = 'status' | 'date' | 'deciders' | 'consulted' | 'informed' | 'tags' | 'authors' | 'title' | 'number';

const KEYS: Readonly<Record<string, MetadataKey>> = {
  status: 'status',
  state: 'status',
  date: 'date',
  'last updated': 'date',
  updated: 'date',
  'decision date': 'date',
  'date of decision': 'date',
  created: 'date',
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
};

export type KeyMeaning = { readonly field: MetadataKey } | { readonly relation: AdrRelation };

/**
 * What a metadata key means: `Decision-Makers`, `decision makers`, `Decider(s)` and
 * `**Deciders**` are all the deciders; `Superseded by` is a relation.
 */
export function meaningOfKey(label: string): KeyMeaning | undefined {
  const key = label
    .replace(/[*_`]/g, ' ')
    .replace(/\(s\)/gi, 's')
    .replace(/[-\s]+/g, ' ')
    .trim()
    .toLowerCase();
  const field = KEYS[key];
  if (field) return { field };
  const relation = relationOf(key);
  return relation ? { relation } : undefined;
}

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
