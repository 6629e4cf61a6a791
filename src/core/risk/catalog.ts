import type { CatalogKey } from '../rules/rule';
import type { Risk, RiskRegister } from './model';
import { classifyReference, riskIdKey } from './references';

export interface RiskLocation {
  readonly register: RiskRegister;
  readonly risk: Risk;
}

export interface RiskIds {
  /** Every risk of the folder by id (upper-cased), in path then file order. */
  readonly byId: ReadonlyMap<string, readonly RiskLocation[]>;
  /** The id prefixes in use (`RISK-`, `SEC-`), upper-cased: a reference with another prefix is not a risk id. */
  readonly prefixes: ReadonlySet<string>;
}

class Location implements RiskLocation {
  constructor(
    readonly register: RiskRegister,
    readonly risk: Risk,
  ) {}
}

/** The risk ids of the folder, kept current one register at a time. */
export const RISK_ID_CATALOG: CatalogKey<RiskIds> = {
  name: 'risk/ids',
  kinds: ['risk'],
  build(view) {
    const ids = new IncrementalRiskIds();
    for (const register of view.documents('risk')) ids.add(register);
    return ids;
  },
  update(value, change) {
    const ids = value as IncrementalRiskIds;
    if (change.before?.kind === 'risk') ids.remove(change.before);
    if (change.after?.kind === 'risk') ids.add(change.after);
    return true;
  },
};

/**
 * RiskIds that take one register in or out in O(its risks): the locations of an id stay
 * in path then file order (a register's locations are inserted before the first location
 * of a later path), and each prefix counts the risks that use it.
 */
class IncrementalRiskIds implements RiskIds {
  readonly byId = new Map<string, RiskLocation[]>();
  readonly prefixes = new Set<string>(['RISK-']);
  private readonly prefixUses = new Map<string, number>();

  add(register: RiskRegister): void {
    for (const risk of register.risks) {
      if (risk.id === undefined) continue;
      const key = riskIdKey(risk.id);
      const list = this.byId.get(key);
      if (!list) {
        // Most ids are used once: a list of exactly one. Made by Array.of and a
        // constructor, not literals: the catalog replaces them on each edit (see IndexedDocument).
        this.byId.set(key, Array.of<RiskLocation>(new Location(register, risk)));
      } else {
        // After every location of this or an earlier path: path order, then file order.
        let at = list.length;
        while (at > 0 && list[at - 1]!.register.path > register.path) at--;
        list.splice(at, 0, new Location(register, risk));
      }
      const prefix = idPrefix(key);
      this.prefixUses.set(prefix, (this.prefixUses.get(prefix) ?? 0) + 1);
      this.prefixes.add(prefix);
    }
  }

  remove(register: RiskRegister): void {
    for (const risk of register.risks) {
      if (risk.id === undefined) continue;
      const key = riskIdKey(risk.id);
      const list = this.byId.get(key);
      if (list?.length === 1) {
        if (list[0]!.register.path === register.path) this.byId.delete(key);
      } else if (list) {
        const rest = list.filter((l) => l.register.path !== register.path);
        if (rest.length === 0) this.byId.delete(key);
        else if (rest.length !== list.length) this.byId.set(key, rest);
      }
      const prefix = idPrefix(key);
      const uses = (this.prefixUses.get(prefix) ?? 1) - 1;
      if (uses > 0) this.prefixUses.set(prefix, uses);
      else {
        this.prefixUses.delete(prefix);
        if (prefix !== 'RISK-') this.prefixes.delete(prefix);
      }
    }
  }
}

/**
 * Which registers refer to what, for risksAffectedBy: the registers whose `related`
 * names a risk id (by id, and by the id's prefix) or a decision record (by number).
 */
export interface RiskReferrers {
  /** Risk id (upper-cased) → the registers with a risk reference to it. */
  readonly byRiskId: ReadonlyMap<string, ReadonlySet<string>>;
  /** Id prefix (upper-cased) → the registers with a risk reference with that prefix. */
  readonly byRiskPrefix: ReadonlyMap<string, ReadonlySet<string>>;
  /** Decision number (undefined when the reference has none) → the registers naming it. */
  readonly byAdrNumber: ReadonlyMap<number | undefined, ReadonlySet<string>>;
  /** The registers with any decision reference. */
  readonly withAdrReference: ReadonlySet<string>;
}

