import type { AdrCatalog } from '../adr/catalog';
import type { DecisionRecord } from '../adr/model';

/** Statuses that say a record no longer holds: code that cites one cites an outdated decision. */
export const RETIRED_STATUSES = new Set(['superseded', 'deprecated', 'rejected']);

export function isRetired(record: DecisionRecord): boolean {
  return record.status !== undefined && RETIRED_STATUSES.has(record.status.value);
}

/**
 * The record that replaced `record`: the one its own "superseded by" link names, else the
 * one record that says it supersedes it; followed along a chain of replacements (A by B,
 * B by C gives C), so a mention is pointed at what holds now. Undefined when nothing says.
 */
export function successorOf(record: DecisionRecord, catalog: AdrCatalog): DecisionRecord | undefined {
  const seen = new Set<string>([record.path]);
  let current = record;
  for (;;) {
    const next = directSuccessor(current, catalog);
    if (!next || seen.has(next.path)) return current === record ? undefined : current;
    seen.add(next.path);
    current = next;
    if (!isRetired(current)) return current;
  }
}

function directSuccessor(record: DecisionRecord, catalog: AdrCatalog): DecisionRecord | undefined {
  for (const link of record.links) {
    if (link.relation !== 'superseded-by') continue;
    const to = catalog.resolve(record, link.target);
    if (to) return to;
  }
  const claims = catalog.incoming(record.path).filter((i) => i.link.relation === 'supersedes');
  return claims.length === 1 ? claims[0]!.from : undefined;
}
