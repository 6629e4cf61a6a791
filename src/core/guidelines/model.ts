import type { IndexedDocument } from '../model/documents';

/** PLACEHOLDER — the guidelines module defines the real shape. */
export interface Guideline extends IndexedDocument {
  readonly kind: 'guideline';
}
