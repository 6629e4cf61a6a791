const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `format: date` as the validator has always read it: `YYYY-MM-DD` that `Date.parse`
 * accepts (which takes any day up to 31 in any month, and reads some early years its own
 * way). The usual case, a year from 100 on with month 1-12 and day 1-31, is answered
 * without parsing a date, which was most of the cost of checking one; anything else still
 * asks `Date.parse`.
 */
export function isDateText(v: string): boolean {
  if (!ISO_DATE.test(v)) return false;
  const year = Number(v.slice(0, 4));
  const month = (v.charCodeAt(5) - 48) * 10 + v.charCodeAt(6) - 48;
  const day = (v.charCodeAt(8) - 48) * 10 + v.charCodeAt(9) - 48;
  if (year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= 31) return true;
  return !Number.isNaN(Date.parse(v));
}
