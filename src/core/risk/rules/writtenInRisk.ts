import type { Risk, RiskField } from '../model';

/**
 * Whether a field is written inside the risk's own item. A field merged in from another
 * mapping (`<<: *base`) is written where that mapping is, often in another risk: a fix that
 * rewrote it there would change every risk that merges it, so such a field gets none.
 */
export function isWrittenInRisk(risk: Risk, field: RiskField): boolean {
  return field.keySpan.start >= risk.span.start && field.valueSpan.end <= risk.span.end;
}
