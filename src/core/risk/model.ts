import type { IndexedDocument } from '../model/documents';

/** PLACEHOLDER — the risk module defines the real shape. */
export interface RiskRegister extends IndexedDocument {
  readonly kind: 'risk';
}
