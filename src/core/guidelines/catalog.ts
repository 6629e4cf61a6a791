import type { CatalogKey } from '../rules/rule';
import type { Guideline } from './model';

/** Guidelines by id (compared without case, as people quote ids loosely), for duplicate checks and lookups. */
export const GUIDELINES_BY_ID: CatalogKey<ReadonlyMap<string, readonly Guideline[]>> = {
  name: 'guideline/by-id',
  kinds: ['guideline'],
  build(view) {
    const map = new Map<string, Guideline[]>();
    for (const g of view.documents('guideline')) {
      const key = g.id.toLowerCase();
      const list = map.get(key);
      if (list) list.push(g);
      else map.set(key, [g]);
    }
    return map;
  },
};