export const RISK_REFERRERS_CATALOG: CatalogKey<RiskReferrers> = {
  name: 'risk/referrers',
  kinds: ['risk'],
  build(view) {
    const referrers = new IncrementalReferrers();
    for (const register of view.documents('risk')) referrers.add(register);
    return referrers;
  },
  update(value, change) {
    const referrers = value as IncrementalReferrers;
    if (change.before?.kind === 'risk') referrers.remove(change.before);
    if (change.after?.kind === 'risk') referrers.add(change.after);
    return true;
  },
};

/** A register's contributions go in and out whole, so plain sets of paths suffice. */
class IncrementalReferrers implements RiskReferrers {
  readonly byRiskId = new Map<string, Set<string>>();
  readonly byRiskPrefix = new Map<string, Set<string>>();
  readonly byAdrNumber = new Map<number | undefined, Set<string>>();
  readonly withAdrReference = new Set<string>();

  add(register: RiskRegister): void {
    for (const risk of register.risks) {
      for (const ref of risk.related) {
        if (ref.kind === 'risk') {
          const key = riskIdKey(ref.text);
          addTo(this.byRiskId, key, register.path);
          addTo(this.byRiskPrefix, idPrefix(key), register.path);
        } else if (ref.kind === 'adr') {
          addTo(this.byAdrNumber, ref.adrNumber, register.path);
          this.withAdrReference.add(register.path);
        }
      }
    }
  }

  remove(register: RiskRegister): void {
    for (const risk of register.risks) {
      for (const ref of risk.related) {
        if (ref.kind === 'risk') {
          const key = riskIdKey(ref.text);
          deleteFrom(this.byRiskId, key, register.path);
          deleteFrom(this.byRiskPrefix, idPrefix(key), register.path);
        } else if (ref.kind === 'adr') {
          deleteFrom(this.byAdrNumber, ref.adrNumber, register.path);
          this.withAdrReference.delete(register.path);
        }
      }
    }
  }
}

function addTo<K>(map: Map<K, Set<string>>, key: K, path: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(path);
}

function deleteFrom<K>(map: Map<K, Set<string>>, key: K, path: string): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(path);
  if (set.size === 0) map.delete(key);
}

/** `RISK-012` → `RISK-`: the id without its trailing digits (a loop: this runs for every id of a register on each change). */
export function idPrefix(id: string): string {
  let end = id.length;
  while (end > 0 && id.charCodeAt(end - 1) >= 48 && id.charCodeAt(end - 1) <= 57) end--;
  return end === id.length ? id : id.slice(0, end);
}

export interface AdrNumbers {
  readonly numbers: ReadonlySet<number>;
  /** How many decision records the folder has, to explain an empty catalog. */
  readonly recordCount: number;
}

/** The numbers of the folder's decision records, so `ADR-7`, `ADR-0007` and `ADR 7` all find record 7. */
export const ADR_NUMBER_CATALOG: CatalogKey<AdrNumbers> = {
  name: 'risk/adr-numbers',
  kinds: ['decision'],
  build(view) {
    const numbers = new IncrementalAdrNumbers();
    for (const record of view.documents('decision')) numbers.add(record);
    return numbers;
  },
  update(value, change) {
    const numbers = value as IncrementalAdrNumbers;
    if (change.before?.kind === 'decision') numbers.remove(change.before);
    if (change.after?.kind === 'decision') numbers.add(change.after);
    return true;
  },
};

/** AdrNumbers that count the records of each number, so one record goes in or out in O(1). */
class IncrementalAdrNumbers implements AdrNumbers {
  readonly numbers = new Set<number>();
  recordCount = 0;
  private readonly uses = new Map<number, number>();

  add(record: object): void {
    this.recordCount++;
    const n = adrNumberOf(record);
    if (n === undefined) return;
    this.uses.set(n, (this.uses.get(n) ?? 0) + 1);
    this.numbers.add(n);
  }

  remove(record: object): void {
    this.recordCount--;
    const n = adrNumberOf(record);
    if (n === undefined) return;
    const uses = (this.uses.get(n) ?? 1) - 1;
    if (uses > 0) this.uses.set(n, uses);
    else {
      this.uses.delete(n);
      this.numbers.delete(n);
    }
  }
}

/**
 * A record's number. Read structurally: the decision model gives `number` either as a plain
 * number or as a located field (`{ value }`), and always an `id` such as `ADR-0007`.
 */
function adrNumberOf(record: object): number | undefined {
  const { number, id } = record as { number?: unknown; id?: unknown };
  if (typeof number === 'number') return number;
  if (number && typeof number === 'object' && typeof (number as { value?: unknown }).value === 'number') return (number as { value: number }).value;
  return typeof id === 'string' ? classifyReference(id).adrNumber : undefined;
}
