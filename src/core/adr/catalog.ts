import type { CatalogKey, WorkspaceView } from '../rules/rule';
import type { AdrLink, AdrLinkTarget, DecisionRecord } from './model';
import { folderOf, stripRecordExtension } from './naming';

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
  /** Records of one ADR folder (see `adrFolderOf`): those in it, then those kept in folders of their own inside it. */
  inAdrFolder(folder: string): readonly DecisionRecord[];
  /** The record a link target names, in the record's own folder; `undefined` when there is none. */
  resolve(from: DecisionRecord, target: AdrLinkTarget): DecisionRecord | undefined;
  /** Links from other records that resolve to this one. */
  incoming(path: string): readonly ResolvedLink[];
  /** One more than the highest number in the ADR folder, record folders included (1 for a folder without numbers). */
  nextFreeNumber(folder: string): number;
  /**
   * Links from any record whose target is written as this record's path, number or
   * slug, resolved or not: the records whose findings can change when this one does.
   */
  linkingTo(record: DecisionRecord): readonly DecisionRecord[];
  /** Records with a link or a body reference to a file path inside this folder. */
  linkingInto(folder: string): readonly DecisionRecord[];
}

export const ADR_CATALOG: CatalogKey<AdrCatalog> = {
  name: 'adr/catalog',
  kinds: ['decision'],
  build: (view: WorkspaceView) => buildAdrCatalog(view.documents('decision')),
  update(value, change) {
    if (!(value instanceof MutableAdrCatalog)) return false;
    const { before, after } = change;
    if (before && before.kind !== 'decision') return false;
    if (after && after.kind !== 'decision') return false;
    if (before) value.remove(before);
    if (after) value.add(after);
    return true;
  },
};

/**
 * The ADR folder a record belongs to: its own folder, or for a record kept in a folder
 * of its own (`concepts/0003-protocols/README.md`) the ADR folder above it (`concepts`).
 */
export function adrFolderOf(r: DecisionRecord): string {
  return r.directory?.path ?? r.folder;
}

export function buildAdrCatalog(records: readonly DecisionRecord[]): AdrCatalog {
  const catalog = new MutableAdrCatalog();
  for (const r of records) catalog.add(r);
  return catalog;
}

/** A link from a record, with its position among the record's links (for ordering). */
interface LinkEntry {
  readonly from: DecisionRecord;
  readonly link: AdrLink;
  readonly index: number;
}

/**
 * The catalog as a set of multimaps that a record can be added to or removed from in
 * O(its links + log n), so an edit in a 10,000-record repository does not rebuild it.
 * Lists are kept in path order, which makes every lookup give what a rebuild from the
 * records in path order would.
 */
class MutableAdrCatalog implements AdrCatalog {
  private readonly all = new PathOrdered<DecisionRecord>((r) => r.path);
  private readonly byPathMap = new Map<string, DecisionRecord>();
  private readonly byNumberMap = new MultiMap<DecisionRecord>((r) => r.path);
  private readonly byIdMap = new MultiMap<DecisionRecord>((r) => r.path);
  /** File base names: a slug link to one finds the last record in path order with it. */
  private readonly byBaseName = new MultiMap<DecisionRecord>((r) => r.path);
  /** Slugs from file names: found when no base name matches, first in path order. */
  private readonly bySlugField = new MultiMap<DecisionRecord>((r) => r.path);
  private readonly byFolder = new MultiMap<DecisionRecord>((r) => r.path);
  /** Records kept in folders of their own, by the ADR folder above them (see `adrFolderOf`). */
  private readonly inRecordFolders = new MultiMap<DecisionRecord>((r) => r.path);
  /** Links by the key their target is written as (path, folder + number, folder + slug). */
  private readonly linksByKey = new MultiMap<LinkEntry>((e) => `${e.from.path}\n${String(e.index).padStart(6, '0')}`);
  /** Records with a file link or reference into a folder. */
  private readonly pathLinksByFolder = new MultiMap<DecisionRecord>((r) => r.path);

  get records(): readonly DecisionRecord[] {
    return this.all.list;
  }

