import { isCalendarDate } from './naming';

/**
 * Reads the dates people write in records: ISO (`2016-02-12`, with or without a time),
 * `2016/02/12`, `12/02/2016` (day first, as adr-tools wrote dates before it switched to
 * ISO 8601; month first when the day cannot be a month), and written months
 * (`February 12, 2016`, `12 Feb 2016`). Returns `YYYY-MM-DD`, or `undefined` when the
 * text is not a real calendar date.
 */
export function normaliseDate(raw: string): string | undefined {
  const text = raw.replace(/^[\s*_`]+|[\s*_`]+$/g, '').trim();
  if (!text) return undefined;
  const whole = dateOf(text);
  if (whole !== undefined) return whole;
  // A remark after the date ("2026-01-04 (v2.0.0)"), or a second date
  // ("2025-12-24 (v0.4), 2026-01-09 (v2.4)"; "2020-01-02; 2021-03-04"): the first date.
  const cut = text.search(/[(;]|,\s*\d{4}-/);
  return cut > 0 ? dateOf(text.slice(0, cut).trim()) : undefined;
}

function dateOf(text: string): string | undefined {
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) {
    const a = +m[1]!;
    const b = +m[2]!;
    return a <= 12 && b > 12 ? iso(+m[3]!, a, b) : iso(+m[3]!, b, a);
  }
  m = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/i.exec(text);
  if (m) return monthName(m[1]!) ? iso(+m[3]!, monthName(m[1]!)!, +m[2]!) : undefined;
  m = /^(\d{1,2})(?:st|nd|rd|th)?\.? ([a-z]+)\.?,? (\d{4})$/i.exec(text);
  if (m) return monthName(m[2]!) ? iso(+m[3]!, monthName(m[2]!)!, +m[1]!) : undefined;
  return undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthName(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w.length < 3) return undefined;
  const i = MONTHS.findIndex((m) => w.startsWith(m) && ('january february march april may june july august september october november december sept'.split(' ').some((full) => full.startsWith(w)) || w === m));
  return i < 0 ? undefined : i + 1;
}

function iso(y: number, m: number, d: number): string | undefined {
  if (!isCalendarDate(y, m, d)) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
