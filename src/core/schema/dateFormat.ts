import { isoParts } from '../util/civilDays';

/**
 * `format: date` as the validator has always read it: `YYYY-MM-DD` that `Date.parse`
 * accepts (which takes any day up to 31 in any month, and reads some early years its own
 * way). The usual case, a year from 100 on with month 1-12 and day 1-31, is answered
 * without parsing a date, which was most of the cost of checking one; anything else still
 * asks `Date.parse`.
 */
export function isDateText(v: string): boolean {
  const parts = isoParts(v);
  if (!parts) return false;
  const { year, month, day } = parts;
  if (year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= 31) return true;
  return !Number.isNaN(Date.parse(v));
}