  add(r: DecisionRecord): void {
    this.all.add(r);
    this.byPathMap.set(r.path, r);
    this.byFolder.add(r.folder, r);
    if (adrFolderOf(r) !== r.folder) this.inRecordFolders.add(adrFolderOf(r), r);
    this.byIdMap.add(r.id.toLowerCase(), r);
    if (r.number !== undefined) this.byNumberMap.add(numberKey(r.folder, r.number.value), r);
    this.byBaseName.add(slugKey(r.folder, baseNameKey(r)), r);
    if (r.slug) this.bySlugField.add(slugKey(r.folder, r.slug.toLowerCase()), r);
    r.links.forEach((link, index) => this.linksByKey.add(targetKey(r, link.target), { from: r, link, index }));
    for (const folder of pathFolders(r)) this.pathLinksByFolder.add(folder, r);
  }

  remove(r: DecisionRecord): void {
    this.all.remove(r);
    if (this.byPathMap.get(r.path) === r) this.byPathMap.delete(r.path);
    this.byFolder.remove(r.folder, r);
    if (adrFolderOf(r) !== r.folder) this.inRecordFolders.remove(adrFolderOf(r), r);
    this.byIdMap.remove(r.id.toLowerCase(), r);
    if (r.number !== undefined) this.byNumberMap.remove(numberKey(r.folder, r.number.value), r);
    this.byBaseName.remove(slugKey(r.folder, baseNameKey(r)), r);
    if (r.slug) this.bySlugField.remove(slugKey(r.folder, r.slug.toLowerCase()), r);
    r.links.forEach((link, index) => this.linksByKey.removeWhere(targetKey(r, link.target), (e) => e.from === r && e.index === index));
    for (const folder of pathFolders(r)) this.pathLinksByFolder.remove(folder, r);
  }

  byPath(p: string): DecisionRecord | undefined {
    return this.byPathMap.get(p);
  }

  byNumber(folder: string, n: number): readonly DecisionRecord[] {
    return this.byNumberMap.get(numberKey(folder, n));
  }

  byId(id: string): readonly DecisionRecord[] {
    return this.byIdMap.get(id.toLowerCase());
  }

  inFolder(folder: string): readonly DecisionRecord[] {
    return this.byFolder.get(folder);
  }

  inAdrFolder(folder: string): readonly DecisionRecord[] {
    const nested = this.inRecordFolders.get(folder);
    return nested.length === 0 ? this.byFolder.get(folder) : [...this.byFolder.get(folder), ...nested];
  }

  resolve(from: DecisionRecord, target: AdrLinkTarget): DecisionRecord | undefined {
    if (target.path !== undefined) return this.byPathMap.get(target.path);
    if (target.number !== undefined) {
      const hits = this.byNumberMap.get(numberKey(from.folder, target.number));
      return hits.find((r) => r !== from) ?? hits[0];
    }
    if (target.slug !== undefined) {
      const key = slugKey(from.folder, target.slug.toLowerCase());
      const named = this.byBaseName.get(key);
      return named.length > 0 ? named[named.length - 1] : this.bySlugField.get(key)[0];
    }
    return undefined;
  }

  incoming(p: string): readonly ResolvedLink[] {
    const to = this.byPathMap.get(p);
    if (!to) return [];
    const out: (ResolvedLink & { index: number })[] = [];
    for (const key of new Set(recordKeys(to))) {
      for (const e of this.linksByKey.get(key)) {
        if (e.from !== to && this.resolve(e.from, e.link.target) === to) out.push({ from: e.from, link: e.link, to, index: e.index });
      }
    }
    // In the order a pass over the records (by path) and their links would find them.
    out.sort((a, b) => (a.from.path < b.from.path ? -1 : a.from.path > b.from.path ? 1 : a.index - b.index));
    return out.map(({ from, link }) => ({ from, link, to }));
  }

  nextFreeNumber(folder: string): number {
    let max = 0;
    for (const r of this.inAdrFolder(folder)) if (r.number !== undefined && r.number.value > max) max = r.number.value;
    return max + 1;
  }

  linkingTo(record: DecisionRecord): readonly DecisionRecord[] {
    const out = new Set<DecisionRecord>();
    for (const key of recordKeys(record)) for (const e of this.linksByKey.get(key)) out.add(e.from);
    return [...out];
  }

