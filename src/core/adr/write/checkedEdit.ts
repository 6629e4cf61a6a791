import { applyTextEdits, type TextEdit } from '../../model/text';
import type { AdrCatalog } from '../catalog';
import type { AdrLink, AdrRelation, DecisionRecord, MarkdownReference } from '../model';
import { parseDecisionRecord } from '../parser';
import { normaliseStatus } from '../status';
import { targetNames } from './linkTargets';
import { planFailure, type AdrPlanFailure } from './planResult';

/**
 * Every edit of a record is read back before it is offered: the edited text is parsed
 * again, the intended change must be there, and every other field must read as before.
 * An edit that would lose a value, break the front matter or write a link that names
 * another record is refused with the reason, instead of being written.
 */

/** What an edit means to change; everything else must read back unchanged. */
export type EditIntent =
  /** `date`: the last-updated date the status change also writes, when it does. */
  | { readonly kind: 'status'; readonly status: string; readonly date?: string | undefined }
  | { readonly kind: 'link'; readonly relation: AdrRelation; readonly target: DecisionRecord; readonly catalog?: AdrCatalog | undefined }
  | { readonly kind: 'number'; readonly number: number };

/** The fields of a record as text, by name, for comparing two readings of it. */
export function recordFacts(record: DecisionRecord): Map<string, string> {
  const facts = new Map<string, string>();
  const put = (name: string, value: unknown) => facts.set(name, value === undefined ? '' : JSON.stringify(value));
  put('number', record.number?.value);
  put('title', record.title?.value);
  put('status', record.status && [record.status.value, record.status.raw]);
  put('date', record.date?.raw);
  put('deciders', record.deciders?.value);
  put('consulted', record.consulted?.value);
  put('informed', record.informed?.value);
  put('tags', record.tags?.value);
  put('authors', record.authors?.value);
  put('links', record.links.map(linkFact).sort());
  put('references', record.references.map((r) => r.href).sort());
  put('sections', record.sections.map((s) => s.key));
  put('front-matter', record.frontMatter && [record.frontMatter.valid, Object.keys(record.frontMatter.entries)]);
  put('problems', record.problems.map((p) => p.rule).sort());
  return facts;
}

function linkFact(link: AdrLink): string {
  return `${link.relation} ${link.target.text}`;
}

/**
 * The edits when they do exactly what `intent` says to `record`, else why not. No edits
 * is fine (nothing to change).
 */
export function checkEdits(record: DecisionRecord, edits: readonly TextEdit[], intent: EditIntent): AdrPlanFailure | undefined {
  if (edits.length === 0) return undefined;
  let after: DecisionRecord;
  try {
    after = parseDecisionRecord(record.path, applyTextEdits(record.text, edits), record.directory);
  } catch (e) {
    return refuse(record, `the edit could not be applied (${e instanceof Error ? e.message : String(e)})`);
  }
  const missing = intendedChangeMissing(after, intent);
  if (missing) return refuse(record, missing);
  const before = recordFacts(record);
  const now = recordFacts(after);
  for (const [name, value] of before) {
    if (now.get(name) === value || mayChange(name, intent, record, after)) continue;
    return refuse(record, `it would change its ${name} (${value || 'none'} → ${now.get(name) || 'none'})`);
  }
  return undefined;
}

function refuse(record: DecisionRecord, why: string): AdrPlanFailure {
  return planFailure(`${record.path} was left as it is: ${why}. Edit it by hand.`);
}

/** Why the edited record does not say what was intended, or `undefined` when it does. */
function intendedChangeMissing(after: DecisionRecord, intent: EditIntent): string | undefined {
  if (after.frontMatter && !after.frontMatter.valid) return 'the front matter would no longer be valid YAML';
  switch (intent.kind) {
    case 'status': {
      const word = normaliseStatus(intent.status);
      if (!after.status) return `the status "${intent.status}" would not read back`;
      return after.status.value === word ? undefined : `the status would read "${after.status.raw}", not "${intent.status}"`;
    }
    case 'link': {
      const found = after.links.some((l) => l.relation === intent.relation && namesTarget(after, l, intent));
      return found ? undefined : `the ${intent.relation} link to ${intent.target.path} would not resolve to it`;
    }
    case 'number':
      return after.number?.value === intent.number ? undefined : `the number ${intent.number} would not read back`;
  }
}

