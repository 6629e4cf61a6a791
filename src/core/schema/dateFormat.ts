import { isIsoDate } from '../util/dates';

/**
 * `format: date`: `YYYY-MM-DD` naming a real day. It used to be whatever `Date.parse`
 * took, which lets `due: 2026-02-31` through; the day a risk is due must be one that comes.
 */
export function isDateText(v: string): boolean {
  return isIsoDate(v);
}
