import type { DocumentChange } from '../index/kindProvider';
import type { WorkspaceView } from '../rules/rule';
import { ADR_CATALOG, baseNameKey } from './catalog';
import type { DecisionRecord } from './model';
import { folderOf } from './naming';

/**
 * The decision records whose findings can change when one document changed, for the
 * cross-file rules: broken-link (does the target exist, what is it called),
 * missing-reciprocal-link (what the other record says), duplicate-number (who else has
 * the number, the next free one), superseded-without-successor (who links here), and
 * the renumbering fixes that edit the records linking to one.
 */
export function decisionsAffectedBy(change: DocumentChange, view: WorkspaceView): Set<string> {
  const out = new Set<string>();
  const catalog = view.catalog(ADR_CATALOG);
  const add = (records: Iterable<DecisionRecord>) => {
    for (const r of records) out.add(r.path);
  };
  const before = change.before?.kind === 'decision' ? change.before : undefined;
  const after = change.after?.kind === 'decision' ? change.after : undefined;
  const cameOrWent = !change.before !== !change.after;
  if (cameOrWent) {
    // A file appeared or disappeared: links to it are now broken or whole, and the
    // "did you mean" of broken links into its folder may name it.
    add(catalog.linkingInto(folderOf(change.path)));
  }
  for (const record of [before, after]) {
    if (!record) continue;
    add(catalog.linkingTo(record));
    if (record.number !== undefined) add(catalog.byNumber(record.folder, record.number.value));
    // Records it links to: what it says about them (their incoming links) changed.
    for (const link of record.links) {
      const to = catalog.resolve(record, link.target);
      if (to) out.add(to.path);
    }
    // Records sharing a slug: a slug link now finds one or the other.
    const base = baseNameKey(record);
    for (const r of catalog.inFolder(record.folder)) if (baseNameKey(r) === base || (r.slug && record.slug && r.slug.toLowerCase() === record.slug.toLowerCase())) out.add(r.path);
  }
  if (before?.number?.value !== after?.number?.value) {
    // The highest number may have moved: every duplicate's "next free number" with it.
    for (const record of [before, after]) {
      if (!record) continue;
      for (const r of catalog.inFolder(record.folder)) if (r.number !== undefined && catalog.byNumber(r.folder, r.number.value).length > 1) out.add(r.path);
    }
  }
  return out;
}
