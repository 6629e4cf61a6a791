import type { IndexedDocument } from '../model/documents';

/** PLACEHOLDER — the ADR module defines the real shape. */
export interface DecisionRecord extends IndexedDocument {
  readonly kind: 'decision';
}
