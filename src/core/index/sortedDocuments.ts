import type { AnyIndexedDocument } from '../model/documents';
import { lowerBound } from '../util/sortedSearch';

/**
 * One kind's documents in path order, kept sorted across single-document changes by a
 * binary search, so an edit does not re-sort ten thousand records. The array handed out
 * is never changed afterwards (a change makes a new one, an O(n) copy of pointers), so a
 * caller may keep it while the index moves on.
 */
export class SortedDocuments {
  private list: AnyIndexedDocument[];

  constructor(docs: Iterable<AnyIndexedDocument>) {
    this.list = [...docs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  get documents(): readonly AnyIndexedDocument[] {
    return this.list;
  }

  /** Adds a document, or replaces the one with the same path. */
  set(doc: AnyIndexedDocument): void {
    const i = this.indexOf(doc.path);
    const next = this.list.slice();
    if (i < next.length && next[i]!.path === doc.path) next[i] = doc;
    else next.splice(i, 0, doc);
    this.list = next;
  }

  delete(path: string): void {
    const i = this.indexOf(path);
    if (i >= this.list.length || this.list[i]!.path !== path) return;
    const next = this.list.slice();
    next.splice(i, 1);
    this.list = next;
  }

  /** The first position whose path is not less than `path`. */
  private indexOf(path: string): number {
    return lowerBound(this.list, path, pathOf);
  }
}

const pathOf = (doc: AnyIndexedDocument): string => doc.path;
