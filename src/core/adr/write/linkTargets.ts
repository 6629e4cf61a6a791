import type { AdrLinkTarget, AdrRelation, DecisionRecord } from '../model';
import { stripRecordExtension } from '../naming';

/**
 * Whether a link target in `from` names `to`: by path, or by number or slug within the
 * same folder, as the catalog resolves links. It works for a record that is not indexed
 * yet (one being created), which is why it does not go through the catalog.
 */
export function targetNames(from: DecisionRecord, target: AdrLinkTarget, to: DecisionRecord): boolean {
  if (target.path !== undefined) return target.path === to.path;
  if (to.folder !== from.folder) return false;
  if (target.number !== undefined) return to.number?.value === target.number;
  if (target.slug !== undefined) {
    const slug = target.slug.toLowerCase();
    const base = stripRecordExtension(to.fileName).toLowerCase();
    return slug === base || slug === to.slug.toLowerCase();
  }
  return false;
}

/** Whether `from` already states `relation` to `to`. */
export function hasRelation(from: DecisionRecord, relation: AdrRelation, to: DecisionRecord): boolean {
  return from.links.some((l) => l.relation === relation && targetNames(from, l.target, to));
}

/** A short name for a record in messages: `ADR-0007 (Use PostgreSQL)`. */
export function describeRecord(record: DecisionRecord): string {
  return record.title ? `${record.id} (${record.title.value})` : record.id;
}
