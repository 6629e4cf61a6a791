import { fieldRole } from '../fieldNames';
import type { RiskField, RiskFieldMap } from '../model';
import { RISK_KEYS } from '../schema';

const OUR_KEYS: ReadonlySet<string> = new Set(RISK_KEYS);

/** Each written key's field name, per list of keys (lists are shared by risks written alike). */
const ROLES_BY_NAMES = new WeakMap<readonly string[], ReadonlyMap<string, string>>();

/** The field each key of a YAML risk in another style feeds: our keys as they are, others by their meaning (`name`, `probability`, `review_date`). */
function rolesOf(names: readonly string[]): ReadonlyMap<string, string> {
  let roles = ROLES_BY_NAMES.get(names);
  if (!roles) {
    const map = new Map<string, string>();
    for (const key of names) {
      const role = OUR_KEYS.has(key) ? key : fieldRole(key);
      // The first key with a meaning wins: `title` before a later `name`.
      if (role !== undefined && !map.has(role)) map.set(role, key);
    }
    // With no title, the description names the risk (as in a table with no title column).
    const description = map.get('description');
    if (!map.has('title') && description !== undefined) {
      map.set('title', description);
      map.delete('description');
    }
    ROLES_BY_NAMES.set(names, (roles = map));
  }
  return roles;
}

/** Whether a risk's keys include one of another style (`name`, `severity`, `probability`...) that our format names otherwise. */
export function hasForeignKeys(names: readonly string[]): boolean {
  // Risks written alike share their list of keys: each list is judged once.
  let foreign = FOREIGN_BY_NAMES.get(names);
  if (foreign === undefined) FOREIGN_BY_NAMES.set(names, (foreign = names.some((key) => !OUR_KEYS.has(key) && fieldRole(key) !== undefined)));
  return foreign;
}

const FOREIGN_BY_NAMES = new WeakMap<readonly string[], boolean>();

/**
 * A YAML risk in another style, looked up by our field names: `title` finds `name`,
 * `likelihood` finds `probability`. Each field keeps the key it was written with.
 */
export class RoleFields implements RiskFieldMap {
  constructor(private readonly inner: RiskFieldMap) {}

  get names(): readonly string[] {
    return this.inner.names;
  }

  get(name: string): RiskField | undefined {
    const key = rolesOf(this.inner.names).get(name);
    return key === undefined ? undefined : this.inner.get(key);
  }

  value(name: string): unknown {
    const key = rolesOf(this.inner.names).get(name);
    return key === undefined ? undefined : this.inner.value(key);
  }
}