/** Whether a link names the intended target, as the catalog resolves it when there is one. */
function namesTarget(after: DecisionRecord, link: AdrLink, intent: Extract<EditIntent, { kind: 'link' }>): boolean {
  if (!targetNames(after, link.target, intent.target)) return false;
  if (!intent.catalog || link.target.path !== undefined) return true;
  // A number or slug: the folder may hold another record by that name (a duplicate number).
  const resolved = intent.catalog.resolve(after, link.target);
  return resolved === undefined || resolved.path === intent.target.path;
}

/**
 * The fields an edit of this kind changes on purpose: the status (and, for a new status,
 * the `## Status` section or `status` key that holds it); a link (and its key or section,
 * and for "superseded by" the status).
 */
function mayChange(name: string, intent: EditIntent, before: DecisionRecord, after: DecisionRecord): boolean {
  switch (intent.kind) {
    case 'status':
      if (name === 'status') return true;
      if (name === 'date') return intent.date !== undefined && after.date?.raw === intent.date;
      if (name === 'links') return linksKept(before, after, (l) => !before.status || !within(l, before.status));
      // `[ADOPTED](/README.md#adopted)`: the link around the old status word goes with it.
      if (name === 'references') return referencesKept(before, after, (r) => !before.status || !within(r, before.status));
      return addsOnly(name, before, after);
    case 'link': {
      // "Superseded by" takes the place of the old status, and of a link written around it.
      const replaced = intent.relation === 'superseded-by' ? before.status : undefined;
      if (name === 'links') return linksKept(before, after, () => true);
      if (name === 'status') return intent.relation === 'superseded-by' && after.status?.value === 'superseded';
      if (name === 'references') return replaced !== undefined && referencesKept(before, after, (r) => !within(r, replaced));
      return addsOnly(name, before, after);
    }
    case 'number':
      return name === 'number';
  }
}

/** Every link of `before` that `keep` selects is still there after the edit. */
function linksKept(before: DecisionRecord, after: DecisionRecord, keep: (l: AdrLink) => boolean): boolean {
  const now = new Set(after.links.map(linkFact));
  return before.links.filter(keep).every((l) => now.has(linkFact(l)));
}

/** Every body reference of `before` that `keep` selects is still there after the edit. */
function referencesKept(before: DecisionRecord, after: DecisionRecord, keep: (r: MarkdownReference) => boolean): boolean {
  const now = new Set(after.references.map((r) => r.href));
  return before.references.filter(keep).every((r) => now.has(r.href));
}

function within(inner: { start: number; end: number }, outer: { start: number; end: number }): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/**
 * A new section or front-matter key to hold the new value, with the existing ones kept:
 * sections in order, keys in any (a key that overrides a merged one, `<<: *defaults`, is
 * listed where it is written, no longer where the merge put it).
 */
function addsOnly(name: string, before: DecisionRecord, after: DecisionRecord): boolean {
  if (name === 'sections') return isSubsequence(before.sections.map((s) => s.key), after.sections.map((s) => s.key));
  if (name === 'front-matter') {
    if (after.frontMatter?.valid === false) return false;
    const keys = new Set(Object.keys(after.frontMatter?.entries ?? {}));
    return Object.keys(before.frontMatter?.entries ?? {}).every((key) => keys.has(key));
  }
  return false;
}

function isSubsequence(small: readonly string[], big: readonly string[]): boolean {
  let i = 0;
  for (const x of big) if (i < small.length && small[i] === x) i++;
  return i === small.length;
}
