import type { CatalogKey, WorkspaceView } from '../rules/rule';
import type { AdrLink, AdrLinkTarget, DecisionRecord } from './model';

/** A link from one record, resolved to the record it points at. */
export interface ResolvedLink {
  readonly from: DecisionRecord;
  readonly link: AdrLink;
  readonly to: DecisionRecord;
}

/**
 * Lookups over all decision records of a workspace folder, built once per change of the
 * records (the index caches it) so cross-file rules and commands look up in O(1).
 */
export interface AdrCatalog {
  readonly records: readonly DecisionRecord[];
  byPath(path: string): DecisionRecord | undefined;
  /** Records with this number in this folder (more than one is a duplicate). */
  byNumber(folder: string, n: number): readonly DecisionRecord[];
  /** Records with this id (`ADR-0007`, or a log4brains slug) in any folder; case-insensitive. */
  byId(id: string): readonly DecisionRecord[];
  /** Records in one folder, in path order. */
  inFolder(folder: string): readonly DecisionRecord[];
  /** The record a link target names, in the record's own folder; `undefined` when there is none. */
  resolve(from: DecisionRecord, target: AdrLinkTarget): DecisionRecord | undefined;
  /** Links from other records that resolve to this one. */
  incoming(path: string): readonly ResolvedLink[];
  /** One more than the highest number in the folder (1 for a folder without numbers). */
  nextFreeNumber(folder: string): number;
}

export const ADR_CATALOG: CatalogKey<AdrCatalog> = {
  name: 'adr/catalog',
  kinds: ['decision'],
  build: (view: WorkspaceView) => buildAdrCatalog(view.documents('decision')),
};

export function buildAdrCatalog(records: readonly DecisionRecord[]): AdrCatalog {
  const byPath = new Map<string, DecisionRecord>();
  const byNumber = new Map<string, DecisionRecord[]>();
  const byId = new Map<string, DecisionRecord[]>();
  const bySlug = new Map<string, DecisionRecord>();
  const byFolder = new Map<string, DecisionRecord[]>();
  const maxNumber = new Map<string, number>();
  const push = <K>(m: Map<K, DecisionRecord[]>, k: K, r: DecisionRecord) => {
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  };

  for (const r of records) {
    byPath.set(r.path, r);
    push(byFolder, r.folder, r);
    push(byId, r.id.toLowerCase(), r);
    if (r.number !== undefined) {
      push(byNumber, numberKey(r.folder, r.number.value), r);
      maxNumber.set(r.folder, Math.max(maxNumber.get(r.folder) ?? 0, r.number.value));
    }
    const base = r.fileName.replace(/\.(md|markdown)$/i, '').toLowerCase();
    bySlug.set(slugKey(r.folder, base), r);
    if (r.slug && !bySlug.has(slugKey(r.folder, r.slug.toLowerCase()))) bySlug.set(slugKey(r.folder, r.slug.toLowerCase()), r);
  }

  const resolve = (from: DecisionRecord, target: AdrLinkTarget): DecisionRecord | undefined => {
    if (target.path !== undefined) return byPath.get(target.path);
    if (target.number !== undefined) {
      const hits = byNumber.get(numberKey(from.folder, target.number)) ?? [];
      return hits.find((r) => r !== from) ?? hits[0];
    }
    if (target.slug !== undefined) return bySlug.get(slugKey(from.folder, target.slug.toLowerCase()));
    return undefined;
  };

  const incoming = new Map<string, ResolvedLink[]>();
  for (const from of records) {
    for (const link of from.links) {
      const to = resolve(from, link.target);
      if (!to || to === from) continue;
      const list = incoming.get(to.path);
      const entry = { from, link, to };
      if (list) list.push(entry);
      else incoming.set(to.path, [entry]);
    }
  }

  return {
    records,
    byPath: (p) => byPath.get(p),
    byNumber: (folder, n) => byNumber.get(numberKey(folder, n)) ?? [],
    byId: (id) => byId.get(id.toLowerCase()) ?? [],
    inFolder: (folder) => byFolder.get(folder) ?? [],
    resolve,
    incoming: (p) => incoming.get(p) ?? [],
    nextFreeNumber: (folder) => (maxNumber.get(folder) ?? 0) + 1,
  };
}

function numberKey(folder: string, n: number): string {
  return `${folder}\n${n}`;
}

function slugKey(folder: string, slug: string): string {
  return `${folder}\n${slug}`;
}
