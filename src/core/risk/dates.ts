import { civilDate, dayNumber, formatCivil, isoParts, isRealDay } from '../util/civilDays';
export { isIsoDate } from '../util/dates';
import type { IntervalUnit, ReviewInterval } from './model';

/** Risks are reviewed monthly unless the register says otherwise (`review-interval`). */
export const DEFAULT_REVIEW_INTERVAL: ReviewInterval = { amount: 30, unit: 'd', text: '30d' };

const INTERVAL = /^\s*([1-9]\d{0,3})\s*([dwmy])\s*$/i;

/** Reads `30d`, `2w`, `1m`, `1y` (or a bare number of days). Undefined for anything else. */
export function parseInterval(value: unknown): ReviewInterval | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? { amount: value, unit: 'd', text: `${value}d` } : undefined;
  if (typeof value !== 'string') return undefined;
  const m = INTERVAL.exec(value);
  if (!m) return undefined;
  return { amount: Number(m[1]), unit: m[2]!.toLowerCase() as IntervalUnit, text: value.trim() };
}

/** Steps beyond this many days leave the range day numbers are checked against `Date` for. */
const MAX_DAY_STEP = 10_000_000;

/** Adds an interval to an ISO date. Months and years keep the day, clamped to the month's end. */
export function addInterval(isoDate: string, interval: ReviewInterval): string {
  const days = interval.unit === 'd' ? interval.amount : interval.unit === 'w' ? 7 * interval.amount : undefined;
  const parts = isoParts(isoDate);
  // Days and weeks by day numbers; months and years, and dates or amounts out of the ordinary, with `Date` as always.
  if (days !== undefined && days <= MAX_DAY_STEP && parts && isRealDay(parts)) return formatCivil(civilDate(dayNumber(parts) + days));
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  switch (interval.unit) {
    case 'd':
      return formatUtc(new Date(Date.UTC(y, m - 1, d + interval.amount)));
    case 'w':
      return formatUtc(new Date(Date.UTC(y, m - 1, d + 7 * interval.amount)));
    case 'm':
      return addMonths(y, m, d, interval.amount);
    case 'y':
      return addMonths(y, m, d, 12 * interval.amount);
  }
}

function addMonths(y: number, m: number, d: number, months: number): string {
  const firstOfTarget = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  return formatUtc(new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth(), Math.min(d, lastDay))));
}

function formatUtc(d: Date): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