  linkingInto(folder: string): readonly DecisionRecord[] {
    return this.pathLinksByFolder.get(folder);
  }
}

/** The keys under which links to this record are filed, however they are written. */
function recordKeys(r: DecisionRecord): string[] {
  const keys = [`p\n${r.path}`, `s\n${slugKey(r.folder, baseNameKey(r))}`];
  if (r.number !== undefined) keys.push(`n\n${numberKey(r.folder, r.number.value)}`);
  if (r.slug) keys.push(`s\n${slugKey(r.folder, r.slug.toLowerCase())}`);
  return keys;
}

/** The one key a link target is looked up by, the way `resolve` reads it. */
function targetKey(from: DecisionRecord, t: AdrLinkTarget): string {
  if (t.path !== undefined) return `p\n${t.path}`;
  if (t.number !== undefined) return `n\n${numberKey(from.folder, t.number)}`;
  if (t.slug !== undefined) return `s\n${slugKey(from.folder, t.slug.toLowerCase())}`;
  return 'none';
}

/** Folders a record's file links and body references point into. */
function pathFolders(r: DecisionRecord): Set<string> {
  const folders = new Set<string>();
  for (const l of r.links) if (l.target.path !== undefined) folders.add(folderOf(l.target.path));
  for (const ref of r.references) folders.add(folderOf(ref.path));
  return folders;
}

/** A record's file name without extension, lower-cased: what a slug link to it is compared with. */
export function baseNameKey(r: DecisionRecord): string {
  return stripRecordExtension(r.fileName).toLowerCase();
}

/** A map of keys to lists kept in the order of a sort key (a path), with O(log n) inserts. */
class MultiMap<V> {
  private readonly map = new Map<string, PathOrdered<V>>();

  constructor(private readonly order: (v: V) => string) {}

  get(key: string): readonly V[] {
    return this.map.get(key)?.list ?? EMPTY;
  }

  add(key: string, v: V): void {
    let list = this.map.get(key);
    if (!list) this.map.set(key, (list = new PathOrdered(this.order)));
    list.add(v);
  }

  remove(key: string, v: V): void {
    this.removeWhere(key, (x) => x === v);
  }

  removeWhere(key: string, test: (v: V) => boolean): void {
    const list = this.map.get(key);
    if (!list) return;
    list.removeWhere(test);
    if (list.size === 0) this.map.delete(key);
  }
}

/**
 * A list sorted by a string key. An array handed out is never changed afterwards: the
 * first change after a read copies it (copy on write), so building by appends stays O(n).
 */
class PathOrdered<V> {
  private items: V[] = [];
  private shared = false;

  constructor(private readonly order: (v: V) => string) {}

  get list(): readonly V[] {
    this.shared = true;
    return this.items;
  }

  add(v: V): void {
    if (this.items.length === 0) {
      // Most keys (an id, a number in a folder) have one record: an array of exactly one
      // instead of one grown by push, which reserves room for sixteen.
      this.items = [v];
      this.shared = false;
      return;
    }
    const key = this.order(v);
    const items = this.writable();
    // A build adds records in path order: then each goes at the end, after one comparison.
    if (this.order(items[items.length - 1]!) <= key) {
      items.push(v);
      return;
    }
    let lo = 0;
    let hi = items.length;
    // After equal keys, where a stable pass in path order puts it.
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.order(items[mid]!) <= key) lo = mid + 1;
      else hi = mid;
    }
    // Never past the end: an item that sorts last was appended above.
    items.splice(lo, 0, v);
  }

  remove(v: V): void {
    this.removeWhere((x) => x === v);
  }

  removeWhere(test: (v: V) => boolean): void {
    const i = this.items.findIndex(test);
    if (i >= 0) this.writable().splice(i, 1);
  }

  get size(): number {
    return this.items.length;
  }

  private writable(): V[] {
    if (this.shared) {
      this.items = this.items.slice();
      this.shared = false;
    }
    return this.items;
  }
}

const EMPTY: readonly never[] = [];

function numberKey(folder: string, n: number): string {
  return `${folder}\n${n}`;
}

function slugKey(folder: string, slug: string): string {
  return `${folder}\n${slug}`;
}
