import type { RiskReferenceKind } from './model';

const ADR_REFERENCE = /^ADR[-_ ]?0*(\d+)$/i;
/** What risk ids look like: a prefix, a dash, a number (`RISK-012`, `SEC-3`). */
const RISK_ID = /^[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*[-_]\d+$/;
const PATH_LIKE = /\/|^[\w.-]+\.[A-Za-z0-9]{1,8}$/;

/** Sorts a `related` entry into a decision record, another risk, a path, or free text. */
export function classifyReference(text: string): { kind: RiskReferenceKind; adrNumber?: number } {
  const t = text.trim();
  const adr = ADR_REFERENCE.exec(t);
  if (adr) return { kind: 'adr', adrNumber: Number(adr[1]) };
  if (PATH_LIKE.test(t)) return { kind: 'path' };
  if (RISK_ID.test(t)) return { kind: 'risk' };
  return { kind: 'text' };
}

/** Risk ids compare without case: `risk-001` and `RISK-001` are the same risk. */
export function riskIdKey(id: string): string {
  return id.trim().toUpperCase();
}
