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

/** The risk ids of the folder. Built once, rebuilt only after a register changed. */
export const RISK_ID_CATALOG: CatalogKey<RiskIds> = {
  name: 'risk/ids',
  kinds: ['risk'],
  build(view) {
    const byId = new Map<string, RiskLocation[]>();
    const prefixes = new Set<string>(['RISK-']);
    for (const register of view.documents('risk')) {
      for (const risk of register.risks) {
        if (risk.id === undefined) continue;
        const key = riskIdKey(risk.id);
        let list = byId.get(key);
        if (!list) byId.set(key, (list = []));
        list.push({ register, risk });
        prefixes.add(idPrefix(key));
      }
    }
    return { byId, prefixes };
  },
};

/** `RISK-012` → `RISK-`. */
export function idPrefix(id: string): string {
  return id.replace(/\d+$/, '');
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
    const records = view.documents('decision');
    const numbers = new Set<number>();
    for (const record of records) {
      const n = adrNumberOf(record);
      if (n !== undefined) numbers.add(n);
    }
    return { numbers, recordCount: records.length };
  },
};

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
